# Shared by bench/startup.sh and bench/jvm-flags.sh (source it; it runs nothing by itself).
# One instance of the fat jar on the embedded database: start it with given JVM flags, time the
# first 200 on /health, read its memory and that of its embedded PostgreSQL, stop it.

JAR=backend/target/noaber.jar

ensure_jar() {
  [ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
}

machine_line() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -Iseconds)"
}

load_line() {   # the machine may be shared: say how busy it was
  echo "load: $(uptime | sed 's/.*load average/load average/')"
}

# start_instance <port> <data dir> <log> [jvm flag...]
# Starts the service in the background; sets INSTANCE_PID and INSTANCE_START_NS.
start_instance() {
  local port=$1 data=$2 log=$3
  shift 3
  INSTANCE_START_NS=$(date +%s%N)
  PORT=$port NOABER_DATA_DIR="$data" NOABER_DEMO_DATA=true java "$@" -jar "$JAR" >"$log" 2>&1 &
  INSTANCE_PID=$!
}

# wait_for_health <port> <log>: waits for the first 200 on /health of INSTANCE_PID and prints the
# milliseconds since start_instance.
wait_for_health() {
  until curl -sf "localhost:$1/health" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$INSTANCE_PID" 2>/dev/null || { tail -40 "$2" >&2; echo "instance died" >&2; return 1; }
  done
  echo $(( ($(date +%s%N) - INSTANCE_START_NS) / 1000000 ))
}

stop_instance() {   # SIGTERM: graceful shutdown, which also stops the embedded PostgreSQL
  kill "$INSTANCE_PID" 2>/dev/null || true
  wait "$INSTANCE_PID" 2>/dev/null || true
}

proc_mib() {   # proc_mib <pid> <VmRSS|VmHWM|Threads>: MiB (Threads: count) from /proc/<pid>/status
  awk -v k="$2:" '$1 == k {print ($2 ~ /^[0-9]+$/ && k != "Threads:") ? int($2 / 1024) : $2}' "/proc/$1/status"
}

# postgres_memory <data dir>: "<processes> <RSS MiB> <PSS MiB>" summed over the embedded
# postmaster (found by its -D <data dir>/pg) and its children. RSS counts the shared buffers once
# per process that touched them; PSS splits shared pages between the processes, so its sum is what
# the cluster really takes.
postgres_memory() {
  local master pids p rss=0 pss=0 n=0
  master=$(pgrep -f -- "postgres -D $1/pg( |$)" | head -1)
  [ -n "$master" ] || { echo "0 0 0"; return; }
  pids="$master $(pgrep -P "$master" | tr '\n' ' ')"
  for p in $pids; do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    rss=$(( rss + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup") ))
    pss=$(( pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup") ))
    n=$(( n + 1 ))
  done
  echo "$n $(( rss / 1024 )) $(( pss / 1024 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
