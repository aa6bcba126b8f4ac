#!/usr/bin/env bash
# Records printf-cases.expected.txt and printf-doubles.expected.txt: compiles printf-cases.c
# and printf-doubles.c with the machine's gcc (glibc's
# printf), runs it with stdout to a file, and keeps the bytes. Run it from anywhere:
#   bash tests/c/lib/record-printf-cases.sh
# Recorded on Debian 12, glibc 2.36, gcc 12.2 (x86-64). Needs gcc; npm test never runs this.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# -w: some cases are odd on purpose (%05s, %y, %+p, NULL for %s).
gcc -O0 -w -o "$tmp/printf-cases" "$here/printf-cases.c"
"$tmp/printf-cases" > "$here/printf-cases.expected.txt"
echo "wrote $here/printf-cases.expected.txt ($(wc -l < "$here/printf-cases.expected.txt") cases)"
gcc -O0 -w -o "$tmp/printf-doubles" "$here/printf-doubles.c"
"$tmp/printf-doubles" > "$here/printf-doubles.expected.txt"
echo "wrote $here/printf-doubles.expected.txt ($(wc -l < "$here/printf-doubles.expected.txt") lines)"
