import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fresh } from './helpers';

/** xorshift32: a small seeded PRNG, so a failure reproduces from its seed. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

interface Block {
  size: number;
  fill: number;
}

/** One call: `pick` chooses a live block for free/realloc; `size` is the request. */
interface Op {
  kind: 'malloc' | 'calloc' | 'free' | 'realloc';
  pick: number;
  size: number;
}

/** Runs ops, checking every invariant after each one. Returns the number of ops run. */
function runOps(ops: Iterable<Op>, verifyAllEvery = 200, seen = new Set<string>()): number {
  const { g, space } = fresh();
  const live = new Map<number, Block>();
  let fillNext = 1;
  let n = 0;

  const verifyBlock = (p: number, b: Block) => {
    const bytes = space.readBytes(p, b.size);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== b.fill) throw new Error(`block 0x${p.toString(16)} byte ${i} is ${bytes[i]}, want ${b.fill}`);
    }
  };
  const adopt = (p: number, size: number) => {
    // Plain throws in the hot loop: expect() is costly at thousands of calls.
    if (p === 0 || p % 16 !== 0) throw new Error(`bad pointer 0x${p.toString(16)} for ${size}`);
    if (live.has(p)) throw new Error(`0x${p.toString(16)} handed out twice`);
    if (g.malloc_usable_size(p) < size) throw new Error(`0x${p.toString(16)} too small for ${size}`);
    const fill = (fillNext++ % 255) + 1;
    space.fill(p, fill, size);
    live.set(p, { size, fill });
  };
  const verifyAll = () => {
    for (const name of Object.keys(g.snapshot().lists)) seen.add(name.replace(/\[.*/, ''));
    const sorted = [...live.entries()].sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < sorted.length; i++) {
      const [p, b] = sorted[i]!;
      verifyBlock(p, b);
      const next = sorted[i + 1];
      if (next && p + g.malloc_usable_size(p) > next[0]) throw new Error(`0x${p.toString(16)} overlaps 0x${next[0].toString(16)}`);
    }
  };

  for (const op of ops) {
    n++;
    const keys = [...live.keys()];
    if (op.kind === 'malloc') {
      adopt(g.malloc(op.size), op.size);
    } else if (op.kind === 'calloc') {
      const p = g.calloc(1, op.size);
      if (p !== 0 && !space.readBytes(p, op.size).every((b) => b === 0)) throw new Error(`calloc block 0x${p.toString(16)} not zero`);
      adopt(p, op.size);
    } else if (keys.length > 0) {
      const p = keys[op.pick % keys.length]!;
      const b = live.get(p)!;
      verifyBlock(p, b);
      live.delete(p);
      if (op.kind === 'free') {
        g.free(p);
      } else {
        const r = g.realloc(p, op.size);
        if (op.size === 0) {
          if (r !== 0) throw new Error('realloc(p, 0) did not return NULL');
        } else {
          verifyBlock(r, { size: Math.min(b.size, op.size), fill: b.fill });
          adopt(r, op.size);
        }
      }
    }
    if (g.state.mp_.n_mmaps > 0) seen.add('mmapped');
    const v = g.check();
    if (v.length) throw new Error(`after op ${n} (${JSON.stringify(op)}): ${v.join('; ')}`);
    if (n % verifyAllEvery === 0) verifyAll();
  }
  verifyAll();
  for (const p of live.keys()) g.free(p);
  expect(g.check()).toEqual([]);
  const s = g.snapshot();
  expect(s.mmapped).toEqual([]);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  return n;
}

function* randomOps(seed: number, count: number): Generator<Op> {
  const rnd = xorshift(seed);
  for (let i = 0; i < count; i++) {
    const r = rnd() % 100;
    const kind = rnd() % 100;
    // 1% above the mmap threshold, 30% fastbin-sized (so fastbins fill past the tcache), the rest 0..3000
    const size = kind === 0 ? 130000 + (rnd() % 300000) : kind < 31 ? rnd() % 129 : rnd() % 3001;
    if (r < 40) yield { kind: 'malloc', pick: 0, size };
    else if (r < 47) yield { kind: 'calloc', pick: 0, size };
    else if (r < 60) yield { kind: 'realloc', pick: rnd(), size: rnd() % 50 === 0 ? 0 : size };
    else yield { kind: 'free', pick: rnd(), size: 0 };
  }
}

describe('glibc model: seeded random stress, invariants after every operation', () => {
  it.each([1, 2, 3, 0xdeadbeef])('seed %i: 5000 operations', (seed) => {
    const seen = new Set<string>();
    expect(runOps(randomOps(seed, 5000), 100, seen)).toBe(5000);
    // the run went through every kind of list, so the invariants were tested on all of them
    expect([...seen].sort()).toEqual(['fastbin', 'largebin', 'mmapped', 'smallbin', 'tcache', 'unsorted']);
  });

  it('fast-check: arbitrary short programs keep the heap sound', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constantFrom('malloc' as const, 'calloc' as const),
        pick: fc.constant(0),
        size: fc.integer({ min: 0, max: 3000 }),
      }),
      fc.record({ kind: fc.constant('free' as const), pick: fc.nat(), size: fc.constant(0) }),
      fc.record({
        kind: fc.constant('realloc' as const),
        pick: fc.nat(),
        size: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 131000, max: 300000 })),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        runOps(ops, 20);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
