// The runtime's side of the heap map (src/c/run.ts): stopAtEvent, RunResult.heap, labels read off
// the source, determinism of a replay; and the worker's `step` answer built from it (serve.ts).
import { describe, expect, it } from 'vitest';
import { labelsFromEvents, runC, type RunResult } from '../../src/c/run';
import { serveRequest } from '../../src/runner/serve';
import type { AllocatorEvent, HeapSnapshot } from '../../allocator/machine';

/** The Playground's program: the three calls of the docs' 9.3 Examples. */
const THREE_ERRORS = `#include <Python.h>
#include <stdio.h>
#include <stdlib.h>

int
main(void)
{
    char *buf1, *buf2, *buf3;
    Py_Initialize();
    buf1 = PyMem_New(char, BUFSIZ);
    buf2 = (char *) malloc(BUFSIZ);
    buf3 = (char *) PyMem_Malloc(BUFSIZ);
    if (buf1 == NULL || buf2 == NULL || buf3 == NULL)
        return 1;
    printf("three buffers of %d bytes\\n", BUFSIZ);
    fflush(stdout);
    PyMem_Del(buf3);  /* Wrong -- should be PyMem_Free() */
    free(buf2);       /* Right -- allocated via malloc() */
    free(buf1);       /* Fatal -- should be PyMem_Del()  */
    printf("all three calls returned\\n");
    Py_Finalize();
    return 0;
}
`;

const DOUBLE_PYMEM_FREE = `#include <Python.h>

int main(void)
{
    Py_Initialize();
    char *a = PyMem_Malloc(10);
    char *b = PyMem_Malloc(10);
    PyMem_Free(a);
    PyMem_Free(a);
    Py_Finalize();
    return 0;
}
`;

const debug = { pythonmalloc: 'debug', heap: true, snapshot: false } as const;
const snap = (r: RunResult) => r.heap!.snapshot as HeapSnapshot;
const addresses = (r: RunResult) => snap(r).blocks.map((b) => b.address).sort((x, y) => x - y);

