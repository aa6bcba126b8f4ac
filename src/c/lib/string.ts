/*
 * <string.h> on the simulated address space. Models glibc 2.36 x86-64's results: memcmp/strcmp
 * return the difference of the first differing bytes (as unsigned char), and memcpy is memmove
 * (glibc's __memcpy_*_unaligned_erms is an alias of __memmove_*_unaligned_erms, so an overlapping
 * memcpy copies as memmove does; checked with gcc -fno-builtin on Debian 12). Every access goes
 * through the AddressSpace, so a bad pointer raises SegmentationFault at the first byte the
 * real function would touch that is not mapped. strdup allocates with glibc's malloc.
 * Main export: installString. SIMPLIFIED: strcpy/strcat with overlapping operands behave as if
 * through memmove (in glibc the result is undefined and depends on the vector code path).
 * Left out: memchr, strspn/strcspn/strpbrk, strtok, strnlen, the locale functions.
 */

import { PAGE_SIZE, type AddressSpace } from '../../../allocator/address-space';
import { toSize, type CArg } from '../../../allocator/native-function';
import type { LibcHost } from './host';
import type { LibcData } from './libc-data';
import { addr } from './stdio';

const ENOMEM = 12;

/** size_t argument; sizes beyond the address space stay huge (the copy faults before the end). */
function size(v: CArg | undefined): number {
  if (v === undefined) return 0;
  const s = toSize(v);
  return s > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(s);
}

/** Models strlen(): counts bytes up to the NUL; faults on the first unmapped byte before it. */
export function strlen(space: AddressSpace, s: number): number {
  let n = 0;
  while (space.read8(s + n) !== 0) n++;
  return n;
}

/**
 * Models memmove(), and so memcpy(): copies n bytes as if through a temporary, a page at a time,
 * forward when dst is below src (or they do not overlap) and backward otherwise, so a fault
 * happens at the page the real copy loop would reach first.
 */
export function memmove(space: AddressSpace, dst: number, src: number, n: number): void {
  if (n <= 0 || dst === src) {
    // glibc still touches nothing for n == 0; for dst == src it returns at once too.
    return;
  }
  const backward = dst > src && dst < src + n;
  if (!backward) {
    let done = 0;
    while (done < n) {
      const chunk = Math.min(n - done, PAGE_SIZE - ((src + done) % PAGE_SIZE), PAGE_SIZE - ((dst + done) % PAGE_SIZE));
      space.writeBytes(dst + done, space.readBytes(src + done, chunk));
      done += chunk;
    }
  } else {
    let left = n;
    while (left > 0) {
      const srcEnd = src + left;
      const dstEnd = dst + left;
      const chunk = Math.min(left, ((srcEnd - 1) % PAGE_SIZE) + 1, ((dstEnd - 1) % PAGE_SIZE) + 1);
      space.writeBytes(dstEnd - chunk, space.readBytes(srcEnd - chunk, chunk));
      left -= chunk;
    }
  }
}

/** Models memset(): fills n bytes, faulting at the first unmapped or read-only page. */
export function memset(space: AddressSpace, s: number, c: number, n: number): void {
  let done = 0;
  while (done < n) {
    const chunk = Math.min(n - done, PAGE_SIZE - ((s + done) % PAGE_SIZE));
    space.fill(s + done, c, chunk);
    done += chunk;
  }
}

function compare(space: AddressSpace, a: number, b: number, n: number, stopAtNul: boolean): number {
  for (let i = 0; i < n; i++) {
    const x = space.read8(a + i);
    const y = space.read8(b + i);
    if (x !== y) return x - y;
    if (stopAtNul && x === 0) return 0;
  }
  return 0;
}

function indexOf(space: AddressSpace, s: number, c: number, last: boolean): number {
  const ch = c & 0xff;
  let found = 0;
  for (let i = 0; ; i++) {
    const b = space.read8(s + i);
    if (b === ch) {
      if (!last) return s + i;
      found = s + i;
    }
    if (b === 0) return found;
  }
}

