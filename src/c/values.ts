/*
 * Run-time values of C scalars and their arithmetic, exact to the bit.
 * Representation (measured in bench/c-loop.ts): integers of 32 bits or fewer are JS numbers
 * kept in range with |0 / >>>0; 64-bit integers (long, size_t, pointers) are JS numbers while
 * |v| <= 2^53-1 and bigints beyond, always normalised, so `===` compares and the common case
 * never allocates. Floating values are numbers (float rounded with Math.fround).
 * Main exports: Val, the 64-bit operations, and converter(from, to).
 */
import type { CType, IntType } from './types';

export type Val = number | bigint;

const SAFE = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;
/** 2^-32: x * TWO_NEG32 is x / 2^32 exactly (a power-of-two scaling), without a division. */
const TWO_NEG32 = 2 ** -32;
const TWO64 = 18446744073709551616;

/** A bigint result to the normalised signed 64-bit representation. */
export function normS64(v: bigint): Val {
  const w = BigInt.asIntN(64, v);
  return w >= -9007199254740991n && w <= 9007199254740991n ? Number(w) : w;
}

/** A bigint result to the normalised unsigned 64-bit representation. */
export function normU64(v: bigint): Val {
  const w = BigInt.asUintN(64, v);
  return w <= 9007199254740991n ? Number(w) : w;
}

/** A 64-bit value from its two 32-bit words (each as int32 or uint32), unsigned. */
export function joinU64(hi: number, lo: number): Val {
  const h = hi >>> 0;
  return h < 2097152 ? h * TWO32 + (lo >>> 0) : normU64((BigInt(h) << 32n) | BigInt(lo >>> 0));
}
/** A 64-bit value from its two 32-bit words, signed. */
export function joinS64(hi: number, lo: number): Val {
  const h = hi | 0;
  return h >= -2097152 && h < 2097152 ? h * TWO32 + (lo >>> 0) : normS64((BigInt(h) << 32n) | BigInt(lo >>> 0));
}

const big = (v: Val): bigint => (typeof v === 'bigint' ? v : BigInt(v));

// ---- 64-bit arithmetic: fast path on numbers, exact bigint path otherwise ------------------

export function addS64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return normS64(big(a) + big(b));
}
export function addU64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= SAFE && r >= 0) return r;
  }
  return normU64(big(a) + big(b));
}
export function subS64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return normS64(big(a) - big(b));
}
export function subU64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= SAFE && r >= 0) return r;
  }
  return normU64(big(a) - big(b));
}
export function mulS64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= SAFE && r >= -SAFE) return r === 0 ? 0 : r;
  }
  return normS64(big(a) * big(b));
}
export function mulU64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= SAFE && r >= 0) return r === 0 ? 0 : r;
  }
  return normU64(big(a) * big(b));
}
/** Truncating division; the caller has checked for zero (and INT64_MIN / -1, which traps). */
export function divS64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    const q = (a - r) / b;
    return q === 0 ? 0 : q;
  }
  return normS64(big(a) / big(b));
}
export function divU64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b;
  return normU64(big(a) / big(b));
}
export function modS64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return normS64(big(a) % big(b));
}
export function modU64(a: Val, b: Val): Val {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return normU64(big(a) % big(b));
}
export function shlS64(a: Val, b: number): Val {
  const s = b & 63;
  if (typeof a === 'number' && s < 53) {
    const r = a * 2 ** s;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return normS64(big(a) << BigInt(s));
}
export function shlU64(a: Val, b: number): Val {
  const s = b & 63;
  if (typeof a === 'number' && s < 53) {
    const r = a * 2 ** s;
    if (r <= SAFE) return r;
  }
  return normU64(big(a) << BigInt(s));
}
/** Arithmetic right shift (sar), as gcc does for signed operands. */
export function shrS64(a: Val, b: number): Val {
  const s = b & 63;
  if (typeof a === 'number') return s >= 53 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** s);
  return normS64(a >> BigInt(s));
}
export function shrU64(a: Val, b: number): Val {
  const s = b & 63;
  if (typeof a === 'number') return s >= 53 ? 0 : Math.floor(a / 2 ** s);
  return normU64(a >> BigInt(s));
}

type BitOp = (x: number, y: number) => number;
function bitwise64(a: Val, b: Val, op: BitOp, opBig: (x: bigint, y: bigint) => bigint, signed: boolean): Val {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a >= -2147483648 && a <= 2147483647 && b >= -2147483648 && b <= 2147483647) {
      const r = op(a, b);
      // Two int32 operands: the result's high word is op(sign, sign), so int32 sign-extends.
      return signed || r >= 0 ? r : r + TWO64 > SAFE ? normU64(BigInt(r)) : r + TWO64;
    }
    if (a >= 0 && b >= 0) {
      const ah = Math.floor(a * TWO_NEG32);
      const bh = Math.floor(b * TWO_NEG32);
      const hi = op(ah, bh) >>> 0;
      const lo = op(a >>> 0, b >>> 0) >>> 0;
      const r = hi * TWO32 + lo;
      if (r <= SAFE) return r;
    }
  }
  const r = opBig(big(a), big(b));
  return signed ? normS64(r) : normU64(r);
}
export const and64 = (a: Val, b: Val, signed: boolean): Val => bitwise64(a, b, (x, y) => x & y, (x, y) => x & y, signed);
export const or64 = (a: Val, b: Val, signed: boolean): Val => bitwise64(a, b, (x, y) => x | y, (x, y) => x | y, signed);
export const xor64 = (a: Val, b: Val, signed: boolean): Val => bitwise64(a, b, (x, y) => x ^ y, (x, y) => x ^ y, signed);
export function not64(a: Val, signed: boolean): Val {
  if (typeof a === 'number' && signed) return -a - 1;
  return signed ? normS64(~big(a)) : normU64(~big(a));
}
export function neg64(a: Val, signed: boolean): Val {
  if (typeof a === 'number' && (signed || a === 0)) return a === 0 ? 0 : -a;
  return signed ? normS64(-big(a)) : normU64(-big(a));
}

