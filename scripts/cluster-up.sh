#!/usr/bin/env bash
# Starts a local OtSim cluster: redis-server on 127.0.0.1 for membership and N silos joined through it.
# usage: scripts/cluster-up.sh [N]   (default 3)
# Settings (environment): OTSIM_CLUSTER_DIR (pid and log files, default .cluster), OTSIM_REDIS_PORT (6379),
# OTSIM_SILO_PORT (first silo port, 11111), OTSIM_GATEWAY_PORT (first gateway port, 30000), OTSIM_DASHBOARD_PORT
# (the first silo serves the Orleans dashboard of the whole cluster there on 127.0.0.1, default 8080; "off" for none).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-3}
dir=${OTSIM_CLUSTER_DIR:-.cluster}
redis_port=${OTSIM_REDIS_PORT:-6379}
silo_port=${OTSIM_SILO_PORT:-11111}
gateway_port=${OTSIM_GATEWAY_PORT:-30000}
dashboard_port=${OTSIM_DASHBOARD_PORT:-8080}

if ! [[ "$count" =~ ^[1-9][0-9]?$ ]]; then
  echo "usage: $0 [N]  (N = number of silos, 1-99)" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
for pidfile in "$dir"/*.pid; do
  if [ -e "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "A cluster is already running from $dir (see $pidfile); stop it with scripts/cluster-down.sh." >&2
    exit 1
  fi
done
rm -f "$dir"/*.pid

if ! command -v redis-server >/dev/null; then
  echo "Installing redis-server..."
  (apt-get update -qq && apt-get install -y -qq redis-server) >"$dir/apt.log" 2>&1 || { echo "could not install redis-server (see $dir/apt.log)" >&2; exit 1; }
fi
if redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
  echo "Something already answers on 127.0.0.1:$redis_port; stop it or set OTSIM_REDIS_PORT." >&2
  exit 1
fi

# Membership lives only in this redis (no snapshots), so every cluster starts from an empty table.
nohup redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no >"$dir/redis.log" 2>&1 &
echo $! >"$dir/redis.pid"
echo "$redis_port" >"$dir/redis.port"
for _ in $(seq 50); do
  redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && break
  sleep 0.2
done
redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null || { echo "redis-server did not start (see $dir/redis.log)" >&2; exit 1; }

echo "Building the silo..."
dotnet build silo -c Release -nologo -v q >"$dir/build.log" 2>&1 || { tail -n 20 "$dir/build.log" >&2; exit 1; }
silo_dll=silo/bin/Release/net10.0/OtSim.Silo.dll

gateways=()
for i in $(seq "$count"); do
  sp=$((silo_port + i - 1))
  gp=$((gateway_port + i - 1))
  dashboard=()
  [ "$i" -eq 1 ] && [ "$dashboard_port" != off ] && dashboard=(--dashboard "$dashboard_port")
  nohup dotnet "$silo_dll" --redis "127.0.0.1:$redis_port" --silo-port "$sp" --gateway-port "$gp" "${dashboard[@]}" >"$dir/silo-$i.log" 2>&1 &
  echo $! >"$dir/silo-$i.pid"
  gateways+=("$gp")
done

deadline=$((SECONDS + 90))
for i in $(seq "$count"); do
  until grep -q "OtSim silo running" "$dir/silo-$i.log" 2>/dev/null; do
    if ! kill -0 "$(cat "$dir/silo-$i.pid")" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      echo "silo $i did not start (see $dir/silo-$i.log)" >&2
      tail -n 20 "$dir/silo-$i.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done
echo "Cluster up: $count silo(s), membership in redis at 127.0.0.1:$redis_port, gateways ${gateways[*]}; pids and logs in $dir."
[ "$dashboard_port" != off ] && echo "Orleans dashboard of the cluster: http://127.0.0.1:$dashboard_port/"
echo "Run on it:  dotnet run --project client -- run scenarios/factorial-experiment.json --cluster --redis 127.0.0.1:$redis_port"
