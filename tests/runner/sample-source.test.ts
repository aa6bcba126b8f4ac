// What the runner derives from a sample: meta, varied macros, hidden (elided) lines.
import { describe, expect, it } from 'vitest';
import {
  applyVary, collapseElisions, expandElisions, hasElidedLines, parseMeta, varyNames,
} from '../../src/components/runner/sample-source';

describe('parseMeta', () => {
  it('reads flags, quoted and bare values, and ignores line markers', () => {
    expect({ ...parseMeta(`run vary="BUFSIZ" mode=debug title='a b.c' {1,3-4} id=x`) }).toEqual({
      run: true, vary: 'BUFSIZ', mode: 'debug', title: 'a b.c', id: 'x',
    });
    expect(varyNames(parseMeta('vary="BUFSIZ, N bad-name"'))).toEqual(['BUFSIZ', 'N']);
  });
});

describe('applyVary', () => {
  const code = '#include <Python.h>\n#include <stdio.h>\nint x = BUFSIZ;\n';
  it('redefines the macro after the last include', () => {
    expect(applyVary(code, { BUFSIZ: '512' })).toBe('#include <Python.h>\n#include <stdio.h>\n#undef BUFSIZ\n#define BUFSIZ 512\nint x = BUFSIZ;\n');
  });
  it('prepends when there is no include, and refuses anything but a plain token', () => {
    expect(applyVary('int x;', { N: '4' })).toBe('#undef N\n#define N 4\nint x;');
    expect(applyVary(code, { BUFSIZ: '1\n#include "x"' })).toBe(code);
  });
});

describe('elisions', () => {
  const original = 'char *buf = malloc(BUFSIZ);\nif (buf == NULL)\n    return PyErr_NoMemory();\n    ...Do some I/O operation involving buf...\nfree(buf);\n';
  const el = { '...Do some I/O operation involving buf...': 'strcpy(buf, "hi");\nbuf[0] = \'H\';\n' };
  it('expands an elided line with its indentation and collapses it back', () => {
    const expanded = expandElisions(original, el);
    expect(expanded).toContain('    strcpy(buf, "hi");\n    buf[0] = \'H\';\nfree(buf);');
    expect(expanded).not.toContain('...Do some');
    expect(collapseElisions(expanded, original, el)).toBe(original);
    expect(hasElidedLines(original, el)).toBe(true);
    expect(hasElidedLines(expanded, el)).toBe(false);
  });
  it('matches the line when written as a comment', () => {
    expect(expandElisions('/* ...Do some I/O operation involving buf... */', el)).toBe('strcpy(buf, "hi");\nbuf[0] = \'H\';');
  });
});

describe('varyShift / shownLine', () => {
  it('maps a line of the varied run source back to the shown code', async () => {
    const { applyVary, varyShift, shownLine } = await import('../../src/components/runner/sample-source');
    const frag = 'char *a = malloc(BUFSIZ);\nfree(a);\n';
    const run = applyVary(frag, { BUFSIZ: '100' }).split('\n');
    const shift = varyShift(frag, { BUFSIZ: '100' });
    expect(shift).toEqual({ after: 0, count: 2 });
    expect(run[shownLine(4, { after: 0, count: 0 }) - 1]).toBe('free(a);');
    expect(shownLine(4, shift)).toBe(2);
    const prog = '#include <stdio.h>\nint main(void) {\n  return BUFSIZ;\n}\n';
    const s2 = varyShift(prog, { BUFSIZ: '7' });
    expect(applyVary(prog, { BUFSIZ: '7' }).split('\n')[4]).toBe('  return BUFSIZ;');
    expect(shownLine(5, s2)).toBe(3);
    expect(shownLine(1, s2)).toBe(1);
  });
});
