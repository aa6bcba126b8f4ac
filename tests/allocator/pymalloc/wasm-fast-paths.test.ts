/*
 * pymalloc's WebAssembly fast paths (allocator/pymalloc/wasm-fast-paths.ts) against its
 * JavaScript paths: a machine made with `wasm: false` runs the same calls in JavaScript, and
 * both must return the same pointers, fault at the same address, and leave the same bytes,
 * including after random corruption of pool headers and free lists.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Machine } from '../../../allocator/machine';
import { SegmentationFault } from '../../../allocator/address-space';
import { Asm, ValType, wasmModule } from '../../../allocator/wasm-module';

function pair(): [Machine, Machine] {
  return [new Machine({ warmup: false }), new Machine({ warmup: false, wasm: false })];
}

/** The mmap window's bytes, as words. */
function windowWords(m: Machine): Int32Array {
  const w = m.space.mmapWindow();
  if (w === undefined) throw new Error('no window');
  return w.words;
}

/** The first index where two windows differ, or -1. */
function firstDifference(a: Int32Array, b: Int32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** What a call did: its result, or the fault it took (anything else thrown, by its message). */
function outcome(f: () => number | void): string {
  try {
    const r = f();
    return r === undefined ? 'ok' : `=0x${r.toString(16)}`;
  } catch (e) {
    if (e instanceof SegmentationFault) return `SIGSEGV ${e.access} 0x${e.address.toString(16)}`;
    return `${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}

describe('the WebAssembly fast paths', () => {
  it('are what a default machine runs, and a wasm: false machine does not', () => {
    const [wasm, js] = pair();
    wasm.domains.PyObject_Free(wasm.domains.PyObject_Malloc(24));
    js.domains.PyObject_Free(js.domains.PyObject_Malloc(24));
    expect(wasm.space.mmapWindow()!.memory).toBeInstanceOf(WebAssembly.Memory);
    expect(wasm.obmalloc.wasmFastPaths).toBe(true);
    expect(js.space.mmapWindow()!.memory).toBeUndefined();
    expect(js.obmalloc.wasmFastPaths).toBe(false);
  });

  it('are left off, and the JavaScript paths run, where the host refuses to instantiate WebAssembly', async () => {
    // Fresh modules: the instances already made for the shared window memory (window-pool.ts)
    // would otherwise be used without asking the host again.
    vi.resetModules();
    const fresh = (await import('../../../allocator/machine')).Machine;
    const real = WebAssembly.Instance;
    let asked = 0;
    (WebAssembly as { Instance: unknown }).Instance = function refused(): never {
      asked++;
      throw new WebAssembly.CompileError('refused by policy');
    };
    try {
      const [m, js] = [new fresh({ warmup: false }), new fresh({ warmup: false, wasm: false })];
      const got = [m, js].map((x) => [24, 24, 600, 512].map((n) => x.domains.PyObject_Malloc(n)));
      expect(got[0]).toEqual(got[1]);
      m.space.map(0x7fff_e000_0000, 4096, 'a new page', 'rw'); // a new generation: resync, not a second try
      for (const p of got[0]!) m.domains.PyObject_Free(p);
      expect(m.obmalloc.wasmFastPaths).toBe(false);
      expect(m.space.mmapWindow()!.memory).toBeInstanceOf(WebAssembly.Memory);
      expect(asked).toBe(1);
      expect(m.check()).toEqual([]);
    } finally {
      (WebAssembly as { Instance: unknown }).Instance = real;
    }
  });

  it('give the pointers and leave the bytes of the JavaScript paths over the bench trace (sizes 0 and over 512 included)', () => {
    const machines = pair();
    const outs = machines.map((m) => {
      const D = m.domains;
      const live = new Float64Array(10_000);
      const out: number[] = [];
      let x = 88172645463325252n;
      const mask = (1n << 64n) - 1n;
      for (let i = 0; i < 60_000; i++) {
        x ^= (x << 13n) & mask;
        x ^= x >> 7n;
        x ^= (x << 17n) & mask;
        const k = Number(x % 10_000n);
        const r = Number((x >> 32n) % 600n);
        if (live[k] !== 0) {
          D.PyObject_Free(live[k]!);
          live[k] = 0;
        } else {
          live[k] = D.PyObject_Malloc(r < 512 ? 1 + r : r === 599 ? 0 : r);
          out.push(live[k]!);
        }
      }
      for (const p of live) if (p !== 0) D.PyObject_Free(p);
      return out;
    });
    expect(outs[0]!.length).toBeGreaterThan(30_000);
    expect(outs[0]).toEqual(outs[1]);
    expect(firstDifference(windowWords(machines[0]), windowWords(machines[1]))).toBe(-1);
    for (const m of machines) expect(m.check()).toEqual([]);
  });

  it('serve two machines whose windows share one memory, step by step, each as a machine of its own would be served', () => {
    // Two WebAssembly machines (one instance of the fast paths, two slots of one memory) and a
    // JavaScript one run the same trace, interleaved: a path that reached the wrong slot would
    // hand one machine the other's blocks or leave different bytes.
    const [a, js] = pair();
    const b = new Machine({ warmup: false });
    const [wa, wb] = [a, b].map((m) => {
      m.domains.PyObject_Free(m.domains.PyObject_Malloc(8));
      return m.space.mmapWindow()!;
    });
    expect(wa!.memory).toBe(wb!.memory);
    expect(wa!.memoryOffset).not.toBe(wb!.memoryOffset);
    expect([a.obmalloc.wasmFastPaths, b.obmalloc.wasmFastPaths]).toEqual([true, true]);
    js.domains.PyObject_Free(js.domains.PyObject_Malloc(8));
    const machines = [a, b, js];
    // How often each machine's JavaScript paths run (pymalloc_alloc_hl, pymalloc_free_hl): for
    // the WebAssembly machines, only where the fast paths hand over (a new pool, say).
    const jsCalls = new Map<object, number>();
    const proto = Object.getPrototypeOf(a.obmalloc) as Record<string, (...args: unknown[]) => unknown>;
    const originals = (['pymalloc_alloc_hl', 'pymalloc_free_hl'] as const).map((name) => [name, proto[name]!] as const);
    for (const [name, original] of originals) {
      proto[name] = function counted(this: object, ...args: unknown[]) {
        jsCalls.set(this, (jsCalls.get(this) ?? 0) + 1);
        return original.apply(this, args);
      };
    }
    const live = machines.map(() => new Float64Array(2_000));
    let x = 88172645463325252n;
    const mask = (1n << 64n) - 1n;
    let ops = 0;
    try {
      for (let i = 0; i < 20_000; i++) {
        x ^= (x << 13n) & mask;
        x ^= x >> 7n;
        x ^= (x << 17n) & mask;
        const k = Number(x % 2_000n);
        const n = 1 + Number((x >> 32n) % 512n);
        const got = machines.map((m, j) => {
          const slots = live[j]!;
          if (slots[k] !== 0) {
            m.domains.PyObject_Free(slots[k]!);
            slots[k] = 0;
            return 0;
          }
          return (slots[k] = m.domains.PyObject_Malloc(n));
        });
        if (got[0] !== got[2] || got[1] !== got[2]) throw new Error(`step ${i}: ${got.map((p) => p.toString(16)).join(' ')}`);
        ops++;
      }
    } finally {
      for (const [name, original] of originals) proto[name] = original;
    }
    expect(jsCalls.get(js.obmalloc)).toBe(ops);
    for (const m of [a, b]) expect(jsCalls.get(m.obmalloc) ?? 0).toBeLessThan(ops / 50);
    expect(firstDifference(windowWords(a), windowWords(js))).toBe(-1);
    expect(firstDifference(windowWords(b), windowWords(js))).toBe(-1);
    for (const m of machines) expect(m.check()).toEqual([]);
  });

  it('a free list pointing into the pool header: the same pointers and faults, in C\'s order of reads and writes', () => {
    for (let d = 0; d < 48; d += 8) {
      const logs = pair().map((m) => {
        const D = m.domains;
        const a = D.PyObject_Malloc(64);
        D.PyObject_Malloc(64);
        const pool = a - (a % 16384);
        m.space.writeWord(pool + 8, pool + d); // pool->freeblock = (block *)pool + d
        const log = [0, 1, 2].map(() => outcome(() => D.PyObject_Malloc(64)));
        log.push(...[0, 1, 2, 3, 4, 5].map((i) => `0x${m.space.readWord(pool + 8 * i).toString(16)}`));
        return log;
      });
      expect(logs[0], `freeblock = pool + ${d}`).toEqual(logs[1]);
    }
  });

  it('follow corrupted pool headers and free lists to the same pointers, faults and bytes (fast-check)', () => {
    // Before the ops: 33 blocks of 512 bytes (a full pool and one more) and 7 of 24, in slots
    // 0..39. An op: allocate n bytes into a slot (a few sizes, so classes meet again), free a
    // slot, or write a word into a pool header (offset 0..40) or a block's first word (its
    // free-list link once freed).
    const SLOTS = 48;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('alloc' as const), slot: fc.nat(SLOTS - 1), n: fc.oneof(fc.constantFrom(512, 512, 24, 0, 513, 500), fc.integer({ min: 1, max: 512 })) }),
      fc.record({ kind: fc.constant('free' as const), slot: fc.nat(SLOTS - 1) }),
      fc.record({
        kind: fc.constant('corrupt' as const),
        slot: fc.nat(SLOTS - 1),
        header: fc.boolean(),
        word: fc.nat(5),
        value: fc.oneof(fc.constantFrom('zero', 'self', 'other', 'pool', 'misaligned', 'garbage', 'past'), fc.constant('self')),
        other: fc.nat(SLOTS - 1),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        const machines = pair();
        const logs = machines.map((m) => {
          const D = m.domains;
          const slots = new Array<number>(SLOTS).fill(0);
          for (let i = 0; i < 40; i++) slots[i] = D.PyObject_Malloc(i < 33 ? 512 : 24);
          const log: string[] = [];
          for (const o of ops) {
            let r: string;
            if (o.kind === 'alloc') {
              r = outcome(() => (slots[o.slot] = D.PyObject_Malloc(o.n)));
            } else if (o.kind === 'free') {
              const p = slots[o.slot]!;
              slots[o.slot] = 0;
              r = outcome(() => D.PyObject_Free(p));
            } else {
              const p = slots[o.slot]!;
              if (p === 0) continue;
              const pool = p - (p % 16384);
              const at = o.header ? pool + 8 * o.word : p;
              const q = slots[o.other]! || p;
              const values = { zero: 0n, self: BigInt(p), other: BigInt(q), pool: BigInt(pool), misaligned: BigInt(q + 4), garbage: 0x4141414141414141n, past: BigInt(pool + 16384 - 8) };
              r = outcome(() => m.space.writeU64(at, values[o.value]));
            }
            log.push(`${o.kind} ${r}`);
            if (r.startsWith('SIGSEGV') || r.includes('Error')) break;
          }
          return log;
        });
        expect(logs[0]).toEqual(logs[1]);
        expect(firstDifference(windowWords(machines[0]), windowWords(machines[1]))).toBe(-1);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

describe('wasmModule (the WebAssembly writer)', () => {
  it('writes a module WebAssembly accepts, whose functions compute what their instructions say', () => {
    // add(a, b) = a + b + g.k, and load(x) = the i32 at x + 4 of the imported memory
    const add = new Asm().get(0).get(1).i32_add().global(0).i32_add();
    const load = new Asm().get(0).i32_load(4);
    const bytes = wasmModule(['k'], [
      { name: 'add', params: [ValType.I32, ValType.I32], results: [ValType.I32], locals: [], body: add },
      { name: 'load', params: [ValType.I32], results: [ValType.I32], locals: [ValType.I64], body: load },
    ]);
    expect(WebAssembly.validate(bytes)).toBe(true);
    const memory = new WebAssembly.Memory({ initial: 1 });
    new Int32Array(memory.buffer)[3] = -7;
    const k = new WebAssembly.Global({ value: 'i32', mutable: false }, 1000);
    const e = new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { memory }, g: { k } }).exports as unknown as { add(a: number, b: number): number; load(x: number): number };
    expect(e.add(2, 3)).toBe(1005);
    expect(e.add(-2_000_000_000, -2_000_000_000)).toBe(-4_000_000_000 + 1000 + 2 ** 32);
    expect(e.load(8)).toBe(-7);
  });

  it('encodes constants of every LEB128 length', () => {
    for (const n of [0, 1, -1, 63, 64, -64, -65, 127, 128, 8191, 8192, -8193, 2 ** 20, -(2 ** 27), 2 ** 31 - 1, -(2 ** 31)]) {
      const bytes = wasmModule([], [{ name: 'c', params: [], results: [ValType.I32], locals: [], body: new Asm().i32(n) }]);
      expect(WebAssembly.validate(bytes)).toBe(true);
      const m = new WebAssembly.Memory({ initial: 0 });
      const c = (new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { memory: m }, g: {} }).exports as unknown as { c(): number }).c;
      expect(c()).toBe(n);
    }
  });
});
