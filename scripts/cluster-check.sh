#!/usr/bin/env bash
# End-to-end check on a real cluster: 3 silos meeting in redis, the factorial experiment run with --cluster --redis,
# the client SIGKILLed after a few cells and started again (it resumes from the manifest), one silo SIGKILLed
# mid-run; the files must be byte-identical to an embedded run. Prints PASS or FAIL; exit code 0 or 1.
set -uo pipefail
cd "$(dirname "$0")/.."

export OTSIM_CLUSTER_DIR=${OTSIM_CLUSTER_DIR:-.cluster-check}
export OTSIM_REDIS_PORT=${OTSIM_REDIS_PORT:-6391}
export OTSIM_SILO_PORT=${OTSIM_SILO_PORT:-11211}
export OTSIM_GATEWAY_PORT=${OTSIM_GATEWAY_PORT:-30211}
export OTSIM_DASHBOARD_PORT=${OTSIM_DASHBOARD_PORT:-18211}
scenario=scenarios/factorial-experiment.json
work=$(mktemp -d)
client_pid=""
cleanup() {
  [ -n "$client_pid" ] && kill -KILL "$client_pid" 2>/dev/null
  scripts/cluster-down.sh >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "cluster-check: FAIL: $*"; exit 1; }
cells_done() { cat "$work/cluster/.otsim-work/manifest.tsv" 2>/dev/null | wc -l; }
wait_cells() { # wait until at least $1 cells are finished or the client exits
  for _ in $(seq 600); do
    [ "$(cells_done)" -ge "$1" ] && return 0
    kill -0 "$client_pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

echo "== cluster-check: building the client"
dotnet build client -c Release -nologo -v q >"$work/build.log" 2>&1 || { tail -n 20 "$work/build.log"; fail "client build"; }
client="dotnet client/bin/Release/net10.0/otsim.dll"

scripts/cluster-up.sh 3 || fail "cluster-up"
redis="127.0.0.1:$OTSIM_REDIS_PORT"

echo "== the first silo's Orleans dashboard lists the 3 silos"
active=0
for _ in $(seq 150); do  # its counters are sampled every second
  active=$(curl -fsS "http://127.0.0.1:$OTSIM_DASHBOARD_PORT/DashboardCounters" 2>/dev/null | grep -o '"status":"Active"' | wc -l)
  [ "$active" -ge 3 ] && break
  sleep 0.2
done
[ "$active" -eq 3 ] || fail "the dashboard at 127.0.0.1:$OTSIM_DASHBOARD_PORT lists $active active silos, not 3"
echo "   3 active silos"

echo "== embedded reference run"
$client run "$scenario" --out "$work/embedded" --quiet >"$work/embedded.log" 2>&1 || { cat "$work/embedded.log"; fail "embedded run"; }
total=$(( $(wc -l <"$work/embedded/therapists.csv") ))

echo "== cluster run; the client is killed after 3 cells"
$client run "$scenario" --cluster --redis "$redis" --out "$work/cluster" --quiet >"$work/client-1.log" 2>&1 &
client_pid=$!
wait_cells 3 || { cat "$work/client-1.log"; fail "the first client finished no cells or ended early"; }
kill -KILL "$client_pid"; wait "$client_pid" 2>/dev/null; client_pid=""
echo "   client killed with $(cells_done) cells finished"

echo "== client started again (resumes); silo 2 is killed after 4 more cells"
before=$(cells_done)
$client run "$scenario" --cluster --redis "$redis" --out "$work/cluster" --quiet >"$work/client-2.log" 2>&1 &
client_pid=$!
wait_cells $((before + 4)) || { cat "$work/client-2.log"; fail "the second client ended before the silo was killed"; }
kill -KILL "$(cat "$OTSIM_CLUSTER_DIR/silo-2.pid")"
echo "   silo 2 killed with $(cells_done) cells finished"
wait "$client_pid"; status=$?; client_pid=""
[ "$status" -eq 0 ] || { cat "$work/client-2.log"; fail "the second client exited with $status"; }
grep -q "Resuming: " "$work/client-2.log" || fail "the second client did not resume"
grep -h "retrying" "$work/client-2.log" | sed 's/^/   /'

echo "== comparing files"
# Recursive: the results folder holds charts/ besides the data files.
if ! differences=$(diff -r -q "$work/embedded" "$work/cluster"); then
  echo "$differences" | sed 's/^/   /'
  fail "the embedded and the cluster run differ"
fi
[ ! -e "$work/cluster/.otsim-work" ] || fail "the work folder was left behind"
echo "cluster-check: PASS ($(find "$work/embedded" -type f | wc -l) files byte-identical: $(ls "$work/embedded" | tr '\n' ' '))"
