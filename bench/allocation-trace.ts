/*
 * The allocation trace of the machine issue, through the model: xorshift64 seeded with
 * 88172645463325252, each step k = r % 10000, n = 1 + (r >> 32) % 512; free slot k if it holds a
 * block, else allocate n bytes there. Same trace as bench/native/trace.c (checksum = number of
 * allocations). No Node and no DOM: bench/allocator-trace.ts runs it in Node, and
 * bench/allocator-trace-chromium.ts in a worker of Debian's Chromium, as the page runs the model.
 */
import { Machine } from '../allocator/machine';

const SLOTS = 10_000;
// The loop's `% 10_000` and its digit weights are literals (see there); they must match SLOTS.
if (2 ** 48 % SLOTS !== 656 || 2 ** 32 % SLOTS !== 7296 || 2 ** 16 % SLOTS !== 5536) throw new Error('SLOTS and the loop disagree');

/** pymalloc-js: pymalloc with its WebAssembly fast paths off (Machine option wasm: false). */
export type TraceKind = 'pymalloc' | 'pymalloc-js' | 'malloc' | 'none';

/** What one allocator's run gives: the median pass, each timed pass's figure, the checksum. */
export interface TraceResult {
  nsPerStep: number;
  cpuNsPerStep: number;
  checksum: number;
  runs: number[];
}

/** Process CPU time in microseconds where the host has it (Node), else undefined (a browser). */
export type CpuClock = (() => number) | undefined;

// The seed, 88172645463325252, as the int32 halves the loop keeps it in.
const SEED = 88172645463325252n;
const SEED_HI = Number(SEED >> 32n) | 0;
const SEED_LO = Number(SEED & 0xffffffffn) | 0;

/**
 * The trace's first `steps` steps on a machine of its own, timed unless `warmUp`: the figure of
 * one pass (see runTrace for the warm-up passes before the timed ones).
 */
function trace(kind: TraceKind, steps: number, warmUp: boolean, cpuClock: CpuClock): Omit<TraceResult, 'runs'> {
  const m = new Machine({ pythonmalloc: null, wasm: kind !== 'pymalloc-js' });
  m.recordEvents = false;
  m.call('Py_Initialize');
  const slots = new Float64Array(SLOTS);
  const t0 = performance.now();
  const c0 = cpuClock?.() ?? 0;
  const allocations = loop(m.domains, m.libc, slots, steps, kind === 'pymalloc' || kind === 'pymalloc-js', kind === 'malloc');
  const ms = performance.now() - t0;
  const cpuMicros = (cpuClock?.() ?? 0) - c0;
  if (warmUp) return { nsPerStep: 0, cpuNsPerStep: 0, checksum: allocations };
  const problems = m.check();
  if (problems.length) throw new Error(`heap invariants broken after the trace: ${problems[0]}`);
  return { nsPerStep: (ms * 1e6) / steps, cpuNsPerStep: (cpuMicros * 1e3) / steps, checksum: allocations };
}

/**
 * The timed loop: `steps` steps of the trace over `slots`, through pymalloc (PyObject_Malloc /
 * PyObject_Free), glibc (malloc / free) or neither; returns the number of allocations. A function
 * of its own, called once per pass, so that V8 compiles it once, as a whole function (not from
 * inside the loop, as it compiles a loop that is already running), and nothing before or after the
 * loop (the machine's set-up, its check) discards that code between passes. The `=== true` tests:
 * a bare boolean flag in an optimised loop is tested for every kind of value it might be.
 */
function loop(D: Machine['domains'], libc: Machine['libc'], slots: Float64Array, steps: number, pymalloc: boolean, malloc: boolean): number {
  // xorshift64 on two 32-bit halves kept as int32 (x ^= x << 13; x ^= x >> 7; x ^= x << 17):
  // int32 state stays in registers; uint32 (`>>> 0`) state would be kept as doubles.
  let hi = SEED_HI;
  let lo = SEED_LO;
  let allocations = 0;
  for (let step = 0; step < steps; step++) {
    // x ^= x << 13
    let nhi = (hi << 13) | (lo >>> 19);
    let nlo = lo << 13;
    hi ^= nhi;
    lo ^= nlo;
    // x ^= x >> 7
    nlo = (lo >>> 7) | (hi << 25);
    nhi = hi >>> 7;
    hi ^= nhi;
    lo ^= nlo;
    // x ^= x << 17
    nhi = (hi << 17) | (lo >>> 15);
    nlo = lo << 17;
    hi ^= nhi;
    lo ^= nlo;
    // k = (hi * 2^32 + lo) % SLOTS from the four 16-bit digits of x and 2^48, 2^32, 2^16 mod
    // 10,000 (656, 7296, 5536): the products and their sum stay below 2^31, so this is int32
    // arithmetic, and a literal divisor lets V8 turn `%` into a multiplication. (A `%` on a number
    // that is not an int32 is a float fmod call; one by a module-level const is a division.)
    const k = ((hi >>> 16) * 656 + (hi & 0xffff) * 7296 + (lo >>> 16) * 5536 + (lo & 0xffff)) % 10_000;
    const n = 1 + (hi & 511);
    const p = slots[k]!;
    if (p !== 0) {
      if (pymalloc === true) D.PyObject_Free(p);
      else if (malloc === true) libc.free(p);
      slots[k] = 0;
    } else {
      slots[k] = pymalloc === true ? D.PyObject_Malloc(n) : malloc === true ? libc.malloc(n) : 0x7fff_f000_0000 + 16 * n;
      allocations++;
    }
  }
  return allocations;
}

/**
 * One allocator's figures: three warm-up passes of 300,000 steps, then five timed ones of `steps`;
 * the median of the five by wall time (as bench/run.ts takes the median of the native runs).
 * The warm-up is the model's steady state, as the native harness's is from its first step: V8
 * has compiled the model and the loop by the end of the first pass (the loop from inside, while
 * it runs), and the loop as a whole function by the end of the third, with feedback from the
 * whole trace, frees included (its first 10,000 steps are nearly all allocations). The same
 * code's figure still differs from one timed pass (a machine of its own) to the next, by 10-30%
 * on a shared machine, as the native harness's does from run to run: hence five. cpuNsPerStep
 * is 0 where there is no CPU clock (a browser's worker).
 */
export function runTrace(kind: TraceKind, steps: number, cpuClock: CpuClock): TraceResult {
  for (let i = 0; i < 3; i++) trace(kind, Math.min(steps, 300_000), true, cpuClock);
  const timed = [0, 1, 2, 3, 4].map(() => trace(kind, steps, false, cpuClock));
  const median = [...timed].sort((a, b) => a.nsPerStep - b.nsPerStep)[2]!;
  return { ...median, runs: timed.map((t) => Number(t.nsPerStep.toFixed(1))) };
}
