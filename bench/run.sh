#!/usr/bin/env bash
# Runs one benchmark on demand (never part of ./mvnw verify). Usage: bench/run.sh tree|import|registry-import|registry-demo|registry-list|documents|round-decision|round-certificates|statistics
# Further arguments go to Maven, e.g. bench/run.sh registry-list -Dhold=600 (keeps the database up for psql).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  tree)   test=TreeBenchmark ;;
  import) test=ImportBenchmark ;;
  registry-import) test=RegistryImportBenchmark ;;
  registry-demo) test=DemoRegistryBenchmark ;;
  registry-list) test=RegistryListBenchmark ;;
  documents) test=DocumentsBenchmark ;;
  round-decision) test=DecisionBenchmark ;;
  round-certificates) test=CertificateBatchBenchmark ;;
  statistics) test=StatisticsBenchmark ;;
  *) echo "usage: bench/run.sh tree|import|registry-import|registry-demo|registry-list|documents|round-decision|round-certificates|statistics" >&2; exit 2 ;;
esac
mkdir -p bench/results
./mvnw -q -B -Pbench test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.useFile=false "${@:2}" 2>&1 | tee "bench/results/$test.log" | grep -A30 "== $test" || {
  echo "benchmark failed; see bench/results/$test.log" >&2; exit 1; }
