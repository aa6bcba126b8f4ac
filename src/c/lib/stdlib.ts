/*
 * <stdlib.h> apart from the malloc family (which the machine's glibc model defines itself):
 * abort() raises SIGABRT without flushing stdio; exit() flushes every stream, then ends the
 * process; atoi/atol/strtol/strtoul with glibc's C-locale parsing, ERANGE saturation and
 * endptr; abs/labs; rand/srand with glibc's default TYPE_3 additive feedback generator (so
 * rand() gives 1804289383, 846930886, ... as on Linux). Also __errno_location for <errno.h>.
 * Main export: installStdlib. Left out: atexit handlers, getenv, qsort, strtod.
 * SIMPLIFIED: rand's state lives in this object, not in libc's randtbl in memory.
 */

import type { CArg } from '../../../allocator/native-function';
import type { LibcHost } from './host';
import type { LibcData } from './libc-data';
import { addr, type Stdio } from './stdio';

const EINVAL = 22;
const ERANGE = 34;
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);
const ULONG_MAX = (1n << 64n) - 1n;

/** A 64-bit C value as a CArg: a number when exact, a bigint beyond 2^53. */
export function carg(v: bigint): CArg {
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function digitValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x7a) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x5a) return b - 0x41 + 10;
  return 99;
}

export interface StrtolResult {
  value: bigint;
  /** Address of the first byte not used (nptr when there were no digits). */
  end: number;
  errno: number;
}

/**
 * Models glibc's ____strtol_l_internal / ____strtoul_l_internal in the C locale: optional white
 * space and sign, a 0x prefix for base 16 (and base 0, which also takes a leading 0 as octal),
 * digits up to the first that does not fit the base. Overflow saturates with ERANGE; strtoul
 * negates in unsigned arithmetic ("-1" is ULONG_MAX).
 */
export function strtol(read8: (a: number) => number, nptr: number, base: number, unsigned: boolean): StrtolResult {
  if (base < 0 || base === 1 || base > 36) return { value: 0n, end: nptr, errno: EINVAL };
  let s = nptr;
  while (isSpace(read8(s))) s++;
  let negative = false;
  if (read8(s) === 0x2d) {
    negative = true;
    s++;
  } else if (read8(s) === 0x2b) s++;
  if ((base === 0 || base === 16) && read8(s) === 0x30 && (read8(s + 1) | 0x20) === 0x78 && digitValue(read8(s + 2)) < 16) {
    s += 2;
    base = 16;
  } else if (base === 0) base = read8(s) === 0x30 ? 8 : 10;
  const start = s;
  let value = 0n;
  let overflow = false;
  const limit = unsigned ? ULONG_MAX : negative ? -LONG_MIN : LONG_MAX;
  for (;;) {
    const d = digitValue(read8(s));
    if (d >= base) break;
    value = value * BigInt(base) + BigInt(d);
    if (value > limit) overflow = true;
    s++;
  }
  if (s === start) return { value: 0n, end: nptr, errno: 0 };
  if (overflow) {
    const sat = unsigned ? ULONG_MAX : negative ? LONG_MIN : LONG_MAX;
    return { value: sat, end: s, errno: ERANGE };
  }
  if (negative) value = unsigned ? BigInt.asUintN(64, -value) : -value;
  return { value, end: s, errno: 0 };
}

/**
 * Models glibc's random_r for the default TYPE_3 state (degree 31, separation 3): srandom_r seeds
 * r[i] = 16807 * r[i-1] % 2147483647 (Schrage's method) and discards 310 outputs; each output is
 * (r[f] += r[r]) >> 1 on unsigned 32-bit words.
 */
export class GlibcRandom {
  private readonly state = new Int32Array(31);
  private f = 3;
  private r = 0;

  constructor(seed = 1) {
    this.seed(seed);
  }

  seed(seed: number): void {
    let word = seed >>> 0 === 0 ? 1 : seed | 0;
    this.state[0] = word;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      this.state[i] = word;
    }
    this.f = 3;
    this.r = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  next(): number {
    const val = (this.state[this.f]! + this.state[this.r]!) | 0;
    this.state[this.f] = val;
    const result = (val >>> 0) >>> 1;
    this.f = (this.f + 1) % 31;
    this.r = (this.r + 1) % 31;
    return result;
  }
}

export function installStdlib(host: LibcHost, data: LibcData, stdio: Stdio): void {
  const { space, process, functions: fns } = host;
  const read8 = (a: number) => space.read8(a);
  const random = new GlibcRandom();

  fns.define('abort', () => process.abort(null, 'abort()'));
  fns.define('exit', (a) => {
    // Models exit(): (atexit handlers: none) then _IO_cleanup flushes every stream, then _exit.
    stdio.flushAll();
    return process.exit(Number(BigInt.asIntN(32, BigInt(a[0] ?? 0))));
  });
  const parse = (a: readonly CArg[], unsigned: boolean, base: number) => {
    const res = strtol(read8, addr(a[0]), base, unsigned);
    const endptr = addr(a[1]);
    if (endptr !== 0) space.writeWord(endptr, res.end);
    if (res.errno !== 0) data.errno = res.errno;
    return res.value;
  };
  fns.define('strtol', (a) => carg(parse(a, false, Number(a[2] ?? 0))));
  fns.define('strtoul', (a) => carg(parse(a, true, Number(a[2] ?? 0))));
  // atoi/atol are (int)/(long) strtol(nptr, NULL, 10); errno is still set on overflow.
  fns.define('atoi', (a) => Number(BigInt.asIntN(32, parse([a[0] ?? 0, 0], false, 10))));
  fns.define('atol', (a) => carg(parse([a[0] ?? 0, 0], false, 10)));
  fns.define('abs', (a) => {
    const x = Number(BigInt.asIntN(32, BigInt(a[0] ?? 0)));
    return x === -2147483648 ? x : Math.abs(x);
  });
  fns.define('labs', (a) => {
    const x = BigInt.asIntN(64, BigInt(a[0] ?? 0));
    return carg(x === LONG_MIN ? x : x < 0n ? -x : x);
  });
  fns.define('rand', () => random.next());
  fns.define('srand', (a) => {
    random.seed(Number(BigInt.asUintN(32, BigInt(a[0] ?? 0))));
    return undefined;
  });
  fns.define('__errno_location', () => {
    data.syncErrno();
    return data.errnoAddress;
  });
}
