/*
 * C99 literal spellings to values: integer constants with their suffixes (6.4.4.1), character
 * constants and string literals with escape sequences (6.4.4.4, 6.4.5), floating constants.
 * Shared by #if evaluation and the compiler. Main exports: parseIntegerLiteral,
 * parseCharLiteral, decodeStringLiteral, parseFloatLiteral.
 * Left out: wide and UTF-16/32 literals' multi-byte units (they are decoded byte by byte).
 */

export interface IntegerLiteral {
  value: bigint;
  unsigned: boolean;
  /** Number of L's in the suffix (0, 1 or 2). */
  longs: number;
  /** Written in decimal (decides which types the value may take, C99 6.4.4.1p5). */
  decimal: boolean;
}

export function parseIntegerLiteral(text: string): IntegerLiteral | null {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uU]?(?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU])$/.exec(text);
  if (!m) return null;
  const digits = m[1]!;
  const suffix = m[2]!.toLowerCase();
  let value: bigint;
  if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (/^0[bB]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits.startsWith('0')) value = BigInt('0o' + digits.slice(1));
  else value = BigInt(digits);
  return {
    value,
    unsigned: suffix.includes('u'),
    longs: suffix.includes('ll') ? 2 : suffix.includes('l') ? 1 : 0,
    decimal: !/^0/.test(digits) || digits === '0',
  };
}

export function parseFloatLiteral(text: string): { value: number; isFloat: boolean; isLong: boolean } | null {
  const m = /^((?:[0-9]*\.[0-9]+|[0-9]+\.?)(?:[eE][+-]?[0-9]+)?|0[xX](?:[0-9a-fA-F]*\.?[0-9a-fA-F]*)[pP][+-]?[0-9]+)([fFlL]?)$/.exec(text);
  if (!m) return null;
  const body = m[1]!;
  let value: number;
  if (/^0[xX]/.test(body)) {
    const hm = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?[0-9]+)$/.exec(body)!;
    const mant = parseInt((hm[1] || '0') + (hm[2] || ''), 16);
    value = mant * Math.pow(2, Number(hm[3]) - 4 * (hm[2] ?? '').length);
  } else value = Number(body);
  const suf = m[2]!.toLowerCase();
  return { value, isFloat: suf === 'f', isLong: suf === 'l' };
}

/** Decodes the escape sequences of a literal's body into byte values. */
export function decodeEscapes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.push(body.charCodeAt(i) & 0xff);
      continue;
    }
    const e = body[++i] ?? '';
    switch (e) {
      case 'n': out.push(10); break;
      case 't': out.push(9); break;
      case 'r': out.push(13); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let j = i;
        let v = 0;
        while (j < body.length && j < i + 3 && /[0-7]/.test(body[j]!)) v = v * 8 + Number(body[j++]);
        out.push(v & 0xff);
        i = j - 1;
        break;
      }
      case 'x': {
        let j = i + 1;
        let v = 0;
        while (j < body.length && /[0-9a-fA-F]/.test(body[j]!)) v = (v * 16 + parseInt(body[j++]!, 16)) & 0xffff;
        out.push(v & 0xff);
        i = j - 1;
        break;
      }
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'v': out.push(11); break;
      case 'e': out.push(27); break;
      default: out.push(e.charCodeAt(0) & 0xff); break; // \\ \' \" \?
    }
  }
  return out;
}

/** A character constant's int value: a plain char is signed on x86-64, so '\xff' is -1. */
export function parseCharLiteral(text: string): number | null {
  const m = /^(u8|u|U|L)?'(.*)'$/s.exec(text);
  if (!m) return null;
  const bytes = decodeEscapes(m[2]!);
  if (bytes.length === 0) return null;
  if (m[1]) return bytes[bytes.length - 1]!;
  // Multi-character constants: gcc packs them big-endian into an int.
  let v = 0;
  for (const b of bytes) v = ((v << 8) | b) | 0;
  return bytes.length === 1 ? (bytes[0]! << 24) >> 24 : v;
}

/** A string literal's bytes, without the terminating NUL. */
export function decodeStringLiteral(text: string): number[] {
  const m = /^(u8|u|U|L)?"(.*)"$/s.exec(text);
  return m ? decodeEscapes(m[2]!) : [];
}
