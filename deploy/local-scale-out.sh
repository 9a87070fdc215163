#!/usr/bin/env bash
# Two Noaber instances behind nginx on one PostgreSQL, on loopback (issue #10), then a short load
# through nginx and the correctness checks of the matching issue in SQL.
#
#   deploy/local-scale-out.sh            needs: java 17, the fat jar (built if missing), nginx
#                                        (apt-get install -y nginx-light), python3, psql
#
# Instance A (port 18081) runs the embedded PostgreSQL 17 with the demo population; instance B
# (port 18082) uses A's database through DATASOURCE_URL, as a second pod would use a managed one.
# Both share JWT_SECRET and NOABER_PSEUDONYM_KEY (generated per run). nginx (18080) spreads calls
# round robin without stickiness (deploy/nginx/noaber.conf). Everything stops at the end; the
# work directory (logs, nginx access log, the report) is printed and kept.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=backend/target/noaber.jar
# shellcheck source=scale-out/instances.sh
source deploy/scale-out/instances.sh
for tool in java nginx python3 psql curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool"; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

WORK=$(mktemp -d /tmp/noaber-scale-out.XXXXXX)
mkdir -p "$WORK"/nginx/logs "$WORK"/nginx/tmp
PIDS=()
cleanup() {
  stop_all
  echo "work directory (logs, access log, report): $WORK"
}
trap cleanup EXIT

JWT_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
PSEUDONYM_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
# The image's JVM flags, read from deploy/Dockerfile so the two cannot drift apart, with MaxRAM
# standing in for the pod's 768 MiB limit. Its AppCDS archive (/app/cds) exists only in the image,
# so that one flag is dropped here (it changes the start time, not the behaviour).
JAVA_FLAGS="-XX:MaxRAM=768m $(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' deploy/Dockerfile | sed -E 's/ ?-XX:SharedArchiveFile=[^ ]+//')"
[ "$JAVA_FLAGS" != "-XX:MaxRAM=768m " ] || { echo "no JAVA_TOOL_OPTIONS in deploy/Dockerfile"; exit 1; }
common_env=(
  JWT_SECRET="$JWT_SECRET" NOABER_PSEUDONYM_KEY="$PSEUDONYM_KEY"
  NOABER_IDENTITY_TRUSTED_ADDRESS_HEADER=X-Forwarded-For
  NOABER_LOG_FORMAT=text
  # Waves every 2 s instead of 10 s, so the run is short.
  NOABER_MATCHING_JOB_INTERVAL=2s NOABER_MATCHING_JOB_INITIAL_DELAY=2s
  # All load comes from 127.0.0.1: lift the per-address registration limit (20 an hour).
  NOABER_RATE_LIMITS_REGISTRATIONS_PER_ADDRESS=1000
  JAVA_TOOL_OPTIONS="$JAVA_FLAGS"
)

start_embedded_instance 18081
start_instance_on_embedded 18082 b

echo "== nginx :18080 (round robin, no stickiness)"
nginx -p "$WORK/nginx" -c "$ROOT/deploy/nginx/noaber.conf" -t -q
nginx -p "$WORK/nginx" -c "$ROOT/deploy/nginx/noaber.conf"
for i in 1 2 3 4; do curl -s -o /dev/null 127.0.0.1:18080/health; done
echo "   /metrics through nginx: $(curl -s -o /dev/null -w '%{http_code}' 127.0.0.1:18080/metrics) (kept internal)"
: >"$WORK/nginx/logs/access.log"

echo "== load through nginx"
RUN="r$(date +%s)"
python3 deploy/scale-out/load.py --base http://127.0.0.1:18080 --run "$RUN" | tee "$WORK/load.json"

q() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d noaber -tA -c "$1"; }
IDS=$(python3 -c 'import json,sys; print(",".join(map(str, json.load(open(sys.argv[1]))["request_ids"])))' "$WORK/load.json")
echo "== correctness in the database (this run's requests only)"
fails=0
expect() {  # $1 label, $2 expected, $3 actual
  if [ "$2" = "$3" ]; then echo "   ok   $1: $3"; else echo "   FAIL $1: expected $2, got $3"; fails=$((fails + 1)); fi
}
requests=$(q "SELECT count(*) FROM help_request WHERE id IN ($IDS)")
expect "requests stored" "$(echo "$IDS" | tr ',' '\n' | wc -l)" "$requests"
expect "requests with more than one ACCEPTED offer (double accept)" 0 \
  "$(q "SELECT count(*) FROM (SELECT request_id FROM offer WHERE request_id IN ($IDS) AND status = 'ACCEPTED' GROUP BY 1 HAVING count(*) > 1) x")"
expect "requests ACCEPTED with exactly one ACCEPTED offer" "$requests" \
  "$(q "SELECT count(*) FROM help_request h WHERE id IN ($IDS) AND status = 'ACCEPTED' AND (SELECT count(*) FROM offer o WHERE o.request_id = h.id AND o.status = 'ACCEPTED') = 1")"
expect "volunteers offered the same request twice (double wave)" 0 \
  "$(q "SELECT count(*) FROM (SELECT request_id, volunteer_id FROM offer WHERE request_id IN ($IDS) GROUP BY 1, 2 HAVING count(*) > 1) x")"
expect "offers of a wave the round never reached" 0 \
  "$(q "SELECT count(*) FROM offer o JOIN matching_round m USING (request_id) WHERE o.request_id IN ($IDS) AND o.wave > m.wave")"
expect "offer notices minus offers (a doubled wave sends notices twice)" 0 \
  "$(q "SELECT (SELECT count(*) FROM notification WHERE type = 'OFFER_NEW' AND CAST(data ->> 'requestId' AS bigint) IN ($IDS)) - (SELECT count(*) FROM offer WHERE request_id IN ($IDS))")"
echo "   waves per round: $(q "SELECT string_agg(wave || ' x' || n, ', ') FROM (SELECT wave, count(*) n FROM matching_round WHERE request_id IN ($IDS) GROUP BY 1 ORDER BY 1) w")"
echo "   offers by the instance that sent them cannot be told apart in SQL; the wave race across instances is TwoInstancesMatchingApiTest"

echo "== spread over the instances (nginx access log, calls during the load)"
awk '{print $(NF-1)}' "$WORK/nginx/logs/access.log" | sort | uniq -c | sed 's/^/   /'
echo "== memory after the load (VmRSS now / VmHWM peak)"
for i in 0 1; do
  pid=${PIDS[$i]}
  echo "   instance $([ $i = 0 ] && echo A || echo B): $(awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} END {print r " MiB / " h " MiB"}' "/proc/$pid/status")"
done
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(nginx -v 2>&1), $(date -Iseconds)"
if [ $fails -gt 0 ]; then echo "RESULT: $fails check(s) failed"; exit 1; fi
echo "RESULT: all checks passed"
