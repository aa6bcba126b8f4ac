import { describe, expect, it } from 'vitest';
import { Machine } from '../../../allocator/machine';
import { ProcessEnd } from '../../../allocator/process';
import { installLibc, Stdio } from '../../../src/c/lib/index';

/* The C library on the real machine (glibc 2.36 model, libpython 3.11): stdio's buffers change
 * the real heap model, and glibc's checks fire inside stdio's own malloc as they do on Linux. */

function setup(opts: { pythonmalloc?: string } = {}) {
  const machine = new Machine({ warmup: false, pythonmalloc: opts.pythonmalloc ?? null });
  const libc = installLibc(machine, new Stdio(), { programName: 'sample' });
  // Where the program's string literals would be: a page of its own.
  const rodata = 0x5555_5555_6000;
  machine.space.map(rodata, 0x2000, 'a.out (data)', 'rw');
  let cursor = rodata;
  const cstr = (s: string) => {
    const p = cursor;
    for (let i = 0; i < s.length; i++) machine.space.write8(p + i, s.charCodeAt(i));
    machine.space.write8(p + s.length, 0);
    cursor += Math.ceil((s.length + 1) / 16) * 16;
    return p;
  };
  const call = (name: string, ...args: Array<number | bigint>) => machine.functions.get(name)!.call(args);
  const end = (f: () => unknown): ProcessEnd => {
    try {
      f();
    } catch (e) {
      if (e instanceof ProcessEnd) return e;
      throw e;
    }
    throw new Error('process did not end');
  };
  const out = (fd: 1 | 2) => String.fromCharCode(...(fd === 1 ? machine.process.stdoutBytes() : machine.process.stderrBytes()));
  return { machine, libc, cstr, call, end, out };
}

describe('libc on the real Machine', () => {
  it('installs next to the machine\'s own functions without replacing any', () => {
    const machine = new Machine({ warmup: false });
    const before = new Map([...machine.functions.names()].map((n) => [n, machine.functions.get(n)!]));
    installLibc(machine);
    for (const [name, fn] of before) expect(machine.functions.get(name), name).toBe(fn);
    expect(machine.functions.get('printf')).toBeDefined();
  });

  it('stdout\'s first output mallocs 4096 bytes: heap+0x2a0, chunk size word 0x1011 (as on Linux)', () => {
    const { machine, libc, cstr, call } = setup();
    call('printf', cstr('x'));
    const heap = machine.space.layout.brkStart;
    const buf = machine.space.readWord(libc.stdio.stdout + 56);
    expect(buf).toBe(heap + 0x2a0);
    expect(machine.space.readWord(buf - 8)).toBe(0x1011);
    expect(call('malloc_usable_size', buf)).toBe(4104);
    expect(call('malloc', 10)).toBe(heap + 0x12b0); // the next chunk follows the buffer, as glibc gives 0x55555555a2b0
  });

  it('A-B-A fastbin double free is caught by puts\' buffer malloc: "malloc_consolidate(): invalid chunk size"', () => {
    // allocator-facts 1.13: 8 x malloc(10); free 7 (fill tcache); free(a7); free(a8); free(a7); then puts().
    const { cstr, call, end, out } = setup();
    const a = Array.from({ length: 9 }, () => Number(call('malloc', 10)));
    for (let i = 0; i < 7; i++) call('free', a[i]!);
    call('free', a[7]!);
    call('free', a[8]!);
    call('free', a[7]!);
    const e = end(() => call('puts', cstr('hello')));
    expect(e.signal).toBe('SIGABRT');
    expect(out(2)).toBe('malloc_consolidate(): invalid chunk size\n');
    expect(out(1)).toBe('');
  });

  it('a glibc abort loses the unflushed stdout; what fflush wrote survives', () => {
    const { libc, machine, cstr, call, end, out } = setup();
    const p = Number(call('malloc', 10));
    call('printf', cstr('first free\n'));
    call('fflush', machine.space.readWord(libc.symbols.stdout!));
    call('free', p);
    call('printf', cstr('second free\n'));
    const e = end(() => call('free', p));
    expect(e.status).toBe(134);
    expect(out(2)).toBe('free(): double free detected in tcache 2\n');
    expect(out(1)).toBe('first free\n');
  });

  it('exit flushes; errno shows malloc\'s ENOMEM', () => {
    const { libc, cstr, call, end, out } = setup();
    expect(call('malloc', 2n ** 63n)).toBe(0);
    expect(libc.data.errno).toBe(12);
    call('printf', cstr('errno %d\n'), libc.data.errno);
    const e = end(() => call('exit', 0));
    expect(e.status).toBe(0);
    expect(out(1)).toBe('errno 12\n');
  });

  it('the machine\'s own exit path (beforeExit) flushes stdio', () => {
    const { machine, cstr, call } = setup();
    call('printf', cstr('pending'));
    machine.beforeExit?.();
    expect(String.fromCharCode(...machine.process.stdoutBytes())).toBe('pending');
  });
});
