#!/usr/bin/env bash
# JVM flag sets side by side (issue #10): warm start to the first 200 on /health, memory after the
# start, and memory, heap and throughput after a short steady read load (bench/read-loop.py).
# All sets start on the same existing data dir (one cold start with the demo population first);
# every round runs each set once, in an order rotated per round, so a busy spell on this shared
# machine hits all sets alike. Prints every run, then the medians with ratios to the defaults.
#   usage: bench/jvm-flags.sh [rounds=3] [calls per load phase=4000] [port=18470] [sets=all]
#   (calls 0: starts only, no load; sets: a comma-separated choice of the names below)
#
# Sets (POD = the image's flags from deploy/Dockerfile, without its AppCDS archive, which exists
# only in the image, plus -XX:MaxRAM=768m, which stands in for the pod's memory limit the JVM would
# read from the cgroup):
#   defaults  no flags: heap up to 1/4 of this machine's RAM, G1 (2 CPUs and > 1.8 GB)
#   pod       POD
#   serial    POD with the Serial collector instead of G1
#   appcds    POD plus a dynamic AppCDS archive made by one training run before the rounds
#             (-XX:ArchiveClassesAtExit: start, first 200 on /health, stop; what the image's build
#             can do, it has no client to run a load)
#   c1        POD with -XX:TieredStopAtLevel=1 (C1 only: less JIT work at start, slower code)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS=${1:-3}
CALLS=${2:-4000}
PORT=${3:-18470}
ensure_jar
WORK=$(mktemp -d)
trap 'stop_instance; rm -rf "$WORK"' EXIT
INSTANCE_PID=

IMAGE_FLAGS=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' deploy/Dockerfile)
[ -n "$IMAGE_FLAGS" ] || { echo "no JAVA_TOOL_OPTIONS in deploy/Dockerfile"; exit 1; }
# The image may already name its own archive (/app/...): the sets add theirs explicitly.
IMAGE_FLAGS=$(echo "$IMAGE_FLAGS" | sed -E 's/ ?-XX:SharedArchiveFile=[^ ]+//')
POD="-XX:MaxRAM=768m $IMAGE_FLAGS"
ARCHIVE=$WORK/noaber.jsa
declare -A FLAGS=(
  [defaults]=""
  [pod]="$POD"
  [serial]="${POD/-XX:+UseG1GC/-XX:+UseSerialGC}"
  [appcds]="$POD -XX:SharedArchiveFile=$ARCHIVE"
  [c1]="$POD -XX:TieredStopAtLevel=1"
)
SETS=(defaults pod serial appcds c1)
[ -z "${4:-}" ] || IFS=, read -r -a SETS <<<"$4"
[ "${SETS[0]}" = defaults ] || { echo "the first set must be defaults (the ratios' base)"; exit 1; }
DATA=$WORK/data

machine_line
load_line
echo "image flags: $IMAGE_FLAGS"

echo "== cold start once to create the data dir (demo population)"
start_instance "$PORT" "$DATA" "$WORK/cold.log"
echo "   first 200 after $(wait_for_health "$PORT" "$WORK/cold.log") ms"
stop_instance

echo "== AppCDS training run (pod flags + -XX:ArchiveClassesAtExit)"
# shellcheck disable=SC2086  # flag strings split on purpose
start_instance "$PORT" "$DATA" "$WORK/train.log" $POD -XX:ArchiveClassesAtExit="$ARCHIVE"
wait_for_health "$PORT" "$WORK/train.log" >/dev/null
stop_instance
[ -s "$ARCHIVE" ] || { tail -20 "$WORK/train.log"; echo "no archive written"; exit 1; }
# -Xshare:auto would quietly run without an archive it cannot use; -Xshare:on fails instead.
java -Xshare:on -XX:SharedArchiveFile="$ARCHIVE" -cp "$JAR" -version >/dev/null 2>&1 \
  || { echo "the archive does not map"; exit 1; }
echo "   archive: $(( $(stat -c %s "$ARCHIVE") / 1048576 )) MiB, maps with -Xshare:on"

