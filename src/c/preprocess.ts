/*
 * Translation phase 4 (C99 6.10): directives, conditional inclusion and macro expansion, over
 * the tokens of pp-lex.ts. Headers come from the bundled HEADERS map, never a file system.
 * Output is C text for the parser plus a SourceMap from every output offset back to the user's
 * file:line:col (tokens from a macro body map to the macro's use site, so a diagnostic or the
 * machine's current line points at what the reader wrote). Main exports: preprocess, SourceMap.
 * Expansion follows the hide-set algorithm (Prosser; as in chibicc). Left out: #include_next,
 * __VA_OPT__, _Pragma, #assert.
 */
import type { DiagnosticSink, Loc } from './diagnostics';
import { lexFile, strayName, type PPToken } from './pp-lex';
import { evalPPExpr } from './pp-expr';

interface Macro {
  name: string;
  /** null for object-like macros. */
  params: string[] | null;
  variadic: boolean;
  body: PPToken[];
  /** Built-in macros computed at each use (__LINE__, __FILE__, __COUNTER__). */
  dynamic?: (use: PPToken) => PPToken;
}

/** Maps offsets of the preprocessed text back to where the user wrote the token. */
export class SourceMap {
  constructor(private readonly starts: number[], private readonly locs: Loc[]) {}

  /** The location of the token that covers (or last starts before) `offset`. */
  locAt(offset: number): Loc {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    if (hi < 0) return { file: '<empty>', line: 1, col: 1 };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.locs[lo]!;
  }
}

export interface PreprocessOptions {
  fileName: string;
  /** The main file as a byte string. */
  source: string;
  headers: Readonly<Record<string, string>>;
  diags: DiagnosticSink;
  /** Virtual files processed before / after the main file (the fragment wrapper). */
  prelude?: { name: string; text: string };
  postlude?: { name: string; text: string };
  /** Code inserted at a line of the main file (what the caller supplies for an elision). */
  insertions?: { line: number; code: string }[];
}

export interface PreprocessResult {
  text: string;
  map: SourceMap;
}

interface Cond {
  /** This group's tokens are being kept. */
  active: boolean;
  /** Some group of this #if chain was taken already. */
  taken: boolean;
  sawElse: boolean;
  loc: Loc;
}

/** Reads tokens of one file (or one macro argument) with push-back for expansions. */
class Reader {
  private readonly pushed: PPToken[] = [];
  private i = 0;
  /** Applied to tokens read from the file itself (set by #line). */
  relocate: ((t: PPToken) => PPToken) | null = null;
  constructor(private readonly toks: PPToken[]) {}
  next(): PPToken | undefined {
    if (this.pushed.length > 0) return this.pushed.pop();
    const t = this.toks[this.i++];
    return t && this.relocate ? this.relocate(t) : t;
  }
  peek(): PPToken | undefined {
    if (this.pushed.length > 0) return this.pushed[this.pushed.length - 1];
    const t = this.toks[this.i];
    return t && this.relocate ? this.relocate(t) : t;
  }
  unshift(tokens: PPToken[]): void {
    for (let k = tokens.length - 1; k >= 0; k--) this.pushed.push(tokens[k]!);
  }
}

const MAX_INCLUDE_DEPTH = 200;

const isDirectiveStart = (t: PPToken | undefined): boolean =>
  t !== undefined && t.bol && !t.fromMacro && t.kind === 'punct' && t.text === '#';

