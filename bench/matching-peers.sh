#!/usr/bin/env bash
# Matching benchmark against the peers (issue #10): ours (core point + GiST, RD metres) vs PostGIS
# geography, earthdistance and a naive full-scan haversine, on one synthetic population shaped on
# the real wijken of Deventer and Enschede. See docs/benchmarks.md for results and notes.
#   usage: bench/matching-peers.sh [volunteers=10000] [runs=300] [warm-up runs=50] [time budget per server, s; 0 = none]
#   CASES=<regex> runs only the cases whose name matches, e.g. CASES='eligible ours|decision'; PEERS=no skips the
#   PostgreSQL 15 + PostGIS server.
# Needs, for the PostGIS peer (skipped with a note otherwise), as root:
#   apt-get install -y postgresql-15-postgis-3
# (surefire:test, not the test phase: the client unit tests bound to that phase are not needed here.)
# pg_virtualenv then makes a throw-away PostgreSQL 15 cluster for the run and drops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
VOLUNTEERS=${1:-10000}
RUNS=${2:-300}
WARMUP=${3:-50}
BUDGET=${4:-0}
LOG=${LOG:-/tmp/matching-peers-$VOLUNTEERS.log}
MVN=(./mvnw -q -B -o -pl backend test-compile surefire:test -Dnoaber.client.skip=true -Dtest=MatchingPeersBenchmark
     -Dnoaber.excluded-test-groups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false
     -Dnoaber.bench.volunteers="$VOLUNTEERS" -Dnoaber.bench.runs="$RUNS" -Dnoaber.bench.warmup="$WARMUP" -Dnoaber.bench.budget-seconds="$BUDGET" -Dnoaber.bench.cases="${CASES:-.*}")
if [ "${PEERS:-yes}" != no ] && command -v pg_virtualenv >/dev/null && [ -d /usr/share/postgresql/15/extension ] \
   && ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  pg_virtualenv -v 15 "${MVN[@]}" 2>&1 | tee "$LOG"
else
  echo "NOTE: PostGIS for PostgreSQL 15 not installed: running without the PostGIS peer" | tee "$LOG"
  "${MVN[@]}" 2>&1 | tee -a "$LOG"
fi
echo "full output: $LOG ; summary:"
grep -E '^(RESULT|RATIO|NOTE|===|---|server|populated|check)' "$LOG" || true
