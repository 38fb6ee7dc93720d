// Command gencorpus writes a synthetic corpus of news articles for
// benchmarking newslint:
//
//	go run ./bench/gencorpus -n 10000 -out /tmp/corpus -seed 1 -size 3000
//
// The same flags always give the same files. The last line of its output
// is a SHA-256 of the whole corpus, to check that two machines measured the
// same text.
package main

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newslint/newslint/bench/corpusgen"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %v\n", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	n := fs.Int("n", 10000, "number of articles")
	out := fs.String("out", "", "directory to write into; created if missing, and must be empty")
	seed := fs.Uint64("seed", 1, "corpus seed")
	size := fs.Int("size", 3000, "approximate size of an article in bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *out == "":
		return errors.New("-out is required")
	case *n < 1:
		return fmt.Errorf("invalid -n %d (want 1 or more)", *n)
	case *size < 500:
		return fmt.Errorf("invalid -size %d (want 500 or more)", *size)
	case fs.NArg() > 0:
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	// Refusing a non-empty directory keeps stale articles from an earlier,
	// larger corpus out of the measurement.
	if entries, err := os.ReadDir(*out); err != nil {
		return err
	} else if len(entries) > 0 {
		return fmt.Errorf("%s is not empty", *out)
	}
	sum := sha256.New()
	total := 0
	for i := range *n {
		name, text := corpusgen.Name(i), corpusgen.Article(*seed, i, *size)
		if err := os.WriteFile(filepath.Join(*out, name), text, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(sum, "%s\x00%d\x00", name, len(text))
		sum.Write(text)
		total += len(text)
	}
	fmt.Printf("wrote %d articles, %.1f MB (mean %d bytes), to %s\n", *n, float64(total)/1e6, total / *n, *out)
	fmt.Printf("sha256 %x\n", sum.Sum(nil))
	return nil
}