export function preprocess(opts: PreprocessOptions): PreprocessResult {
  const { diags, headers } = opts;
  const macros = new Map<string, Macro>();
  const out: PPToken[] = [];
  let counter = 0;
  let depth = 0;

  const tok = (kind: PPToken['kind'], text: string, loc: Loc): PPToken => ({
    kind, text, loc, space: false, bol: false, hide: null,
  });

  // ---- predefined macros (gcc 12 on x86-64 Linux, -std=gnu99 flavour) ----------------------
  const predefined = `
#define __STDC__ 1
#define __STDC_VERSION__ 199901L
#define __STDC_HOSTED__ 1
#define __GNUC__ 12
#define __GNUC_MINOR__ 2
#define __GNUC_PATCHLEVEL__ 0
#define __x86_64__ 1
#define __x86_64 1
#define __amd64__ 1
#define __linux__ 1
#define __linux 1
#define __unix__ 1
#define __unix 1
#define __LP64__ 1
#define _LP64 1
#define __CHAR_BIT__ 8
#define __SIZEOF_INT__ 4
#define __SIZEOF_LONG__ 8
#define __SIZEOF_LONG_LONG__ 8
#define __SIZEOF_SHORT__ 2
#define __SIZEOF_POINTER__ 8
#define __SIZEOF_SIZE_T__ 8
#define __SIZEOF_FLOAT__ 4
#define __SIZEOF_DOUBLE__ 8
#define __INT_MAX__ 0x7fffffff
#define __LONG_MAX__ 0x7fffffffffffffffL
#define __SCHAR_MAX__ 0x7f
#define __SHRT_MAX__ 0x7fff
#define __SIZE_MAX__ 0xffffffffffffffffUL
#define __ORDER_LITTLE_ENDIAN__ 1234
#define __ORDER_BIG_ENDIAN__ 4321
#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__
#define __OPTIMIZE__NOT_DEFINED 1
#define __DATE__ "Jan  1 2024"
#define __TIME__ "00:00:00"
#define __extension__
#define __restrict restrict
#define __restrict__ restrict
#define __inline inline
#define __inline__ inline
#define __const const
#define __signed__ signed
#define __volatile__ volatile
`;
  const defineDynamic = (name: string, f: (use: PPToken) => PPToken): void => {
    macros.set(name, { name, params: null, variadic: false, body: [], dynamic: f });
  };
  defineDynamic('__LINE__', (u) => tok('num', String(u.loc.line), u.loc));
  defineDynamic('__FILE__', (u) => tok('str', JSON.stringify(u.loc.file), u.loc));
  defineDynamic('__COUNTER__', (u) => tok('num', String(counter++), u.loc));
  diags.addFile('<built-in>', predefined);
  runFile('<built-in>', lexFile('<built-in>', predefined, diags), false);

  if (opts.prelude) {
    diags.addFile(opts.prelude.name, opts.prelude.text);
    runFile(opts.prelude.name, lexFile(opts.prelude.name, opts.prelude.text, diags), true);
  }
  diags.addFile(opts.fileName, opts.source);
  let mainTokens = lexFile(opts.fileName, opts.source, diags);
  for (const ins of opts.insertions ?? []) {
    const extra = lexFile(opts.fileName, ins.code, diags, ins.line);
    if (extra.length === 0) continue;
    extra[0]!.bol = true;
    const at = mainTokens.findIndex((t) => t.loc.line > ins.line);
    mainTokens = at < 0 ? [...mainTokens, ...extra] : [...mainTokens.slice(0, at), ...extra, ...mainTokens.slice(at)];
    // The token after the insertion starts a line of its own again.
    if (at >= 0) mainTokens[at + extra.length]!.bol = true;
  }
  runFile(opts.fileName, mainTokens, true);
  if (opts.postlude) {
    diags.addFile(opts.postlude.name, opts.postlude.text);
    runFile(opts.postlude.name, lexFile(opts.postlude.name, opts.postlude.text, diags), true);
  }

  // ---- output text and source map ----------------------------------------------------------
  const starts: number[] = [];
  const locs: Loc[] = [];
  let text = '';
  let prev: PPToken | undefined;
  for (const t of out) {
    if (t.kind === 'other') {
      diags.error(t.loc, `stray '${strayName(t.text)}' in program`);
      continue;
    }
    if (prev) text += t.loc.line !== prev.loc.line || t.loc.file !== prev.loc.file ? '\n' : ' ';
    starts.push(text.length);
    locs.push(t.loc);
    text += t.text;
    prev = t;
  }
  return { text: text + '\n', map: new SourceMap(starts, locs) };

  // ---- one file -----------------------------------------------------------------------------

  /** Processes one file's tokens; output tokens go to `out` when `emit` is set. */
  function runFile(fileName: string, tokens: PPToken[], emit: boolean): void {
    const reader = new Reader(tokens);
    const conds: Cond[] = [];
    const active = (): boolean => conds.length === 0 || conds[conds.length - 1]!.active;
    let lineDelta = 0;
    let fileOverride: string | null = null;
    const relocate = (t: PPToken): PPToken => ({
      ...t,
      loc: { file: fileOverride ?? t.loc.file, line: t.loc.line + lineDelta, col: t.loc.col },
    });

    for (;;) {
      const t0 = reader.next();
      if (!t0) break;
      if (isDirectiveStart(t0)) {
        const line: PPToken[] = [];
        while (reader.peek() && !reader.peek()!.bol) line.push(reader.next()!);
        directive(t0, line);
        continue;
      }
      if (!active()) continue;
      const t = t0;
      if (t.kind === 'id' && expand(t, reader)) continue;
      if (emit) out.push(t);
    }
    for (const c of conds) diags.error(c.loc, 'unterminated #if');

    function directive(hash: PPToken, line: PPToken[]): void {
      const name = line[0];
      if (!name) return; // the null directive
      const rest = line.slice(1);
      const kw = name.text;
      // Conditionals are tracked even inside skipped groups.
      if (kw === 'if' || kw === 'ifdef' || kw === 'ifndef') {
        if (!active()) {
          conds.push({ active: false, taken: true, sawElse: false, loc: hash.loc });
          return;
        }
        let v: boolean;
        if (kw === 'if') v = evalIf(rest, name.loc);
        else {
          if (rest[0]?.kind !== 'id') {
            diags.error(name.loc, `no macro name given in #${kw} directive`);
            v = false;
          } else v = macros.has(rest[0].text) === (kw === 'ifdef');
        }
        conds.push({ active: v, taken: v, sawElse: false, loc: hash.loc });
        return;
      }
      if (kw === 'elif' || kw === 'else' || kw === 'endif') {
        const c = conds[conds.length - 1];
        if (!c) {
          diags.error(hash.loc, `#${kw} without #if`);
          return;
        }
        if (kw === 'endif') {
          conds.pop();
          return;
        }
        if (c.sawElse) diags.error(hash.loc, `#${kw} after #else`);
        const parentActive = conds.length < 2 || conds[conds.length - 2]!.active;
        if (kw === 'else') {
          c.sawElse = true;
          c.active = parentActive && !c.taken;
          c.taken = true;
        } else {
          const v = parentActive && !c.taken && evalIf(rest, name.loc);
          c.active = v;
          if (v) c.taken = true;
        }
        return;
      }
      if (!active()) return;
      switch (kw) {
        case 'define':
          define(rest, name.loc);
          return;
        case 'undef':
          if (rest[0]?.kind !== 'id') diags.error(name.loc, 'no macro name given in #undef directive');
          else macros.delete(rest[0].text);
          return;
        case 'include':
          include(rest, name.loc);
          return;
        case 'error':
          diags.error(name.loc, `#error ${spell(rest)}`);
          return;
        case 'warning':
          diags.warning(name.loc, `#warning ${spell(rest)}`);
          return;
        case 'pragma':
        case 'ident':
          return;
        case 'line': {
          const ex = expandList(rest);
          const n = ex[0]?.kind === 'num' ? Number(ex[0].text) : NaN;
          if (!Number.isInteger(n)) {
            diags.error(name.loc, `"${ex[0]?.text ?? ''}" after #line is not a positive integer`);
            return;
          }
          // The line after the directive gets number n.
          lineDelta += n - (hash.loc.line + 1);
          if (ex[1]?.kind === 'str') fileOverride = JSON.parse(ex[1].text) as string;
          reader.relocate = relocate;
          return;
        }
        default:
          diags.error(name.loc, `invalid preprocessing directive #${kw}`);
      }
    }

    function include(rest: PPToken[], at: Loc): void {
      let toks = rest;
      if (toks[0] && toks[0].kind !== 'str' && toks[0].text !== '<') toks = expandList(toks);
      let headerName: string | null = null;
      if (toks[0]?.kind === 'str') headerName = toks[0].text.slice(1, -1);
      else if (toks[0]?.text === '<') {
        const close = toks.findIndex((t) => t.text === '>');
        if (close > 0) headerName = toks.slice(1, close).map((t) => (t.space ? ' ' : '') + t.text).join('').trim();
      }
      if (headerName === null) {
        diags.error(at, '#include expects "FILENAME" or <FILENAME>');
        return;
      }
      const text = headers[headerName];
      if (text === undefined) return diags.fatal(toks[0]!.loc, `${headerName}: No such file or directory`);
      if (depth >= MAX_INCLUDE_DEPTH) diags.fatal(at, `#include nested depth ${depth} exceeds maximum of ${MAX_INCLUDE_DEPTH}`);
      diags.addFile(headerName, text);
      depth++;
      runFile(headerName, lexFile(headerName, text, diags), emit);
      depth--;
    }
  }

  function spell(toks: PPToken[]): string {
    return toks.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
  }

  function evalIf(rest: PPToken[], at: Loc): boolean {
    // `defined X` and `defined(X)` are resolved before expansion (C99 6.10.1p1).
    const resolved: PPToken[] = [];
    for (let i = 0; i < rest.length; i++) {
      const t = rest[i]!;
      if (t.kind === 'id' && t.text === 'defined') {
        let nameTok: PPToken | undefined;
        if (rest[i + 1]?.text === '(') {
          nameTok = rest[i + 2];
          if (rest[i + 3]?.text !== ')') diags.error(t.loc, "missing ')' after \"defined\"");
          i += 3;
        } else {
          nameTok = rest[i + 1];
          i += 1;
        }
        if (nameTok?.kind !== 'id') {
          diags.error(t.loc, 'operator "defined" requires an identifier');
          return false;
        }
        resolved.push(tok('num', macros.has(nameTok.text) ? '1' : '0', t.loc));
      } else resolved.push(t);
    }
    return evalPPExpr(expandList(resolved), at, diags);
  }

  // #define identifier replacement-list | #define identifier( params ) replacement-list
  function define(rest: PPToken[], at: Loc): void {
    const nameTok = rest[0];
    if (!nameTok || nameTok.kind !== 'id') {
      diags.error(at, 'macro names must be identifiers');
      return;
    }
    if (nameTok.text === 'defined') {
      diags.error(nameTok.loc, '"defined" cannot be used as a macro name');
      return;
    }
    let i = 1;
    let params: string[] | null = null;
    let variadic = false;
    if (rest[1]?.text === '(' && !rest[1].space) {
      params = [];
      i = 2;
      if (rest[i]?.text === ')') i++;
      else {
        for (;;) {
          const p = rest[i];
          if (p?.text === '...') {
            variadic = true;
            params.push('__VA_ARGS__');
            i++;
          } else if (p?.kind === 'id') {
            params.push(p.text);
            i++;
            if (rest[i]?.text === '...') {
              // GNU named variadic parameter: `args...`
              variadic = true;
              i++;
            }
          } else {
            diags.error(p?.loc ?? at, `expected parameter name, found "${p?.text ?? ''}"`);
            return;
          }
          const sep = rest[i++];
          if (sep?.text === ')') break;
          if (sep?.text !== ',' || variadic) {
            diags.error(sep?.loc ?? at, "expected ',' or ')', found \"" + (sep?.text ?? '') + '"');
            return;
          }
        }
      }
    }
    const body = rest.slice(i).map((t, k) => ({ ...t, bol: false, space: k === 0 ? false : t.space }));
    if (params) {
      for (let k = 0; k < body.length; k++) {
        if (body[k]!.text === '#' && !(body[k + 1]?.kind === 'id' && params.includes(body[k + 1]!.text))) {
          diags.error(body[k]!.loc, "'#' is not followed by a macro parameter");
          return;
        }
      }
    }
    if (body[0]?.text === '##' || (body.length > 0 && body[body.length - 1]!.text === '##')) {
      diags.error(body[0]!.loc, "'##' cannot appear at either end of a macro expansion");
      return;
    }
    macros.set(nameTok.text, { name: nameTok.text, params, variadic, body });
  }

  // ---- expansion ---------------------------------------------------------------------------

  /** Fully expands a token list on its own (macro arguments, #if and #include lines). */
  function expandList(tokens: PPToken[]): PPToken[] {
    const r = new Reader(tokens);
    const res: PPToken[] = [];
    for (;;) {
      const t = r.next();
      if (!t) return res;
      if (t.kind === 'id' && expand(t, r)) continue;
      res.push(t);
    }
  }

  /** If `t` names a macro it may expand, pushes the expansion back onto `r` and returns true. */
  function expand(t: PPToken, r: Reader): boolean {
    const m = macros.get(t.text);
    if (!m || (t.hide && t.hide.has(m.name))) return false;
    if (m.dynamic) {
      r.unshift([{ ...m.dynamic(t), space: t.space, fromMacro: true }]);
      return true;
    }
    if (m.params === null) {
      const hide = addHide(t.hide, m.name);
      r.unshift(substitute(m, [], t, hide));
      return true;
    }
    // Function-like: only when followed by '(' (possibly on a later line, not past a directive).
    const lp = r.peek();
    if (!lp || lp.text !== '(' || isDirectiveStart(lp)) return false;
    r.next();
    const args: PPToken[][] = [[]];
    let level = 0;
    let rparen: PPToken | undefined;
    for (;;) {
      const a = r.next();
      if (!a || isDirectiveStart(a)) {
        diags.error(t.loc, `unterminated argument list invoking macro "${m.name}"`);
        if (a) r.unshift([a]);
        return true;
      }
      if (a.text === '(' && a.kind === 'punct') level++;
      else if (a.text === ')' && a.kind === 'punct') {
        if (level === 0) {
          rparen = a;
          break;
        }
        level--;
      } else if (a.text === ',' && a.kind === 'punct' && level === 0 && !(m.variadic && args.length === m.params.length)) {
        args.push([]);
        continue;
      }
      args[args.length - 1]!.push({ ...a, bol: false });
    }
    const nparams = m.params.length;
    if (nparams === 0 && args.length === 1 && args[0]!.length === 0) args.length = 0;
    if (m.variadic && args.length === nparams - 1) args.push([]);
    if (args.length !== nparams) {
      if (args.length < nparams) diags.error(t.loc, `macro "${m.name}" requires ${nparams} arguments, but only ${args.length} given`);
      else diags.error(t.loc, `macro "${m.name}" passed ${args.length} arguments, but takes just ${nparams}`);
      return true;
    }
    const hide = addHide(intersectHide(t.hide, rparen.hide), m.name);
    r.unshift(substitute(m, args, t, hide));
    return true;
  }

  /** The replacement list with parameters replaced, # and ## applied (C99 6.10.3.1-3). */
  function substitute(m: Macro, args: PPToken[][], use: PPToken, hide: ReadonlySet<string>): PPToken[] {
    const params = m.params ?? [];
    const argOf = (t: PPToken | undefined): PPToken[] | null => {
      if (!t || t.kind !== 'id') return null;
      const k = params.indexOf(t.text);
      return k < 0 ? null : args[k]!;
    };
    const res: PPToken[] = [];
    const body = m.body;
    const fromBody = (t: PPToken): PPToken => ({ ...t, loc: use.loc });
    for (let i = 0; i < body.length; i++) {
      const t = body[i]!;
      // # parameter
      if (t.text === '#' && m.params) {
        const a = argOf(body[i + 1])!;
        res.push({ ...tok('str', stringize(a), use.loc), space: t.space });
        i++;
        continue;
      }
      // ## with the previous result
      if (t.text === '##') {
        const rhsTok = body[i + 1]!;
        let rhs = argOf(rhsTok);
        i++;
        if (rhs === null) rhs = [fromBody(rhsTok)];
        // GNU: , ## __VA_ARGS__ drops the comma when the variable arguments are empty.
        if (rhsTok.text === '__VA_ARGS__' && m.variadic && rhs.length === 0 && res[res.length - 1]?.text === ',') {
          res.pop();
          continue;
        }
        if (rhsTok.text === '__VA_ARGS__' && m.variadic && res[res.length - 1]?.text === ',') {
          res.push(...expandList(rhs));
          continue;
        }
        if (rhs.length === 0) continue;
        const lhs = res.pop();
        if (!lhs) {
          res.push(...rhs.map((x) => ({ ...x })));
          continue;
        }
        const pasted = paste(lhs, rhs[0]!, use);
        res.push(pasted, ...rhs.slice(1).map((x) => ({ ...x })));
        continue;
      }
      const a = argOf(t);
      if (a !== null) {
        // Next to ## the argument is used unexpanded; otherwise fully expanded first.
        const raw = body[i + 1]?.text === '##';
        const ex = raw ? a.map((x) => ({ ...x })) : expandList(a);
        if (ex.length > 0) ex[0] = { ...ex[0]!, space: t.space };
        res.push(...ex);
        continue;
      }
      res.push(fromBody(t));
    }
    if (res.length > 0) res[0] = { ...res[0]!, space: use.space };
    return res.map((x) => ({ ...x, hide: unionHide(x.hide, hide), fromMacro: true, bol: false }));
  }

  function stringize(arg: PPToken[]): string {
    let s = '';
    arg.forEach((t, k) => {
      if (k > 0 && t.space) s += ' ';
      s += t.kind === 'str' || t.kind === 'chr' ? t.text.replace(/[\\"]/g, (c) => '\\' + c) : t.text;
    });
    return '"' + s + '"';
  }

  function paste(a: PPToken, b: PPToken, use: PPToken): PPToken {
    const text = a.text + b.text;
    const lexed = lexFile(use.loc.file, text, { error() {}, warning() {}, addFile() {} } as unknown as DiagnosticSink);
    if (lexed.length !== 1 || lexed[0]!.text !== text) {
      diags.error(use.loc, `pasting "${a.text}" and "${b.text}" does not give a valid preprocessing token`);
      return a;
    }
    return { ...lexed[0]!, loc: a.loc, space: a.space, hide: a.hide };
  }
}

function addHide(h: ReadonlySet<string> | null, name: string): ReadonlySet<string> {
  const s = new Set(h ?? []);
  s.add(name);
  return s;
}

function unionHide(a: ReadonlySet<string> | null, b: ReadonlySet<string>): ReadonlySet<string> {
  if (!a || a.size === 0) return b;
  const s = new Set(a);
  for (const x of b) s.add(x);
  return s;
}

function intersectHide(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a || !b) return null;
  const s = new Set<string>();
  for (const x of a) if (b.has(x)) s.add(x);
  return s;
}
