// Unit tests for src/components/markdown/c-names.ts: what counts as a C name, and where the
// real content/ defines each name.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  callNamesIn,
  cNameOf,
  definitionsIn,
  resolveDefinition,
  scanDefinitions,
  slugOf,
} from '../../src/components/markdown/c-names.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

describe('cNameOf', () => {
  it('finds the function a piece of inline code names', () => {
    expect(cNameOf('PyMem_Malloc()')).toBe('PyMem_Malloc');
    expect(cNameOf('PyMem_Malloc(1)')).toBe('PyMem_Malloc');
    expect(cNameOf('PyMem_Free(p)')).toBe('PyMem_Free');
    expect(cNameOf('PyObject_Malloc')).toBe('PyObject_Malloc');
    expect(cNameOf('malloc()')).toBe('malloc');
    expect(cNameOf('Py_Malloc()')).toBe('Py_Malloc');
  });
  it('ignores types, constants, options, expressions and file names', () => {
    for (const text of ['void*', 'NULL', 'TYPE*', '(n * sizeof(TYPE))', '--with-pymalloc', 'Misc/pymemcompat.h', 'BUFSIZ', 'mallocx()']) {
      expect(cNameOf(text), text).toBeNull();
    }
  });
  it('accepts a defined type name such as ANY*', () => {
    expect(cNameOf('ANY*')).toBeNull();
    expect(cNameOf('ANY*', new Set(['ANY']))).toBe('ANY');
  });
});

describe('callNamesIn', () => {
  it('lists the API calls of a sample once each, skipping comments', () => {
    const code = 'char *b = (char *) PyMem_Malloc(BUFSIZ); /* not free(b) */\nPyMem_Free(b);\nPyMem_Free(c);\nif (x) return PyErr_NoMemory();';
    expect(callNamesIn(code)).toEqual(['PyMem_Malloc', 'PyMem_Free', 'PyErr_NoMemory']);
  });
});

describe('definitions in content/', () => {
  const pages = scanDefinitions(contentDir);
  const page = (slug: string) => pages.find((p) => p.slug === slug);

  it('reads <CFunction name> attributes in order', () => {
    expect(definitionsIn('<CFunction type="void" name="A" args="">x</CFunction>\n<CFunction\n  name="B">')).toEqual(['A', 'B']);
  });

  it('slugs follow the file path, or frontmatter slug', () => {
    expect(slugOf('index.mdx', '')).toBe('');
    expect(slugOf('memory-interface.mdx', '')).toBe('memory-interface');
    expect(slugOf('x/y.mdx', '---\ntitle: t\nslug: python-1.5.2/memory-interface\n---\n')).toBe('python-1.5.2/memory-interface');
  });

  it('the Python 2.5 Memory Interface defines the six documented names', () => {
    expect(page('memory-interface')?.names).toEqual([
      'PyMem_Malloc', 'PyMem_Realloc', 'PyMem_Free', 'PyMem_New', 'PyMem_Resize', 'PyMem_Del',
    ]);
    expect(page('memory-interface')?.legacy).toBe(false);
  });

  it('the Python 1.5.2 text defines ANY and the Py_* and uppercase macro names, as legacy', () => {
    const old = page('python-1.5.2/memory-interface');
    expect(old?.legacy).toBe(true);
    expect(old?.names).toEqual([
      'ANY', 'PyMem_Malloc', 'PyMem_Realloc', 'PyMem_Free', 'Py_Malloc', 'Py_Realloc', 'Py_Free',
      'PyMem_NEW', 'PyMem_RESIZE', 'PyMem_DEL',
    ]);
  });

  it('a mention links to its own page first, then to the current text, then to any', () => {
    expect(resolveDefinition('PyMem_Malloc', 'python-1.5.2/memory-interface', pages)).toBe('#c.PyMem_Malloc');
    expect(resolveDefinition('PyMem_Malloc', 'examples', pages)).toBe('/memory-interface/#c.PyMem_Malloc');
    expect(resolveDefinition('PyMem_NEW', 'memory-interface', pages)).toBe('/python-1.5.2/memory-interface/#c.PyMem_NEW');
    expect(resolveDefinition('PyObject_New', 'examples', pages)).toBeNull();
  });
});
