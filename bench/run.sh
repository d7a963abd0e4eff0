#!/usr/bin/env bash
# Benchmarks (issue 7): start-up, in-process evaluation (JMH: the engine over sizes, the plain-Java
# limit, trace on/off, allocation per decision), HTTP on loopback (wrk at 1, 16 and 64
# connections), batch throughput and peak memory, reload time. Prints the figures; record them in
# docs/performance.md. Takes about 15 minutes on 2 cores. BENCH_QUICK=1 shortens everything.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${BENCH_QUICK:-0}
port=18181
./mvnw -B -q package -DskipTests
jar=$(ls target/clusterpolicy-*.jar | grep -v original | head -1)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

if curl -sf -o /dev/null "localhost:$port/health"; then echo "port $port is busy: stop what runs there first"; exit 1; fi
. bench/lib.sh
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true' EXIT

echo "== start-up: java -jar to the first successful evaluation"
for run in 1 2 3; do
  first_answer "$jar"
  echo "run $run: first answer after $elapsed_ms ms; $(grep -o 'loaded from [^ ]* in [0-9]* ms' target/bench-startup.log)"
  stop
done

if [ "${BENCH_SKIP_JMH:-0}" != 1 ]; then
echo "== JMH (one thread): all programmes by size; Decree 779 alone, engine against plain Java, trace on/off"
if [ "$quick" = 1 ]; then jmh="-f 1 -wi 2 -w 1s -i 3 -r 1s"; else jmh="-f 1 -wi 5 -w 2s -i 5 -r 3s"; fi
java -cp "$cp" org.openjdk.jmh.Main 'EvaluationBenchmark.evaluateWithExplanation|Decree779Benchmark' -t 1 $jmh \
  -prof gc -rf csv -rff target/jmh.csv | grep -E '^(Benchmark |[A-Za-z0-9.]+ +[0-9]+ +(thrpt|avgt)|.*gc.alloc.rate.norm )'

fi

echo "== HTTP on loopback (wrk, 15 s each, a 50-participant profile)"
java -cp "$cp" ru.clusterpolicy.bench.ProfileFile 50 target/bench-profile-50.json
post_script target/bench-post.lua
serve "$jar" -Xmx1g
for c in 1 16 64; do
  duration=15s; [ "$quick" = 1 ] && duration=5s
  wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d$duration --latency -s target/bench-post.lua "http://localhost:$port/api/v1/evaluations" \
    | awk -v c=$c '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$4} END {print c " connections: " rps " req/s, p50 " p50 ", p99 " p99 (bad ? ", non-2xx " bad : "")}'
done
stop

echo "== batch: 100 000 profiles (examples cycled), command line and HTTP, heap capped at 512 MB"
count=100000; [ "$quick" = 1 ] && count=5000
python3 - "$count" <<'PY'
import glob, json, sys
lines = [json.dumps(json.load(open(p)), ensure_ascii=False) for p in sorted(glob.glob("examples/*.json"))
         if not p.endswith(".expected.json") and "kama" not in p and "bashkortostan" not in p]
with open("target/bench-batch.ndjson", "w") as out:
    for i in range(int(sys.argv[1])):
        out.write(lines[i % len(lines)] + "\n")
PY
echo "input: $(du -h target/bench-batch.ndjson | cut -f1)"
/usr/bin/time -o target/bench-batch.time -f "command line: %e s, peak RSS %M KB" java -Xmx512m -jar "$jar" evaluate-batch \
  target/bench-batch.ndjson target/bench-batch.out 2>/dev/null | tail -1 || true
cat target/bench-batch.time
serve "$jar" -Xmx512m
start=$(date +%s%N)
curl -s -X POST "localhost:$port/api/v1/evaluations/batch" -H 'Content-Type: application/x-ndjson' \
  -T target/bench-batch.ndjson -o target/bench-batch-http.out
seconds=$(( ($(date +%s%N) - start) / 1000000 ))
echo "HTTP: $(wc -l < target/bench-batch-http.out) decisions in ${seconds} ms; server peak RSS $(awk '/VmHWM/ {print $2}' /proc/$server/status) KB"
stop

echo "== reload of the rule set in a running service"
rm -rf target/bench-home && mkdir -p target/bench-home && cp -r rules decision-tables target/bench-home/
CLUSTERPOLICY_HOME=target/bench-home CLUSTERPOLICY_ADMIN_TOKEN=bench CLUSTERPOLICY_WATCH=false serve "$jar"
for run in 1 2 3; do
  curl -s -o /dev/null -w "reload $run: %{time_total} s (HTTP %{http_code})\n" -X POST -H 'Authorization: Bearer bench' \
    "localhost:$port/api/v1/ruleset/reload"
done
stop

echo "== the policy authors' tools: validate on the shipped home, impact over 1 000 generated profiles"
for run in 1 2 3; do
  /usr/bin/time -f "validate $run: %e s, peak RSS %M KB" java -jar "$jar" validate . >/dev/null
done
rm -rf target/bench-corpus target/bench-candidate && mkdir -p target/bench-candidate
java -jar "$jar" generate --count "$([ "$quick" = 1 ] && echo 100 || echo 1000)" --max 200 --out target/bench-corpus >/dev/null
cp -r rules decision-tables target/bench-candidate/
# the candidate lowers the industrial minimum: the cell found by its criterion, wherever its row is
java -cp "$cp" ru.clusterpolicy.bench.SetThreshold target/bench-candidate/decision-tables/decree-779.xlsx D779-INDUSTRIAL-MIN 8
/usr/bin/time -f "impact: %e s, peak RSS %M KB" java -jar "$jar" impact --baseline . --candidate target/bench-candidate \
  --profiles target/bench-corpus --csv target/bench-impact.csv | head -1
