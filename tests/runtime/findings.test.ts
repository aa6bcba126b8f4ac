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

  it('reports nothing for a correct program', async () => {
    const r = await runC('#include <Python.h>\nint main(void) { Py_Initialize(); void *p = PyMem_Malloc(10); PyMem_Free(p); Py_Finalize(); return 0; }\n', { snapshot: false });
    expect(r.exitStatus).toBe(0);
    expect(r.findings).toEqual([]);
  });
});
