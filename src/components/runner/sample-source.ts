/*
 * What a rendered `.c-sample` tells the runner: its raw C source, its fence meta, its elisions,
 * and the source edits the runner itself makes (varying a macro, expanding hidden lines).
 * Main exports: readRawSource (the ONE reader of the site's markup for the source),
 * readElisions, parseMeta, applyVary, expandElisions, collapseElisions.
 * Leaves out: highlighting (the site's Shiki <pre> is shown until the reader edits).
 */

/**
 * The sample's original source. The site may carry it in a `<script type="text/plain">`, a
 * `<template>`, a `data-source`/`data-code`/`data-raw` attribute (plain or `base64:`), or only
 * in the highlighted `<pre>`; we take the first that is present, in that order.
 */
export function readRawSource(sample: Element): string {
  const own = <T extends Element>(sel: string): T | null => {
    for (const e of Array.from(sample.querySelectorAll<T>(sel))) {
      if (e.closest('.c-sample') === sample && !e.hasAttribute('data-elision')) return e;
    }
    return null;
  };
  const script = own<HTMLScriptElement>('script[type="text/plain"], script[type="text/x-c"], script[type="text/x-csrc"]');
  if (script) return unwrapScriptText(script.textContent ?? '');
  const tpl = own<HTMLTemplateElement>('template');
  if (tpl) return tpl.content ? (tpl.content.textContent ?? '') : (tpl.textContent ?? '');
  for (const name of ['data-source', 'data-code', 'data-raw', 'data-sample-source']) {
    const v = sample.getAttribute(name);
    if (v !== null) return decodeAttr(v);
  }
  const pre = own<HTMLPreElement>('pre');
  if (pre) {
    // Expressive Code style markup renders one block element per line without '\n' between them.
    const lines = pre.querySelectorAll('.ec-line, .line');
    if (lines.length && !(pre.textContent ?? '').includes('\n')) {
      return Array.from(lines, (l) => l.textContent ?? '').join('\n') + '\n';
    }
    return pre.textContent ?? '';
  }
  return '';
}

/** A `</script>` inside source cannot appear in a script element; sites escape it as `<\/script>`. */
function unwrapScriptText(t: string): string {
  return t.replace(/<\\\/script/gi, '</script');
}

function decodeAttr(v: string): string {
  if (!v.startsWith('base64:')) return v;
  try {
    const bin = atob(v.slice(7));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** Parses fence meta such as `run vary="BUFSIZ" mode=debug title='x.c' {1,3}` into a record. */
export function parseMeta(meta: string | null | undefined): Record<string, string | true> {
  const out: Record<string, string | true> = Object.create(null);
  if (!meta) return out;
  const re = /([A-Za-z_][\w-]*)(?:=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)))?/g;
  const stripped = meta.replace(/\{[^}]*\}/g, ' ');
  for (const m of stripped.matchAll(re)) {
    const key = m[1]!;
    const raw = m[2] ?? m[3] ?? m[4];
    out[key] = raw === undefined ? true : raw.replace(/\\(.)/g, '$1');
  }
  return out;
}

/**
 * Code for the sample's `...Do some I/O...` lines, keyed by the elided line's text (trimmed).
 * From `[data-elision="<line>"]` elements inside the sample or right after it, from a
 * `data-elisions` JSON attribute, or from meta `elisions='{"<line>":"<code>"}'`.
 */
export function readElisions(sample: Element, meta: Record<string, string | true>): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (k: unknown, v: unknown): void => {
    if (typeof k === 'string' && typeof v === 'string' && k.trim()) out[k.trim()] = v;
  };
  const fromJson = (s: string | null | undefined): void => {
    if (!s) return;
    try {
      const o = JSON.parse(s) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o)) for (const [k, v] of Object.entries(o)) add(k, v);
    } catch {
      /* not JSON: ignore */
    }
  };
  const text = (e: Element): string =>
    e instanceof HTMLTemplateElement && e.content ? (e.content.textContent ?? '') : unwrapScriptText(e.textContent ?? '');
  for (const e of Array.from(sample.querySelectorAll('[data-elision]'))) add(e.getAttribute('data-elision'), text(e));
  for (let sib = sample.nextElementSibling; sib && sib.hasAttribute('data-elision'); sib = sib.nextElementSibling) {
    add(sib.getAttribute('data-elision'), text(sib));
  }
  fromJson(sample.getAttribute('data-elisions'));
  if (typeof meta.elisions === 'string') fromJson(meta.elisions);
  return out;
}

