import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPrintf } from '../../../src/c/lib/printf-format';
import { StandInMachine } from './stand-in-machine';

/*
 * printf-cases.c holds the cases as C; record-printf-cases.sh ran it against glibc 2.36 and kept
 * its stdout in printf-cases.expected.txt. Here each CASE(...) line is parsed (its arguments are
 * literals), run through formatPrintf, and the whole output compared byte for byte.
 */

const here = new URL('.', import.meta.url);
const source = readFileSync(new URL('printf-cases.c', here), 'latin1');
const expected = readFileSync(new URL('printf-cases.expected.txt', here), 'latin1');

// Pointers other than NULL are parsed as 'int': the runtime passes both the same way.
type Arg = { kind: 'int'; value: bigint } | { kind: 'double'; value: number } | { kind: 'string'; value: string } | { kind: 'pointer'; value: number };

const NAMED: Record<string, Arg> = {
  INF: { kind: 'double', value: Infinity },
  NAN_: { kind: 'double', value: NaN },
  LLMIN: { kind: 'int', value: -(2n ** 63n) },
  NULL: { kind: 'pointer', value: 0 },
};

function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      cur += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  parts.push(cur.trim());
  return parts;
}

function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'" } as Record<string, string>)[e] ?? e;
  });
}

function parseArg(text: string): Arg {
  if (text in NAMED) return NAMED[text]!;
  if (text.startsWith('-') && text.slice(1).trim() in NAMED) {
    const a = NAMED[text.slice(1).trim()]!;
    if (a.kind === 'double') return { kind: 'double', value: -a.value };
  }
  if (text.startsWith('"')) return { kind: 'string', value: unescape(text.slice(1, -1)) };
  if (text.startsWith("'")) return { kind: 'int', value: BigInt(unescape(text.slice(1, -1)).charCodeAt(0)) };
  const ptr = /^\(void \*\) (0x[0-9a-f]+)$/.exec(text);
  if (ptr) return { kind: 'int', value: BigInt(ptr[1]!) };
  // "-2147483647 - 1" style expressions.
  const sub = /^(-?\d+) - (\d+)$/.exec(text);
  if (sub) return { kind: 'int', value: BigInt(sub[1]!) - BigInt(sub[2]!) };
  const int = /^(-?)(0x[0-9a-fA-F]+|\d+)(?:[uUlL]*)$/.exec(text);
  if (int) return { kind: 'int', value: (int[1] ? -1n : 1n) * BigInt(int[2]!) };
  const dbl = Number(text);
  if (!Number.isNaN(dbl)) return { kind: 'double', value: dbl };
  throw new Error(`cannot parse argument ${text}`);
}

interface Case {
  line: number;
  format: string;
  args: Arg[];
}

function cases(): Case[] {
  const out: Case[] = [];
  source.split('\n').forEach((line, i) => {
    const m = /^\s*CASE\((.*)\);\s*$/.exec(line);
    if (!m) return;
    const [fmt, ...rest] = splitArgs(m[1]!);
    out.push({ line: i + 1, format: unescape(fmt!.slice(1, -1)), args: rest.map(parseArg) });
  });
  return out;
}

function run(machine: StandInMachine, c: Case): string {
  const args = c.args.map((a) => {
    switch (a.kind) {
      case 'int':
        // As the C runtime passes them: numbers when exact, bigint beyond 2^53.
        return a.value >= -(2n ** 53n) && a.value <= 2n ** 53n ? Number(a.value) : a.value;
      case 'double':
        return a.value;
      case 'pointer':
        return a.value;
      case 'string':
        return machine.cstr(a.value);
    }
  });
  const fmt = Uint8Array.from(c.format, (ch) => ch.charCodeAt(0));
  const bytes = formatPrintf(fmt, args, machine.space);
  return String.fromCharCode(...bytes) + `|${bytes.length}\n`;
}