// ---- conversions --------------------------------------------------------------------------

export type Converter = (v: Val) => Val;

/** Float to integer as x86-64's cvttsd2si does: truncate; out of range gives the "indefinite" value. */
function floatToInt(t: IntType): Converter {
  if (t.ik === 'bool') return (v) => (v !== 0 && v === v ? 1 : 0);
  if (t.size === 8 && !t.signed) {
    return (v) => {
      const f = Math.trunc(v as number);
      if (f >= 0 && f < TWO64) return normU64(BigInt(f));
      if (f < 0 && f > -9.223372036854776e18) return normU64(BigInt(f));
      return normU64(-9223372036854775808n);
    };
  }
  if (t.size === 8) {
    return (v) => {
      const f = Math.trunc(v as number);
      if (f >= -9.223372036854776e18 && f < 9.223372036854776e18) return normS64(BigInt(f));
      return normS64(-9223372036854775808n);
    };
  }
  const narrow = intToInt(t, true);
  return (v) => {
    const f = Math.trunc(v as number);
    // cvttsd2si to a 32-bit register, then truncation to the narrower type.
    const i = f >= -2147483648 && f <= 2147483647 ? f : t.size === 4 && !t.signed && f >= 0 && f < TWO32 ? f : -2147483648;
    return narrow(i);
  };
}

function intToInt(t: IntType, fromSmall: boolean): Converter {
  switch (t.ik) {
    case 'bool': return (v) => (v === 0 ? 0 : 1);
    case 'char': case 'schar':
      return fromSmall ? (v) => ((v as number) << 24) >> 24 : (v) => (typeof v === 'number' ? ((v as number) << 24) >> 24 : Number(BigInt.asIntN(8, v)));
    case 'uchar':
      return fromSmall ? (v) => (v as number) & 255 : (v) => (typeof v === 'number' ? (v as number) & 255 : Number(BigInt.asUintN(8, v)));
    case 'short':
      return fromSmall ? (v) => ((v as number) << 16) >> 16 : (v) => (typeof v === 'number' ? ((v as number) << 16) >> 16 : Number(BigInt.asIntN(16, v)));
    case 'ushort':
      return fromSmall ? (v) => (v as number) & 65535 : (v) => (typeof v === 'number' ? (v as number) & 65535 : Number(BigInt.asUintN(16, v)));
    case 'int':
      return fromSmall ? (v) => (v as number) | 0 : (v) => (typeof v === 'number' ? (v as number) | 0 : Number(BigInt.asIntN(32, v)));
    case 'uint':
      return fromSmall ? (v) => (v as number) >>> 0 : (v) => (typeof v === 'number' ? (v as number) >>> 0 : Number(BigInt.asUintN(32, v)));
    case 'long': case 'llong':
      return (v) => (typeof v === 'number' ? v : normS64(v));
    case 'ulong': case 'ullong':
      return (v) => (typeof v === 'number' ? (v >= 0 ? v : normU64(BigInt(v))) : normU64(v));
  }
}

/** Integer (or pointer, as unsigned long) view of a type for conversion purposes. */
function asInt(t: CType): IntType | null {
  if (t.kind === 'int') return t;
  if (t.kind === 'ptr') return { kind: 'int', ik: 'ulong', size: 8, signed: false, rank: 4 };
  return null;
}

/**
 * The conversion from a value of type `from` to type `to` (6.3), or null when the
 * representation is unchanged. Pointers convert like unsigned long.
 */
export function converter(from: CType, to: CType): Converter | null {
  if (to.kind === 'void') return null;
  if (to.kind === 'float') {
    if (from.kind === 'float') {
      if (to.fk === 'float' && from.fk !== 'float') return (v) => Math.fround(v as number);
      return null;
    }
    if (to.fk === 'float') return (v) => Math.fround(Number(v));
    return (v) => (typeof v === 'number' ? v : Number(v));
  }
  const ti = asInt(to);
  if (!ti) return null;
  if (from.kind === 'float') return floatToInt(ti);
  const fi = asInt(from);
  if (!fi) return null;
  if (fi.ik === ti.ik || (fi.size === ti.size && fi.signed === ti.signed && ti.ik !== 'bool')) return null;
  // Widening within what the source's values already satisfy needs no work.
  if (ti.ik !== 'bool' && fi.size < ti.size && (fi.signed === ti.signed || (!fi.signed && ti.signed))) return null;
  if (ti.ik !== 'bool' && fi.ik === 'bool') return null;
  return intToInt(ti, fi.size <= 4);
}

/** Whether a value is zero (a scalar used as a condition). */
export const isTrue = (v: Val): boolean => v !== 0;
