/*
 * The docs' samples are often not whole programs: statements with `return res;` at top level,
 * and elided lines (`...`, `/* ...Do some I/O operation involving buf... *\/`). A source that
 * defines main() is a program; anything else is a fragment, compiled as the body of
 * `PyObject *__pymem_sample(void)` after #include <Python.h>, and run between Py_Initialize and
 * Py_Finalize. Main exports: findElisions, FRAGMENT_PRELUDE, FRAGMENT_POSTLUDE, FRAGMENT_FUNCTION.
 * DIFFERS: a fragment's top-level function definitions are not hoisted out of the wrapper; they
 * get a diagnostic (write a whole program with main() instead).
 */

export const FRAGMENT_FUNCTION = '__pymem_sample';

export const FRAGMENT_PRELUDE = {
  name: '<fragment>',
  text: `#include <Python.h>\nPyObject *${FRAGMENT_FUNCTION}(void)\n{\n`,
};
export const FRAGMENT_POSTLUDE = { name: '<fragment end>', text: '\n}\n' };

export interface Elision {
  /** 0-based order of appearance. */
  index: number;
  line: number;
  /** The elision as written, without comment markers: "...", "...Do some I/O operation involving buf...". */
  text: string;
  /** It stood alone on its line (not inside a comment), so the line must be blanked. */
  bare: boolean;
}

/** Lines that are an elision: starting with `...` outside comments and strings, or a comment that does. */
export function findElisions(source: string): Elision[] {
  const out: Elision[] = [];
  const lines = source.split('\n');
  let inComment = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!inComment) {
      const t = line.trim();
      if (t.startsWith('...')) {
        out.push({ index: out.length, line: i + 1, text: t, bare: true });
        return;
      }
      const m = /^\s*\/\*\s*(\.\.\..*?)\s*\*\/\s*$/.exec(line) ?? /^\s*\/\/\s*(\.\.\..*?)\s*$/.exec(line);
      if (m) {
        out.push({ index: out.length, line: i + 1, text: m[1]!, bare: false });
        return;
      }
    }
    inComment = scanComments(line, inComment);
  });
  return out;
}

/** Whether a block comment is still open at the end of `line`. */
function scanComments(line: string, inComment: boolean): boolean {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inComment) {
      if (c === '*' && line[i + 1] === '/') {
        inComment = false;
        i++;
      }
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '/' && line[i + 1] === '*') {
      inComment = true;
      i++;
    } else if (c === '/' && line[i + 1] === '/') break;
  }
  return inComment;
}

/** The source with bare elision lines blanked (same length, so every column stays put). */
export function blankElisions(source: string, elisions: Elision[]): string {
  if (!elisions.some((e) => e.bare)) return source;
  const lines = source.split('\n');
  for (const e of elisions) if (e.bare) lines[e.line - 1] = lines[e.line - 1]!.replace(/[^\s]/g, ' ');
  return lines.join('\n');
}

/** The code the caller supplied for each elision (by its text, or by its index as a string). */
export function elisionInsertions(elisions: Elision[], supplied: Readonly<Record<string, string>> | undefined): { line: number; code: string }[] {
  if (!supplied) return [];
  const out: { line: number; code: string }[] = [];
  for (const e of elisions) {
    const code = supplied[e.text] ?? supplied[String(e.index)];
    if (code !== undefined) out.push({ line: e.line, code });
  }
  return out;
}
