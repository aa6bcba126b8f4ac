/*
 * Speed of compiled C calling into the machine: bench/native/trace.c's allocation trace (xorshift64
 * over 10,000 slots; an empty slot gets PyObject_Malloc(1..512), a full one is PyObject_Free'd),
 * written in C and run through runC, against the same C built by gcc -O0 on real libpython.
 * Usage: npx tsx bench/c-trace.ts [steps]   (default 10,000,000, as bench/native/trace.c runs).
 * Prints one JSON line per measure; the checksum (allocations made) is checked against a JS replay.
 * Two configurations of the runtime: as `pymem run` executes a program (no allocator event log:
 * it prints only what the program wrote), and as the page runs it (the event log kept for the
 * findings and the heap map, one row per allocator call). Each figure is the median of 3 runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runC } from '../src/c/run';
import { PAGE_WASM } from '../src/runner/serve';

const steps = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000_000);
/** With `stub`, the two machine calls become C-side stand-ins: what remains is the interpreter's part. */
const source = (count: number, stub = false): string => `#include <Python.h>
#include <stdio.h>
${stub ? '#define PyObject_Malloc(n) ((void *) (n))\n#define PyObject_Free(p) ((void) (p))\n' : ''}
#define STEPS ${count}L
#define SLOTS 10000

static unsigned long long xorshift_state = 88172645463325252ULL;

static unsigned long long
next_random(void)
{
    unsigned long long x = xorshift_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    xorshift_state = x;
    return x;
}

static void *slots[SLOTS];

int
main(void)
{
    long step;
    long allocs = 0;
    Py_Initialize();
    for (step = 0; step < STEPS; step++) {
        unsigned long long r = next_random();
        unsigned long long slot = r % SLOTS;
        size_t n = (size_t) (1 + (r >> 32) % 512);
        if (slots[slot] != NULL) {
            PyObject_Free(slots[slot]);
            slots[slot] = NULL;
        }
        else {
            slots[slot] = PyObject_Malloc(n);
            if (slots[slot] == NULL) {
                fprintf(stderr, "allocation failed at step %ld\\n", step);
                return 1;
            }
            allocs++;
        }
    }
    printf("%ld\\n", allocs);
    return 0;
}
`;

/** The allocation count the trace must produce, replayed in JS. */
function expectedAllocs(count: number): number {
  let x = 88172645463325252n;
  const full = new Uint8Array(10000);
  let allocs = 0;
  for (let i = 0; i < count; i++) {
    x ^= (x << 13n) & 0xffffffffffffffffn;
    x ^= x >> 7n;
    x ^= (x << 17n) & 0xffffffffffffffffn;
    const k = Number(x % 10000n);
    if (full[k]) full[k] = 0;
    else {
      full[k] = 1;
      allocs++;
    }
  }
  return allocs;
}

async function timeRun(count: number, stub: boolean, events: boolean): Promise<{ ms: number; allocs: number }> {
  const t0 = performance.now();
  // With the event log, as the page's worker runs it: its lazy fields (events, findings) read
  // here, and pymalloc in JavaScript (serve.ts's PAGE_WASM).
  const r = await runC(source(count, stub), { fileName: 'c-trace.c', snapshot: false, events, stepLimit: 20 * count + 10_000, ...(events ? { wasm: PAGE_WASM } : {}) });
  if (events) void r.findings;
  const ms = performance.now() - t0;
  if (r.exitStatus !== 0) throw new Error(`c-trace failed: ${r.stderr}`);
  return { ms, allocs: Number(r.stdout.trim()) };
}

const want = expectedAllocs(steps);
/** ns per step: the median of 3 runs, less a 1-step run's fixed cost (compile, machine setup). */
async function measure(name: string, stub: boolean, events: boolean): Promise<number> {
  await timeRun(50_000, stub, events); // warm up (parser load, JIT)
  const base = (await timeRun(1, stub, events)).ms;
  const ns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await timeRun(steps, stub, events);
    if (run.allocs !== want) throw new Error(`${name}: checksum ${run.allocs}, expected ${want}`);
    ns.push(((run.ms - base) * 1e6) / steps);
  }
  const median = ns.sort((a, b) => a - b)[1]!;
  console.log(JSON.stringify({ bench: name, steps, ns_per_step: Number(median.toFixed(1)), runs: ns.map((x) => Number(x.toFixed(1))), checksum: want }));
  return median;
}

const ns = await measure('c-trace', false, false);
await measure('c-trace-with-events', false, true);
// The same loop with PyObject_Malloc/PyObject_Free stubbed out in C: the interpreter's share.
await measure('c-trace-interpreter-only', true, false);

const gcc = join(import.meta.dirname, 'build', 'trace');
if (!existsSync(gcc)) {
  try {
    console.log(execFileSync('bash', [join(import.meta.dirname, 'native', 'build.sh')]).toString().trim());
  } catch (e) {
    console.log(`bench/native/build.sh failed: ${(e as Error).message}`);
  }
}
if (existsSync(gcc)) {
  // The median of three native runs, as the runtime's figure is the median of three.
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(gcc).toString().trim()) as { ns_per_step: number; steps: number });
  const native = runs.map((r) => r.ns_per_step).sort((a, b) => a - b)[1]!;
  console.log(JSON.stringify({ bench: 'c-trace-gcc', steps: runs[0]!.steps, ns_per_step: native, runs: runs.map((r) => r.ns_per_step), ratio: Number((ns / native).toFixed(1)) }));
} else console.log('c-trace: no gcc build (bench/build/trace); skipping the native comparison');
