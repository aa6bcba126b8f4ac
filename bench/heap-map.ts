/*
 * Heap map bench: after a run of 10,000 allocator calls (plus Py_Initialize's), how long the
 * layout takes (target 50 ms) and the SVG string (no target), and how much memory the step
 * history holds while stepping around a 10,000-step run (target 50 MB).
 * Run: npx tsx --expose-gc bench/heap-map.ts   (without --expose-gc the memory figure is noisier)
 */

import { layoutHeap } from '../src/heap-map/layout';
import { toHeapSnapshot, type StepSnapshot } from '../src/heap-map/input';
import { StepHistory } from '../src/heap-map/history';
import { renderSvg } from '../src/components/heap-map/render-svg';
import { Replayer, manyAllocations, runScript } from '../tests/heap-map/support/scripted-run';

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(f: () => T, runs = 15): { ms: number; value: T } {
  let value = f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    ts.push(performance.now() - t);
  }
  return { ms: median(ts), value };
}

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const N = 10_000;
  const script = manyAllocations(N);
  let t = performance.now();
  const r = runScript(script);
  const runMs = performance.now() - t;
  const snap = r.snapshot;
  const json = JSON.stringify(snap);
  const s = toHeapSnapshot(snap);
  const pools = s.pymalloc?.arenas.reduce((n, a) => n + a.pools.length, 0) ?? 0;
  console.log(`run: ${script.calls.length} calls (${N} allocations) in ${runMs.toFixed(0)} ms; ` +
    `${s.glibc.chunks.length} chunks, ${s.glibc.mmapped.length} mmapped, ${s.pymalloc?.arenas.length} arenas, ${pools} pools, ` +
    `${s.live.length} live blocks; snapshot JSON ${(json.length / MB).toFixed(1)} MB`);

  // As the page gets it from the worker: a structured clone, normalised once.
  const norm = time(() => toHeapSnapshot(structuredClone(snap) as StepSnapshot), 5);
  // A C program names a few pointers, not 10,000: label the 16 most recent variables (the
  // worst case, every one of the 10,000 named, is timed too).
  const names = Object.keys(r.labels);
  const few = Object.fromEntries(names.slice(-16).map((k) => [k, r.labels[k]!]));
  const prev = runScript(script, script.calls.length - 1).snapshot;
  console.log(`normalise (structuredClone + toHeapSnapshot): ${norm.ms.toFixed(1)} ms`);
  for (const [what, labels] of [['16 variables', few], [`all ${names.length} variables`, r.labels]] as const) {
    const lay = time(() => layoutHeap({ snapshot: s, labels }));
    const layPrev = time(() => layoutHeap({ snapshot: s, previous: prev, labels }));
    const svg = time(() => renderSvg(lay.value));
    const all = new Set(lay.value.items.filter((i) => i.kind === 'arena' || i.kind === 'chunk-run').map((i) => i.id));
    const layOpen = time(() => layoutHeap({ snapshot: s, labels, expanded: all }), 5);
    const svgOpen = time(() => renderSvg(layOpen.value), 5);
    console.log(`[${what}] layout ${lay.ms.toFixed(1)} ms (${lay.value.items.length} boxes; target 50 ms); with previous step ${layPrev.ms.toFixed(1)} ms; ` +
      `SVG string ${svg.ms.toFixed(1)} ms (${(svg.value.length / 1024).toFixed(0)} KiB)`);
    console.log(`[${what}] every arena and chunk run open: layout ${layOpen.ms.toFixed(1)} ms (${layOpen.value.items.length} boxes), SVG ${svgOpen.ms.toFixed(1)} ms (${(svgOpen.value.length / 1024).toFixed(0)} KiB)`);
  }

  // Step history over a 10,000-step run: jump along it (every 250th step), then step forward 40
  // and back 40 at the end, as a reader would. The history keeps at most `capacity` steps.
  const replayer = new Replayer(script);
  const before = heapUsed();
  const history = new StepHistory(async (n) => {
    const x = replayer.at(n);
    return { snapshot: x.snapshot, line: x.line, evidence: x.evidence, events: x.events, labels: x.labels, total: x.total };
  });
  const total = script.calls.length;
  t = performance.now();
  const visits: number[] = [];
  for (let n = 0; n <= total; n += 250) visits.push(n);
  for (let n = total - 40; n <= total; n++) visits.push(n);
  for (let n = total; n >= total - 40; n--) visits.push(n);
  for (const n of visits) await history.get(n);
  const walkMs = performance.now() - t;
  const full = heapUsed();
  const kept = history.kept().length;
  const text = history.heldBytes;
  // What the history alone holds: the heap with it full minus the heap once it is emptied (the
  // replayer's machine stays alive in both).
  history.clear();
  const empty = heapUsed();
  console.log(`step history: ${visits.length} visits over ${total} steps in ${(walkMs / 1000).toFixed(1)} s ` +
    `(${history.loads} loads, ${replayer.starts} machine starts), kept ${kept} steps (2 as objects, the rest as JSON, ${(text / MB).toFixed(1)} MB of text); ` +
    `heap held by the history ${((full - empty) / MB).toFixed(1)} MB (target 50 MB)` +
    (gc ? '' : ' [run with --expose-gc for a steadier figure]'));
  void before;
}

void main();
