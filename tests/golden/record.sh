#!/usr/bin/env bash
# Records ground truth: compiles every tests/golden/scenarios/*.c against the real libpython
# (embedded CPython 3.11.7 on glibc 2.36), runs each one under every PYTHONMALLOC mode several
# times, and writes tests/golden/fixtures/<name>.json plus tests/golden/SUMMARY.md.
#
# Usage: tests/golden/record.sh [--rewrite] [scenario-name ...]   (no names = all scenarios)
#        --rewrite: skip compiling and running; rebuild fixtures and SUMMARY.md from build/runs.
# Env:   RUNS=5 (runs per scenario and mode, at least 3), JOBS=<parallel jobs>, TIMEOUT=20 (s)
# Needs: bash, gcc, python3-config, python3 (python3 is only needed here, never by npm test).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

RUNS="${RUNS:-5}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 4)}"
TIMEOUT="${TIMEOUT:-20}"
if [ "$RUNS" -lt 3 ]; then
  echo "record.sh: RUNS must be at least 3" >&2
  exit 2
fi

for tool in gcc python3-config python3 timeout; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "record.sh: $tool not found; cannot record" >&2
    exit 2
  fi
done

# Modes: "default" means PYTHONMALLOC unset. EXTRA_MODE runs only for EXTRA_SCENARIOS.
MODES="default malloc pymalloc debug malloc_debug pymalloc_debug"
EXTRA_MODE="nosuchallocator"
EXTRA_SCENARIOS="doc-pymem-malloc-io dfree-tcache"

rewrite=0
if [ "${1:-}" = "--rewrite" ]; then
  rewrite=1
  shift
fi

if [ "$#" -gt 0 ]; then
  names="$*"
else
  names="$(cd scenarios && ls *.c | sed 's/\.c$//')"
fi

build="$here/build"
mkdir -p "$build/bin" fixtures
includes="$(python3-config --includes)"
ldflags="$(python3-config --ldflags --embed)"

export RUN_ROOT="$build/runs" BIN_ROOT="$build/bin" RUN_TIMEOUT="$TIMEOUT"

# One run: scenario, mode, run index. stdin from /dev/null, stdout and stderr to separate files,
# no core dumps, a clean environment (only PATH, HOME and PYTHONMALLOC), exit status as the
# shell sees it (128 + signal number for a signal death; 124 if the timeout fired).
run_one() {
  local name="$1" mode="$2" i="$3"
  local dir="$RUN_ROOT/$name/$mode"
  mkdir -p "$dir"
  local envset=(env -i "PATH=/usr/local/bin:/usr/bin:/bin" "HOME=${HOME:-/root}")
  if [ "$mode" != "default" ]; then
    envset+=("PYTHONMALLOC=$mode")
  fi
  local rc=0
  (
    ulimit -c 0
    cd "$RUN_ROOT"
    "${envset[@]}" timeout -k 5 "$RUN_TIMEOUT" "$BIN_ROOT/$name" \
      </dev/null >"$dir/$i.stdout" 2>"$dir/$i.stderr"
  ) || rc=$?
  echo "$rc" >"$dir/$i.status"
}
export -f run_one

compile_all() {
  echo "record.sh: compiling $(echo $names | wc -w) scenarios"
  local name
  for name in $names; do
    # -w: the scenarios do wrong things on purpose; warnings would only be noise.
    # shellcheck disable=SC2086
    gcc -O0 -g -w $includes "scenarios/$name.c" $ldflags -o "$build/bin/$name"
  done
}

run_all() {
  local name mode modes i
  local jobs_file="$build/jobs.txt"
  for name in $names; do rm -rf "${RUN_ROOT:?}/$name"; done
  : >"$jobs_file"
  for name in $names; do
    modes="$MODES"
    case " $EXTRA_SCENARIOS " in *" $name "*) modes="$modes $EXTRA_MODE" ;; esac
    for mode in $modes; do
      for i in $(seq 1 "$RUNS"); do
        echo "$name $mode $i" >>"$jobs_file"
      done
    done
  done
  echo "record.sh: $(wc -l <"$jobs_file") runs, $JOBS in parallel"
  # bash prints "Segmentation fault"/"Aborted" job notices on the stderr of the shell that
  # waited; that shell's stderr goes to /dev/null (each program's stderr is in its own file).
  xargs -P "$JOBS" -L 1 bash -c 'run_one "$@" 2>/dev/null' _ <"$jobs_file"
}

if [ "$rewrite" = 0 ]; then
  compile_all
  run_all
fi

python_version="$(python3 -c 'import platform; print(platform.python_version())')"
glibc_version="$(getconf GNU_LIBC_VERSION | awk '{print $2}')"

python3 "$here/write-fixtures.py" \
  --runs-dir "$RUN_ROOT" --fixtures-dir "$here/fixtures" --scenarios-dir "$here/scenarios" \
  --judgement "$here/judgement.json" --summary "$here/SUMMARY.md" \
  --python "$python_version" --glibc "$glibc_version"  --modes "$MODES" --extra-mode "$EXTRA_MODE" $names
