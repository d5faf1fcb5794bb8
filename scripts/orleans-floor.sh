#!/usr/bin/env bash
# What Orleans 10 itself costs on this machine, with no model work: activating and calling grains shaped like OtSim's
# therapist and classroom grains in an embedded silo (scripts/orleans-floor/). The cold round is the least a cold
# `otsim run` on the Orleans engine can pay for its activations, whatever the model does.
# usage: scripts/orleans-floor.sh [CHILDREN] [CHILDREN_PER_PARENT] [PARENTS_IN_FLIGHT] [ROUNDS]
#   defaults: 200000 children (the classroom grains of a 1,000,000-student district), 9 per parent (22,222 parents,
#   its therapist grains), 4 parents in flight per core (the engine's default), 2 rounds.
set -euo pipefail
cd "$(dirname "$0")/orleans-floor"
# Published as otsim is (scripts/publish.sh: Release, ReadyToRun), with otsim's runtime settings (OrleansFloor.csproj).
../publish.sh scripts/orleans-floor/bin/published scripts/orleans-floor > /dev/null
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bin/published/OrleansFloor.dll "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
