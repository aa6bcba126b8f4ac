/*
 * The printf engine: turns a format string and default-promoted C arguments into output bytes.
 * Models glibc 2.36 stdio-common/vfprintf-internal.c for the C locale: conversions d i u o x X
 * c s p n f F e E g G %, flags '-' '+' ' ' '0' '#' (and ''' accepted, no effect in the C locale),
 * width and precision (with '*'), length modifiers hh h l ll L q j z Z t. Floating point is
 * printed exactly (the binary value's full decimal expansion, rounded half to even), as glibc does.
 * Main export: formatPrintf. Checked byte for byte against real glibc in
 * tests/c/lib/printf-cases.expected.txt.
 * Left out: %a/%A, %m, %lc/%ls (wide), positional arguments (%1$d), locale grouping.
 */

import type { AddressSpace } from '../../../allocator/address-space';
import type { CArg } from '../../../allocator/native-function';

/** What the engine needs from the machine: the memory %s reads and %n writes. */
export type PrintfMemory = Pick<AddressSpace, 'read8' | 'readBytes' | 'write8' | 'writeU16' | 'writeU32' | 'writeU64'>;

type Length = '' | 'hh' | 'h' | 'l' | 'll' | 'L' | 'j' | 'z' | 't';

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  alt: boolean;
  width: number;
  /** -1 when no precision was given (a negative '*' precision counts as none, as in C). */
  prec: number;
  length: Length;
  conv: string;
}

const PERCENT = 0x25;

/**
 * Models glibc's vfprintf(): formats `format` (the bytes of the C string, without its NUL) with
 * the arguments as the C runtime passed them. Missing arguments read as 0.
 * SIMPLIFIED: a real call with too few arguments reads whatever is in the next register or stack
 * slot; here it reads 0.
 */
export function formatPrintf(format: Uint8Array, args: readonly CArg[], mem: PrintfMemory): Uint8Array {
  const out: number[] = [];
  let argi = 0;
  const next = (): CArg => (argi < args.length ? args[argi++]! : 0);

  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c !== PERCENT) {
      out.push(c);
      i++;
      continue;
    }
    const start = i;
    i++;
    const spec: Spec = {
      minus: false, plus: false, space: false, zero: false, alt: false,
      width: 0, prec: -1, length: '', conv: '',
    };
    // flags
    for (;;) {
      const f = format[i];
      if (f === 0x2d) spec.minus = true;
      else if (f === 0x2b) spec.plus = true;
      else if (f === 0x20) spec.space = true;
      else if (f === 0x30) spec.zero = true;
      else if (f === 0x23) spec.alt = true;
      else if (f === 0x27) { /* ' grouping: nothing to group in the C locale */ }
      else break;
      i++;
    }
    // width
    if (format[i] === 0x2a) {
      i++;
      const w = toInt32(next());
      if (w < 0) {
        spec.minus = true;
        spec.width = -w;
      } else spec.width = w;
    } else {
      while (isDigit(format[i])) spec.width = spec.width * 10 + (format[i++]! - 0x30);
    }
    // precision
    if (format[i] === 0x2e) {
      i++;
      if (format[i] === 0x2a) {
        i++;
        const p = toInt32(next());
        spec.prec = p < 0 ? -1 : p;
      } else {
        let p = 0;
        while (isDigit(format[i])) p = p * 10 + (format[i++]! - 0x30);
        spec.prec = p;
      }
    }
    // length
    const l0 = String.fromCharCode(format[i] ?? 0);
    const l1 = String.fromCharCode(format[i + 1] ?? 0);
    if ((l0 === 'h' || l0 === 'l') && l1 === l0) {
      spec.length = l0 === 'h' ? 'hh' : 'll';
      i += 2;
    } else if (l0 === 'h' || l0 === 'l' || l0 === 'L' || l0 === 'j' || l0 === 'z' || l0 === 't') {
      spec.length = l0;
      i++;
    } else if (l0 === 'q') {
      spec.length = 'll';
      i++;
    } else if (l0 === 'Z') {
      spec.length = 'z';
      i++;
    }
    if (i >= format.length) {
      // A lone '%' (or an unfinished spec) at the end: glibc prints it as it stands.
      for (let k = start; k < format.length; k++) out.push(format[k]!);
      break;
    }
    spec.conv = String.fromCharCode(format[i]!);
    i++;
    switch (spec.conv) {
      case '%':
        out.push(PERCENT);
        break;
      case 'd':
      case 'i':
        emitInteger(out, spec, signedValue(next(), spec.length), 10);
        break;
      case 'u':
        emitInteger(out, spec, unsignedValue(next(), spec.length), 10);
        break;
      case 'o':
        emitInteger(out, spec, unsignedValue(next(), spec.length), 8);
        break;
      case 'x':
      case 'X':
        emitInteger(out, spec, unsignedValue(next(), spec.length), 16);
        break;
      case 'c':
        pad(out, spec, [], [Number(toBigInt(next()) & 0xffn)], false);
        break;
      case 's':
        emitString(out, spec, toAddress(next()), mem);
        break;
      case 'p':
        emitPointer(out, spec, BigInt.asUintN(64, toBigInt(next())));
        break;
      case 'n':
        storeCount(mem, toAddress(next()), out.length, spec.length);
        break;
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        emitFloat(out, spec, toDouble(next()));
        break;
      default:
        // Unknown conversion: glibc prints the whole spec unchanged and consumes no argument.
        for (let k = start; k < i; k++) out.push(format[k]!);
    }
  }
  return Uint8Array.from(out);
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function toBigInt(v: CArg): bigint {
  if (typeof v === 'bigint') return v;
  return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
}