describe('runC: stopAtEvent and RunResult.heap', () => {
  it('the whole three-error run: 6 steps (the failing free(buf1) last), labels on the returned addresses, the Evidence at buf1-8', async () => {
    const r = await runC(THREE_ERRORS, debug);
    expect(r.signal).toBe('SIGSEGV');
    expect(r.stoppedAt).toBeUndefined();
    const ev = r.events as AllocatorEvent[];
    expect(ev.map((e) => e.fn)).toEqual(['PyMem_Malloc', 'malloc', 'PyMem_Malloc', 'PyMem_Free', 'free']);
    const h = r.heap!;
    expect(h.complete).toBe(true);
    expect(h.eventCount).toBe(6);
    expect(h.labels).toEqual({ buf1: ev[0]!.result, buf2: ev[1]!.result, buf3: ev[2]!.result });
    expect(h.failedCall).toEqual({ fn: 'free', args: [h.labels.buf1], line: 19 });
    expect(h.line).toBe(19);
    // glibc's own Evidence, not the C runtime's generic "free() reads 0x555554000000".
    expect(r.evidence!.where).toBe('heap_for_ptr');
    expect(r.evidence!.reads[0]).toMatchObject({ address: h.labels.buf1! - 8, length: 8, bytes: [0x6d, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd] });
    // The bytes the map shows include the ones the check read.
    const buf1 = h.labels.buf1!;
    const region = h.memory.find((m) => m.address <= buf1 - 8 && m.address + m.hex.length / 2 >= buf1);
    expect(region).toBeDefined();
    const off = (buf1 - 8 - region!.address) * 2;
    expect(region!.hex.slice(off, off + 16)).toBe('6dfdfdfdfdfdfdfd');
    expect(h.debugMallocStats).toContain('Small block threshold = 512, in 32 size classes.');
  });

  it('stopAtEvent=2: exactly buf1 and buf2 live, labelled, and the run reports where it stopped', async () => {
    const full = await runC(THREE_ERRORS, debug);
    const r = await runC(THREE_ERRORS, { ...debug, stopAtEvent: 2 });
    expect(r.stoppedAt).toBe(2);
    expect(r.exitStatus).toBe(0);
    expect(r.signal).toBeNull();
    expect(r.evidence).toBeNull();
    expect(r.stdout).toBe('');
    const h = r.heap!;
    expect(h.complete).toBe(false);
    expect(h.eventCount).toBe(2);
    expect(h.line).toBe(11);
    expect(h.failedCall).toBeNull();
    const { buf1, buf2 } = full.heap!.labels;
    expect(h.labels).toEqual({ buf1, buf2 });
    expect(addresses(r)).toEqual([buf1!, buf2!].sort((x, y) => x - y));
  });

  it('stopAtEvent=0 stops before the first call; stopAtEvent past the end runs the whole program', async () => {
    const r0 = await runC(THREE_ERRORS, { ...debug, stopAtEvent: 0 });
    expect(r0.stoppedAt).toBe(0);
    expect(r0.heap!.line).toBeNull();
    expect(snap(r0).blocks).toEqual([]);
    expect(r0.heap!.labels).toEqual({});
    const r99 = await runC(THREE_ERRORS, { ...debug, stopAtEvent: 99 });
    expect(r99.stoppedAt).toBeUndefined();
    expect(r99.signal).toBe('SIGSEGV');
    expect(r99.heap!.eventCount).toBe(6);
  });

  it('is deterministic: the same stopAtEvent twice gives byte-identical heaps, and a later step\'s events extend an earlier one\'s', async () => {
    for (const n of [1, 3, 5]) {
      const a = await runC(THREE_ERRORS, { ...debug, stopAtEvent: n });
      const b = await runC(THREE_ERRORS, { ...debug, stopAtEvent: n });
      expect(JSON.stringify(b.heap)).toBe(JSON.stringify(a.heap));
      expect(b.events).toEqual(a.events);
    }
    const a = await runC(THREE_ERRORS, { ...debug, stopAtEvent: 4 });
    const b = await runC(THREE_ERRORS, { ...debug, stopAtEvent: 5 });
    expect(b.events!.slice(0, 4)).toEqual(a.events);
    expect(JSON.stringify(b.heap)).not.toBe(JSON.stringify(a.heap));
  });

  it('double PyMem_Free: the pool free list starts at a, and a\'s first word points at a itself', async () => {
    const r = await runC(DOUBLE_PYMEM_FREE, { pythonmalloc: null, heap: true });
    expect(r.exitStatus).toBe(0);
    const h = r.heap!;
    const a = h.labels.a!;
    expect(Object.keys(h.labels).sort()).toEqual(['a', 'b']);
    const pool = snap(r).pymalloc.arenas.flatMap((ar) => ar.pools).find((p) => p.freeList.includes(a))!;
    expect(pool.freeList[0]).toBe(a);
    const region = h.memory.find((m) => m.address <= a && m.address + m.hex.length / 2 >= a + 8)!;
    const off = (a - region.address) * 2;
    const word = BigInt('0x' + region.hex.slice(off, off + 16).match(/../g)!.reverse().join(''));
    expect(Number(word)).toBe(a);
  });

  it('without options.heap there is no heap and no stop', async () => {
    const r = await runC(DOUBLE_PYMEM_FREE, {});
    expect(r.heap).toBeUndefined();
    expect(r.stoppedAt).toBeUndefined();
    expect(r.snapshot).toBeDefined();
  });
});

