#!/usr/bin/env bash
# run.sh times `newslint --format json DIR` against `cat FILES | wc -w` on
# generated corpora of news articles, and reports newslint's peak memory at
# each corpus size. See bench/README.md.
set -euo pipefail
shopt -s inherit_errexit

usage() {
	cat <<'EOF'
usage: bench/run.sh [-r RUNS] [-s SEED] [-b BYTES] [-n "2000 10000"] [DIR]

  -r RUNS   timed runs of each command per corpus, after one warm-up (default 5)
  -s SEED   corpus seed (default 1)
  -b BYTES  approximate article size (default 3000)
  -n SIZES  corpus sizes in articles, smallest first (default "2000 10000");
            the last one is checked against the target
  DIR       keep the corpora here and reuse them on later runs
            (default: a temporary directory, removed on exit)
EOF
}

runs=5 seed=1 bytes=3000 sizes="2000 10000"
while getopts "r:s:b:n:h" opt; do
	case $opt in
	r) runs=$OPTARG ;;
	s) seed=$OPTARG ;;
	b) bytes=$OPTARG ;;
	n) sizes=$OPTARG ;;
	h) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if (($# > 1)) || ! [[ $runs =~ ^[1-9][0-9]*$ && $sizes =~ [0-9] ]]; then
	usage >&2
	exit 2
fi

# The target: newslint takes at most this many times as long as reading the
# same files with cat and counting words with wc.
target=3

export LC_ALL=C # decimal points in time output and awk
TIMEFORMAT='%3R %3U %3S'
exec 3>&2 # the script's own stderr, while commands' stderr goes to a log

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newslint-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
corpora=${1:-$tmp/corpus}

echo "building newslint and gencorpus"
(cd "$root" && go build -o "$tmp/newslint" ./cmd/newslint && go build -o "$tmp/gencorpus" ./bench/gencorpus)

# Peak RSS comes from GNU time when it is installed (apt-get install time).
rss=false
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
	rss=true
else
	echo "note: GNU time (/usr/bin/time) not found: peak memory is not reported"
fi

# corpus DIR N prints the directory holding N articles, generating it unless
# an earlier run completed it.
corpus() {
	local dir=$corpora/seed$seed-b$bytes-n$1
	if [[ ! -f $dir/.complete ]]; then
		"$tmp/gencorpus" -n "$1" -seed "$seed" -size "$bytes" -out "$dir" >"$tmp/gen.out" || return
		mv "$tmp/gen.out" "$dir/.complete"
	fi
	echo "$dir"
}

# timed FILE CMD... runs a command under bash's time keyword and appends
# "wall user sys" to FILE.
timed() {
	local out=$1
	shift
	{ time "$@" >/dev/null 2>>"$tmp/stderr"; } 2>>"$out"
}

run_baseline() {
	find "$1" -type f -name '*.txt' -exec cat {} + | wc -w
}

run_newslint() {
	local rc=0
	if $rss; then
		/usr/bin/time -f %M -o "$tmp/rss" "$tmp/newslint" --format json "$1" || rc=$?
		cat "$tmp/rss" >>"$tmp/rss.$2"
	else
		"$tmp/newslint" --format json "$1" || rc=$?
	fi
	# 1 means findings, which the corpus is meant to have; 2 is a failure.
	if ((rc > 1)); then
		echo "newslint failed (exit $rc):" >&3
		cat "$tmp/stderr" >&3
		return "$rc"
	fi
}

# stats FILE prints the median and the minimum of column 1 (wall time) and
# the median of columns 2+3 (CPU time, user plus system). median sorts its
# array in place, so w[1] is the minimum afterwards.
stats() {
	awk '{ w[NR] = $1; c[NR] = $2 + $3 }
	function median(a, n,   i, j, t) {
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
		return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	END { n = NR; m = median(w, n); printf "%.3f %.3f %.3f\n", m, w[1], median(c, n) }' "$1"
}

echo "machine: $(nproc) CPUs, $(go version | cut -d' ' -f3), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
rows=()
for n in $sizes; do
	dir=$(corpus "$n")
	mb=$(find "$dir" -type f -name '*.txt' -exec cat {} + | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
	echo "corpus: $n articles, $mb MB, $(grep sha256 "$dir/.complete") ($dir)"
	# The warm-up fills the page cache for both commands.
	timed "$tmp/warm" run_baseline "$dir"
	timed "$tmp/warm" run_newslint "$dir" warm
	for ((i = 0; i < runs; i++)); do
		timed "$tmp/base.$n" run_baseline "$dir"
		timed "$tmp/lint.$n" run_newslint "$dir" "$n"
	done
	read -r bw bbest bcpu < <(stats "$tmp/base.$n")
	read -r lw lbest lcpu < <(stats "$tmp/lint.$n")
	peak=n/a
	if $rss; then
		peak=$(sort -n "$tmp/rss.$n" | tail -1)
		echo "$n $peak" >>"$tmp/peaks"
		peak=$(awk -v k="$peak" 'BEGIN { printf "%.1f MB", k / 1024 }')
	fi
	ratio=$(awk -v a="$lw" -v b="$bw" 'BEGIN { printf "%.2f", a / b }')
	best=$(awk -v a="$lbest" -v b="$bbest" 'BEGIN { printf "%.2f", a / b }')
	rows+=("$(printf '%8s %8s %12s %12s %7sx %7sx %10s %10s %11s' \
		"$n" "$mb" "$bw" "$lw" "$ratio" "$best" "$bcpu" "$lcpu" "$peak")")
	last_ratio=$ratio last_n=$n
done

echo
echo "wall and CPU (user+system) times in seconds: median of $runs runs after a warm-up; ratio is newslint/baseline"
echo "baseline: find DIR -name '*.txt' -exec cat {} + | wc -w      newslint: newslint --format json DIR >/dev/null"
echo
printf '%8s %8s %12s %12s %8s %8s %10s %10s %11s\n' \
	articles MB "baseline" "newslint" ratio "best" "base cpu" "lint cpu" "peak RSS"
printf '%s\n' "${rows[@]}"
echo
if awk -v r="$last_ratio" -v t="$target" 'BEGIN { exit !(r <= t) }'; then
	echo "target: newslint <= ${target}x baseline at $last_n articles: met (${last_ratio}x)"
else
	echo "target: newslint <= ${target}x baseline at $last_n articles: NOT met (${last_ratio}x)"
fi
if $rss && (($(wc -l <"$tmp/peaks") >= 2)); then
	awk -v first="$(head -1 "$tmp/peaks")" -v last="$(tail -1 "$tmp/peaks")" 'BEGIN {
		split(first, a, " "); split(last, b, " ")
		g = b[2] / a[2]
		printf "memory: peak RSS %.1f MB at %d articles, %.1f MB at %d (x%.2f for x%.1f the files): %s\n",
			a[2] / 1024, a[1], b[2] / 1024, b[1], g, b[1] / a[1],
			g <= 1.25 ? "does not grow with the number of files" : "GROWS with the number of files"
	}'
fi
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) (on $(nproc) CPUs; a higher load means noisier times)"
