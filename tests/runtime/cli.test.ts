// The `pymem` command, spawned as a user would run it (node bin/pymem.mjs ...).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(__dirname, '..', '..', 'bin', 'pymem.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));

function pymem(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'latin1', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text, 'latin1');
  return p;
}

describe('pymem run', () => {
  it('writes the program output, in order, and exits with its status', () => {
    const p = file('out.c', '#include <stdio.h>\nint main(void) { printf("one\\n"); fflush(stdout); fprintf(stderr, "two\\xff\\n"); printf("three\\n"); return 42; }\n');
    const r = pymem(['run', p]);
    expect(r.status).toBe(42);
    expect(r.stdout).toBe('one\nthree\n');
    expect(r.stderr).toBe('two\xff\n');
  });

  it('exits 134 on abort and 139 on SIGSEGV, adding nothing', () => {
    expect(pymem(['run', file('abort.c', '#include <stdlib.h>\nint main(void) { abort(); }\n')])).toEqual({ status: 134, stdout: '', stderr: '' });
    expect(pymem(['run', file('segv.c', 'int main(void) { int *p = 0; return *p; }\n')])).toEqual({ status: 139, stdout: '', stderr: '' });
  });

  it('reads the source from stdin with -', () => {
    const r = pymem(['run', '-'], '#include <stdio.h>\nint main(void) { puts("from stdin"); return 0; }\n');
    expect(r).toEqual({ status: 0, stdout: 'from stdin\n', stderr: '' });
  });

  it('prints one JSON object with --json, including a fragment result', () => {
    const p = file('frag.c', 'PyObject *o = PyBytes_FromString("hi");\nreturn o;\n');
    const r = pymem(['run', p, '--json', '--pythonmalloc', 'debug']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ exitStatus: 0, signal: null, stdout: '', stderr: '', result: "b'hi'", diagnostics: [] });
  });

  it('honours --pythonmalloc (the debug hooks catch a PyMem_Free of a malloc block)', () => {
    const src = '#include <Python.h>\nint main(void) { Py_Initialize(); char *p = malloc(16); PyMem_Free(p); return 0; }\n';
    const p = file('mix.c', src);
    const plain = pymem(['run', p, '--json', '--pythonmalloc', 'malloc']);
    const debug = pymem(['run', p, '--json', '--pythonmalloc', 'debug']);
    expect(JSON.parse(plain.stdout).exitStatus).toBe(0);
    const d = JSON.parse(debug.stdout);
    expect(d.exitStatus).not.toBe(0);
    expect(d.stderr).toContain("Debug memory block at address p=0x");
  });

  it('prints compile errors like gcc and exits 1', () => {
    const r = pymem(['run', file('bad.c', 'int main(void) {\n  return nope;\n}\n')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("bad.c:2:10: error: 'nope' undeclared (first use in this function)\n    2 |   return nope;\n      |          ^\n");
  });

  it('treats an empty file as a program without main, as gcc/ld do', () => {
    const r = pymem(['run', file('empty.c', '')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("undefined reference to `main'");
  });

  it('reports its own errors with status 2', () => {
    expect(pymem(['run', join(dir, 'missing.c')])).toMatchObject({ status: 2, stdout: '' });
    expect(pymem(['run', join(dir, 'missing.c')]).stderr).toContain('No such file or directory');
    expect(pymem(['run', file('x.c', 'int main(void){return 0;}'), '--pythonmalloc', 'nosuch']).status).toBe(2);
    expect(pymem(['run', file('y.c', 'int main(void){return 0;}'), '--frobnicate']).status).toBe(2);
    expect(pymem(['compile', 'x.c']).status).toBe(2);
    expect(pymem(['run']).status).toBe(2);
    expect(pymem(['--help']).status).toBe(0);
  });

  it('stops a runaway loop at --step-limit', () => {
    const r = pymem(['run', file('loop.c', 'int main(void) { for (;;) ; }\n'), '--step-limit', '10000', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.limit).toBe('steps');
    expect(j.stderr).toContain('step limit');
  });
});
