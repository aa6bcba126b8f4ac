import { describe, expect, it } from 'vitest';
import { Machine } from '../../allocator/machine';

// The warm start must be indistinguishable from replaying Py_Initialize: same bytes everywhere,
// same answers to every later call.
function memoryImage(m: Machine): string[] {
  const out: string[] = [];
  for (const r of m.space.mappings()) {
    const bytes = m.space.readBytes(r.start, r.end - r.start);
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619) >>> 0;
    out.push(`${r.name} ${r.start.toString(16)}-${r.end.toString(16)} ${h.toString(16)}`);
  }
  return out;
}

describe('warm start of Py_Initialize', () => {
  for (const mode of [null, 'debug', 'malloc']) {
    it(`equals a full replay under PYTHONMALLOC=${mode ?? 'unset'}`, () => {
      const warm = () => {
        const m = new Machine({ pythonmalloc: mode });
        m.call('Py_Initialize');
        return m;
      };
      warm();
      const a = warm();
      const b = new Machine({ pythonmalloc: mode, warmStart: false });
      b.call('Py_Initialize');
      expect(memoryImage(a)).toEqual(memoryImage(b));
      let x = 88172645463325252n;
      const live: number[] = [];
      for (let i = 0; i < 2000; i++) {
        x ^= (x << 13n) & 0xffffffffffffffffn;
        x ^= x >> 7n;
        x ^= (x << 17n) & 0xffffffffffffffffn;
        const r = Number(x & 0xffffn);
        if (live.length > 0 && r % 3 === 0) {
          const p = live.splice(r % live.length, 1)[0]!;
          a.call('PyObject_Free', p);
          b.call('PyObject_Free', p);
        } else {
          const pa = a.call('PyObject_Malloc', 1 + (r % 700)) as number;
          const pb = b.call('PyObject_Malloc', 1 + (r % 700)) as number;
          expect(pa).toBe(pb);
          live.push(pa);
        }
      }
      expect(memoryImage(a)).toEqual(memoryImage(b));
      expect(a.check()).toEqual([]);
    });
  }

  it('is not used once the process has allocated before Py_Initialize', () => {
    const m = new Machine({});
    m.call('malloc', 10);
    expect(m.allocatorsPristine()).toBe(false);
  });
});
