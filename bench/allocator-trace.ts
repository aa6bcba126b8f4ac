/*
 * The allocation trace of the machine issue, through the model: xorshift64 seeded with
 * 88172645463325252, each step k = r % 10000, n = 1 + (r >> 32) % 512; free slot k if it holds a
 * block, else allocate n bytes there. Same trace as bench/native/trace.c (checksum = number of
 * allocations). Prints one JSON line per allocator: {"bench":"trace-model","allocator":...}.
 * Usage: tsx bench/allocator-trace.ts [steps]
 */
import { Machine } from '../allocator/machine';

const STEPS = Number(process.argv[2] ?? 10_000_000);
const SLOTS = 10_000;
const TWO32_MOD = 2 ** 32 % SLOTS;

function run(kind: 'pymalloc' | 'malloc'): { nsPerStep: number; checksum: number } {
  const m = new Machine({ pythonmalloc: null });
  m.recordEvents = false;
  m.call('Py_Initialize');
  const D = m.domains;
  const libc = m.libc;
  const slots = new Float64Array(SLOTS);
  // xorshift64 on two uint32 halves (x ^= x << 13; x ^= x >> 7; x ^= x << 17).
  const seed = 88172645463325252n;
  let hi = Number(seed >> 32n) >>> 0;
  let lo = Number(seed & 0xffffffffn) >>> 0;
  let allocations = 0;
  const t0 = performance.now();
  for (let step = 0; step < STEPS; step++) {
    // x ^= x << 13
    let nhi = (hi << 13) | (lo >>> 19);
    let nlo = lo << 13;
    hi = (hi ^ nhi) >>> 0;
    lo = (lo ^ nlo) >>> 0;
    // x ^= x >> 7
    nlo = (lo >>> 7) | (hi << 25);
    nhi = hi >>> 7;
    hi = (hi ^ nhi) >>> 0;
    lo = (lo ^ nlo) >>> 0;
    // x ^= x << 17
    nhi = (hi << 17) | (lo >>> 15);
    nlo = lo << 17;
    hi = (hi ^ nhi) >>> 0;
    lo = (lo ^ nlo) >>> 0;
    const k = (((hi % SLOTS) * TWO32_MOD) + lo) % SLOTS;
    const n = 1 + (hi & 511);
    const p = slots[k]!;
    if (p !== 0) {
      if (kind === 'pymalloc') D.PyObject_Free(p);
      else libc.free(p);
      slots[k] = 0;
    } else {
      slots[k] = kind === 'pymalloc' ? D.PyObject_Malloc(n) : libc.malloc(n);
      allocations++;
    }
  }
  const ms = performance.now() - t0;
  const problems = m.check();
  if (problems.length) throw new Error(`heap invariants broken after the trace: ${problems[0]}`);
  return { nsPerStep: (ms * 1e6) / STEPS, checksum: allocations };
}

for (const kind of ['pymalloc', 'malloc'] as const) {
  const r = run(kind);
  console.log(JSON.stringify({ bench: 'trace-model', allocator: kind, steps: STEPS, ns_per_step: Number(r.nsPerStep.toFixed(1)), checksum: r.checksum }));
}
