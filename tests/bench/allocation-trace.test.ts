// bench/allocation-trace.ts: the trace the benchmarks time is the trace (its slot choices
// checked against xorshift64 on BigInts), and it leaves every allocator's heap consistent.
import { describe, expect, it } from 'vitest';
import { runTrace } from '../../bench/allocation-trace';

/** The allocations the trace makes in `steps` steps, straight from the definition. */
function referenceAllocations(steps: number): number {
  const MASK = (1n << 64n) - 1n;
  let x = 88172645463325252n;
  const full = new Uint8Array(10_000);
  let allocations = 0;
  for (let i = 0; i < steps; i++) {
    x ^= (x << 13n) & MASK;
    x ^= x >> 7n;
    x ^= (x << 17n) & MASK;
    const k = Number(x % 10_000n);
    if (full[k] === 0) allocations++;
    full[k] = full[k] === 0 ? 1 : 0;
  }
  return allocations;
}

describe('the allocation trace', () => {
  const STEPS = 40_000;
  const expected = referenceAllocations(STEPS);

  it.each(['pymalloc', 'malloc', 'none'] as const)('makes the reference allocations through %s, five timed passes', (kind) => {
    const r = runTrace(kind, STEPS, undefined);
    expect(r.checksum).toBe(expected);
    expect(r.runs).toHaveLength(5);
    expect(r.nsPerStep).toBeGreaterThan(0);
    expect(r.cpuNsPerStep).toBe(0);
  });

  it('counts CPU time when given a CPU clock', () => {
    let micros = 0;
    const r = runTrace('none', 1_000, () => (micros += 500));
    expect(r.cpuNsPerStep).toBe(500);
  });
});
