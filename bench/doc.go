// Package bench measures newslint's speed. Its Go benchmarks (bench_test.go)
// lint synthetic articles in-process; run.sh times the built CLI on a
// generated corpus against reading the same files with cat and wc. The
// articles come from bench/corpusgen; bench/gencorpus writes them to disk.
// See README.md.
package bench
