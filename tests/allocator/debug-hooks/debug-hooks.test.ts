import { describe, expect, it } from 'vitest';
import { Machine } from '../../../allocator/machine';
import { ProcessEnd } from '../../../allocator/process';

const hex = (bytes: Iterable<number>) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
const stderr = (m: Machine) => Buffer.from(m.process.stderrBytes()).toString('latin1');
const normalise = (s: string) => s.replace(/0x[0-9a-f]{6,16}/g, '0xADDR');

function machine(mode: string | null, warmup = false): Machine {
  const m = new Machine({ pythonmalloc: mode, warmup });
  m.call('Py_Initialize');
  return m;
}

function ends(m: Machine, f: () => unknown): ProcessEnd {
  try {
    f();
  } catch (e) {
    if (e instanceof ProcessEnd) return e;
    throw e;
  }
  throw new Error(`process did not end; stderr: ${stderr(m)}`);
}

describe('debug hooks: block layout (fact sheet 3.2)', () => {
  it('PyMem_Malloc(10) under PYTHONMALLOC=debug: N big-endian, id m, 7 x fd, cd x 10, fd x 8', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    expect(hex(m.space.readBytes(p - 16, 16))).toBe('00 00 00 00 00 00 00 0a 6d fd fd fd fd fd fd fd');
    expect(hex(m.space.readBytes(p, 18))).toBe('cd '.repeat(10) + 'fd fd fd fd fd fd fd fd');
    // A 34-byte request lives in pymalloc's 48-byte class, right after the 16-byte header.
    expect(m.obmalloc.address_in_range(p - 16)).toBe(true);
    expect(m.check()).toEqual([]);
  });

  it('API ids r / m / o and calloc leaves zeroes', () => {
    const m = machine('debug');
    expect(m.space.read8(Number(m.call('PyMem_RawMalloc', 4)) - 8)).toBe(0x72);
    expect(m.space.read8(Number(m.call('PyObject_Malloc', 4)) - 8)).toBe(0x6f);
    const c = Number(m.call('PyMem_Calloc', 3, 4));
    expect(hex(m.space.readBytes(c - 16, 36))).toBe('00 00 00 00 00 00 00 0c 6d fd fd fd fd fd fd fd ' + '00 '.repeat(12) + 'fd fd fd fd fd fd fd fd');
  });

  it('PyMem_Malloc(1000) under debug is wrapped twice: glibc chunk 0x420 | r header | m header', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 1000));
    expect(hex(m.space.readBytes(p - 40, 40))).toBe(
      '21 04 00 00 00 00 00 00 ' + '00 00 00 00 00 00 04 00 72 fd fd fd fd fd fd fd ' + '00 00 00 00 00 00 03 e8 6d fd fd fd fd fd fd fd',
    );
    expect(hex(m.space.readBytes(p + 1000, 16))).toBe('fd '.repeat(15) + 'fd');
    expect(m.obmalloc.address_in_range(p)).toBe(false);
    m.call('PyMem_Free', p);
    expect(m.check()).toEqual([]);
  });

  it('malloc_debug wraps malloc once: chunk 0x411 for 1000 bytes, 0x31 for 10', () => {
    const m = machine('malloc_debug');
    const p = Number(m.call('PyMem_Malloc', 1000));
    expect(m.space.readWord(p - 24)).toBe(0x411);
    expect(m.space.read8(p - 8)).toBe(0x6d);
    const q = Number(m.call('PyMem_Malloc', 10));
    expect(m.space.readWord(q - 24)).toBe(0x31);
  });

  it('free fills the whole block with 0xdd before handing it back', () => {
    const m = machine('malloc_debug');
    const p = Number(m.call('PyMem_Malloc', 100));
    m.call('PyMem_Free', p);
    // glibc's tcache wrote next/key over the first 16 bytes; the rest stays dead.
    expect(hex(m.space.readBytes(p, 8))).toBe('dd dd dd dd dd dd dd dd');
  });
});

