/*
 * The <stdio.h> functions C code calls, defined on the machine's function table: the printf
 * family (through printf-format.ts), puts, putchar, fputs, fputc/putc, fwrite, fread, fflush and
 * perror, all going through the Stdio streams. Return values are glibc's (puts: length + 1,
 * fputs: 1, EOF on a stream that cannot be written). Main export: installStdioFunctions.
 * Left out: the v*printf forms, scanf, fopen/fclose, getchar/fgets.
 */

import type { CArg } from '../../../allocator/native-function';
import { latin1Bytes } from '../../../allocator/process';
import type { LibcHost } from './host';
import type { LibcData } from './libc-data';
import { formatPrintf } from './printf-format';
import { addr, type Stdio } from './stdio';
import { strerrorText } from './string';

const EOF = -1;

export function installStdioFunctions(host: LibcHost, data: LibcData, stdio: Stdio): void {
  const { space, functions: fns } = host;
  const format = (fmt: CArg | undefined, rest: readonly CArg[]) =>
    formatPrintf(space.readCString(addr(fmt)), rest, space);
  const count = (n: number) => (n === EOF ? EOF : n);

  fns.define('printf', (a) => {
    const out = format(a[0], a.slice(1));
    return count(stdio.write(stdio.stdout, out));
  });
  fns.define('fprintf', (a) => {
    const file = addr(a[0]);
    const out = format(a[1], a.slice(2));
    return count(stdio.write(file, out));
  });
  fns.define('sprintf', (a) => {
    // Models sprintf(): no bound; writes the text and its NUL wherever the pointer leads.
    const out = format(a[1], a.slice(2));
    const buf = addr(a[0]);
    space.writeBytes(buf, out);
    space.write8(buf + out.length, 0);
    return out.length;
  });
  fns.define('snprintf', (a) => {
    // Models snprintf(): writes at most n-1 bytes and a NUL; returns the untruncated length.
    const out = format(a[2], a.slice(3));
    const buf = addr(a[0]);
    const n = Number(a[1] ?? 0);
    if (n > 0) {
      const k = Math.min(out.length, n - 1);
      space.writeBytes(buf, out.subarray(0, k));
      space.write8(buf + k, 0);
    }
    return out.length;
  });
  fns.define('puts', (a) => {
    const s = space.readCString(addr(a[0]));
    const line = new Uint8Array(s.length + 1);
    line.set(s);
    line[s.length] = 0x0a;
    return stdio.write(stdio.stdout, line) === EOF ? EOF : Math.min(0x7fffffff, s.length + 1);
  });
  fns.define('putchar', (a) => stdio.putByte(stdio.stdout, Number(a[0] ?? 0)));
  fns.define('fputs', (a) => {
    const s = space.readCString(addr(a[0]));
    return stdio.write(addr(a[1]), s) === EOF ? EOF : 1;
  });
  const fputc = (a: readonly CArg[]) => stdio.putByte(addr(a[1]), Number(a[0] ?? 0));
  fns.define('fputc', fputc);
  fns.define('putc', fputc);
  fns.define('fwrite', (a) => {
    const size = Number(a[1] ?? 0);
    const n = Number(a[2] ?? 0);
    if (size === 0 || n === 0) return 0;
    const bytes = space.readBytes(addr(a[0]), size * n);
    return stdio.write(addr(a[3]), bytes) === EOF ? 0 : n;
  });
  fns.define('fread', (a) => stdio.fread(addr(a[0]), Number(a[1] ?? 0), Number(a[2] ?? 0), addr(a[3])));
  fns.define('fflush', (a) => stdio.fflush(addr(a[0])));
  fns.define('perror', (a) => {
    // Models perror(): "s: message\n" (just "message\n" for NULL or ""), one write to stderr.
    const p = addr(a[0]);
    const s = p === 0 ? new Uint8Array(0) : space.readCString(p);
    const msg = latin1Bytes(strerrorText(data.errno) + '\n');
    const prefix = s.length > 0 ? [...s, 0x3a, 0x20] : [];
    stdio.write(stdio.stderr, Uint8Array.from([...prefix, ...msg]));
    return undefined;
  });
}
