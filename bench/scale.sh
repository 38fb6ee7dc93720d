#!/usr/bin/env bash
# scale.sh measures how newslint grows with the number of articles, in
# single-article mode and in corpus mode (--corpus): wall time, CPU time and
# peak memory on generated archives of 10,000 and 100,000 articles (or the
# sizes given), each run once after a warm-up read of the files.
#
#   bench/scale.sh [-n "10000 100000"] [DIR]
#
# DIR keeps the generated archives for later runs (about 4 KB per article).
set -euo pipefail

sizes="10000 100000"
while getopts "n:h" opt; do
	case $opt in
	n) sizes=$OPTARG ;;
	*) sed -n '2,9p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
root=$(git rev-parse --show-toplevel)
work=${1:-$(mktemp -d)}
[ $# -eq 0 ] && trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
	echo "scale.sh needs /usr/bin/time for peak memory (Debian package: time)" >&2
	exit 2
fi
(cd "$root" && go build -o "$work/newslint" ./cmd/newslint)

printf '%-9s %-8s %10s %10s %12s\n' articles mode "wall (s)" "cpu (s)" "peak RSS"
for n in $sizes; do
	dir="$work/archive-$n"
	if [ ! -d "$dir" ]; then
		(cd "$root" && go run ./bench/gencorpus -n "$n" -out "$dir" -seed 1 >/dev/null)
	fi
	cat "$dir"/* >/dev/null 2>&1 || find "$dir" -type f -exec cat {} + >/dev/null
	for mode in single corpus; do
		flag=""
		[ "$mode" = corpus ] && flag="--corpus"
		/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$work/newslint" --format json $flag "$dir" >/dev/null || true
		read -r wall user sys rss < <(tail -n 1 "$work/time")
		printf '%-9s %-8s %10s %10.2f %9d MB\n' "$n" "$mode" "$wall" "$(echo "$user $sys" | awk '{print $1 + $2}')" "$((rss / 1024))"
	done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (on $(nproc) CPUs; a higher load means noisier times)"
