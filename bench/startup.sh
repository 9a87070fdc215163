#!/usr/bin/env bash
# Startup time to the first 200 on /health, and resident memory after startup, of the fat jar on
# the embedded database. Runs N cold starts (fresh data dir: initdb + migrations + demo data) and
# N warm starts (existing data dir), alternating, and prints each run plus the medians.
#   usage: bench/startup.sh [runs=5] [port=18080]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${2:-18080}
JAR=backend/target/noaber.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

one_run() {   # $1 = data dir; prints "<ms to first 200> <rss MiB>"
  local start end pid rss
  start=$(date +%s%N)
  PORT=$PORT NOABER_DATA_DIR="$1" NOABER_DEMO_DATA=true java -jar "$JAR" >"$WORK/log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$PORT/health" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/log"; exit 1; }
  done
  end=$(date +%s%N)
  sleep 2   # let startup garbage settle before reading RSS
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
: >"$WORK/cold"; : >"$WORK/warm"
for i in $(seq "$RUNS"); do
  cold=$(one_run "$WORK/cold-$i"); echo "cold run $i: ${cold% *} ms, ${cold#* } MiB RSS"; echo "$cold" >>"$WORK/cold"
  warm=$(one_run "$WORK/cold-$i"); echo "warm run $i: ${warm% *} ms, ${warm#* } MiB RSS"; echo "$warm" >>"$WORK/warm"
done
for kind in cold warm; do
  echo "median $kind: $(cut -d' ' -f1 "$WORK/$kind" | median) ms to first 200, $(cut -d' ' -f2 "$WORK/$kind" | median) MiB RSS"
done
