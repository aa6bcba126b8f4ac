#!/usr/bin/env bash
# The whole test run (`npm test`): browser present, types, build, unit tests, links, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
export NODE_NO_WARNINGS=1

step() {
  printf '\n\033[1m== %s ==\033[0m\n' "$1"
  STEP_START=$SECONDS
}
done_step() {
  printf '   (%ss)\n' "$((SECONDS - STEP_START))"
}

step "1/6 Chromium (scripts/ensure-chromium.sh)"
bash scripts/ensure-chromium.sh
done_step

step "2/6 Type check (tsc --noEmit -p .)"
# Astro's generated types (.astro/) must exist for astro:content imports to type-check.
node_modules/.bin/astro sync >/dev/null
node_modules/.bin/tsc --noEmit -p .
echo "   no type errors"
done_step

step "3/6 Build (astro build)"
# The per-asset size lines are left out; with pipefail a failing build still fails the step.
node_modules/.bin/astro build 2>&1 | grep -Ev '^\s*$|computing gzip size|dist/_astro/'
done_step

mkdir -p .test-summary
step "4/6 Unit tests (vitest run)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.test-summary/vitest.json
done_step

step "5/6 Links (scripts/link-check.mjs dist)"
node scripts/link-check.mjs dist
done_step

step "6/6 Browser tests (playwright test)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.test-summary/playwright.json node_modules/.bin/playwright test --reporter=list,json
done_step

# One closing line over both runners: "N passed, N failed, N skipped".
node -e '
const fs = require("fs");
const v = JSON.parse(fs.readFileSync(".test-summary/vitest.json", "utf8"));
const p = JSON.parse(fs.readFileSync(".test-summary/playwright.json", "utf8")).stats;
const passed = v.numPassedTests + p.expected + (p.flaky || 0);
const failed = v.numFailedTests + p.unexpected;
const skipped = v.numPendingTests + v.numTodoTests + p.skipped;
console.log(`\nvitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed; playwright: ${p.expected} passed, ${p.unexpected} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
'
printf '\n\033[1mAll checks passed.\033[0m\n'
