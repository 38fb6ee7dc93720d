#!/usr/bin/env bash
# compare.sh times two builds of newslint on the same generated corpus,
# alternating runs so that both see the same machine load: the working tree
# against a git revision (default: the commit before the knowledge base).
#
#   bench/compare.sh [-r RUNS] [-n ARTICLES] REV
set -euo pipefail

runs=5 n=10000
while getopts "r:n:h" opt; do
	case $opt in
	r) runs=$OPTARG ;;
	n) n=$OPTARG ;;
	*) sed -n '2,7p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
rev=${1:?usage: bench/compare.sh [-r RUNS] [-n ARTICLES] REV}

root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

git -C "$root" worktree add -q --detach "$tmp/old" "$rev"
trap 'git -C "$root" worktree remove --force "$tmp/old"; rm -rf "$tmp"' EXIT
(cd "$tmp/old" && go build -o "$tmp/newslint-old" ./cmd/newslint)
(cd "$root" && go build -o "$tmp/newslint-new" ./cmd/newslint)
(cd "$root" && go run ./bench/gencorpus -n "$n" -out "$tmp/corpus" >/dev/null)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for bin in old new; do "$tmp/newslint-$bin" --format json "$tmp/corpus" >/dev/null || true; done
for ((i = 0; i < runs; i++)); do
	for bin in old new; do
		s=$(date +%s.%N)
		"$tmp/newslint-$bin" --format json "$tmp/corpus" >/dev/null || true
		e=$(date +%s.%N)
		awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", e - s}' >>"$tmp/$bin.times"
	done
done
old=$(median <"$tmp/old.times")
new=$(median <"$tmp/new.times")
printf '%-12s %8s s  (%s)\n' "$rev" "$old" "median of $runs"
printf '%-12s %8s s\n' "working tree" "$new"
awk -v o="$old" -v n="$new" 'BEGIN {printf "change: %+.1f%%\n", (n - o) * 100 / o}'
