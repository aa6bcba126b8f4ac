import { describe, expect, it } from 'vitest';
import { installLibc, Stdio } from '../../../src/c/lib/index';
import { GlibcRandom } from '../../../src/c/lib/stdlib';
import { StandInMachine } from './stand-in-machine';

function setup() {
  const m = new StandInMachine();
  const libc = installLibc(m, new Stdio(), { programName: 'sample' });
  return { m, libc };
}

describe('stdlib.h', () => {
  it('rand() follows glibc TYPE_3: the same numbers as on Linux', () => {
    const { m } = setup();
    // Recorded with gcc on Debian 12 (glibc 2.36).
    expect([1, 2, 3, 4, 5].map(() => m.call('rand'))).toEqual([1804289383, 846930886, 1681692777, 1714636915, 1957747793]);
    m.call('srand', 42);
    expect([1, 2, 3].map(() => m.call('rand'))).toEqual([71876166, 708592740, 1483128881]);
    m.call('srand', 0);
    expect(m.call('rand')).toBe(1804289383); // seed 0 is seed 1
    expect(new GlibcRandom(1).next()).toBe(1804289383);
  });

  it('strtol/strtoul/atoi parse as glibc in the C locale', () => {
    const { m, libc } = setup();
    const end = m.buffer(8);
    expect(m.call('atoi', m.cstr(' -42abc'))).toBe(-42);
    const s = m.cstr('0x1fZ');
    expect(m.call('strtol', s, end, 0)).toBe(31);
    expect(m.space.readWord(end)).toBe(s + 4);
    expect(m.call('strtol', m.cstr('  +077'), 0, 0)).toBe(63);
    expect(m.call('strtol', m.cstr('0x'), end, 16)).toBe(0);
    libc.data.errno = 0;
    expect(m.call('strtol', m.cstr('99999999999999999999'), 0, 10)).toBe(9223372036854775807n);
    expect(libc.data.errno).toBe(34);
    expect(m.call('strtol', m.cstr('-9223372036854775808'), 0, 10)).toBe(-9223372036854775808n);
    expect(m.call('strtoul', m.cstr('-1'), 0, 10)).toBe(18446744073709551615n);
    expect(m.call('atoi', m.cstr('2147483648'))).toBe(-2147483648);
    const none = m.cstr('  xyz');
    expect(m.call('strtol', none, end, 10)).toBe(0);
    expect(m.space.readWord(end)).toBe(none);
    expect(m.call('strtol', m.cstr('12'), 0, 1)).toBe(0);
    expect(libc.data.errno).toBe(22);
  });

  it('abs and labs, including the most negative values', () => {
    const { m } = setup();
    expect(m.call('abs', -5)).toBe(5);
    expect(m.call('abs', -2147483648)).toBe(-2147483648);
    expect(m.call('labs', -7)).toBe(7);
    expect(m.call('labs', -(2n ** 63n))).toBe(-(2n ** 63n));
  });

  it('exit(n) ends with status n mod 256 after flushing; abort() with SIGABRT and no flush', () => {
    const a = setup();
    a.m.call('printf', a.m.cstr('kept\n'));
    const e1 = a.m.end(() => a.m.call('exit', 257));
    expect([e1.status, e1.signal]).toEqual([1, null]);
    expect(a.m.stdoutText()).toBe('kept\n');
    const b = setup();
    b.m.call('printf', b.m.cstr('lost\n'));
    const e2 = b.m.end(() => b.m.call('abort'));
    expect([e2.status, e2.signal]).toEqual([134, 'SIGABRT']);
    expect(b.m.stdoutText()).toBe('');
  });
});

describe('assert.h: __assert_fail', () => {
  it('prints glibc\'s message on stderr, loses buffered stdout, aborts (recorded with gcc)', () => {
    const { m } = setup();
    m.call('printf', m.cstr('lost\n'));
    const end = m.end(() => m.call('__assert_fail', m.cstr('x == 2'), m.cstr('sample.c'), 3, m.cstr('main')));
    expect(end.status).toBe(134);
    expect(end.signal).toBe('SIGABRT');
    expect(m.stderrText()).toBe("sample: sample.c:3: main: Assertion `x == 2' failed.\n");
    expect(m.stdoutText()).toBe('');
  });

  it('mallocs and frees the message string as __asprintf does', () => {
    const { m } = setup();
    m.end(() => m.call('__assert_fail', m.cstr('p != NULL'), m.cstr('a.c'), 10, 0));
    expect(m.stderrText()).toBe("sample: a.c:10: Assertion `p != NULL' failed.\n");
    const [[size, p]] = m.libc.calls as [[number, number]];
    expect(size).toBe(m.stderrText().length + 1);
    expect(m.libc.frees).toEqual([p]);
  });
});

describe('installLibc covers the headers', () => {
  it('defines every function the C library headers declare, except the machine\'s malloc family', async () => {
    const { HEADERS } = await import('../../../src/c/include/index');
    const { LIBC_FUNCTIONS } = await import('../../../src/c/lib/index');
    const declared = new Set<string>();
    for (const h of ['stdio.h', 'stdlib.h', 'string.h', 'errno.h', 'assert.h', 'malloc.h']) {
      for (const m of HEADERS[h]!.matchAll(/^extern [^;(]*?\b(\w+)\(/gm)) declared.add(m[1]!);
    }
    for (const f of ['malloc', 'calloc', 'realloc', 'free', 'malloc_usable_size']) declared.delete(f);
    const { m } = setup();
    const defined = [...m.functions.names()].sort();
    expect(defined).toEqual([...declared].sort());
    expect([...LIBC_FUNCTIONS].sort()).toEqual(defined);
  });
});
