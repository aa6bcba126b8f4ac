#!/bin/sh
# Re-records allocator/c-api/py-initialize-warmup.ts from the installed CPython 3.11.
# Needs gcc and python3.11-config (--embed). ASLR off and a fixed hash seed so two runs agree.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PYCONFIG=${PYCONFIG:-/root/.pyenv/versions/3.11.7/bin/python3-config}
tmp=$(mktemp -d)
gcc -O1 -o "$tmp/trace" "$here/trace.c" $($PYCONFIG --includes) $($PYCONFIG --embed --ldflags)
env -u PYTHONMALLOC PYTHONHASHSEED=0 TRACE_OUT="$tmp/trace.txt" setarch -R "$tmp/trace"
node "$here/gen.mjs" "$tmp/trace.txt" "$root/allocator/c-api/py-initialize-warmup.ts" "$($PYCONFIG --prefix)"
rm -rf "$tmp"