# gc_figures <gc log>: "<pauses during the run> <longest ms> <total ms> <heap after full GC MiB>
# <heap committed MiB>", the last two from the full GC that jcmd GC.run asks for after the load.
gc_figures() {
  awk '
    /Pause/ && /ms$/ {
      ms = $NF; sub(/ms$/, "", ms)
      if ($0 ~ /Pause Full \((System.gc\(\)|Diagnostic Command)\)/) {
        match($0, /->[0-9]+M\([0-9]+M\)/); s = substr($0, RSTART + 2, RLENGTH - 4)
        split(s, a, /M\(/); live = a[1]; committed = a[2]
      } else { n++; total += ms; if (ms > max) max = ms }
    }
    END { printf "%d %.0f %.0f %s %s\n", n, max, total, live, committed }' "$1"
}

# One measurement; appends to $WORK/runs:
#   set round ms rss_start rss_load hwm threads rate1 rate2 p50 p99 errors gcs gc_max gc_total
#   live committed pg_procs pg_rss pg_pss rss_anon rss_file
# rss_anon (heap, metaspace, code, stacks, malloc) is what the JVM cannot give back without
# freeing; rss_file is mapped files (the jar's classes, libjvm, a CDS archive), clean pages the
# kernel can drop and read again.
measure() {
  local set=$1 round=$2 ms rss_start loop="0 0 0 0 0" rss_load hwm threads pg anon file
  # shellcheck disable=SC2086
  start_instance "$PORT" "$DATA" "$WORK/run.log" ${FLAGS[$set]} -Xlog:gc:file="$WORK/gc.log"
  ms=$(wait_for_health "$PORT" "$WORK/run.log")
  sleep 2   # let startup garbage settle before reading RSS
  rss_start=$(proc_mib "$INSTANCE_PID" VmRSS)
  [ "$CALLS" = 0 ] || loop=$(python3 bench/read-loop.py --port "$PORT" --calls "$CALLS")
  rss_load=$(proc_mib "$INSTANCE_PID" VmRSS)
  hwm=$(proc_mib "$INSTANCE_PID" VmHWM)
  anon=$(proc_mib "$INSTANCE_PID" RssAnon)
  file=$(proc_mib "$INSTANCE_PID" RssFile)
  threads=$(proc_mib "$INSTANCE_PID" Threads)
  pg=$(postgres_memory "$DATA")
  jcmd "$INSTANCE_PID" GC.run >/dev/null
  sleep 0.5
  stop_instance
  echo "$set $round $ms $rss_start $rss_load $hwm $threads $loop $(gc_figures "$WORK/gc.log") $pg $anon $file" | tee -a "$WORK/runs"
}

echo "== $ROUNDS rounds, $CALLS calls per load phase"
echo "set round ms_to_200 rss_start rss_load rss_peak threads calls/s_1 calls/s_2 p50_ms p99_ms errors gcs gc_max_ms gc_total_ms heap_after_full_gc heap_committed pg_procs pg_rss pg_pss rss_anon rss_file"
: >"$WORK/runs"
for round in $(seq "$ROUNDS"); do
  for i in "${!SETS[@]}"; do
    measure "${SETS[$(( (i + round - 1) % ${#SETS[@]} ))]}" "$round"
  done
done
load_line

column_median() {   # column_median <set> <column>
  awk -v s="$1" -v c="$2" '$1 == s {print $c}' "$WORK/runs" | median
}
echo "== medians (ratio to defaults)"
echo "| set | warm start to 200 | RSS after start | RSS after load | of which anon / file | peak RSS | heap after full GC / committed | calls/s phase 1 / 2 | p99 ms | GC pauses (max ms) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
base_ms=$(column_median defaults 3); base_start=$(column_median defaults 4); base_load=$(column_median defaults 5)
base_rate=$(column_median defaults 9)
for set in "${SETS[@]}"; do
  ms=$(column_median "$set" 3); rs=$(column_median "$set" 4); rl=$(column_median "$set" 5)
  r2=$(column_median "$set" 9)
  awk -v set="$set" -v ms="$ms" -v rs="$rs" -v rl="$rl" -v r2="$r2" -v bms="$base_ms" -v brs="$base_start" \
      -v brl="$base_load" -v br2="$base_rate" -v peak="$(column_median "$set" 6)" \
      -v live="$(column_median "$set" 16)" -v comm="$(column_median "$set" 17)" \
      -v r1="$(column_median "$set" 8)" -v p99="$(column_median "$set" 11)" \
      -v gcs="$(column_median "$set" 13)" -v gcmax="$(column_median "$set" 14)" \
      -v anon="$(column_median "$set" 21)" -v file="$(column_median "$set" 22)" 'BEGIN {
    printf "| %s | %.2f s (%.2f) | %d MiB (%.2f) | %d MiB (%.2f) | %d / %d MiB | %d MiB | %d / %d MiB | %d / %d (%.2f) | %.1f | %d (%d) |\n",
      set, ms / 1000, ms / bms, rs, rs / brs, rl, rl / brl, anon, file, peak, live, comm, r1, r2, (br2 ? r2 / br2 : 0), p99, gcs, gcmax }'
done
echo "embedded PostgreSQL after the load (median over all runs): $(awk '{print $18}' "$WORK/runs" | median) processes, $(awk '{print $19}' "$WORK/runs" | median) MiB RSS summed, $(awk '{print $20}' "$WORK/runs" | median) MiB PSS summed"
