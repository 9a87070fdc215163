#!/usr/bin/env bash
# Synthetic population (issue #10): volunteers, residents, voorzorgcirkels and years of help requests
# with their activity events, shaped on the real wijken of Deventer and Enschede, written into a fresh
# embedded database that is thrown away afterwards. Prints progress and a summary (rows per table, seconds).
# See docs/benchmarks.md ("Synthetic population").
#   usage: bench/population.sh <volunteers> [years=3] [seed=20261123]
#   UNTIL=YYYY-MM-DD ends the history on another day (default 2026-11-01, fixed so a seed gives the same rows).
# (surefire:test, not the test phase: the client unit tests bound to that phase are not needed here.)
set -euo pipefail
cd "$(dirname "$0")/.."
VOLUNTEERS=${1:?usage: bench/population.sh <volunteers> [years=3] [seed=20261123]}
YEARS=${2:-3}
SEED=${3:-20261123}
LOG=${LOG:-/tmp/population-$VOLUNTEERS.log}
UNTIL_ARG=()
if [ -n "${UNTIL:-}" ]; then UNTIL_ARG=(-Dnoaber.bench.until="$UNTIL"); fi
./mvnw -q -B -o -pl backend test-compile surefire:test -Dnoaber.client.skip=true -Dtest=PopulationBenchmark \
  -Dnoaber.excluded-test-groups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnoaber.bench.volunteers="$VOLUNTEERS" -Dnoaber.bench.years="$YEARS" -Dnoaber.bench.seed="$SEED" "${UNTIL_ARG[@]}" 2>&1 | tee "$LOG"
echo "full output: $LOG ; summary:"
sed -n '/^--- population summary ---/,$p' "$LOG" | grep -E '^(---|  )' || true
