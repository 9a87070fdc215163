#!/usr/bin/env bash
# Startup time to the first 200 on /health, and resident memory after startup, of the fat jar on
# the embedded database. Runs N cold starts (fresh data dir: initdb + migrations + demo data) and
# N warm starts (existing data dir), alternating, and prints each run plus the medians.
# JVM flags compared side by side: bench/jvm-flags.sh (shares bench/lib.sh).
#   usage: bench/startup.sh [runs=5] [port=18080]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
RUNS=${1:-5}
PORT=${2:-18080}
ensure_jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

one_run() {   # $1 = data dir; prints "<ms to first 200> <rss MiB>"
  local ms rss
  start_instance "$PORT" "$1" "$WORK/log"
  ms=$(wait_for_health "$PORT" "$WORK/log")
  sleep 2   # let startup garbage settle before reading RSS
  rss=$(proc_mib "$INSTANCE_PID" VmRSS)
  stop_instance
  echo "$ms $rss"
}

machine_line
: >"$WORK/cold"; : >"$WORK/warm"
for i in $(seq "$RUNS"); do
  cold=$(one_run "$WORK/cold-$i"); echo "cold run $i: ${cold% *} ms, ${cold#* } MiB RSS"; echo "$cold" >>"$WORK/cold"
  warm=$(one_run "$WORK/cold-$i"); echo "warm run $i: ${warm% *} ms, ${warm#* } MiB RSS"; echo "$warm" >>"$WORK/warm"
done
for kind in cold warm; do
  echo "median $kind: $(cut -d' ' -f1 "$WORK/$kind" | median) ms to first 200, $(cut -d' ' -f2 "$WORK/$kind" | median) MiB RSS"
done
