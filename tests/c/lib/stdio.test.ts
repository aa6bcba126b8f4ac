import { describe, expect, it } from 'vitest';
import { installLibc, Stdio, type StdoutKind } from '../../../src/c/lib/index';
import { FILE_FIELDS } from '../../../src/c/lib/stdio';
import { StandInMachine } from './stand-in-machine';

function setup(kind: StdoutKind = 'pipe', stdin?: Uint8Array) {
  const m = new StandInMachine();
  const stdio = new Stdio({ stdout: kind, stdin });
  const libc = installLibc(m, stdio, { programName: 'sample' });
  const printf = (fmt: string, ...args: Array<number | bigint>) => m.call('printf', m.cstr(fmt), ...args);
  const field = (file: number, name: keyof typeof FILE_FIELDS) => m.space.readWord(file + FILE_FIELDS[name]);
  return { m, stdio, libc, printf, field };
}

describe('stdio: stdout fully buffered on a pipe (glibc 2.36)', () => {
  it('mallocs a 4096-byte buffer on the first output: the first user chunk, heap+0x2a0', () => {
    const { m, printf, field, stdio } = setup();
    expect(m.libc.calls).toEqual([]);
    printf('');
    expect(m.libc.calls).toEqual([]); // printf("") writes nothing, so allocates nothing
    printf('x');
    const heap = m.space.layout.brkStart;
    expect(m.libc.calls).toEqual([[4096, heap + 0x2a0]]);
    expect(m.space.readWord(heap + 0x2a0 - 8)).toBe(0x1011); // chunk 0x1010, usable 4104
    expect(field(stdio.stdout, '_IO_buf_base')).toBe(heap + 0x2a0);
    expect(field(stdio.stdout, '_IO_buf_end')).toBe(heap + 0x2a0 + 4096);
    expect(field(stdio.stdout, '_IO_write_ptr')).toBe(heap + 0x2a1);
    expect(m.space.readU32(stdio.stdout)).toBe(0xfbad2884);
    expect(m.space.read8(heap + 0x2a0)).toBe(0x78); // the pending byte sits in the heap chunk
    printf('more');
    expect(m.libc.calls.length).toBe(1);
  });

  it('keeps output until exit, which flushes it', () => {
    const { m, printf } = setup();
    printf('first free\n');
    printf('%d\n', 42);
    expect(m.process.output).toEqual([]);
    const end = m.end(() => m.call('exit', 3));
    expect(end.status).toBe(3);
    expect(end.signal).toBeNull();
    expect(m.stdoutText()).toBe('first free\n42\n');
    expect(m.process.output.length).toBe(1); // one write(2) of the whole buffer
  });

  it('loses unflushed output on abort (SIGABRT, 134), keeps what fflush wrote', () => {
    const { m, printf, libc } = setup();
    printf('flushed\n');
    m.call('fflush', m.space.readWord(libc.symbols.stdout!));
    printf('lost\n');
    const end = m.end(() => m.call('abort'));
    expect(end.status).toBe(134);
    expect(end.signal).toBe('SIGABRT');
    expect(m.stdoutText()).toBe('flushed\n');
  });

  it('writes stderr at once, so it comes out before buffered stdout', () => {
    const { m, printf, libc } = setup();
    printf('progress\n');
    m.call('fprintf', m.space.readWord(libc.symbols.stderr!), m.cstr('error %s\n'), m.cstr('here'));
    m.call('fputs', m.cstr('two'), m.space.readWord(libc.symbols.stderr!));
    expect(m.process.output.map((c) => [c.fd, String.fromCharCode(...c.bytes)])).toEqual([
      [2, 'error here\n'],
      [2, 'two'],
    ]);
    libc.stdio.flushAll();
    expect(m.process.output.at(-1)!.fd).toBe(1);
    expect(m.libc.calls.length).toBe(1); // stderr allocates nothing: its buffer is _shortbuf
    expect(m.space.readU32(libc.stdio.stderr)).toBe(0xfbad2887);
    expect(m.space.readWord(libc.stdio.stderr + FILE_FIELDS._IO_buf_base)).toBe(libc.stdio.stderr + 131);
  });

  it('flushes when the 4096-byte buffer fills, keeping every byte in order', () => {
    const { m, libc } = setup();
    const line = 'x'.repeat(99) + '\n';
    for (let i = 0; i < 50; i++) m.call('puts', m.cstr(line.slice(0, -1)));
    expect(m.process.output.map((c) => c.bytes.length)).toEqual([4096]);
    m.end(() => libc.exit(0));
    expect(m.process.output.map((c) => c.bytes.length)).toEqual([4096, 5000 - 4096]);
    expect(m.stdoutText()).toBe(line.repeat(50));
  });

  it('exit through Libc.exit (return from main) flushes', () => {
    const { m, libc, printf } = setup();
    printf('done\n');
    const end = m.end(() => libc.exit(0));
    expect(end.status).toBe(0);
    expect(m.stdoutText()).toBe('done\n');
  });

  it('line-buffers a terminal with a 1024-byte buffer', () => {
    const { m, printf, stdio } = setup('tty');
    printf('partial');
    expect(m.process.output).toEqual([]);
    printf(' line\nnext');
    expect(m.stdoutText()).toBe('partial line\nnext');
    expect(m.libc.calls[0]![0]).toBe(1024);
    expect(m.space.readU32(stdio.stdout)).toBe(0xfbad2a84);
  });

  it('returns glibc values: puts len+1, fputs 1, putchar the byte, EOF writing stdin', () => {
    const { m, libc } = setup();
    const stdout = m.space.readWord(libc.symbols.stdout!);
    const stdin = m.space.readWord(libc.symbols.stdin!);
    expect(m.call('puts', m.cstr('hey'))).toBe(4);
    expect(m.call('fputs', m.cstr('abc'), stdout)).toBe(1);
    expect(m.call('putchar', 300)).toBe(44);
    expect(m.call('fputc', -1, stdout)).toBe(255);
    expect(m.call('fprintf', stdin, m.cstr('x'))).toBe(-1);
    expect(libc.data.errno).toBe(9);
    expect(m.call('fwrite', m.cstr('xyz'), 1, 3, stdout)).toBe(3);
    expect(m.call('fwrite', m.cstr('xyz'), 0, 3, stdout)).toBe(0);
    libc.stdio.flushAll();
    expect(m.stdoutText()).toBe('hey\nabc,\xffxyz');
  });

  it('sprintf and snprintf write into memory; snprintf truncates and returns the full length', () => {
    const { m } = setup();
    const buf = m.buffer(32);
    expect(m.call('sprintf', buf, m.cstr('%d-%s'), 7, m.cstr('ab'))).toBe(4);
    expect(String.fromCharCode(...m.space.readCString(buf))).toBe('7-ab');
    m.space.fill(buf, 0x7f, 32);
    expect(m.call('snprintf', buf, 4, m.cstr('%s'), m.cstr('abcdef'))).toBe(6);
    expect(Array.from(m.space.readBytes(buf, 5))).toEqual([0x61, 0x62, 0x63, 0, 0x7f]);
    expect(m.call('snprintf', 0, 0, m.cstr('%d'), 12345)).toBe(5);
    expect(m.libc.calls).toEqual([]); // no stream involved, no buffer
  });

  it('perror writes "s: message" to stderr in one write', () => {
    const { m, libc } = setup();
    libc.data.errno = 12;
    m.call('perror', m.cstr('ctx'));
    m.call('perror', 0);
    expect(m.process.output.map((c) => String.fromCharCode(...c.bytes))).toEqual(['ctx: Cannot allocate memory\n', 'Cannot allocate memory\n']);
  });

  it('errno is the int at __errno_location() in libc data', () => {
    const { m, libc } = setup();
    const p = Number(m.call('__errno_location'));
    m.space.writeU32(p, 34);
    expect(libc.data.errno).toBe(34);
    // malloc's ENOMEM, recorded by the malloc model, shows up at the next look at errno.
    m.libc.errno = 12;
    expect(m.call('__errno_location')).toBe(p);
    expect(m.space.readU32(p)).toBe(12);
    expect(m.libc.errno).toBe(0);
    m.space.writeU32(p, 0);
    m.libc.errno = 12;
    expect(libc.data.errno).toBe(12);
  });

  it('fread on an empty stdin mallocs its 4096-byte buffer and sets EOF', () => {
    const { m, libc } = setup();
    const buf = m.buffer(64);
    const stdin = m.space.readWord(libc.symbols.stdin!);
    expect(m.call('fread', buf, 1, 8191, stdin)).toBe(0);
    expect(m.libc.calls.map((c) => c[0])).toEqual([4096]);
    expect(m.space.readU32(stdin)).toBe(0xfbad2098);
  });

  it('fread returns the bytes given as stdin', () => {
    const { m, libc } = setup('pipe', Uint8Array.from('hi!', (c) => c.charCodeAt(0)));
    const buf = m.buffer(16);
    const stdin = m.space.readWord(libc.symbols.stdin!);
    expect(m.call('fread', buf, 1, 10, stdin)).toBe(3);
    expect(String.fromCharCode(...m.space.readCString(buf))).toBe('hi!');
  });

  it('lays the FILE objects out as glibc does: flags, fileno, _chain, page offsets', () => {
    const { m, libc, field } = setup();
    const { stdio } = libc;
    expect(m.space.readU32(stdio.stdout)).toBe(0xfbad2084);
    expect(m.space.readU32(stdio.stderr)).toBe(0xfbad2086);
    expect(m.space.readU32(stdio.stdin)).toBe(0xfbad2088);
    expect(m.space.readU32(stdio.stdout + FILE_FIELDS._fileno)).toBe(1);
    expect(field(stdio.stderr, '_chain')).toBe(stdio.stdout);
    expect(field(stdio.stdout, '_chain')).toBe(stdio.stdin);
    expect(stdio.stdout % 4096).toBe(0x760);
    expect(stdio.stderr % 4096).toBe(0x680);
    expect(m.space.readWord(libc.symbols.stdout!)).toBe(stdio.stdout);
    expect(m.space.readU64(stdio.stdout + FILE_FIELDS._offset)).toBe(0xffffffffffffffffn);
  });

  it('a wild FILE * faults like glibc reading _flags', () => {
    const { m } = setup();
    expect(() => m.call('fputs', m.cstr('x'), 0x10)).toThrow(/read at 0x10/);
  });

  it('a corrupted buffer pointer in the FILE is followed, as in reality', () => {
    const { m, printf, stdio } = setup();
    printf('x');
    m.space.writeWord(stdio.stdout + FILE_FIELDS._IO_write_ptr, 0x1000);
    m.space.writeWord(stdio.stdout + FILE_FIELDS._IO_buf_end, 0x2000);
    expect(() => printf('y')).toThrow(/write at 0x1000/);
  });
});
