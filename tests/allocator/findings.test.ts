import { describe, expect, it } from 'vitest';
import { Machine } from '../../allocator/machine';
import { findSilentBugs } from '../../allocator/findings';

function machine(mode: string | null = null): Machine {
  const m = new Machine({ pythonmalloc: mode });
  m.call('Py_Initialize');
  m.events.length = 0;
  return m;
}

describe('findSilentBugs', () => {
  it('reads the machine\'s log rows in place with the same result as the event objects', () => {
    const m = new Machine({ pythonmalloc: null });
    m.call('Py_Initialize');
    const a = m.call('PyMem_Malloc', 8192) as number;
    m.call('free', a);
    const b = m.call('PyMem_Malloc', 10) as number;
    m.call('PyMem_Free', b);
    m.call('PyMem_Free', b);
    const c = m.call('PyObject_Malloc', 64) as number;
    m.call('PyObject_Free', c + 16);
    const fromRows = findSilentBugs(m.eventRows(), []);
    expect(fromRows.map((f) => f.kind)).toEqual(['family-mismatch', 'double-free', 'unknown-pointer']);
    expect(fromRows).toEqual(findSilentBugs(m.events, []));
  });

  it('explains why free() of a large PyMem_Malloc block passes in a release build', () => {
    const m = machine();
    m.currentLine = 3;
    const p = m.call('PyMem_Malloc', 8192) as number;
    m.currentLine = 7;
    m.call('free', p);
    const f = findSilentBugs(m.events, m.check());
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('family-mismatch');
    expect(f[0]!.line).toBe(7);
    expect(f[0]!.message).toContain('PyMem_Malloc(8192) at line 3');
    expect(f[0]!.message).toContain('passed this 8192-byte request to malloc()');
  });

  it('reports a silent double PyMem_Free and its consequence', () => {
    const m = machine();
    const p = m.call('PyMem_Malloc', 10) as number;
    m.call('PyMem_Free', p);
    m.call('PyMem_Free', p);
    const f = findSilentBugs(m.events, m.check());
    expect(f.map((x) => x.kind)).toContain('double-free');
    expect(f.find((x) => x.kind === 'double-free')!.message).toContain('return the same address');
    // and the consequence is real: the next two allocations of that class are the same block
    expect(m.call('PyMem_Malloc', 10)).toBe(m.call('PyMem_Malloc', 10));
  });

  it('names an interior pointer handed to PyMem_Free', () => {
    const m = machine();
    const p = m.call('PyMem_Malloc', 32) as number;
    m.call('PyMem_Free', p + 1);
    const f = findSilentBugs(m.events);
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('unknown-pointer');
    expect(f[0]!.message).toContain('1 byte(s) into the block PyMem_Malloc()');
  });

  it('finds nothing in a correct program', () => {
    const m = machine();
    const p = m.call('PyMem_Malloc', 100) as number;
    const q = m.call('PyMem_Realloc', p, 1000) as number;
    m.call('PyMem_Free', q);
    const r = m.call('malloc', 10) as number;
    m.call('free', r);
    expect(findSilentBugs(m.events, m.check())).toEqual([]);
  });

  it('reports broken allocator structures from the invariant checks', () => {
    expect(findSilentBugs([], ['pool 0x1000: freeblock 0x9 outside the pool'])[0]!.kind).toBe('heap-corrupted');
  });
});