describe('debug hooks: _PyMem_DebugCheckAddress and the dump (fact sheet 3.3-3.5)', () => {
  it('reproduces the 3.5 transcript for p = PyMem_Malloc(10); p[10] = x; PyMem_Free(p)', () => {
    const m = machine('debug', true);
    const p = Number(m.call('PyMem_Malloc', 10));
    m.space.write8(p + 10, 0x78);
    const end = ends(m, () => m.call('PyMem_Free', p));
    expect(end.status).toBe(134);
    expect(end.signal).toBe('SIGABRT');
    expect(normalise(stderr(m))).toBe(
      [
        'Debug memory block at address p=0xADDR: API \'m\'',
        '    10 bytes originally requested',
        '    The 7 pad bytes at p-7 are FORBIDDENBYTE, as expected.',
        '    The 8 pad bytes at tail=0xADDR are not all FORBIDDENBYTE (0xfd):',
        '        at tail+0: 0x78 *** OUCH',
        '        at tail+1: 0xfd',
        '        at tail+2: 0xfd',
        '        at tail+3: 0xfd',
        '        at tail+4: 0xfd',
        '        at tail+5: 0xfd',
        '        at tail+6: 0xfd',
        '        at tail+7: 0xfd',
        '    Data at p: cd cd cd cd cd cd cd cd cd cd',
        '',
        'Enable tracemalloc to get the memory block allocation traceback',
        '',
        'Fatal Python error: _PyMem_DebugRawFree: bad trailing pad byte',
        'Python runtime state: initialized',
        '',
        'Current thread 0xADDR (most recent call first):',
        '  <no Python frame>',
        '',
      ].join('\n'),
    );
    expect(stderr(m)).toContain(`p=0x${p.toString(16)}: API`);
    expect(stderr(m)).toContain(`tail=0x${(p + 10).toString(16)} are`);
    expect(stderr(m)).toContain('Current thread 0x00007ffff7fbeb80 (most recent call first):');
    expect(end.evidence?.where).toBe('_PyMem_DebugCheckAddress');
  });

  it('PyObject_Free(PyMem_Malloc(10)): clean dump, then bad ID m vs o', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    const end = ends(m, () => m.call('PyObject_Free', p));
    expect(end.status).toBe(134);
    const text = stderr(m);
    expect(text).toContain("API 'm'\n    10 bytes originally requested\n    The 7 pad bytes at p-7 are FORBIDDENBYTE, as expected.\n");
    expect(text).toContain('FORBIDDENBYTE, as expected.\n    Data at p: cd cd cd cd cd cd cd cd cd cd\n\n');
    expect(text).toContain("Fatal Python error: _PyMem_DebugRawFree: bad ID: Allocated using API 'm', verified using API 'o'\n");
  });

  it("forging p[-8] = 'o' then PyMem_Free reports it the other way round", () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    m.space.write8(p - 8, 0x6f);
    ends(m, () => m.call('PyMem_Free', p));
    expect(stderr(m)).toContain("bad ID: Allocated using API 'o', verified using API 'm'");
  });

  it("N=100 overwritten with 'A' x 120: every tail byte OUCH, data shows 8 ... 8", () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 100));
    m.space.fill(p, 0x41, 120);
    ends(m, () => m.call('PyMem_Free', p));
    const text = stderr(m);
    for (let i = 0; i < 8; i++) expect(text).toContain(`        at tail+${i}: 0x41 *** OUCH\n`);
    expect(text).toContain('    Data at p: 41 41 41 41 41 41 41 41 ... 41 41 41 41 41 41 41 41\n');
  });

  it('p[-3] = 0: leading pad lines, the two "Because" lines, bad leading pad byte', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 100));
    m.space.write8(p - 3, 0);
    ends(m, () => m.call('PyMem_Free', p));
    const text = stderr(m);
    expect(text).toContain(
      '    The 7 pad bytes at p-7 are not all FORBIDDENBYTE (0xfd):\n' +
        '        at p-7: 0xfd\n        at p-6: 0xfd\n        at p-5: 0xfd\n        at p-4: 0xfd\n' +
        '        at p-3: 0x00 *** OUCH\n        at p-2: 0xfd\n        at p-1: 0xfd\n' +
        '    Because memory is corrupted at the start, the count of bytes requested\n' +
        '       may be bogus, and checking the trailing pad bytes may segfault.\n',
    );
    expect(text).toContain('    Data at p: cd cd cd cd cd cd cd cd ... cd cd cd cd cd cd cd cd\n');
    expect(text).toContain('Fatal Python error: _PyMem_DebugRawFree: bad leading pad byte\n');
  });

  it('N=3 with p[0]=1 and p[3]=0 prints "Data at p: 01 cd cd"; N=0 has no data line', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 3));
    m.space.write8(p, 1);
    m.space.write8(p + 3, 0);
    ends(m, () => m.call('PyMem_Free', p));
    expect(stderr(m)).toContain('    Data at p: 01 cd cd\n\n');
    const m2 = machine('debug');
    const z = Number(m2.call('PyMem_Malloc', 0));
    m2.space.write8(z, 7);
    ends(m2, () => m2.call('PyMem_Free', z));
    expect(stderr(m2)).toContain('        at tail+0: 0x07 *** OUCH\n');
    expect(stderr(m2)).not.toContain('Data at p');
  });

  it('PyMem_Realloc after an overflow fails in _PyMem_DebugRawRealloc', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    m.space.write8(p + 10, 0x78);
    ends(m, () => m.call('PyMem_Realloc', p, 20));
    expect(stderr(m)).toContain('Fatal Python error: _PyMem_DebugRawRealloc: bad trailing pad byte\n');
  });

  it('PyMem_Free(malloc(10)): API !, bogus N read from the previous chunk, SIGSEGV mid-dump', () => {
    const m = machine('debug');
    // malloc(16 + 24) -> chunk 0x30 whose last 8 usable bytes are the 'r' tail pad: they are
    // the prev_size word of the next chunk, which the hook reads as N.
    const a = Number(m.call('PyMem_RawMalloc', 16));
    const b = Number(m.call('malloc', 10));
    expect(b - a).toBe(0x20);
    const end = ends(m, () => m.call('PyMem_Free', b));
    expect(end.status).toBe(139);
    expect(end.signal).toBe('SIGSEGV');
    const text = stderr(m);
    expect(text.startsWith(`Debug memory block at address p=0x${b.toString(16)}: API '!'\n`)).toBe(true);
    expect(text).toContain('    18302063728033398269 bytes originally requested\n');
    expect(text).toContain('        at p-7: 0x00 *** OUCH\n');
    expect(text.endsWith('    The 8 pad bytes at tail=0x' + BigInt.asUintN(64, BigInt(b) + 18302063728033398269n).toString(16) + ' are ')).toBe(true);
  });

  it('a double PyMem_Free under debug: API \\xdd raw byte, then SIGSEGV or bad ID', () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    m.call('PyMem_Free', p);
    const end = ends(m, () => m.call('PyMem_Free', p));
    const raw = m.process.stderrBytes();
    const header = Buffer.from(`Debug memory block at address p=0x${p.toString(16)}: API '`, 'latin1');
    expect(Buffer.from(raw.subarray(0, header.length)).equals(header)).toBe(true);
    expect(raw[header.length]).toBe(0xdd);
    expect([134, 139]).toContain(end.status);
  });

  it('a block allocated before Py_Initialize (plain pymalloc) freed under debug: API P', () => {
    const m = new Machine({ pythonmalloc: 'debug', warmup: false });
    const p = Number(m.call('PyMem_Malloc', 10)); // first block of a fresh 16-byte pool
    m.call('Py_Initialize');
    ends(m, () => m.call('PyMem_Free', p));
    const text = stderr(m);
    expect(text).toContain("API 'P'\n    0 bytes originally requested\n");
    expect(text).toContain('at p-7: 0x00 *** OUCH\n        at p-6: 0x00 *** OUCH\n        at p-5: 0x00 *** OUCH\n        at p-4: 0xf0 *** OUCH\n        at p-3: 0x3f *** OUCH\n');
    expect(text).toContain("bad ID: Allocated using API 'P', verified using API 'm'");
  });
});

