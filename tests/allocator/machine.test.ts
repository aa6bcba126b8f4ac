import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Machine, StopAtEvent, type PythonMallocMode } from '../../allocator/machine';
import { ProcessEnd } from '../../allocator/process';

const MODES: PythonMallocMode[] = ['default', 'malloc', 'pymalloc', 'debug', 'malloc_debug', 'pymalloc_debug'];

describe('Machine', () => {
  it('defines every C entry point by name at a text address', () => {
    const m = new Machine({ warmup: false });
    for (const name of ['malloc', 'calloc', 'realloc', 'free', 'malloc_usable_size', 'PyMem_RawMalloc', 'PyMem_Malloc', 'PyObject_Free', 'PyMem_GetAllocator', 'PyMem_SetAllocator', 'PyMem_SetupDebugHooks', 'Py_Initialize', 'Py_Finalize', 'PyBytes_FromString', 'PyErr_NoMemory', '_Py_Dealloc', 'PyObject_Init', '_PyObject_New', '_PyObject_NewVar']) {
      const fn = m.functions.get(name);
      expect(fn, name).toBeDefined();
      expect(m.space.regionOf(fn!.address)?.prot).toBe('r');
    }
    expect(m.symbol('PyBytes_Type')).toBeGreaterThan(0x7fff_f700_0000);
    expect(m.symbol('PyExc_MemoryError')).toBeDefined();
    expect(m.symbol('nope')).toBeUndefined();
  });

  it('records one event per allocator call with line, domain and where the block lives', () => {
    const m = new Machine({ pythonmalloc: 'debug', warmup: false });
    m.call('Py_Initialize');
    m.currentLine = 12;
    const p = Number(m.call('PyMem_Malloc', 10));
    m.currentLine = 13;
    const q = Number(m.call('PyMem_Malloc', 1000));
    m.call('PyMem_Free', p);
    const [e1, e2, e3] = m.events;
    expect(e1).toEqual({ seq: 1, fn: 'PyMem_Malloc', args: [10], result: p, domain: 'mem', underlying: 'debug+pymalloc', line: 12 });
    expect(e2!.underlying).toBe('debug+glibc');
    expect(e3).toMatchObject({ fn: 'PyMem_Free', result: null, line: 13 });
    const snap = m.snapshot({ pymallocBlocks: false });
    expect(snap.blocks).toHaveLength(1);
    expect(snap.blocks[0]).toMatchObject({ address: q, family: 'PyMem', debugPads: { size: '1000', apiId: 0x6d, leadingOk: true, trailingOk: true } });
    expect(() => JSON.stringify(m.snapshot())).not.toThrow();
  });

  it.each(MODES)('Py_Initialize replays the real warm-up consistently under %s', (mode) => {
    const m = new Machine({ pythonmalloc: mode });
    m.call('Py_Initialize');
    expect(m.lifecycle.warmup!.calls).toBeGreaterThan(100_000);
    expect(m.check()).toEqual([]);
    if (mode === 'malloc' || mode === 'malloc_debug') expect(m.debugMallocStats()).toBe('');
    else if (mode.endsWith('debug')) expect(m.debugMallocStats()).toMatch(/# arenas allocated current\s+=\s+[5-9]\n/); // 24 more bytes per block
    else expect(m.debugMallocStats()).toMatch(/# arenas allocated current\s+=\s+4\n/); // as sys._debugmallocstats() in a real 3.11.7
  });

  it('is deterministic: same options and calls, same bytes', () => {
    const run = () => {
      const m = new Machine();
      m.call('Py_Initialize');
      return [m.call('PyMem_Malloc', 10), m.call('malloc', 10), m.call('PyObject_Malloc', 300)];
    };
    expect(run()).toEqual(run());
  });
});

type Op =
  | { k: 'malloc' | 'calloc'; fam: number; n: number }
  | { k: 'realloc'; fam: number; i: number; n: number }
  | { k: 'free'; i: number };

const FAMILIES = ['PyMem_Raw', 'PyMem_', 'PyObject_'] as const;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constantFrom('malloc' as const, 'calloc' as const), fam: fc.integer({ min: 0, max: 2 }), n: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 5000 })) }),
  fc.record({ k: fc.constant('realloc' as const), fam: fc.integer({ min: 0, max: 2 }), i: fc.nat(), n: fc.integer({ min: 0, max: 2000 }) }),
  fc.record({ k: fc.constant('free' as const), i: fc.nat() }),
);