describe('formatPrintf against glibc 2.36', () => {
  const all = cases();
  const expectedLines = expected.split(/(?<=\n)/);

  it('has one recorded line per case', () => {
    expect(all.length).toBeGreaterThan(90);
    expect(expectedLines.length).toBe(all.length);
  });

  it.each(all.map((c, i) => [c.line, c.format, i] as const))('printf-cases.c:%i %s', (_line, _fmt, i) => {
    const machine = new StandInMachine();
    expect(run(machine, all[i]!)).toBe(expectedLines[i]);
  });

  it('matches the recorded file byte for byte', () => {
    const machine = new StandInMachine();
    expect(all.map((c) => run(machine, c)).join('')).toBe(expected);
  });
});

describe('formatPrintf details not in the fixture', () => {
  it('stores the count so far for %n, by length modifier', () => {
    const m = new StandInMachine();
    const p = m.buffer(16);
    m.space.fill(p, 0xff, 16);
    const out = formatPrintf(Uint8Array.from('abc%nde%hhn', (c) => c.charCodeAt(0)), [p, p + 8], m.space);
    expect(String.fromCharCode(...out)).toBe('abcde');
    expect(m.space.readU32(p)).toBe(3);
    expect(m.space.read8(p + 8)).toBe(5);
    expect(m.space.read8(p + 9)).toBe(0xff);
  });

  it('reads at most the precision for %.Ns, so an unterminated buffer does not fault', () => {
    const m = new StandInMachine();
    const end = m.scratch + 0x3000; // first unmapped byte after the scratch mapping
    m.space.writeBytes(end - 3, Uint8Array.of(0x61, 0x62, 0x63));
    expect(String.fromCharCode(...formatPrintf(Uint8Array.from('%.3s', (c) => c.charCodeAt(0)), [end - 3], m.space))).toBe('abc');
    expect(() => formatPrintf(Uint8Array.from('%s', (c) => c.charCodeAt(0)), [end - 3], m.space)).toThrow(/segmentation fault: read at 0x555555559000/);
  });

  it('prints 64-bit values passed as bigint exactly', () => {
    const m = new StandInMachine();
    const f = (s: string, ...a: Array<number | bigint>) => String.fromCharCode(...formatPrintf(Uint8Array.from(s, (c) => c.charCodeAt(0)), a, m.space));
    expect(f('%lu', 0xfdfdfdfdfdfdfd6dn)).toBe('18302063728033398125');
    expect(f('%ld', 0xfdfdfdfdfdfdfd6dn)).toBe('-144680345676153491');
    expect(f('%d', 0x1_0000_0005n)).toBe('5');
    expect(f('%u', -1)).toBe('4294967295');
  });
});

describe('formatPrintf on 400 generated doubles against glibc (printf-doubles.c)', () => {
  const recorded = readFileSync(new URL('printf-doubles.expected.txt', here), 'latin1').split(/(?<=\n)/);
  const MASK = (1n << 64n) - 1n;
  let state = 0x9e3779b97f4a7c15n;
  const next = () => {
    state ^= (state << 13n) & MASK;
    state ^= state >> 7n;
    state ^= (state << 17n) & MASK;
    return state;
  };
  const view = new DataView(new ArrayBuffer(8));
  const values: number[] = [];
  for (let i = 0; i < 400; i++) {
    let bits = next();
    const e = 0x3ffn - 70n + ((bits >> 52n) & 0x7ffn) % 141n;
    bits = (bits & 0x800fffffffffffffn) | (e << 52n);
    view.setBigUint64(0, bits, true);
    let x = view.getFloat64(0, true);
    if (i % 4 === 3) x = Number(BigInt.asIntN(64, next() % 2000001n)) / 1000.0 - 1000.0;
    values.push(x);
  }
  const fmt = Uint8Array.from('%.17g|%.3e|%f|%.0f|%.10f|%g|%#.5g|%.1e|%12.4f|%-+10.2e|\n', (c) => c.charCodeAt(0));

  it('has 400 recorded lines', () => expect(recorded.length).toBe(400));

  it('prints every line as glibc did', () => {
    const m = new StandInMachine();
    const mismatches = values
      .map((x, i) => [i, String.fromCharCode(...formatPrintf(fmt, Array(10).fill(x), m.space)), recorded[i]] as const)
      .filter(([, got, want]) => got !== want);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