describe('glibc free() of debug-hooked blocks (fact sheet 3.6)', () => {
  it("'m' block: NON_MAIN_ARENA bit -> SIGSEGV, evidence names byte 0x6d at p-8", () => {
    const m = machine('debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    const end = ends(m, () => m.call('free', p));
    expect(end.status).toBe(139);
    expect(end.signal).toBe('SIGSEGV');
    expect(stderr(m)).toBe('');
    const reads = end.evidence?.reads ?? [];
    expect(reads.some((r) => r.address === p - 8 && r.bytes?.[0] === 0x6d)).toBe(true);
  });

  it("'o' block: IS_MMAPPED bit -> munmap_chunk(): invalid pointer, 134", () => {
    const m = machine('debug');
    const p = Number(m.call('PyObject_Malloc', 10));
    const end = ends(m, () => m.call('free', p));
    expect(end.status).toBe(134);
    expect(stderr(m)).toBe('munmap_chunk(): invalid pointer\n');
  });

  it('the documentation example: free(PyMem_New(char, BUFSIZ)) segfaults under debug and malloc_debug', () => {
    for (const mode of ['debug', 'malloc_debug']) {
      const m = machine(mode);
      const buf1 = Number(m.call('PyMem_Malloc', 8192));
      const buf3 = Number(m.call('PyMem_Malloc', 8192));
      m.call('PyMem_Free', buf3);
      const end = ends(m, () => m.call('free', buf1));
      expect(end.status).toBe(139);
    }
  });
});