describe.each(MODES)('random PyMem/PyObject sequences under PYTHONMALLOC=%s', (mode) => {
  it('never overlaps, stays 16-aligned, keeps contents through realloc, check() == []', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
        const m = new Machine({ pythonmalloc: mode, warmup: false });
        m.call('Py_Initialize');
        const live: { p: number; n: number; fam: number; tag: number }[] = [];
        let tag = 1;
        const fill = (b: (typeof live)[number]) => m.space.fill(b.p, b.tag, b.n);
        const verify = (b: (typeof live)[number], n = b.n) => {
          const bytes = m.space.readBytes(b.p, Math.min(n, b.n));
          expect(bytes.every((x) => x === b.tag)).toBe(true);
        };
        for (const op of ops) {
          if (op.k === 'malloc' || op.k === 'calloc') {
            const fam = FAMILIES[op.fam]!;
            const p = Number(op.k === 'malloc' ? m.call(`${fam}Malloc`, op.n) : m.call(`${fam}Calloc`, op.n, 1));
            expect(p).not.toBe(0);
            expect(p % 16).toBe(0);
            if (op.k === 'calloc') expect(m.space.readBytes(p, op.n).every((x) => x === 0)).toBe(true);
            const b = { p, n: op.n, fam: op.fam, tag: (tag++ % 250) + 1 };
            fill(b);
            live.push(b);
          } else if (op.k === 'realloc') {
            if (live.length === 0) continue;
            const b = live[op.i % live.length]!;
            const q = Number(m.call(`${FAMILIES[b.fam]}Realloc`, b.p, op.n));
            expect(q).not.toBe(0);
            expect(q % 16).toBe(0);
            b.p = q;
            verify(b, op.n);
            b.n = op.n;
            fill(b);
          } else if (op.k === 'free') {
            if (live.length === 0) continue;
            const [b] = live.splice(op.i % live.length, 1);
            verify(b!);
            m.call(`${FAMILIES[b!.fam]}Free`, b!.p);
          }
          const sorted = [...live].sort((a, b) => a.p - b.p);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.p + Math.max(sorted[i - 1]!.n, 1) <= sorted[i]!.p).toBe(true);
          for (const b of live) verify(b);
          expect(m.check()).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 20241122 },
    );
  });
});