function toInt32(v: CArg): number {
  return Number(BigInt.asIntN(32, toBigInt(v)));
}

function toAddress(v: CArg): number {
  return Number(BigInt.asUintN(64, toBigInt(v)));
}

function toDouble(v: CArg): number {
  return typeof v === 'bigint' ? Number(v) : v;
}

function bitsOf(length: Length): number {
  switch (length) {
    case 'hh': return 8;
    case 'h': return 16;
    case '': return 32;
    default: return 64;
  }
}

/** The argument converted as va_arg(int/long) then cast to the length's type, as vfprintf does. */
function signedValue(v: CArg, length: Length): bigint {
  return BigInt.asIntN(bitsOf(length), toBigInt(v));
}

function unsignedValue(v: CArg, length: Length): bigint {
  return BigInt.asUintN(bitsOf(length), toBigInt(v));
}

function ascii(s: string): number[] {
  const b: number[] = [];
  for (let k = 0; k < s.length; k++) b.push(s.charCodeAt(k) & 0xff);
  return b;
}

/**
 * Lays out [prefix][zeros][body] in the field width. zeroPad: the '0' flag applies (numbers
 * without a precision); padding then goes between prefix (sign, 0x) and body.
 */
function pad(out: number[], spec: Spec, prefix: number[], body: number[], zeroPad: boolean): void {
  const len = prefix.length + body.length;
  const fill = Math.max(0, spec.width - len);
  if (spec.minus) {
    out.push(...prefix, ...body);
    for (let k = 0; k < fill; k++) out.push(0x20);
  } else if (zeroPad) {
    out.push(...prefix);
    for (let k = 0; k < fill; k++) out.push(0x30);
    out.push(...body);
  } else {
    for (let k = 0; k < fill; k++) out.push(0x20);
    out.push(...prefix, ...body);
  }
}

function emitInteger(out: number[], spec: Spec, value: bigint, base: 8 | 10 | 16): void {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits = spec.prec === 0 && magnitude === 0n ? '' : magnitude.toString(base);
  if (spec.conv === 'X') digits = digits.toUpperCase();
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  let prefix = '';
  const signed = spec.conv === 'd' || spec.conv === 'i';
  if (negative) prefix = '-';
  else if (signed && spec.plus) prefix = '+';
  else if (signed && spec.space) prefix = ' ';
  if (spec.alt) {
    if (base === 8 && !digits.startsWith('0')) digits = '0' + digits;
    if (base === 16 && magnitude !== 0n) prefix += spec.conv === 'X' ? '0X' : '0x';
  }
  pad(out, spec, ascii(prefix), ascii(digits), spec.zero && !spec.minus && spec.prec < 0);
}

/** Models vfprintf's %p: NULL prints "(nil)"; anything else is printed as %#lx would be. */
function emitPointer(out: number[], spec: Spec, addr: bigint): void {
  if (addr === 0n) {
    // glibc raises the precision to 5 so "(nil)" is never cut short, then prints it as a string.
    pad(out, spec, [], ascii('(nil)'), false);
    return;
  }
  const digits = spec.prec > 0 ? addr.toString(16).padStart(spec.prec, '0') : addr.toString(16);
  // %p jumps into the number code after the unsigned conversions have cleared '+' and ' ', so
  // glibc keeps them: printf("%+p") prints "+0x...".
  let prefix = spec.plus ? '+' : spec.space ? ' ' : '';
  prefix += '0x';
  pad(out, spec, ascii(prefix), ascii(digits), spec.zero && !spec.minus && spec.prec < 0);
}

