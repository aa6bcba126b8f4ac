/*
 * `npm run bench`: every benchmark in turn, then one table of figures and ratios.
 * Each benchmark is its own script (run here as a child process, so one's warm caches do not
 * flatter another) and prints JSON lines {"bench": ...}; the native baselines come from
 * bench/native (gcc -O0 against the machine's real libpython), built when gcc is present.
 * Figures, not verdicts: nothing here fails on a timing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_WASM } from '../src/runner/serve';

type Line = Record<string, unknown> & { bench: string };
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lines: Line[] = [];

function run(title: string, cmd: string, args: string[]): void {
  console.log(`\n== ${title} ==`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' }, timeout: 20 * 60_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter((l) => l.trim() !== '' && !l.includes('Unknown user config'));
  for (const l of out) {
    console.log(`  ${l}`);
    if (l.startsWith('{') && l.includes('"bench"')) {
      try {
        lines.push(JSON.parse(l) as Line);
      } catch {
        /* a non-JSON line that looks like one: shown above, not summarised */
      }
    }
  }
  if (r.status !== 0) console.log(`  (${title} exited with ${r.status ?? r.signal})`);
}

const tsx = join(root, 'node_modules/.bin/tsx');
run('native baselines: build (gcc -O0)', 'bash', ['bench/native/build.sh']);
// The pymalloc trace, real and modelled, in three pairs, one right after the other: a shared
// machine's speed drifts by 10-30% over a minute, for the native harness as much as for the
// model, and a pair sees the same. The summary takes the median of each side (the native
// trace's three runs are also the baseline of the C trace) and lists each pair's ratio.
const nativeTrace = existsSync(join(root, 'bench/build/trace'));
for (let i = 1; i <= 3; i++) {
  if (nativeTrace) run(`native: allocation trace, real pymalloc (${i}/3)`, join(root, 'bench/build/trace'), []);
  run(`model: allocation trace, pymalloc (${i}/3)`, tsx, ['bench/allocator-trace.ts', '10000000', 'pymalloc']);
}
// The same model with its WebAssembly fast paths off: what the JavaScript paths alone give.
run('model: allocation trace, pymalloc, JavaScript paths only', tsx, ['bench/allocator-trace.ts', '10000000', 'pymalloc-js']);
// The same trace where the page runs the model, as the page runs it: a worker of Debian's
// Chromium (another V8), pymalloc in JavaScript (src/runner/serve.ts's PAGE_WASM).
const pageKind = PAGE_WASM ? 'pymalloc' : 'pymalloc-js';
run(`model: allocation trace, ${pageKind}, in a Chromium worker (as the page)`, tsx, ['bench/allocator-trace-chromium.ts', '10000000', pageKind]);
if (nativeTrace) for (let i = 1; i <= 3; i++) run(`native: allocation trace, real glibc malloc (${i}/3)`, join(root, 'bench/build/trace'), ['--malloc']);
run('model: allocation trace, glibc malloc', tsx, ['bench/allocator-trace.ts', '10000000', 'malloc']);
if (existsSync(join(root, 'bench/build/loop'))) run('native: C loop', join(root, 'bench/build/loop'), []);
for (const [title, file] of [
  ['C runtime: loop', 'bench/c-loop.ts'],
  ['C runtime: allocation trace written in C', 'bench/c-trace.ts'],
  ['heap map: layout and step history', 'bench/heap-map.ts'],
  ['page: JavaScript before Run, Run-to-output (Chromium)', 'bench/page-weight.ts'],
] as const) {
  if (existsSync(join(root, file))) run(title, tsx, [file]);
  else console.log(`\n== ${title} ==\n  (${file} not present)`);
}