function strstr(space: AddressSpace, hay: number, needle: number): number {
  const nlen = strlen(space, needle);
  if (nlen === 0) return hay;
  const first = space.read8(needle);
  for (let i = 0; ; i++) {
    const b = space.read8(hay + i);
    if (b === 0) return 0;
    if (b === first && compare(space, hay + i, needle, nlen, false) === 0) return hay + i;
  }
}

/** Defines the <string.h> functions on the machine. */
export function installString(host: LibcHost, data: LibcData): void {
  const { space, functions: fns } = host;
  fns.define('memset', (a) => {
    memset(space, addr(a[0]), Number(a[1] ?? 0), size(a[2]));
    return addr(a[0]);
  });
  const memcpy = (a: readonly CArg[]): CArg => {
    memmove(space, addr(a[0]), addr(a[1]), size(a[2]));
    return addr(a[0]);
  };
  fns.define('memcpy', memcpy);
  fns.define('memmove', memcpy);
  fns.define('memcmp', (a) => compare(space, addr(a[0]), addr(a[1]), size(a[2]), false));
  fns.define('strlen', (a) => strlen(space, addr(a[0])));
  fns.define('strcpy', (a) => {
    const d = addr(a[0]);
    const s = addr(a[1]);
    memmove(space, d, s, strlen(space, s) + 1);
    return d;
  });
  fns.define('strncpy', (a) => {
    // Models strncpy(): copies up to n bytes of src, then pads with NULs to exactly n bytes.
    const d = addr(a[0]);
    const s = addr(a[1]);
    const n = size(a[2]);
    let len = 0;
    while (len < n && space.read8(s + len) !== 0) len++;
    memmove(space, d, s, len);
    memset(space, d + len, 0, n - len);
    return d;
  });
  fns.define('strcat', (a) => {
    const d = addr(a[0]);
    const s = addr(a[1]);
    memmove(space, d + strlen(space, d), s, strlen(space, s) + 1);
    return d;
  });
  fns.define('strncat', (a) => {
    // Models strncat(): appends at most n bytes of src and always a NUL.
    const d = addr(a[0]);
    const s = addr(a[1]);
    const n = size(a[2]);
    const end = d + strlen(space, d);
    let len = 0;
    while (len < n && space.read8(s + len) !== 0) len++;
    memmove(space, end, s, len);
    space.write8(end + len, 0);
    return d;
  });
  fns.define('strcmp', (a) => compare(space, addr(a[0]), addr(a[1]), Infinity, true));
  fns.define('strncmp', (a) => compare(space, addr(a[0]), addr(a[1]), size(a[2]), true));
  fns.define('strchr', (a) => indexOf(space, addr(a[0]), Number(a[1] ?? 0), false));
  fns.define('strrchr', (a) => indexOf(space, addr(a[0]), Number(a[1] ?? 0), true));
  fns.define('strstr', (a) => strstr(space, addr(a[0]), addr(a[1])));
  fns.define('strdup', (a) => {
    // Models strdup(): malloc(strlen + 1) then memcpy; NULL with errno ENOMEM if malloc fails.
    const s = addr(a[0]);
    const len = strlen(space, s);
    const p = host.libc.malloc(len + 1);
    if (p === 0) {
      data.errno = ENOMEM;
      return 0;
    }
    memmove(space, p, s, len + 1);
    return p;
  });
  fns.define('strerror', (a) => data.constString(strerrorText(Number(a[0] ?? 0))));
}

/** glibc's messages (C locale) for the errno values <errno.h> defines. */
const ERRNO_TEXT: Record<number, string> = {
  0: 'Success',
  1: 'Operation not permitted',
  2: 'No such file or directory',
  4: 'Interrupted system call',
  5: 'Input/output error',
  9: 'Bad file descriptor',
  11: 'Resource temporarily unavailable',
  12: 'Cannot allocate memory',
  13: 'Permission denied',
  14: 'Bad address',
  17: 'File exists',
  22: 'Invalid argument',
  28: 'No space left on device',
  32: 'Broken pipe',
  33: 'Numerical argument out of domain',
  34: 'Numerical result out of range',
};

export function strerrorText(errnum: number): string {
  return ERRNO_TEXT[errnum | 0] ?? `Unknown error ${errnum | 0}`;
}
