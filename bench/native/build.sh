#!/usr/bin/env bash
# Builds the native benchmark harnesses into bench/build/ (gitignored) with gcc -O0:
#   bench/build/trace  [--malloc]   allocation trace against real libpython (or glibc alone)
#   bench/build/loop   [n]          plain C loop baseline
# Exits 0 with a message when gcc or python3-config is missing, so CI without them is not red.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../build"

if ! command -v gcc >/dev/null 2>&1; then
  echo "bench/native/build.sh: gcc not found; skipping the native benchmarks"
  exit 0
fi
mkdir -p "$out"
gcc -O0 -g -w "$here/loop.c" -o "$out/loop"
echo "built $out/loop"

if ! command -v python3-config >/dev/null 2>&1; then
  echo "bench/native/build.sh: python3-config not found; skipping bench/build/trace"
  exit 0
fi
# shellcheck disable=SC2046
gcc -O0 -g -w $(python3-config --includes) "$here/trace.c" $(python3-config --ldflags --embed) -o "$out/trace"
echo "built $out/trace"
