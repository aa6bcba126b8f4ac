// The runtime reports the bugs a run carried out without a crash (allocator/findings.ts), from
// the machine's own event log: here the docs' three-error sample with BUFSIZ in a release build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runC } from '../../src/c/run';

const three = readFileSync(join(__dirname, '..', 'golden', 'scenarios', 'doc-three-errors-bufsiz.c'), 'utf8');

describe('runC findings', () => {
  it('names the fatal free(buf1) that passed silently in a release build, and why', async () => {
    const r = await runC(three, { pythonmalloc: null, snapshot: false });
    expect(r.exitStatus).toBe(0);
    const f = r.findings ?? [];
    expect(f.map((x) => x.kind)).toEqual(['family-mismatch']);
    expect(f[0]!.message).toMatch(/^free\(\) at line \d+ released a block that PyMem_Malloc\(8192\)/);
    expect(f[0]!.message).toContain('passed this 8192-byte request to malloc()');
  });

  it('without the event log (events: false, as `pymem run` runs) the program behaves the same and nothing is derived from the log', async () => {
    const withLog = await runC(three, { pythonmalloc: 'debug', snapshot: false });
    const without = await runC(three, { pythonmalloc: 'debug', snapshot: false, events: false });
    expect(without.exitStatus).toBe(withLog.exitStatus);
    expect(without.stdout).toBe(withLog.stdout);
    expect(without.stderr).toBe(withLog.stderr);
    expect(without.events).toBeUndefined();
    expect(without.findings).toBeUndefined();
    expect((withLog.events ?? []).length).toBeGreaterThan(0);
  });

  it('makes the events and the findings when first read, once', async () => {
    const r = await runC(three, { pythonmalloc: null, snapshot: false });
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['events', 'findings']));
    expect(r.findings).toBe(r.findings);
    expect(r.events).toBe(r.events);
    expect(JSON.parse(JSON.stringify(r)).findings).toEqual(r.findings);
  });

  it('reports nothing for a correct program', async () => {
    const r = await runC('#include <Python.h>\nint main(void) { Py_Initialize(); void *p = PyMem_Malloc(10); PyMem_Free(p); Py_Finalize(); return 0; }\n', { snapshot: false });
    expect(r.exitStatus).toBe(0);
    expect(r.findings).toEqual([]);
  });
});
