#!/usr/bin/env bash
# The second performance round (issue 18), each figure against a baseline built in the same run:
# start-up to the first answer, in-process evaluation (JMH), HTTP at 1, 16 and 64 connections from
# the first request, batch on the command line and over HTTP in a 256 MB heap, reload after an
# edited workbook. Variants alternate so that the shared machine's noise falls on both alike.
# Appends the results to docs/performance.md with the date, both commits and the load.
#   bench/compare.sh [baseline-commit]     (default: the commit before issue 18)
# BENCH_QUICK=1 shortens everything (a smoke run, not figures to keep); BENCH_PARTS picks parts
# (default "startup jmh http batch reload").
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-6ea8bf0}
quick=${BENCH_QUICK:-0}
port=18182
out=target/bench-compare.md
load() { cut -d' ' -f1-3 /proc/loadavg; }
part() { [[ " ${BENCH_PARTS:-startup jmh http batch reload} " == *" $1 "* ]]; }

# both variants built, with their test classes (JMH) and their class paths
./mvnw -B -q -o package -DskipTests
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
rm -rf target/baseline && git worktree prune && git worktree add -q --detach target/baseline "$base"
(cd target/baseline && ./mvnw -B -q -o package -DskipTests \
  && ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt)
declare -A jar cp
jar[current]=$(ls target/clusterpolicy-*.jar | grep -v original | head -1)
jar[baseline]=$(ls target/baseline/target/clusterpolicy-*.jar | grep -v original | head -1)
cp[current]="target/test-classes:target/classes:$(cat target/classpath.txt)"
cp[baseline]="target/baseline/target/test-classes:target/baseline/target/classes:$(cat target/baseline/target/classpath.txt)"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if curl -sf -o /dev/null "localhost:$port/health"; then echo "port $port is busy"; exit 1; fi

. bench/lib.sh
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true; git worktree remove --force target/baseline 2>/dev/null || true' EXIT

load_before=$(load)
{
echo "## $(date -u +%F) — issue 18 against its baseline, one run (\`bench/compare.sh\`)"
echo
echo "Current $(git rev-parse --short HEAD)$(git diff --quiet || echo ' with uncommitted changes'), baseline $(git -C target/baseline rev-parse --short HEAD); $(nproc) cores; load average before: $load_before."
echo
} >"$out"
if part startup; then
printf '%s\n\n' "### Start-up: \`java -jar\` to the first successful answer (alternating, 3 each)" >>"$out"
for run in 1 2 3; do
  for variant in baseline current; do
    first_answer "${jar[$variant]}"
    echo "- run $run, $variant: $elapsed_ms ms" >>"$out"
    stop
  done
done
fi

if part jmh; then
echo "### In process: the 50-participant decision with its explanation (JMH, one thread, decisions per second)" >>"$out"
echo >>"$out"
if [ "$quick" = 1 ]; then jmh="-f 1 -wi 2 -w 1s -i 3 -r 1s"; else jmh="-f 1 -wi 4 -w 2s -i 5 -r 3s"; fi
for variant in baseline current; do
  java -cp "${cp[$variant]}" org.openjdk.jmh.Main 'EvaluationBenchmark.evaluateWithExplanation' -p participants=50 -t 1 $jmh \
    | awk -v v=$variant '/evaluateWithExplanation/ && /thrpt/ {print "- " v ": " $(NF-3) " ± " $(NF-1) " decisions/s"}' >>"$out"
done
fi

if part http; then
echo "### HTTP on loopback, a 50-participant profile, from the first request (wrk)" >>"$out"
echo >>"$out"
java -cp "${cp[current]}" ru.clusterpolicy.bench.ProfileFile 50 target/bench-profile-50.json
post_script target/bench-post.lua
duration=10s; [ "$quick" = 1 ] && duration=3s
for variant in baseline current; do
  serve "${jar[$variant]}" -Xmx1g
  for c in 1 16 64; do
    wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d$duration --latency -s target/bench-post.lua "http://localhost:$port/api/v1/evaluations" \
      | awk -v c=$c -v v=$variant '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$4}
          END {print "- " v ", " c " connections: " rps " req/s, p50 " p50 ", p99 " p99 (bad ? ", non-2xx " bad : "")}' >>"$out"
  done
  stop
done
fi

if part batch; then
count=${BENCH_BATCH:-100000}; [ "$quick" = 1 ] && count=5000
echo "### Batch: $count profiles (the examples cycled), heap capped at 256 MB" >>"$out"
echo >>"$out"
python3 - "$count" <<'PY'
import glob, json, sys
lines = [json.dumps(json.load(open(p)), ensure_ascii=False) for p in sorted(glob.glob("examples/*.json"))
         if not p.endswith(".expected.json") and "kama" not in p and "bashkortostan" not in p]
with open("target/bench-batch.ndjson", "w") as out:
    for i in range(int(sys.argv[1])):
        out.write(lines[i % len(lines)] + "\n")
PY
echo "Input: $(du -h target/bench-batch.ndjson | cut -f1)." >>"$out"
for variant in baseline current; do
  /usr/bin/time -o target/bench-batch.time -f "%e s, peak RSS %M KB" java -Xmx256m -jar "${jar[$variant]}" evaluate-batch \
    target/bench-batch.ndjson target/bench-batch.out >/dev/null 2>&1 || echo "(exit $?)" >>target/bench-batch.time
  echo "- $variant, command line: $(tr '\n' ' ' <target/bench-batch.time), $(wc -l <target/bench-batch.out) answers" >>"$out"
  serve "${jar[$variant]}" -Xmx256m
  start=$(date +%s%N)
  curl -s -X POST "localhost:$port/api/v1/evaluations/batch" -H 'Content-Type: application/x-ndjson' \
    -T target/bench-batch.ndjson -o target/bench-batch-http.out
  echo "- $variant, HTTP: $(( ($(date +%s%N) - start) / 1000000 )) ms, $(wc -l <target/bench-batch-http.out) answers;" \
       "server peak RSS $(awk '/VmHWM/ {print $2}' /proc/$server/status) KB" >>"$out"
  stop
done
fi

if part reload; then
echo "### Reload after one edited workbook, in a warm service (3 each)" >>"$out"
echo >>"$out"
for variant in baseline current; do
  rm -rf target/bench-home && mkdir -p target/bench-home && cp -r rules decision-tables examples target/bench-home/
  CLUSTERPOLICY_HOME=target/bench-home CLUSTERPOLICY_ADMIN_TOKEN=bench CLUSTERPOLICY_WATCH=false \
    serve "${jar[$variant]}" -Dclusterpolicy.data=target/bench-data-$variant
  for threshold in 8 9 10; do
    java -cp "${cp[current]}" ru.clusterpolicy.bench.SetThreshold target/bench-home/decision-tables/decree-779.xlsx D779-INDUSTRIAL-MIN $threshold
    curl -s -o /dev/null -w "- $variant, minimum $threshold: %{time_total} s (HTTP %{http_code})\n" -X POST \
      -H 'Authorization: Bearer bench' "localhost:$port/api/v1/ruleset/reload" >>"$out"
  done
  stop
done
fi
echo >>"$out"
echo "Load average after: $(load)." >>"$out"
cat "$out"
{ echo; cat "$out"; } >>docs/performance.md
