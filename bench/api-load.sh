#!/usr/bin/env bash
# API throughput and latency under load (issue #10): 1 or 2 Noaber instances behind nginx on
# loopback, driven by a second JVM (nl.noaber.bench.ApiLoad, open loop at constant arrival rates).
#
#   bench/api-load.sh [instances=1|2] [rates=25,50,75,100,150,200,300,400] [step seconds=20] [profiles=offers,post,accept,mixed]
#
# Needs java 17, nginx (apt-get install -y nginx-light), psql, curl; builds the fat jar and the test
# classes if missing. Instance A runs the embedded PostgreSQL 17 with the demo population; with 2,
# instance B uses A's database through DATASOURCE_URL (as deploy/local-scale-out.sh). nginx uses
# deploy/nginx/noaber.conf with the ports moved to 1818x (so it does not collide with a
# local-scale-out run), and with 1 instance only A in the upstream: both counts pay for the proxy.
# The driver seeds through the API (see ApiLoadSeed), then steps each profile; a profile stops after
# two steps in a row miss p99 < 50 ms or have an error. Afterwards the accepts are checked in SQL.
# Everything stops at the end; output goes to the terminal and to bench/results/api-load-<n>x-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
INSTANCES=${1:-1}
RATES=${2:-25,50,75,100,150,200,300,400}
STEP=${3:-20}
PROFILES=${4:-offers,post,accept,mixed}
[ "$INSTANCES" = 1 ] || [ "$INSTANCES" = 2 ] || { echo "instances: 1 or 2"; exit 1; }
for tool in java nginx psql curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool"; exit 1; }
done
JAR=backend/target/noaber.jar
# shellcheck source=../deploy/scale-out/instances.sh
source deploy/scale-out/instances.sh
CP_FILE=backend/target/api-load.classpath
[ -f "$JAR" ] && [ -f backend/target/test-classes/nl/noaber/bench/ApiLoad.class ] \
  || ./mvnw -q -B -o -DskipTests -Dnoaber.client.skip=true package
[ -f "$CP_FILE" ] || ./mvnw -q -B -o -pl backend dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/$CP_FILE" >/dev/null

mkdir -p bench/results
OUT=${OUT:-bench/results/api-load-${INSTANCES}x-$(date -u +%Y%m%dT%H%MZ).txt}
exec > >(tee "$OUT") 2>&1

WORK=$(mktemp -d /tmp/noaber-api-load.XXXXXX)
mkdir -p "$WORK"/nginx/logs "$WORK"/nginx/tmp
PIDS=()
cleanup() {
  stop_all
  echo "== uptime at the end: $(uptime)"
  echo "work directory (logs): $WORK"
}
trap cleanup EXIT

echo "== api-load: $INSTANCES instance(s), rates $RATES, $STEP s per step, profiles $PROFILES"
echo "== machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(nginx -v 2>&1), $(date -u -Iseconds)"
echo "== uptime at the start: $(uptime)"

JWT_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
PSEUDONYM_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
# The image's JVM flags (deploy/Dockerfile), with MaxRAM standing in for the pod's 768 MiB limit.
JAVA_FLAGS="-XX:MaxRAM=768m -XX:MaxRAMPercentage=65 -XX:InitialRAMPercentage=25 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -Duser.timezone=Europe/Amsterdam"
LIFTED=1000000
common_env=(
  JWT_SECRET="$JWT_SECRET" NOABER_PSEUDONYM_KEY="$PSEUDONYM_KEY"
  NOABER_IDENTITY_TRUSTED_ADDRESS_HEADER=X-Forwarded-For
  NOABER_LOG_FORMAT=text
  # The wave job every second (default 10 s), so seeding and the posts' offers keep up.
  NOABER_MATCHING_JOB_INTERVAL=1s NOABER_MATCHING_JOB_INITIAL_DELAY=2s
  # All load comes from 127.0.0.1 and a few hundred accounts: lift the limits far above the run.
  # The filter still counts every write in PostgreSQL, as in production.
  NOABER_RATE_LIMITS_REGISTRATIONS_PER_ADDRESS=$LIFTED NOABER_RATE_LIMITS_LOGINS_PER_ADDRESS=$LIFTED
  NOABER_RATE_LIMITS_POSTING_PER_ACCOUNT=$LIFTED NOABER_RATE_LIMITS_POSTING_PER_ADDRESS=$LIFTED
  NOABER_RATE_LIMITS_OFFERS_PER_ACCOUNT=$LIFTED NOABER_RATE_LIMITS_OFFERS_PER_ADDRESS=$LIFTED
  # Tokens from the seeding must outlive the run (15 min by default); the driver logs in once.
  NOABER_IDENTITY_ACCESS_TOKEN_LIFETIME=3h
  JAVA_TOOL_OPTIONS="$JAVA_FLAGS"
)

