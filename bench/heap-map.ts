/*
 * Heap map bench: after a run of 10,000 allocator calls (plus Py_Initialize's), how long the
 * layout takes (target 50 ms) and the SVG string (no target), and how much memory the step
 * history holds while stepping around a 10,000-step run (target 50 MB). Then the real thing:
 * one `step` round trip as the worker serves it (runC with stopAtEvent on a C program making
 * 10,000 allocations, plus the structured clone postMessage makes), and the history over them.
 * Run: npx tsx --expose-gc bench/heap-map.ts   (without --expose-gc the memory figure is noisier)
 */

import { layoutHeap } from '../src/heap-map/layout';
import { toHeapSnapshot, type StepSnapshot } from '../src/heap-map/input';
import { StepHistory } from '../src/heap-map/history';
import { renderSvg } from '../src/components/heap-map/render-svg';
import { Replayer, manyAllocations, runScript } from '../tests/heap-map/support/scripted-run';
import { runC } from '../src/c/run';
import { serveStep } from '../src/runner/serve';
import type { HeapStep, RunOptions } from '../src/runner/protocol';

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
  await realSteps();
}

/** manyAllocations() as C: n allocations through the four families, every third one freed. */
function manyAllocationsC(n: number): string {
  return `#include <Python.h>
#include <stdlib.h>

static void *p[${n}];
static const size_t sizes[8] = { 8, 24, 40, 100, 200, 500, 1000, 5000 };

int main(void)
{
    unsigned long x = 12345;
    Py_Initialize();
    for (int i = 0; i < ${n}; i++) {
        x = (x * 1103515245 + 12345) % 2147483648UL;
        size_t size = sizes[x % 8];
        switch (i % 4) {
        case 0: p[i] = malloc(size); break;
        case 1: p[i] = PyMem_Malloc(size); break;
        case 2: p[i] = PyObject_Malloc(size); break;
        default: p[i] = PyMem_RawMalloc(size); break;
        }
        if (i % 3 == 2) {
            switch ((i - 1) % 4) {
            case 0: free(p[i - 1]); break;
            case 1: PyMem_Free(p[i - 1]); break;
            case 2: PyObject_Free(p[i - 1]); break;
            default: PyMem_RawFree(p[i - 1]); break;
            }
        }
    }
    Py_Finalize();
    return 0;
}
`;
}

async function realSteps(): Promise<void> {
  const N = 10_000;
  const source = manyAllocationsC(N);
  const options: RunOptions = { pythonmalloc: null };
  let t = performance.now();
  const plain = await runC(source, options);
  const plainMs = performance.now() - t;
  t = performance.now();
  const plainAgain = await runC(source, options);
  const plainAgainMs = performance.now() - t;
  const total = plainAgain.events!.length;
  console.log(`C program, ${N} allocations: ${total} allocator events; plain run ${plainAgainMs.toFixed(0)} ms (first, with the parser load, ${plainMs.toFixed(0)} ms)`);
  void plain;
  let id = 0;
  // One round trip as the page sees it: the worker's serveStep, then postMessage's structured clone.
  const roundTrip = async (stopAtEvent: number | null): Promise<{ ms: number; step: HeapStep; bytes: number }> => {
    const t0 = performance.now();
    const step = structuredClone(await serveStep({ id: ++id, kind: 'step', source, options, stopAtEvent }, runC));
    const ms = performance.now() - t0;
    return { ms, step, bytes: JSON.stringify(step).length };
  };
  for (const at of [1, Math.floor(total / 2), total - 1, null]) {
    const runs: number[] = [];
    let last: Awaited<ReturnType<typeof roundTrip>> | null = null;
    for (let i = 0; i < 3; i++) {
      last = await roundTrip(at);
      runs.push(last.ms);
    }
    const snap = last!.step.snapshot as { memory: unknown[] };
    console.log(`step round trip (runC stopAtEvent=${at ?? 'end'}, serve, structured clone): ${median(runs).toFixed(0)} ms ` +
      `(${last!.step.events.length} events, ${snap.memory.length} memory regions, ${(last!.bytes / MB).toFixed(1)} MB as JSON)`);
  }
  // The history over real steps: a reader jumps along the slider, then steps back and forth at the end.
  const before = heapUsed();
  const history = new StepHistory(async (n) => {
    const s = (await roundTrip(n >= total ? null : n)).step;
    return { snapshot: s.snapshot as StepSnapshot, line: s.line, evidence: null, events: s.events, labels: s.labels, ...(s.complete ? { total: s.eventCount } : {}) };
  });
  const visits = [total, 0, 2500, 5000, 7500, total - 3, total - 2, total - 1, total, total - 1, total - 2, total - 3];
  t = performance.now();
  for (const n of visits) await history.get(n);
  const walkMs = performance.now() - t;
  const full = heapUsed();
  const text = history.heldBytes;
  const kept = history.kept().length;
  history.clear();
  const empty = heapUsed();
  console.log(`real step history: ${visits.length} visits in ${(walkMs / 1000).toFixed(1)} s (${history.loads} replays), kept ${kept} steps ` +
    `(${(text / MB).toFixed(1)} MB of JSON text); heap held by the history ${((full - empty) / MB).toFixed(1)} MB (target 50 MB; ${((full - before) / MB).toFixed(1)} MB above the start)`);
}

void main();
