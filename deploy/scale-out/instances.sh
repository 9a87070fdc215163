# Shared by deploy/local-scale-out.sh and bench/api-load.sh (source it; it runs nothing by itself):
# Noaber instances of the fat jar on loopback, the first on its embedded PostgreSQL, the others on
# that same database through DATASOURCE_URL, as further pods would use a managed one.
# The caller sets JAR, WORK, the array PIDS (started processes, stopped by its own cleanup) and the
# array common_env (environment for every instance).

wait_healthy() {  # $1 port, $2 pid, $3 log
  local deadline=$((SECONDS + 180))
  until curl -sf "127.0.0.1:$1/health" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { tail -40 "$3"; echo "instance on $1 died"; exit 1; }
    [ $SECONDS -lt $deadline ] || { tail -40 "$3"; echo "instance on $1 not healthy in 180 s"; exit 1; }
    sleep 0.5
  done
}

# start_embedded_instance <port>: instance A, embedded PostgreSQL 17 with the demo population (no
# history); waits until healthy and sets PGPORT to its PostgreSQL's port.
start_embedded_instance() {
  local port=$1 start
  echo "== instance A :$port (embedded PostgreSQL 17, demo population)"
  start=$(date +%s%N)
  env "${common_env[@]}" PORT="$port" NOABER_DATA_DIR="$WORK/a" NOABER_DEMO_DATA=true NOABER_DEMO_DATA_HISTORY=false \
    java -jar "$JAR" >"$WORK/a.log" 2>&1 &
  PIDS+=($!)
  wait_healthy "$port" "${PIDS[-1]}" "$WORK/a.log"
  PGPORT=$(grep -o 'Embedded PostgreSQL listening on port [0-9]*' "$WORK/a.log" | grep -o '[0-9]*$' | head -1)
  echo "   healthy after $(( ($(date +%s%N) - start) / 1000000 )) ms; its PostgreSQL: 127.0.0.1:$PGPORT"
}

# start_instance_on_embedded <port> <name>: another instance on instance A's PostgreSQL.
start_instance_on_embedded() {
  local port=$1 name=$2 start
  echo "== instance ${name^^} :$port (DATASOURCE_URL -> A's PostgreSQL)"
  start=$(date +%s%N)
  env "${common_env[@]}" PORT="$port" NOABER_DATA_DIR="$WORK/$name" \
    DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/noaber" DATASOURCE_USERNAME=postgres DATASOURCE_PASSWORD= \
    java -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  wait_healthy "$port" "${PIDS[-1]}" "$WORK/$name.log"
  echo "   healthy after $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

# stop_all: nginx (if started under $WORK/nginx), then the instances, newest first (A last: it
# stops the embedded PostgreSQL the others use).
stop_all() {
  [ -f "$WORK/nginx/logs/nginx.pid" ] && kill "$(cat "$WORK/nginx/logs/nginx.pid")" 2>/dev/null || true
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do
    kill "${PIDS[$i]}" 2>/dev/null || true
    wait "${PIDS[$i]}" 2>/dev/null || true
  done
}
