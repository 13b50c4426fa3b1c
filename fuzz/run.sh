#!/bin/sh
# Runs one fuzz target for a time cap, on one core:
#   fuzz/run.sh TARGET [SECONDS] [more libFuzzer flags]
# (fuzz/seed.py first, for the corpus). One child process at a time (-fork=1) so a crash
# does not end the run: every crash lands in fuzz/artifacts/TARGET/.
set -eu
target=$1
seconds=${2:-600}
shift $(( $# < 2 ? $# : 2 ))
cd "$(dirname "$0")"
mkdir -p target "corpus/$target"
# libFuzzer takes one dictionary: all themes. The article target reads choices, not text;
# batch has its own.
cat dicts/*.dict > target/all.dict
dict="-dict=target/all.dict"
[ "$target" = article ] && dict=""
[ "$target" = batch ] && dict="-dict=batch.dict"
# AddressSanitizer (cargo fuzz's default) is what turns a stack overflow on the worker
# thread into a reported crash with its input saved: without it the SIGSEGV handler has no
# alternate stack and the process dies silently.
exec timeout $((seconds + 300)) cargo +nightly fuzz run -O "$target" -- \
	-max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
	-print_final_stats=1 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 $dict "$@"
