import { describe, expect, it } from 'vitest';
import { Machine } from '../../../allocator/machine';
import { ProcessEnd } from '../../../allocator/process';
import { PyBytesObject_SIZE } from '../../../allocator/c-api/bytes';

const stderr = (m: Machine) => Buffer.from(m.process.stderrBytes()).toString('latin1');
function ends(f: () => unknown): ProcessEnd {
  try {
    f();
  } catch (e) {
    if (e instanceof ProcessEnd) return e;
    throw e;
  }
  throw new Error('process did not end');
}
const cstr = (m: Machine, s: string) => {
  const p = m.libc.malloc(s.length + 1);
  for (let i = 0; i < s.length; i++) m.space.write8(p + i, s.charCodeAt(i));
  m.space.write8(p + s.length, 0);
  return p;
};

describe('PYTHONMALLOC at Py_Initialize (fact sheet 3.1)', () => {
  it('an unknown name exits with status 1 and the exact pre-initialisation text', () => {
    const m = new Machine({ pythonmalloc: 'foo', warmup: false });
    const end = ends(() => m.call('Py_Initialize'));
    expect(end.status).toBe(1);
    expect(end.signal).toBeNull();
    expect(stderr(m)).toBe('Fatal Python error: preconfig_init_allocator: PYTHONMALLOC: unknown allocator\nPython runtime state: preinitializing\n\n');
  });

  it.each([
    [null, 'pymalloc'],
    ['', 'pymalloc'],
    ['default', 'pymalloc'],
    ['pymalloc', 'pymalloc'],
    ['malloc', 'malloc'],
    ['debug', 'pymalloc_debug'],
    ['pymalloc_debug', 'pymalloc_debug'],
    ['malloc_debug', 'malloc_debug'],
  ])('PYTHONMALLOC=%s installs %s', (env, name) => {
    const m = new Machine({ pythonmalloc: env, warmup: false });
    expect(m.mode).toBe('pymalloc');
    m.call('Py_Initialize');
    expect(m.mode).toBe(name);
    expect(m.call('Py_IsInitialized')).toBe(1);
  });
});

describe('PyMem_GetAllocator / PyMem_SetAllocator', () => {
  it('writes ctx + 4 function addresses (40 bytes) and accepts C-registered functions', () => {
    const m = new Machine({ warmup: false });
    const s = m.libc.malloc(40);
    m.call('PyMem_GetAllocator', 1, s);
    expect(m.space.readWord(s)).toBe(0);
    expect(m.space.readWord(s + 8)).toBe(m.symbol('_PyObject_Malloc'));
    expect(m.space.readWord(s + 32)).toBe(m.symbol('_PyObject_Free'));
    expect(m.space.regionOf(m.space.readWord(s + 8))?.prot).toBe('r');
    m.call('PyMem_GetAllocator', 0, s);
    expect(m.space.readWord(s + 8)).toBe(m.symbol('_PyMem_RawMalloc'));

    // A hook written "in C": counts calls and forwards to the saved allocator.
    const saved = m.libc.malloc(40);
    m.call('PyMem_GetAllocator', 2, saved);
    let calls = 0;
    const fwd = (off: number) => (args: readonly (number | bigint)[]) => {
      calls++;
      const fn = m.functions.at(m.space.readWord(saved + off))!;
      return fn.call([m.space.readWord(saved), ...args.slice(1)]);
    };
    const hook = m.libc.malloc(40);
    m.space.writeWord(hook, 0x1234);
    [8, 16, 24, 32].forEach((off, i) => m.space.writeWord(hook + off, m.functions.define(`hook_${i}`, fwd(off)).address));
    m.call('PyMem_SetAllocator', 2, hook);
    const p = Number(m.call('PyObject_Malloc', 24));
    m.call('PyObject_Free', p);
    expect(calls).toBe(2);
    expect(m.mode).toBeNull();
    expect(m.obmalloc.address_in_range(p)).toBe(true);
  });

  it('an unknown domain reads back all NULL and is ignored by SetAllocator', () => {
    const m = new Machine({ warmup: false });
    const s = m.libc.malloc(40);
    m.space.fill(s, 0xaa, 40);
    m.call('PyMem_GetAllocator', 7, s);
    expect([...m.space.readBytes(s, 40)].every((b) => b === 0)).toBe(true);
    m.call('PyMem_SetAllocator', 7, s);
    expect(m.mode).toBe('pymalloc');
  });

  it('PyMem_SetupDebugHooks at run time wraps the current allocators', () => {
    const m = new Machine({ warmup: false });
    m.call('PyMem_SetupDebugHooks');
    expect(m.mode).toBe('pymalloc_debug');
    const p = Number(m.call('PyMem_Malloc', 10));
    expect(m.space.read8(p - 8)).toBe(0x6d);
  });
});

