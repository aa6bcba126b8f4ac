import { describe, expect, it } from 'vitest';
import { SegmentationFault } from '../../../allocator/address-space';
import { installLibc } from '../../../src/c/lib/index';
import { StandInMachine } from './stand-in-machine';

function setup() {
  const m = new StandInMachine();
  const libc = installLibc(m);
  const str = (p: number | bigint | undefined) => String.fromCharCode(...m.space.readCString(Number(p)));
  return { m, libc, str };
}

describe('string.h', () => {
  it('memcmp and strcmp return the byte difference, as glibc x86-64 does', () => {
    const { m } = setup();
    const a = m.cstr('abcdef');
    const b = m.cstr('abzdef');
    expect(m.call('memcmp', a, b, 6)).toBe(-23);
    expect(m.call('memcmp', b, a, 6)).toBe(23);
    expect(m.call('memcmp', a, b, 2)).toBe(0);
    expect(m.call('strcmp', a, b)).toBe(-23);
    expect(m.call('strcmp', m.cstr('a\xff'), m.cstr('a\x01'))).toBe(254);
    expect(m.call('strcmp', m.cstr('abc'), m.cstr('abcd'))).toBe(-100);
    expect(m.call('strncmp', m.cstr('abc'), m.cstr('abd'), 2)).toBe(0);
  });

  it('memcpy with overlapping buffers copies like memmove in both directions (glibc alias)', () => {
    const { m, str } = setup();
    const buf = m.cstr('0123456789abcdefghijklmnopqrstuvwxyz');
    m.call('memcpy', buf + 2, buf, 20);
    expect(str(buf)).toBe('010123456789abcdefghijmnopqrstuvwxyz');
    const buf2 = m.cstr('0123456789abcdefghijklmnopqrstuvwxyz');
    m.call('memcpy', buf2, buf2 + 2, 20);
    expect(str(buf2)).toBe('23456789abcdefghijklklmnopqrstuvwxyz');
  });

  it('memmove across page boundaries keeps the data (backward copy of a 5000-byte overlap)', () => {
    const { m } = setup();
    const big = m.buffer(5100);
    const pattern = Uint8Array.from({ length: 5000 }, (_, i) => 0x61 + (i % 26));
    m.space.writeBytes(big, pattern);
    m.call('memmove', big + 7, big, 4000);
    const got = m.space.readBytes(big, 40);
    expect(String.fromCharCode(...got)).toBe('abcdefgabcdefghijklmnopqrstuvwxyzabcdefg');
    expect(m.space.readBytes(big + 7, 4000)).toEqual(pattern.subarray(0, 4000));
  });

  it('memset and strlen fault at the first unmapped byte, like the real functions', () => {
    const { m } = setup();
    const end = m.scratch + 0x3000;
    m.space.fill(end - 4, 0x41, 4); // no NUL before the end of the mapping
    expect(() => m.call('strlen', end - 4)).toThrow(SegmentationFault);
    let fault: unknown = null;
    try {
      m.call('memset', end - 10, 0, 20);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect((fault as SegmentationFault).address).toBe(end);
    expect((fault as SegmentationFault).access).toBe('write');
    expect(m.space.read8(end - 1)).toBe(0); // the mapped part was written first
    expect(() => m.call('strcpy', m.cstr('x'), 0)).toThrow(/read at 0x0/);
    expect(() => m.call('memcpy', 0x1000, m.cstr('x'), 1)).toThrow(/write at 0x1000/);
  });

  it('a huge memcpy length faults instead of exhausting JS memory', () => {
    const { m } = setup();
    const p = m.buffer(16);
    expect(() => m.call('memcpy', p, p + 8, 0xffff_ffff_ffff_fff0n)).toThrow(SegmentationFault);
  });

  it('string copies and appends', () => {
    const { m, str } = setup();
    const s2 = m.buffer(16);
    m.space.fill(s2, 0x7f, 16);
    m.call('strncpy', s2, m.cstr('xyz'), 8);
    expect(Array.from(m.space.readBytes(s2, 9))).toEqual([0x78, 0x79, 0x7a, 0, 0, 0, 0, 0, 0x7f]);
    const s3 = m.buffer(16);
    m.call('strcpy', s3, m.cstr('hi'));
    m.call('strncat', s3, m.cstr('world'), 3);
    expect(str(s3)).toBe('hiwor');
    m.call('strcat', s3, m.cstr('!!'));
    expect(str(s3)).toBe('hiwor!!');
  });

  it('strchr, strrchr and strstr return pointers into the string or NULL', () => {
    const { m } = setup();
    const h = m.cstr('hello');
    expect(m.call('strchr', h, 0x6c)).toBe(h + 2);
    expect(m.call('strrchr', h, 0x6c)).toBe(h + 3);
    expect(m.call('strchr', h, 0x7a)).toBe(0);
    expect(m.call('strchr', h, 0)).toBe(h + 5);
    expect(m.call('strchr', h, 0x16c)).toBe(h + 2); // converted to char
    const w = m.cstr('hello world');
    expect(m.call('strstr', w, m.cstr('o w'))).toBe(w + 4);
    expect(m.call('strstr', w, m.cstr(''))).toBe(w);
    expect(m.call('strstr', w, m.cstr('xyz'))).toBe(0);
  });

  it('strdup allocates strlen+1 bytes with malloc and copies', () => {
    const { m, str } = setup();
    const src = m.cstr('hello from malloc');
    const before = m.libc.calls.length;
    const p = m.call('strdup', src);
    expect(m.libc.calls.slice(before)).toEqual([[18, p]]);
    expect(str(p)).toBe('hello from malloc');
  });

  it('strerror returns glibc C-locale messages from libc data', () => {
    const { m, str, libc } = setup();
    const p = m.call('strerror', 12);
    expect(str(p)).toBe('Cannot allocate memory');
    expect(m.call('strerror', 12)).toBe(p);
    expect(str(m.call('strerror', 0))).toBe('Success');
    expect(str(m.call('strerror', 999))).toBe('Unknown error 999');
    expect(m.space.regionOf(Number(p))?.start).toBe(libc.data.base);
  });
});
