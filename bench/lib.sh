# Shared by the benchmarks (source it with $port set): start a jar on $port and wait until it says
# UP, stop it again.
server=
serve() {  # serve JAR [java options...]
  local jar=$1; shift
  java "$@" -Dmicronaut.server.port=$port -jar "$jar" >target/bench-server.log 2>&1 &
  server=$!
  until curl -sf -o /dev/null "localhost:$port/health"; do
    kill -0 "$server" 2>/dev/null || { cat target/bench-server.log; exit 1; }
    sleep 0.1
  done
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
first_answer() {  # first_answer JAR: starts it; elapsed_ms is the time to its first successful answer
  local start
  start=$(date +%s%N)
  java -Dmicronaut.server.port=$port -jar "$1" >target/bench-startup.log 2>&1 &
  server=$!
  until curl -sf -o /dev/null -X POST "localhost:$port/api/v1/evaluations" -H 'Content-Type: application/json' \
      -d @examples/small-cluster-fails-composition.json; do
    kill -0 "$server" 2>/dev/null || { cat target/bench-startup.log; exit 1; }
    sleep 0.05
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
post_script() {  # post_script FILE: a wrk script that POSTs the 50-participant profile (target/bench-profile-50.json)
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("target/bench-profile-50.json"); wrk.body = f:read("*a"); f:close()
LUA
}