/** Models %s: reads at most `precision` bytes (strnlen), and prints "(null)" for NULL as glibc does. */
function emitString(out: number[], spec: Spec, addr: number, mem: PrintfMemory): void {
  if (addr === 0) {
    // glibc: "(null)" if the precision allows all 6 characters, otherwise nothing.
    const text = spec.prec === -1 || spec.prec >= 6 ? ascii('(null)') : [];
    pad(out, spec, [], text, false);
    return;
  }
  const limit = spec.prec >= 0 ? spec.prec : Infinity;
  let n = 0;
  while (n < limit && mem.read8(addr + n) !== 0) n++;
  pad(out, spec, [], Array.from(mem.readBytes(addr, n)), false);
}

function storeCount(mem: PrintfMemory, addr: number, count: number, length: Length): void {
  switch (length) {
    case 'hh': mem.write8(addr, count); break;
    case 'h': mem.writeU16(addr, count); break;
    case '': mem.writeU32(addr, count); break;
    default: mem.writeU64(addr, BigInt(count));
  }
}

// ---- floating point --------------------------------------------------------------------------

interface Decomposed {
  negative: boolean;
  /** value = mant * 2^exp exactly. */
  mant: bigint;
  exp: number;
}

function decompose(x: number): Decomposed {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { negative, mant: frac, exp: -1074 };
  return { negative, mant: frac | (1n << 52n), exp: biased - 1075 };
}

const TEN = 10n;

/** round_half_even(mant * 2^exp * 10^scale), computed exactly. */
function scaledRound(d: Decomposed, scale: number): bigint {
  let num = d.mant;
  let den = 1n;
  if (scale >= 0) num *= TEN ** BigInt(scale);
  else den *= TEN ** BigInt(-scale);
  if (d.exp >= 0) num <<= BigInt(d.exp);
  else den <<= BigInt(-d.exp);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Digits of |x| with `prec` decimals: [integer part, fraction digits]. */
function fixedDigits(d: Decomposed, prec: number): [string, string] {
  const n = scaledRound(d, prec).toString();
  if (prec === 0) return [n, ''];
  const padded = n.padStart(prec + 1, '0');
  return [padded.slice(0, padded.length - prec), padded.slice(padded.length - prec)];
}

/** |x| as d.ddd * 10^exp with prec digits after the point: [digits (prec+1 of them), exp]. */
function expDigits(d: Decomposed, prec: number): [string, number] {
  if (d.mant === 0n) return ['0'.repeat(prec + 1), 0];
  // Estimate, then correct: the exact rounded value must have exactly prec+1 digits.
  let k = Math.floor(Math.log10(Number(d.mant)) + d.exp * Math.LOG10E * Math.LN2);
  for (;;) {
    const n = scaledRound(d, prec - k);
    const s = n.toString();
    if (s.length > prec + 1) k++;
    else if (s.length < prec + 1) k--;
    else return [s, k];
  }
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function emitFloat(out: number[], spec: Spec, x: number): void {
  const upper = spec.conv === 'F' || spec.conv === 'E' || spec.conv === 'G';
  const d = decompose(x);
  const sign = d.negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  if (!Number.isFinite(x)) {
    // SIMPLIFIED: a NaN's sign bit is whatever the JS number holds (JS NaNs are usually positive).
    let body = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    pad(out, spec, ascii(sign), ascii(body), false);
    return;
  }
  const prec = spec.prec < 0 ? 6 : spec.prec;
  let body: string;
  const conv = spec.conv.toLowerCase();
  if (conv === 'f') {
    const [ip, fp] = fixedDigits(d, prec);
    body = ip + (prec > 0 || spec.alt ? '.' : '') + fp;
  } else if (conv === 'e') {
    const [digits, exp] = expDigits(d, prec);
    body = digits[0]! + (prec > 0 || spec.alt ? '.' : '') + digits.slice(1) + expSuffix(exp, upper);
  } else {
    // %g: P significant digits; style e if the exponent X < -4 or X >= P.
    const p = spec.prec < 0 ? 6 : spec.prec === 0 ? 1 : spec.prec;
    const [, x10] = expDigits(d, p - 1);
    if (x10 < p && x10 >= -4) {
      const [ip, fp0] = fixedDigits(d, p - 1 - x10);
      const fp = spec.alt ? fp0 : fp0.replace(/0+$/, '');
      body = ip + (fp.length > 0 || spec.alt ? '.' : '') + fp;
    } else {
      const [digits, exp] = expDigits(d, p - 1);
      const frac = spec.alt ? digits.slice(1) : digits.slice(1).replace(/0+$/, '');
      body = digits[0]! + (frac.length > 0 || spec.alt ? '.' : '') + frac + expSuffix(exp, upper);
    }
  }
  pad(out, spec, ascii(sign), ascii(body), spec.zero && !spec.minus);
}
