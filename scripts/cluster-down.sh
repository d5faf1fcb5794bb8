#!/usr/bin/env bash
# Stops the silos and redis-server started by scripts/cluster-up.sh (same OTSIM_CLUSTER_DIR, default .cluster).
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${OTSIM_CLUSTER_DIR:-.cluster}
[ -d "$dir" ] || { echo "No cluster folder $dir; nothing to stop."; exit 0; }

stop() {
  local pidfile=$1 pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
}

# Silos first (they leave the membership table in redis), then redis itself.
for pidfile in "$dir"/silo-*.pid; do
  [ -e "$pidfile" ] && stop "$pidfile"
done
[ -e "$dir/redis.pid" ] && stop "$dir/redis.pid"
echo "Cluster in $dir stopped."