function leading(line: string): string {
  return /^\s*/.exec(line)![0];
}

/** Matches an elided line: the key equals the line, or the line is a comment holding the key. */
function elisionKeyFor(line: string, keys: string[]): string | undefined {
  const t = line.trim();
  return keys.find((k) => t === k || t.replace(/^\/\*\s*|\s*\*\/$|^\/\/\s*/g, '') === k);
}

/** Replaces each elided line by its code (indented like the line): what "Show hidden code" shows. */
export function expandElisions(code: string, elisions: Record<string, string>): string {
  const keys = Object.keys(elisions);
  if (!keys.length) return code;
  return code
    .split('\n')
    .map((line) => {
      const k = elisionKeyFor(line, keys);
      if (k === undefined) return line;
      const ind = leading(line);
      return elisions[k]!.replace(/\n$/, '').split('\n').map((l) => (l ? ind + l : l)).join('\n');
    })
    .join('\n');
}

/** Undoes expandElisions when the expanded code is still there verbatim. */
export function collapseElisions(expanded: string, original: string, elisions: Record<string, string>): string {
  let out = expanded;
  for (const line of original.split('\n')) {
    const k = elisionKeyFor(line, Object.keys(elisions));
    if (k === undefined) continue;
    const block = expandElisions(line, { [k]: elisions[k]! });
    if (out.includes(block)) out = out.replace(block, line);
  }
  return out;
}

export function hasElidedLines(code: string, elisions: Record<string, string>): boolean {
  const keys = Object.keys(elisions);
  return keys.length > 0 && code.split('\n').some((l) => elisionKeyFor(l, keys) !== undefined);
}

/** The macros the reader may vary, from meta `vary="BUFSIZ"` or `vary="A,B"`. */
export function varyNames(meta: Record<string, string | true>): string[] {
  const v = meta.vary;
  if (typeof v !== 'string') return [];
  return v.split(/[\s,]+/).filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

/**
 * Where applyVary puts its lines: after 1-based line `after` (0: at the top), `count` of them.
 * A line number of the run source maps back to the shown code by shownLine().
 */
export function varyShift(code: string, vary: Record<string, string>): { after: number; count: number } {
  const n = Object.entries(vary).filter(([k, v]) => /^[A-Za-z_]\w*$/.test(k) && /^-?\w{1,24}$/.test(v)).length;
  let last = 0;
  code.split('\n').forEach((l, i) => {
    if (/^\s*#\s*include\b/.test(l)) last = i + 1;
  });
  return { after: last, count: 2 * n };
}

/** The shown line for a line of the source applyVary made (an inserted line maps to the one before it). */
export function shownLine(line: number, shift: { after: number; count: number }): number {
  if (line <= shift.after) return line;
  if (line <= shift.after + shift.count) return Math.max(1, shift.after);
  return line - shift.count;
}

/**
 * Overrides macros after the last top-level #include: `#undef N` / `#define N v` per entry.
 * Values are checked to be a plain token, so nothing else reaches the preprocessor.
 */
export function applyVary(code: string, vary: Record<string, string>): string {
  const defs = Object.entries(vary)
    .filter(([k, v]) => /^[A-Za-z_]\w*$/.test(k) && /^-?\w{1,24}$/.test(v))
    .map(([k, v]) => `#undef ${k}\n#define ${k} ${v}\n`)
    .join('');
  if (!defs) return code;
  const lines = code.split('\n');
  let last = -1;
  lines.forEach((l, i) => {
    if (/^\s*#\s*include\b/.test(l)) last = i;
  });
  if (last < 0) return defs + code;
  return [...lines.slice(0, last + 1), defs.replace(/\n$/, ''), ...lines.slice(last + 1)].join('\n');
}
