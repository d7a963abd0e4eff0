#!/usr/bin/env bash
# The cost of decision records (issue 16), in one run: requests per second at 16 connections with
# ?record=none, receipt and full alternating, on the embedded H2 and (with BENCH_POSTGRES_URL, user
# and password clusterpolicy) on PostgreSQL; the database's size per 10 000 kept 50-participant
# decisions; replay time for the version in service, for an archived one read back compiled, and
# for one compiled from the archive. Appends the figures to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18183
duration=${BENCH_DURATION:-10s}
out=target/bench-records.md
./mvnw -B -q -o package -DskipTests
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
jar=$(ls target/clusterpolicy-*.jar | grep -v original | head -1)
cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
java -cp "$cp" ru.clusterpolicy.bench.ProfileFile 50 target/bench-profile-50.json

. bench/lib.sh
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true' EXIT
serve_data() {  # serve_data DATA-FOLDER [java options...]
  local data=$1; shift
  serve "$jar" "$@" -Dclusterpolicy.data="$data"
}
post_script target/bench-post.lua
rate() {  # rate record: requests per second at 16 connections
  wrk -t2 -c16 -d"$duration" --latency -s target/bench-post.lua "http://localhost:$port/api/v1/evaluations?record=$1" \
    | awk '/Requests\/sec/ {rps=$2} / 99%/ {p99=$2} /requests in/ {n=$1} END {print rps " req/s (" n " requests), p99 " p99}'
}

{
  echo "## $(date -u +%F) — the cost of decision records (\`bench/records.sh\`)"
  echo
  echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' with uncommitted changes'); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg). wrk, 16 connections, $duration each, a 50-participant profile; variants alternate."
  echo
} >"$out"

measure() {  # measure label data-folder [java options...]
  local label=$1 data=$2; shift 2
  serve_data "$data" "$@" -Xmx1g
  rate none >/dev/null  # warm
  for round in 1 2; do
    for record in none receipt full; do
      echo "- $label, round $round, record=$record: $(rate $record)" >>"$out"
    done
  done
  stop
}

rm -rf target/bench-data-h2 && measure "H2 (embedded)" target/bench-data-h2
echo "- H2 size: $(du -k target/bench-data-h2/records.mv.db | cut -f1) KB for all the decisions above" >>"$out"
if [ -n "${BENCH_POSTGRES_URL:-}" ]; then
  rm -rf target/bench-data-pg
  DATASOURCES_DEFAULT_URL=$BENCH_POSTGRES_URL DATASOURCES_DEFAULT_USERNAME=clusterpolicy DATASOURCES_DEFAULT_PASSWORD=clusterpolicy \
    measure "PostgreSQL" target/bench-data-pg
fi

echo >>"$out"
echo "### Size per 10 000 kept decisions (H2, ?record=full, a 50-participant profile)" >>"$out"
rm -rf target/bench-data-size && serve_data target/bench-data-size
before=$(du -k target/bench-data-size/records.mv.db | cut -f1)
post_script target/bench-count.lua
cat >> target/bench-count.lua <<LUA
local n = 0
request = function() n = n + 1; if n > 625 then wrk.thread:stop() end; return wrk.format() end
LUA
wrk -t2 -c16 -d60s -s target/bench-count.lua "http://localhost:$port/api/v1/evaluations?record=full" >/dev/null
stop
kept=$(java -cp "$cp" org.h2.tools.Shell -url "jdbc:h2:file:$PWD/target/bench-data-size/records;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
  -user sa -sql "SELECT COUNT(*) FROM evaluation_record" 2>/dev/null | sed -n 2p | tr -d ' ' || echo "?")
after=$(du -k target/bench-data-size/records.mv.db | cut -f1)
echo "- $kept decisions kept: $(( after - before )) KB, so about $(( (after - before) * 10000 / kept / 1024 )) MB per 10 000" >>"$out"

echo >>"$out"
echo "### Replay" >>"$out"
rm -rf target/bench-home target/bench-data-replay && mkdir -p target/bench-home && cp -r rules decision-tables target/bench-home/
CLUSTERPOLICY_HOME=target/bench-home CLUSTERPOLICY_WATCH=false CLUSTERPOLICY_ADMIN_TOKEN=bench serve_data target/bench-data-replay
echo "pw-bench" | java -Dclusterpolicy.data=target/bench-data-replay -jar "$jar" user add bench --role REVIEWER \
  --data target/bench-data-replay --password >/dev/null 2>&1
id=$(curl -s -X POST "localhost:$port/api/v1/evaluations?record=full" -H 'Content-Type: application/json' \
  -d @target/bench-profile-50.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["evaluationId"])')
replay() { curl -s -o /dev/null -w "%{time_total} s" -u bench:pw-bench -X POST "localhost:$port/api/v1/evaluations/$id/replay"; }
echo "- the version in service: $(replay), again $(replay)" >>"$out"
java -cp "$cp" ru.clusterpolicy.bench.SetThreshold target/bench-home/decision-tables/decree-779.xlsx D779-INDUSTRIAL-MIN 9
curl -s -o /dev/null -X POST -H 'Authorization: Bearer bench' "localhost:$port/api/v1/ruleset/reload"
stop
CLUSTERPOLICY_HOME=target/bench-home CLUSTERPOLICY_WATCH=false serve_data target/bench-data-replay
echo "- an archived version after a restart, read back compiled from data/compiled: $(replay); kept in memory then: $(replay)" >>"$out"
stop
rm -rf target/bench-data-replay/compiled
CLUSTERPOLICY_HOME=target/bench-home CLUSTERPOLICY_WATCH=false serve_data target/bench-data-replay
echo "- an archived version compiled from the archive's files (no compiled copy): $(replay); kept in memory then: $(replay)" >>"$out"
stop
echo >>"$out"
cat "$out"
{ echo; cat "$out"; } >>docs/performance.md