describe('Machine event log', () => {
  it('reads back every call as it was made, odd arguments included, and derives the live blocks from it', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    m.currentLine = 5;
    const a = Number(m.call('malloc', 24));
    const b = Number(m.call('PyMem_RawCalloc', 3, 8));
    m.currentLine = undefined;
    const huge = Number(m.call('malloc', 2n ** 62n)); // NULL, size kept exact as a string
    const c = Number(m.call('PyObject_Malloc', 100));
    const c2 = Number(m.call('PyObject_Realloc', c, 5000)); // moves from a pool to glibc
    const failed = Number(m.call('realloc', a, 2n ** 63n)); // fails: a stays live
    m.call('PyMem_RawFree', b);
    m.call('free', 0);
    expect(huge).toBe(0);
    expect(failed).toBe(0);
    expect(m.eventCount).toBe(8);
    expect(m.events.map((e) => [e.seq, e.fn, e.args, e.result, e.domain, e.underlying, e.line])).toEqual([
      [1, 'malloc', [24], a, 'libc', 'glibc', 5],
      [2, 'PyMem_RawCalloc', [3, 8], b, 'raw', 'glibc', 5],
      [3, 'malloc', ['4611686018427387904'], 0, 'libc', 'glibc', undefined],
      [4, 'PyObject_Malloc', [100], c, 'obj', 'pymalloc', undefined],
      [5, 'PyObject_Realloc', [c, 5000], c2, 'obj', 'glibc', undefined],
      [6, 'realloc', [a, '9223372036854775808'], 0, 'libc', 'glibc', undefined],
      [7, 'PyMem_RawFree', [b], null, 'raw', 'glibc', undefined],
      [8, 'free', [0], null, 'libc', 'glibc', undefined],
    ]);
    expect('line' in m.events[2]!).toBe(false);
    expect(m.liveBlocks()).toEqual([
      { address: a, family: 'malloc', fn: 'malloc', size: 24, seq: 1 },
      { address: c2, family: 'PyObject', fn: 'PyObject_Realloc', size: 5000, seq: 5 },
    ]);
  });

  it('keeps `events` an array the caller may clear: later calls are appended, the live blocks are not touched', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    const p = Number(m.call('PyMem_Malloc', 10));
    const events = m.events;
    expect(events).toHaveLength(1);
    events.length = 0;
    m.call('PyMem_Free', p);
    const q = Number(m.call('PyMem_Calloc', 2n ** 40n, 2n ** 20n)); // 2^60 bytes: NULL
    expect(m.events).toBe(events);
    expect(m.events.map((e) => [e.seq, e.fn, e.args])).toEqual([
      [2, 'PyMem_Free', [p]],
      [3, 'PyMem_Calloc', [2 ** 40, 2 ** 20]],
    ]);
    expect(q).toBe(0);
    expect(m.eventCount).toBe(3);
    expect(m.liveBlocks()).toEqual([]);
  });

  it('pauses at stopAfterEvent: after the call that records event N, and before any later call', () => {
    const m = new Machine({ warmup: false });
    m.stopAfterEvent = 2;
    const p = m.call('malloc', 10) as number;
    expect(() => m.call('malloc', 20)).toThrow(StopAtEvent);
    expect(m.eventCount).toBe(2);
    expect(() => m.call('free', p)).toThrow(StopAtEvent);
    expect(m.eventCount).toBe(2);
    expect(m.liveBlocks()).toHaveLength(2);
  });

  it('keeps the allocator call during which the process ended, unrecorded', () => {
    const m = new Machine({ warmup: false });
    const p = m.call('malloc', 24) as number;
    m.call('free', p);
    m.currentLine = 9;
    expect(() => m.call('free', p)).toThrow(ProcessEnd);
    expect(m.failedCall).toEqual({ fn: 'free', args: [p], line: 9 });
    expect(m.eventCount).toBe(2);
  });

  it('callAllocator takes argument words; a size beyond 2^53 is logged as a decimal string', () => {
    const m = new Machine({ warmup: false });
    const id = m.allocatorId('calloc')!;
    expect(m.allocatorArgc(id)).toBe(2);
    expect(m.allocatorId('hasOwnProperty')).toBeUndefined();
    expect(m.callAllocator(id, 2n ** 60n, 2)).toBe(0);
    expect(m.events[0]).toMatchObject({ fn: 'calloc', args: [String(2n ** 60n), 2], result: 0 });
  });

  it('callFree and callMalloc are callAllocator for one kind each, logged or not', () => {
    for (const record of [true, false]) {
      const m = new Machine({ warmup: false });
      m.recordEvents = record;
      const malloc = m.allocatorId('PyObject_Malloc')!;
      const free = m.allocatorId('PyObject_Free')!;
      expect(m.allocatorFrees(free)).toBe(true);
      expect(m.allocatorFrees(malloc)).toBe(false);
      const p = m.callMalloc(malloc, 40);
      const q = m.callAllocator(malloc, 40, 0);
      expect(q - p).toBe(48);
      expect(m.callFree(free, p)).toBe(0);
      // The freed block is the next one of its size class, by either entry.
      expect(m.callMalloc(malloc, 40)).toBe(p);
      expect(m.eventCount).toBe(record ? 4 : 0);
      if (record) expect(m.events.map((e) => [e.fn, e.args, e.result])).toEqual([['PyObject_Malloc', [40], p], ['PyObject_Malloc', [40], q], ['PyObject_Free', [p], null], ['PyObject_Malloc', [40], p]]);
    }
  });

  it('callFree keeps the call during which the process ended, and callMalloc pauses at a stop point', () => {
    const m = new Machine({ warmup: false });
    m.recordEvents = false;
    const malloc = m.allocatorId('malloc')!;
    const free = m.allocatorId('free')!;
    const p = m.callMalloc(malloc, 24);
    m.callFree(free, p);
    m.currentLine = 7;
    expect(() => m.callFree(free, p)).toThrow(ProcessEnd);
    expect(m.failedCall).toEqual({ fn: 'free', args: [p], line: 7 });
    const n = new Machine({ warmup: false });
    n.stopAfterEvent = 1;
    expect(() => n.callMalloc(n.allocatorId('malloc')!, 8)).toThrow(StopAtEvent);
    expect(n.eventCount).toBe(1);
  });

  it('records nothing with recordEvents off', () => {
    const m = new Machine({ warmup: false });
    m.recordEvents = false;
    m.call('free', m.call('malloc', 10)!);
    expect(m.eventCount).toBe(0);
    expect(m.events).toEqual([]);
    expect(m.liveBlocks()).toEqual([]);
  });
});