describe('runC: wasm false (the page) and the default (the CLI)', () => {
  it('give the same end, output, events and heap for the three-error sample in every PYTHONMALLOC mode', async () => {
    for (const pythonmalloc of [null, 'debug', 'malloc', 'pymalloc', 'malloc_debug', 'pymalloc_debug']) {
      const [cli, page] = await Promise.all([runC(THREE_ERRORS, { pythonmalloc }), runC(THREE_ERRORS, { pythonmalloc, wasm: false })]);
      const view = (r: RunResult) => JSON.stringify([r.exitStatus, r.signal, r.stdout, r.stderr, r.events, r.snapshot]);
      expect(view(page), String(pythonmalloc)).toBe(view(cli));
      expect((cli.events ?? []).length, String(pythonmalloc)).toBeGreaterThan(0);
    }
  });
});

describe('labelsFromEvents', () => {
  const ev = (line: number, fn: string, result: number | null, args: number[] = [8]): AllocatorEvent =>
    ({ seq: 0, fn, args, result, domain: 'libc', underlying: 'glibc', line });
  const src = [
    'p = malloc(8);', //                                   1
    'struct node *n = (struct node *) PyMem_Malloc(16);', // 2
    'if ((q = malloc(n)) == NULL) return 1;', //            3
    's->buf = malloc(32);', //                              4
    'p = realloc(p, 64);', //                               5
    'use(malloc(8));', //                                   6
    'if (x == malloc(8)) {}', //                            7
    'free(p); // p = malloc(1)', //                          8
    'total += strlen(s);', //                               9
  ].join('\n');

  it('reads NAME = ...call... and T *NAME = ...call... off the line; the latest assignment to a name wins', () => {
    const labels = labelsFromEvents(
      [ev(1, 'malloc', 0x100), ev(2, 'PyMem_Malloc', 0x200), ev(3, 'malloc', 0x300), ev(4, 'malloc', 0x400), ev(5, 'realloc', 0x500), ev(6, 'malloc', 0x600), ev(7, 'malloc', 0x700), ev(8, 'free', null)],
      src,
    );
    expect(labels).toEqual({ n: 0x200, q: 0x300, 's->buf': 0x400, p: 0x500 });
  });

  it('a NULL result or a free labels nothing', () => {
    expect(labelsFromEvents([ev(1, 'malloc', 0), ev(8, 'free', null)], src)).toEqual({});
  });
});

describe('serveRequest: step', () => {
  it('answers with the heap folded into the snapshot, the failing call as the last event, and the Evidence only at the end', async () => {
    const end = await serveRequest({ id: 4, kind: 'step', source: THREE_ERRORS, options: { pythonmalloc: 'debug' }, stopAtEvent: null }, runC);
    if (end.kind !== 'step') throw new Error(JSON.stringify(end));
    expect(end.id).toBe(4);
    const s = end.step;
    expect(s.complete).toBe(true);
    expect(s.eventCount).toBe(6);
    expect(s.events).toHaveLength(6);
    expect(s.events[5]).toMatchObject({ fn: 'free', args: [s.labels.buf1], result: null, line: 19, failed: true });
    expect(s.evidence!.reads[0]!.address).toBe(s.labels.buf1! - 8);
    const snapshot = s.snapshot as { memory: unknown[]; debugMallocStats: string; blocks: unknown[] };
    expect(snapshot.memory.length).toBeGreaterThan(0);
    expect(snapshot.debugMallocStats).toContain('Small block threshold');
    expect(() => structuredClone(end)).not.toThrow();

    const at3 = await serveRequest({ id: 5, kind: 'step', source: THREE_ERRORS, options: { pythonmalloc: 'debug' }, stopAtEvent: 3 }, runC);
    if (at3.kind !== 'step') throw new Error(at3.kind);
    expect(at3.step).toMatchObject({ complete: false, eventCount: 3, line: 12, evidence: null, exitStatus: 0, signal: null });
    expect(at3.step.events).toHaveLength(3);
  });

  it('a program that no longer compiles is an error answer', async () => {
    const r = await serveRequest({ id: 6, kind: 'step', source: 'int main(void) { return }', options: {}, stopAtEvent: 1 }, runC);
    expect(r).toMatchObject({ id: 6, kind: 'error', message: 'Error: the program no longer compiles' });
  });
});
