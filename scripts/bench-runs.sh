#!/usr/bin/env bash
# Whole, cold `otsim run` commands, --engine plain and the Orleans engine paired in one script, so load from other
# processes hits both alike. Every run is a fresh process (cold silo, cold grains). Prints one line per run (wall seconds,
# user+system CPU seconds, peak resident memory and that memory per student) and the Orleans/plain ratio of the medians
# per case, with the load average before and after. CPU seconds are distorted less by other processes' load than wall time.
#
# usage: scripts/bench-runs.sh [ROUNDS] [CASES...]
#   ROUNDS   pairs per case (default 3); engine order alternates each round
#   CASES    any of: small-cells big-cell big-cell-quarterly d100k d100k-quarterly d1m d1m-quarterly
#            (default: small-cells big-cell big-cell-quarterly d100k d100k-quarterly)
# BREAKDOWN=1 also runs each case once more per engine with OTSIM_TIMING=1 and prints where the run's time went
# (process start, silo start, cells, part files, merge, silo stop; wall and CPU seconds, GC counts and pauses).
# The peak resident memory of the Orleans run of d1m / 1,000,000 is the whole process's memory per student (runtime,
# silo, 200,000 classroom grains, results) for the issue's 2 KB-per-student goal.
# Runs use --no-analysis --no-weeks --format csv --quiet. Publish first: scripts/publish.sh (Release, ReadyToRun: what a
# user of large runs is told to run; both engines run the same binary).
# OTSIM_DLL=path/to/otsim.dll times another build (e.g. client/bin/Release/net10.0/otsim.dll, or an older commit; it
# must know every field of the cases run).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(small-cells big-cell big-cell-quarterly d100k d100k-quarterly)
dll=${OTSIM_DLL:-publish/otsim/otsim.dll}
[ -f "$dll" ] || { echo "bench-runs.sh: $dll not found; run scripts/publish.sh first (or set OTSIM_DLL)" >&2; exit 2; }
otsim=(dotnet "$dll")
work=$(mktemp -d /tmp/otsim-bench-runs.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Scenarios derived from the shipped ones (python3 only edits JSON).
scenario() {
  local name=$1 file=$work/$1.json
  python3 - "$name" "$file" <<'PY'
import json, sys
name, out = sys.argv[1], sys.argv[2]
base = name.replace('-quarterly', '')
if base == 'small-cells':
    # 600 cells of the 192-student factorial district: 6 design points x 2 policies x 50 replications = 115,200 student-years.
    s = json.load(open('scenarios/factorial-experiment.json')); s['replications'] = 50
else:
    # One replication of two policies of the blanket-vs-collaborative district, scaled (40 students a school, 7 therapists per 8 schools).
    s = json.load(open('scenarios/blanket-vs-collaborative.json'))
    students = {'big-cell': 57_600, 'd100k': 100_000, 'd1m': 1_000_000}[base]
    s['district']['schools'] = students // 40
    s['staffing']['therapists'] = max(1, students * 7 // 320)
    s['policies'] = s['policies'][:2]; s['replications'] = 1
s['name'] = name
if name.endswith('-quarterly'):
    s.setdefault('calendar', {})['reviewPeriodWeeks'] = 9
json.dump(s, open(out, 'w'), indent=1)
PY
  echo "$file"
}

run_once() { # engine scenario -> "wall-seconds cpu-seconds peak-rss-kb"
  local engine=$1 file=$2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "${otsim[@]}" run "$file" --out "$work/out-$engine" --overwrite --engine "$engine" --no-analysis --no-weeks --format csv --quiet > /dev/null
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time"
}

# Students of the district (one cell); 0 for an experiment, whose memory is not that of one district's students.
students_of() { python3 -c "import json,sys; s=json.load(open(sys.argv[1])); d=s['district']; print(0 if 'experiment' in s else d['schools']*d['classroomsPerSchool']*d['studentsPerClassroom'])" "$1" 2>/dev/null || echo 0; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB"
echo "binary: $dll"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %-8s %8s %8s %10s %s\n' case engine wall_s cpu_s peak_MB bytes/student
for c in "${cases[@]}"; do
  file=$(scenario "$c")
  n=$(students_of "$file")
  : > "$work/$c.plain"; : > "$work/$c.orleans"; : > "$work/$c.plain.cpu"; : > "$work/$c.orleans.cpu"
  for ((r = 1; r <= rounds; r++)); do
    if (( r % 2 )); then order=(plain orleans); else order=(orleans plain); fi
    for e in "${order[@]}"; do
      read -r wall cpu rss < <(run_once "$e" "$file")
      echo "$wall" >> "$work/$c.$e"; echo "$cpu" >> "$work/$c.$e.cpu"
      per=-; (( n > 0 )) && per=$(( rss * 1024 / n ))
      printf '%-22s %-8s %8.2f %8.2f %10.0f %s\n' "$c" "$e" "$wall" "$cpu" "$(echo "$rss / 1024" | bc)" "$per"
    done
    cmp -s "$work/out-plain/students.csv" "$work/out-orleans/students.csv" || { echo "students.csv differs between engines for $c" >&2; exit 1; }
  done
  p=$(median < "$work/$c.plain"); o=$(median < "$work/$c.orleans")
  pc=$(median < "$work/$c.plain.cpu"); oc=$(median < "$work/$c.orleans.cpu")
  printf '%-22s median wall plain %.2f s, orleans %.2f s, ratio %.2fx; median cpu plain %.2f s, orleans %.2f s, ratio %.2fx (load %s)\n' \
    "$c" "$p" "$o" "$(echo "$o / $p" | bc -l)" "$pc" "$oc" "$(echo "$oc / $pc" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "${BREAKDOWN:-0}" = 1 ]; then
    for e in plain orleans; do
      echo "breakdown $c $e (load $(cut -d' ' -f1 /proc/loadavg)):"
      OTSIM_TIMING=1 "${otsim[@]}" run "$file" --out "$work/out-$e" --overwrite --engine "$e" --no-analysis --no-weeks --format csv --quiet 2>&1 >/dev/null | { grep '^timing' || echo '  (this build prints no OTSIM_TIMING lines)'; } | sed 's/^/  /'
    done
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
