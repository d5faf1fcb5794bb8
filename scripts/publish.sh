#!/usr/bin/env bash
# Publishes otsim for large runs: Release, precompiled to native code (ReadyToRun) for this machine's runtime, so a cold
# `run` does not spend its first seconds compiling OtSim's and Orleans' code. Framework-dependent (needs the .NET 10
# runtime, as `dotnet run` does). Results are the same bytes as from any other build.
# usage: scripts/publish.sh [OUTPUT_DIR] [PROJECT]
#   OUTPUT_DIR  default publish/otsim; then run: dotnet publish/otsim/otsim.dll run ...
#   PROJECT     default client; scripts/orleans-floor.sh publishes its tool the same way through this script
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-publish/otsim}
project=${2:-client}
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" --nologo -v q
echo "published $project to $out (ReadyToRun, $rid)"