// ---- summary ------------------------------------------------------------------------------
const find = (pred: (l: Line) => boolean): Line | undefined => lines.find(pred);
const num = (l: Line | undefined, key: string): number | undefined => (l && typeof l[key] === 'number' ? (l[key] as number) : undefined);
/** The median of a key over every line that matches (the native runs). */
const medianOf = (pred: (l: Line) => boolean, key: string): number | undefined => {
  const xs = lines.filter(pred).map((l) => num(l, key)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return xs.length === 0 ? undefined : xs[Math.floor(xs.length / 2)];
};
const realPymalloc = medianOf((l) => l.bench === 'trace' && l.allocator !== 'malloc', 'ns_per_step');
const realMalloc = medianOf((l) => l.bench === 'trace' && l.allocator === 'malloc', 'ns_per_step');
const gccLoop = num(find((l) => l.bench === 'loop'), 'ns_per_iter');
const rows: [string, string, string, string][] = [];
const fmt = (v: number | undefined, unit: string) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ${unit}`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(1)}x`);
const modelPy = medianOf((l) => l.bench === 'trace-model' && l.allocator === 'pymalloc', 'ns_per_step');
// Each pair's ratio: the i-th native pymalloc run and the i-th model run, made one after the other.
const nativePyRuns = lines.filter((l) => l.bench === 'trace' && l.allocator !== 'malloc');
const modelPyRuns = lines.filter((l) => l.bench === 'trace-model' && l.allocator === 'pymalloc');
// Two decimals: these are read against the 2x line.
const pairs = modelPyRuns.slice(0, nativePyRuns.length).map((m, i) => {
  const a = num(m, 'ns_per_step');
  const b = num(nativePyRuns[i], 'ns_per_step');
  return a === undefined || b === undefined ? 'n/a' : (a / b).toFixed(2);
});
const modelMalloc = num(find((l) => l.bench === 'trace-model' && l.allocator === 'malloc'), 'ns_per_step');
const modelPyChromium = num(find((l) => l.bench === 'trace-model-chromium'), 'ns_per_step');
rows.push(['model pymalloc trace vs real pymalloc (medians of three)', fmt(modelPy, 'ns/step'), ratio(modelPy, realPymalloc), 'target <= 2x']);
rows.push(['  the three pairs, one run of each made one after the other', '', pairs.length ? pairs.join(' ') : 'n/a', '']);
const modelPyJs = num(find((l) => l.bench === 'trace-model' && l.allocator === 'pymalloc-js'), 'ns_per_step');
rows.push(['the same, JavaScript paths only (wasm: false), one run', fmt(modelPyJs, 'ns/step'), ratio(modelPyJs, realPymalloc), '-']);
rows.push([`model pymalloc trace in a Chromium worker, as the page (${PAGE_WASM ? 'WebAssembly' : 'JavaScript'} paths)`, fmt(modelPyChromium, 'ns/step'), ratio(modelPyChromium, realPymalloc), '-']);
rows.push(['model glibc trace vs real glibc', fmt(modelMalloc, 'ns/step'), ratio(modelMalloc, realMalloc), '-']);
const cLoop = num(find((l) => l.bench === 'c-loop'), 'ns_per_iter');
rows.push(['C loop through the runtime vs gcc -O0', fmt(cLoop, 'ns/iter'), ratio(cLoop, gccLoop), 'target <= 50x']);
const cTrace = num(find((l) => l.bench === 'c-trace'), 'ns_per_step');
rows.push(['C trace through the runtime (as pymem run) vs gcc -O0 + real pymalloc', fmt(cTrace, 'ns/step'), ratio(cTrace, realPymalloc), 'target <= 5x']);
const cTraceEvents = num(find((l) => l.bench === 'c-trace-with-events'), 'ns_per_step');
rows.push(['C trace with the event log (as the page) vs the same', fmt(cTraceEvents, 'ns/step'), ratio(cTraceEvents, realPymalloc), '-']);
console.log('\n== summary ==');
for (const l of lines) if (!['trace', 'loop', 'trace-model', 'trace-model-chromium', 'c-loop', 'c-trace', 'c-trace-with-events'].includes(l.bench)) console.log(`  ${JSON.stringify(l)}`);
const w = [Math.max(...rows.map((r) => r[0].length)), 14, 8, 14];
for (const r of rows) console.log(`  ${r[0].padEnd(w[0]!)}  ${r[1].padStart(w[1]!)}  ${r[2].padStart(w[2]!)}  ${r[3]}`);