start_embedded_instance 18181
if [ "$INSTANCES" = 2 ]; then start_instance_on_embedded 18182 b; fi

echo "== nginx :18180 (deploy/nginx/noaber.conf, upstream: $INSTANCES instance(s))"
sed -e 's/127\.0\.0\.1:18080/127.0.0.1:18180/; s/127\.0\.0\.1:18081/127.0.0.1:18181/; s/127\.0\.0\.1:18082/127.0.0.1:18182/' \
  deploy/nginx/noaber.conf >"$WORK/nginx.conf"
[ "$INSTANCES" = 2 ] || sed -i '/127\.0\.0\.1:18182/d' "$WORK/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx.conf" -t -q
nginx -p "$WORK/nginx" -c "$WORK/nginx.conf"
curl -sf -o /dev/null 127.0.0.1:18180/health
: >"$WORK/nginx/logs/access.log"

POSTMASTER=$(head -1 "$(find "$WORK/a" -name postmaster.pid | head -1)")
CPU="postgres:$POSTMASTER,nginx:$(cat "$WORK/nginx/logs/nginx.pid")"
for pid in "${PIDS[@]}"; do CPU="$CPU,service:$pid"; done
q() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d noaber -tA -c "$1"; }
accepted_before=$(q "SELECT count(*) FROM offer WHERE status = 'ACCEPTED'")
echo "== driver (a second JVM on loopback)"
# DRIVER_ARGS: more key=value options of ApiLoad (readers=, acceptors=, residents=, fodder=, warmup=, mix=).
# The driver gets DRIVER_SECONDS (default 12 min) so that a run stays under ~15 min; stopped
# early, it prints no ACCEPTED200 line and the count check below says so, the others still run.
set +e
# shellcheck disable=SC2086
timeout "${DRIVER_SECONDS:-720}" java -Xms256m -Xmx1g -cp "backend/target/test-classes:backend/target/classes:$(cat "$CP_FILE")" nl.noaber.bench.ApiLoad \
  base=http://127.0.0.1:18180 rates="$RATES" step="$STEP" profiles="$PROFILES" cpu="$CPU" ${DRIVER_ARGS:-} | tee "$WORK/driver.txt"
[ "${PIPESTATUS[0]}" = 124 ] && echo "== driver stopped at its time limit (DRIVER_SECONDS=${DRIVER_SECONDS:-720})"
set -e

echo "== correctness in the database (first accept wins)"
fails=0
expect() {  # $1 label, $2 expected, $3 actual
  if [ "$2" = "$3" ]; then echo "   ok   $1: $3"; else echo "   FAIL $1: expected $2, got $3"; fails=$((fails + 1)); fi
}
expect "requests with more than one ACCEPTED offer (double accept)" 0 \
  "$(q "SELECT count(*) FROM (SELECT request_id FROM offer WHERE status = 'ACCEPTED' GROUP BY 1 HAVING count(*) > 1) x")"
accepted_offers=$(( $(q "SELECT count(*) FROM offer WHERE status = 'ACCEPTED'") - accepted_before ))
seen_200=$(awk '/^ACCEPTED200/ {print $2}' "$WORK/driver.txt")
if [ -n "$seen_200" ]; then
  expect "ACCEPTED offers = accept calls the driver saw answered 200" "$seen_200" "$accepted_offers"
else
  echo "   skip ACCEPTED offers = accept calls answered 200: the driver was stopped before it counted ($accepted_offers ACCEPTED)"
fi
expect "ACCEPTED requests whose accepted offer count is not exactly one" 0 \
  "$(q "SELECT count(*) FROM help_request h WHERE status = 'ACCEPTED' AND (SELECT count(*) FROM offer o WHERE o.request_id = h.id AND o.status = 'ACCEPTED') <> 1")"
expect "volunteers offered the same request twice (double wave)" 0 \
  "$(q "SELECT count(*) FROM (SELECT request_id, volunteer_id FROM offer GROUP BY 1, 2 HAVING count(*) > 1) x")"
echo "   rows: $(q "SELECT (SELECT count(*) FROM help_request) || ' requests, ' || (SELECT count(*) FROM offer) || ' offers, ' || (SELECT count(*) FROM account) || ' accounts'")"
if [ "$INSTANCES" = 2 ]; then
  echo "== spread over the instances (nginx access log)"
  awk '{print $(NF-1)}' "$WORK/nginx/logs/access.log" | sort | uniq -c | sed 's/^/   /'
fi
echo "== memory at the end (VmRSS now / VmHWM peak)"
for pid in "${PIDS[@]}"; do
  echo "   pid $pid: $(awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} END {print r " MiB / " h " MiB"}' "/proc/$pid/status")"
done
if [ $fails -gt 0 ]; then echo "CHECKS: $fails failed"; exit 1; fi
echo "CHECKS: all passed"
