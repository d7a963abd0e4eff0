#!/usr/bin/env bash
# Benchmarks: start-up of the packaged service to its first answer, and JMH in process
# (evaluations per second on one thread, rule-set build time). Prints a table; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
cp="target/test-classes:target/classes:$(cat target/classpath.txt)"

echo "== start-up: java -jar to the first successful evaluation (3 runs)"
port=18181
for run in 1 2 3; do
  start=$(date +%s%N)
  java -Dmicronaut.server.port=$port -jar target/clusterpolicy-*.jar >target/bench-startup.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -X POST "localhost:$port/api/v1/evaluations" -H 'Content-Type: application/json' \
      -d @examples/small-cluster-fails-composition.json; do sleep 0.05; done
  end=$(date +%s%N)
  build=$(grep -o 'loaded from [^ ]* in [0-9]* ms' target/bench-startup.log | grep -o '[0-9]* ms')
  echo "run $run: first answer after $(( (end - start) / 1000000 )) ms (rule set loaded in $build)"
  kill $pid; wait $pid 2>/dev/null || true
done

echo "== JMH: in-process evaluation with explanations (1 thread) and rule-set build"
java -cp "$cp" org.openjdk.jmh.Main EvaluationBenchmark -t 1 -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"
