/*
 * __assert_fail, what <assert.h>'s assert() calls when its expression is false. Models glibc 2.36
 * assert/assert.c __assert_fail_base: formats
 *   "%s%s%s:%u: %s%sAssertion `%s' failed.\n"  (program, ": ", file, line, function, ": ", expr)
 * with __asprintf (a malloc'ed string), prints it on stderr (unbuffered: one write), frees the
 * string and calls abort(): SIGABRT, and stdout's unflushed buffer is lost. Main export:
 * installAssert, assertMessage.
 * SIMPLIFIED: the string's malloc is of exactly its length + 1 (glibc's vasprintf starts with a
 * larger buffer and shrinks it); the mmap'ed copy kept for __abort_msg is left out.
 */

import type { LibcHost } from './host';
import { latin1Bytes } from '../../../allocator/process';
import { addr, type Stdio } from './stdio';

export function assertMessage(program: string, assertion: string, file: string, line: number, fn: string | null): string {
  return `${program}${program ? ': ' : ''}${file}:${line >>> 0}: ${fn ?? ''}${fn !== null ? ': ' : ''}Assertion \`${assertion}' failed.\n`;
}

export function installAssert(host: LibcHost, stdio: Stdio, programName: string): void {
  const { space, process, functions: fns } = host;
  const text = (p: number) => String.fromCharCode(...space.readCString(p));
  fns.define('__assert_fail', (a) => {
    const fnPtr = addr(a[3]);
    const msg = assertMessage(programName, text(addr(a[0])), text(addr(a[1])), Number(a[2] ?? 0), fnPtr === 0 ? null : text(fnPtr));
    const bytes = latin1Bytes(msg);
    const str = host.libc.malloc(bytes.length + 1);
    if (str !== 0) {
      space.writeBytes(str, bytes);
      space.write8(str + bytes.length, 0);
    }
    stdio.write(stdio.stderr, bytes);
    if (str !== 0) host.libc.free(str);
    return process.abort(null, 'assertion failed');
  });
}
