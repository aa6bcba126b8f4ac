// The worker's request handler, against the test double of runC.
import { describe, expect, it } from 'vitest';
import { MODES } from '../../src/runner/protocol';
import { PAGE_WASM, serveRequest, toWire } from '../../src/runner/serve';
import { calls, runCDouble } from './run-double';

describe('serveRequest', () => {
  it('answers a run with the same id and the runtime result', async () => {
    const res = await serveRequest({ id: 7, kind: 'run', source: 'free(buf1)', options: { pythonmalloc: 'debug' } }, runCDouble);
    expect(res.id).toBe(7);
    if (res.kind !== 'run') throw new Error(res.kind);
    expect(res.result.signal).toBe('SIGABRT');
    expect(res.result.evidence?.reads[0]!.bytes).toEqual([0x6d, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd]);
  });

  it('runs a matrix once per mode, passing null for "default"', async () => {
    calls.length = 0;
    const res = await serveRequest({ id: 1, kind: 'matrix', source: 'free(buf1)', options: { fileName: 'a.c' }, modes: [...MODES] }, runCDouble);
    if (res.kind !== 'matrix') throw new Error(res.kind);
    expect(res.rows.map((r) => r.mode)).toEqual([...MODES]);
    expect(calls.map((c) => c.options.pythonmalloc)).toEqual([null, 'debug', 'malloc', 'pymalloc', 'malloc_debug', 'pymalloc_debug']);
    expect(calls.every((c) => c.options.fileName === 'a.c')).toBe(true);
    expect(res.rows.map((r) => r.result.signal)).toEqual([null, 'SIGABRT', null, null, 'SIGABRT', 'SIGABRT']);
  });

  it('asks the runtime for pymalloc in JavaScript (PAGE_WASM) in runs, matrices and steps', async () => {
    calls.length = 0;
    await serveRequest({ id: 4, kind: 'run', source: 'free(buf1)', options: {} }, runCDouble);
    await serveRequest({ id: 5, kind: 'matrix', source: 'free(buf1)', options: {}, modes: ['default', 'debug'] }, runCDouble);
    await serveRequest({ id: 6, kind: 'step', source: 'free(buf1)', options: {}, stopAtEvent: null }, runCDouble).catch(() => undefined);
    expect(PAGE_WASM).toBe(false);
    expect(calls.length).toBe(4);
    expect(calls.map((c) => c.options.wasm)).toEqual([false, false, false, false]);
  });

  it('turns a runtime exception into an error answer, not a crash', async () => {
    const res = await serveRequest({ id: 3, kind: 'run', source: 'THROW', options: {} }, runCDouble);
    expect(res).toMatchObject({ id: 3, kind: 'error', message: 'TypeError: double: runtime bug' });
  });

  it('toWire keeps plain data and drops an unclonable trace', () => {
    const r = toWire({
      exitStatus: 0, signal: null, stdout: '', stderr: '', output: [], diagnostics: [], compileFailed: false,
      events: [{ f: () => 1 }],
    });
    expect(r.events).toBeUndefined();
    expect(() => structuredClone(r)).not.toThrow();
  });
});
