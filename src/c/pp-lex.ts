/*
 * Translation phases 1-3 (C99 5.1.1.2): splice backslash-newlines, replace comments by a space,
 * and cut the text into preprocessing tokens, each remembering the file:line:col it was spelt at.
 * Input is a byte string (one char per source byte), so string literals keep the file's bytes.
 * Main exports: PPToken, lexFile.
 * Left out: trigraphs and digraphs (gcc ignores trigraphs by default too).
 */
import type { DiagnosticSink, Loc } from './diagnostics';

export type PPKind = 'id' | 'num' | 'str' | 'chr' | 'punct' | 'other';

export interface PPToken {
  kind: PPKind;
  text: string;
  loc: Loc;
  /** Whitespace precedes the token (matters for #define NAME( and for # stringizing). */
  space: boolean;
  /** First token of a logical line (a `#` here starts a directive). */
  bol: boolean;
  /** Macro names that must not expand this token again (C99 6.10.3.4's "painted blue"). */
  hide: ReadonlySet<string> | null;
  /** Came out of a macro expansion (never starts a directive). */
  fromMacro?: boolean;
}

const PUNCTUATORS = [
  '...', '<<=', '>>=',
  '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '##',
  '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%', '<', '>', '^', '|',
  '?', ':', ';', '=', ',', '#',
];

const isIdStart = (c: string): boolean => /[A-Za-z_$]/.test(c);
const isIdChar = (c: string): boolean => /[A-Za-z0-9_$]/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** One logical (spliced) character with where it was physically written. */
interface Spliced {
  text: string;
  line: Int32Array;
  col: Int32Array;
}

function splice(src: string): Spliced {
  const n = src.length;
  const line = new Int32Array(n + 1);
  const col = new Int32Array(n + 1);
  let out = '';
  let l = 1;
  let c = 1;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      // A backslash, optional trailing spaces/CR, then a newline: the line continues.
      let j = i + 1;
      while (j < n && (src[j] === ' ' || src[j] === '\t' || src[j] === '\r')) j++;
      if (j < n && src[j] === '\n') {
        l++;
        c = 1;
        i = j;
        continue;
      }
    }
    out += ch;
    line[k] = l;
    col[k] = c;
    k++;
    if (ch === '\n') {
      l++;
      c = 1;
    } else c++;
  }
  line[k] = l;
  col[k] = c;
  return { text: out, line, col };
}

/**
 * Lexes a whole file. `locOverride`, when given, maps every token to one fixed line (used for
 * code the caller supplies in place of a `...` elision).
 */
export function lexFile(file: string, src: string, diags: DiagnosticSink, lineOverride?: number): PPToken[] {
  const { text, line, col } = splice(src);
  const tokens: PPToken[] = [];
  const n = text.length;
  let i = 0;
  let bol = true;
  let space = false;
  const locAt = (k: number): Loc =>
    lineOverride !== undefined ? { file, line: lineOverride, col: 1 } : { file, line: line[k]!, col: col[k]! };
  const push = (kind: PPKind, start: number, end: number): void => {
    tokens.push({ kind, text: text.slice(start, end), loc: locAt(start), space, bol, hide: null });
    bol = false;
    space = false;
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      bol = true;
      space = false;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') {
      space = true;
      i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        diags.error(locAt(i), 'unterminated comment');
        break;
      }
      // A comment spanning lines does not start a new logical line for directive purposes.
      i = end + 2;
      space = true;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      space = true;
      continue;
    }
    const start = i;
    // String and character literals, with optional encoding prefix.
    const prefix = /^(u8|u|U|L)?["']/.exec(text.slice(i, i + 3));
    if (prefix && (prefix[1] === undefined || !isIdChar(text[i - 1] ?? ' '))) {
      const q = prefix[0].slice(-1);
      let j = i + prefix[0].length;
      while (j < n && text[j] !== q && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (j >= n || text[j] !== q) {
        diags.error(locAt(i), `missing terminating ${q} character`);
        i = j;
        continue;
      }
      push(q === '"' ? 'str' : 'chr', start, j + 1);
      i = j + 1;
      continue;
    }
    if (isIdStart(ch)) {
      let j = i + 1;
      while (j < n && isIdChar(text[j]!)) j++;
      push('id', start, j);
      i = j;
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if ((c === '+' || c === '-') && /[eEpP]/.test(text[j - 1]!)) j++;
        else if (isIdChar(c) || c === '.') j++;
        else break;
      }
      push('num', start, j);
      i = j;
      continue;
    }
    const p = PUNCTUATORS.find((s) => text.startsWith(s, i));
    if (p) {
      push('punct', start, i + p.length);
      i += p.length;
      continue;
    }
    push('other', start, i + 1);
    i++;
  }
  return tokens;
}

/** The spelling gcc uses for a stray byte: the char itself if printable, else octal. */
export function strayName(text: string): string {
  const c = text.charCodeAt(0);
  if (c >= 33 && c < 127) return text;
  return '\\' + c.toString(8).padStart(3, '0');
}
