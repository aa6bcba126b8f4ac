import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEADERS } from '../../../src/c/include/index';

const includeDir = fileURLToPath(new URL('../../../src/c/include/', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

function hasGcc(): boolean {
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('bundled headers', () => {
  it('index.ts holds exactly the .h files, byte for byte (run gen-headers.mjs if this fails)', () => {
    const files = readdirSync(includeDir).filter((n) => n.endsWith('.h')).sort();
    expect(Object.keys(HEADERS).sort()).toEqual(files);
    for (const f of files) expect(HEADERS[f], f).toBe(readFileSync(includeDir + f, 'utf8'));
  });

  it('index.ts is what the generator writes now', () => {
    const script = `import { renderIndex } from ${JSON.stringify(includeDir + 'gen-headers.mjs')}; process.stdout.write(renderIndex());`;
    const rendered = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(rendered).toBe(readFileSync(includeDir + 'index.ts', 'utf8'));
  });

  const expectations: Record<string, RegExp[]> = {
    'stddef.h': [/typedef unsigned long size_t;/, /typedef long ptrdiff_t;/, /#define NULL \(\(void \*\)0\)/, /#define offsetof\(/],
    'stdint.h': [/typedef unsigned long uint64_t;/, /typedef unsigned long uintptr_t;/, /#define SIZE_MAX /],
    'limits.h': [/#define INT_MAX 2147483647/, /#define LONG_MAX 9223372036854775807L/, /#define SSIZE_MAX /, /#define CHAR_BIT 8/],
    'stdbool.h': [/#define bool _Bool/, /#define true 1/],
    'errno.h': [/#define ENOMEM 12/, /#define errno \(\*__errno_location\(\)\)/],
    'assert.h': [/__assert_fail\(#expr, __FILE__, __LINE__, __func__\)/, /#ifdef NDEBUG/],
    'stdio.h': [/#define BUFSIZ 8192/, /#define EOF \(-1\)/, /extern FILE \*stdout;/, /extern FILE \*stderr;/, /extern int printf\(/, /extern int fflush\(/, /extern int puts\(/],
    'stdlib.h': [/extern void \*malloc\(size_t/, /extern void free\(/, /extern void abort\(void\);/, /#define EXIT_FAILURE 1/, /#define RAND_MAX 2147483647/],
    'string.h': [/extern void \*memcpy\(/, /extern char \*strdup\(/, /extern size_t strlen\(/],
    'malloc.h': [/extern size_t malloc_usable_size\(void \*/],
    'Python.h': [
      /typedef long Py_ssize_t;/, /#define PY_SSIZE_T_MAX SSIZE_MAX/,
      /#define PyMem_New\(type, n\)/, /> PY_SSIZE_T_MAX \/ sizeof\(type\)/, /#define PyMem_Resize\(p, type, n\)/,
      /#define PyMem_Del PyMem_Free/, /#define PyMem_DEL PyMem_Free/, /#define PyMem_FREE\(p\) PyMem_Free\(p\)/,
      /PYMEM_DOMAIN_RAW = 0/, /PYMEM_DOMAIN_MEM = 1/, /PYMEM_DOMAIN_OBJ = 2/,
      /void PyMem_SetupDebugHooks\(void\);/, /void PyMem_GetAllocator\(/, /void PyMem_SetAllocator\(/,
      /void \*PyMem_RawMalloc\(size_t size\);/, /void \*PyObject_Calloc\(/,
      /#define PyObject_Del PyObject_Free/, /#define PyObject_New\(type, typeobj\) \(\(type \*\) _PyObject_New\(typeobj\)\)/,
      /#define PyObject_NEW_VAR\(/, /_Py_Dealloc\(_py_decref_tmp\)/, /#define Py_XDECREF\(op\)/,
      /#define PyString_FromString PyBytes_FromString/, /#define PyString_AsString PyBytes_AsString/,
      /PyObject \*PyErr_NoMemory\(void\);/, /extern PyObject \*PyExc_MemoryError;/, /int Py_IsInitialized\(void\);/,
    ],
    'pymem-1.5.2.h': [/#define ANY void/, /Py_Malloc\(size_t nbytes\)/, /Py_Realloc\(ANY \*p, size_t nbytes\)/, /Py_Free\(ANY \*p\)/, /#define PyMem_DEL\(p\) free/],
  };

  it.each(Object.keys(expectations))('%s declares what samples use', (name) => {
    const text = HEADERS[name];
    expect(text, name).toBeDefined();
    for (const re of expectations[name]!) expect(text, `${name}: ${re}`).toMatch(re);
  });

  it.each(Object.keys(HEADERS))('%s opens with its comment and balances #if/#endif', (name) => {
    const text = HEADERS[name]!;
    expect(text.startsWith(`/* ${name} -- pymem-live's own header`)).toBe(true);
    const opens = (text.match(/^\s*#\s*if(n?def)?\b/gm) ?? []).length;
    const closes = (text.match(/^\s*#\s*endif\b/gm) ?? []).length;
    expect(opens).toBe(closes);
  });

  it.runIf(hasGcc())('compile with gcc -nostdinc; layouts match CPython 3.11 and glibc (static asserts)', () => {
    for (const [file, extra] of [['headers-layout.c', []], ['headers-152.c', ['-Wno-unused-function']]] as const) {
      execFileSync('gcc', ['-std=c11', '-Wall', '-Werror', ...extra, '-nostdinc', '-I', includeDir, '-fsyntax-only', here + file], { stdio: 'pipe' });
    }
  });
});