describe('3.11 size checks and fallbacks', () => {
  it('rejects sizes above PY_SSIZE_T_MAX before calling any allocator', () => {
    const m = new Machine({ warmup: false });
    expect(m.call('PyMem_Malloc', 2n ** 63n)).toBe(0);
    expect(m.call('PyObject_Malloc', -1)).toBe(0);
    expect(m.call('PyMem_RawRealloc', 0, 2n ** 64n - 1n)).toBe(0);
    expect(m.call('PyMem_Calloc', 2n ** 62n, 4)).toBe(0);
    expect(m.call('PyMem_RawMalloc', 2n ** 63n - 1n)).toBe(0); // allowed through, glibc says no
    expect(m.libc.errno).toBe(12);
  });

  it('PyMem_Free / PyObject_Free of a malloc block is harmless; PyMem_RawCalloc(0, n) is calloc(1, 1)', () => {
    const m = new Machine({ warmup: false });
    const p = m.libc.malloc(10);
    m.call('PyMem_Free', p);
    m.call('PyObject_Free', m.libc.malloc(700));
    const z = Number(m.call('PyMem_RawCalloc', 0, 8));
    expect(z).not.toBe(0);
    expect(m.check()).toEqual([]);
  });

  it('free(PyMem_Malloc(10)) after Py_Initialize: double free or corruption (out), 134 (2.10)', () => {
    const m = new Machine();
    m.call('Py_Initialize');
    const p = Number(m.call('PyMem_Malloc', 10));
    expect(m.check()).toEqual([]);
    const end = ends(() => m.call('free', p));
    expect(end.status).toBe(134);
    expect(stderr(m)).toBe('double free or corruption (out)\n');
  });
});

describe('objects, bytes and errors', () => {
  it('PyBytes_FromString: PyObject_Malloc(33 + len) with the 3.11 layout', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    const s = cstr(m, 'hello');
    const o = Number(m.call('PyBytes_FromString', s));
    expect(m.obmalloc.address_in_range(o)).toBe(true);
    expect(m.space.readWord(o)).toBe(1);
    expect(m.space.readWord(o + 8)).toBe(m.symbol('PyBytes_Type'));
    expect(m.space.readWord(o + 16)).toBe(5);
    expect(m.space.readU64(o + 24)).toBe(2n ** 64n - 1n);
    expect(String.fromCharCode(...m.space.readCString(Number(m.call('PyBytes_AsString', o))))).toBe('hello');
    expect(m.call('PyBytes_Size', o)).toBe(5);
    const ev = m.events.filter((e) => e.fn === 'PyObject_Malloc');
    expect(ev).toHaveLength(0); // internal calls are not C-level events
    // Py_DECREF to zero: bytes_dealloc -> tp_free = PyObject_Free: the block heads its free list.
    m.call('Py_DecRef', o);
    expect(m.space.readWord((o - (o % 16384)) + 8)).toBe(o);
    expect(PyBytesObject_SIZE + 5).toBe(38);
    // Length 0 and 1 are static singletons.
    const e = Number(m.call('PyBytes_FromStringAndSize', 0, 0));
    expect(m.obmalloc.address_in_range(e)).toBe(false);
    expect(m.space.regionOf(e)?.name).toContain('libpython');
  });

  it('PyBytes_AsString of a non-bytes object sets TypeError', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    const o = Number(m.call('_PyObject_New', m.symbol('PyBaseObject_Type')!));
    expect(m.space.readWord(o)).toBe(1);
    expect(m.call('PyBytes_AsString', o)).toBe(0);
    m.call('PyErr_Print');
    expect(stderr(m)).toBe('TypeError: expected bytes, object found\n');
  });

  it('PyErr_NoMemory sets MemoryError, returns NULL; PyErr_Print prints and clears it', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    expect(m.call('PyErr_Occurred')).toBe(0);
    expect(m.call('PyErr_NoMemory')).toBe(0);
    expect(m.call('PyErr_Occurred')).toBe(m.space.readWord(m.symbol('PyExc_MemoryError')!));
    m.call('PyErr_Print');
    expect(stderr(m)).toBe('MemoryError\n');
    expect(m.call('PyErr_Occurred')).toBe(0);
  });

  it('_PyObject_NewVar rounds basicsize + n * itemsize up to 8', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    const o = Number(m.call('_PyObject_NewVar', m.symbol('PyBytes_Type')!, 10));
    expect(m.space.readWord(o + 16)).toBe(10);
    // 33 + 10 = 43 -> 48: the 48-byte class.
    const o2 = Number(m.call('PyObject_Malloc', 48));
    expect(o2 - o).toBe(48);
  });
});

describe('fatal errors', () => {
  it('the GIL-less trailer: runtime state, empty line, current thread, no Python frame, abort', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    const end = ends(() => m.fatal._Py_FatalErrorFunc('my_func', 'something broke'));
    expect(end.status).toBe(134);
    expect(stderr(m)).toBe(
      'Fatal Python error: my_func: something broke\nPython runtime state: initialized\n\nCurrent thread 0x00007ffff7fbeb80 (most recent call first):\n  <no Python frame>\n',
    );
  });

  it('a pending exception is printed before the thread dump', () => {
    const m = new Machine({ warmup: false });
    m.call('Py_Initialize');
    m.call('PyErr_NoMemory');
    ends(() => m.fatal._Py_FatalErrorFunc('f', 'm'));
    expect(stderr(m)).toBe('Fatal Python error: f: m\nPython runtime state: initialized\nMemoryError\n\nCurrent thread 0x00007ffff7fbeb80 (most recent call first):\n  <no Python frame>\n');
  });
});
