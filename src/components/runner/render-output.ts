/*
 * Turns a RunResult into what a terminal would show: compiler diagnostics, then stdout and
 * stderr in the order written, then how the process ended in the shell's words ("Aborted (core
 * dumped)"), the fragment's returned object, and the runtime's evidence for a failed check.
 * Main exports: terminalLines, endWords, summary, renderResult, renderEvidence, renderMatrix.
 * Everything goes into the DOM as text nodes (textContent), never as HTML. No allocator logic:
 * the words come from the signal/status and the evidence from the runtime.
 */
import type { Evidence, Finding, MatrixRow, RunResult } from '../../runner/protocol';

export type LineKind = 'stdout' | 'stderr' | 'mixed' | 'diag';

export interface TerminalLine {
  kind: LineKind;
  segments: { fd: 1 | 2; text: string }[];
}

/** Splits the ordered output into lines, keeping which descriptor wrote each piece. */
export function terminalLines(r: RunResult): TerminalLine[] {
  const lines: TerminalLine[] = [];
  for (const d of r.diagnostics ?? []) {
    for (const t of (d.rendered || `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`).replace(/\n$/, '').split('\n')) {
      lines.push({ kind: 'diag', segments: [{ fd: 2, text: t }] });
    }
  }
  let cur: TerminalLine | null = null;
  const chunks = r.output?.length ? r.output : [
    ...(r.stdout ? [{ fd: 1 as const, text: r.stdout }] : []),
    ...(r.stderr ? [{ fd: 2 as const, text: r.stderr }] : []),
  ];
  for (const c of chunks) {
    const parts = c.text.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) cur = null; // a newline ends the current line
      if (p === '' && i < parts.length - 1 && cur === null) {
        lines.push({ kind: c.fd === 2 ? 'stderr' : 'stdout', segments: [{ fd: c.fd, text: '' }] });
        return;
      }
      if (p === '') return;
      if (cur === null) {
        cur = { kind: c.fd === 2 ? 'stderr' : 'stdout', segments: [] };
        lines.push(cur);
      }
      cur.segments.push({ fd: c.fd, text: p });
      if (cur.segments.some((s) => s.fd !== c.fd)) cur.kind = 'mixed';
    });
  }
  return lines;
}

const SIGNAL_WORDS: Record<string, string> = {
  SIGABRT: 'Aborted (core dumped)',
  SIGSEGV: 'Segmentation fault (core dumped)',
  SIGFPE: 'Floating point exception (core dumped)',
  SIGBUS: 'Bus error (core dumped)',
  SIGILL: 'Illegal instruction (core dumped)',
  SIGKILL: 'Killed',
};

/** How the run ended, in the words a shell prints (bash's strsignal text). */
export function endWords(r: RunResult): string {
  if (r.compileFailed) return 'compilation failed';
  if (r.limit === 'steps') return 'stopped: step limit reached (the program ran too long)';
  if (r.limit === 'memory') return 'stopped: memory cap reached';
  if (r.signal) return SIGNAL_WORDS[r.signal] ?? `Terminated by ${r.signal}`;
  return `exited with status ${r.exitStatus}`;
}

export type EndClass = 'ok' | 'fail' | 'limit';

export function endClass(r: RunResult): EndClass {
  if (r.limit) return 'limit';
  if (r.compileFailed || r.signal || r.exitStatus !== 0) return 'fail';
  return 'ok';
}

/** One sentence for the aria-live region. */
export function summary(r: RunResult): string {
  const first = firstStderrLine(r);
  const parts = [`Run finished: ${endWords(r)}.`];
  if (r.result !== undefined) parts.push(`Returned ${r.result}.`);
  if (first && endClass(r) !== 'ok') parts.push(`First error line: ${first}`);
  return parts.join(' ');
}

export function firstStderrLine(r: RunResult): string {
  const d = r.diagnostics?.find((x) => x.severity === 'error');
  if (r.compileFailed && d) return d.message;
  const err = r.output?.length ? r.output.filter((c) => c.fd === 2).map((c) => c.text).join('') : r.stderr;
  return (err ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
}

export function hex(n: number): string {
  return '0x' + Math.max(0, Math.trunc(n)).toString(16);
}

export function hexBytes(bytes: number[] | null): string {
  if (bytes === null) return '(unreadable)';
  return bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join(' ');
}

/** The minimal DOM the renderers use, so unit tests can pass a fake document. */
export type Doc = Pick<Document, 'createElement' | 'createTextNode'>;

function el<K extends keyof HTMLElementTagNameMap>(doc: Doc, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The terminal block for one result. */
export function renderResult(doc: Doc, r: RunResult): HTMLElement {
  const wrap = el(doc, 'div', 'pymem-result');
  wrap.dataset.end = endClass(r);
  const pre = el(doc, 'pre', 'pymem-terminal');
  for (const line of terminalLines(r)) {
    const row = el(doc, 'span', `pymem-line pymem-line-${line.kind}`);
    // The gutter marks which stream wrote the line, so stderr is not told by colour alone.
    const gutter = el(doc, 'span', 'pymem-gutter', line.kind === 'stdout' ? ' ' : line.kind === 'diag' ? 'cc' : line.kind === 'mixed' ? '1+2' : '2');
    gutter.setAttribute('aria-hidden', 'true');
    row.append(gutter);
    if (line.kind !== 'stdout') row.append(el(doc, 'span', 'pymem-sr-only', line.kind === 'diag' ? 'compiler: ' : 'stderr: '));
    for (const s of line.segments) row.append(el(doc, 'span', s.fd === 2 ? 'pymem-err' : 'pymem-out', s.text));
    row.append(doc.createTextNode('\n'));
    pre.append(row);
  }
  if (r.result !== undefined) {
    const row = el(doc, 'span', 'pymem-line pymem-line-result');
    row.append(el(doc, 'span', 'pymem-gutter', '=>'), el(doc, 'span', 'pymem-sr-only', 'returned: '), el(doc, 'span', 'pymem-value', r.result));
    row.firstElementChild?.setAttribute('aria-hidden', 'true');
    row.append(doc.createTextNode('\n'));
    pre.append(row);
  }
  const end = el(doc, 'span', `pymem-line pymem-line-end pymem-end-${endClass(r)}`);
  const mark = el(doc, 'span', 'pymem-gutter', endClass(r) === 'ok' ? '$' : '✗');
  mark.setAttribute('aria-hidden', 'true');
  end.append(mark, el(doc, 'span', 'pymem-end-words', endWords(r)));
  pre.append(end);
  wrap.append(pre);
  if (r.evidence) wrap.append(renderEvidence(doc, r.evidence));
  if (r.findings && r.findings.length > 0) wrap.append(renderFindings(doc, r.findings));
  return wrap;
}

/** "Why it failed": the bytes the failing check read and what it concluded, from the runtime. */
/** Bugs the run carried out silently, as the machine's event log and checks show them. */
export function renderFindings(doc: Doc, findings: readonly Finding[]): HTMLElement {
  const box = el(doc, 'section', 'pymem-findings');
  box.setAttribute('aria-label', 'What went wrong without a crash');
  // A paragraph, not a heading: the output sits inside the page's own heading outline.
  const title = el(doc, 'p', 'pymem-findings-title');
  title.append(el(doc, 'strong', undefined, findings.length === 1 ? 'Silent bug (no crash in this mode)' : `${findings.length} silent bugs (no crash in this mode)`));
  box.append(title);
  const list = el(doc, 'ul', 'pymem-findings-list');
  for (const f of findings) {
    const item = el(doc, 'li', `pymem-finding pymem-finding-${f.kind}`);
    if (f.line !== undefined) item.append(el(doc, 'strong', 'pymem-finding-line', `Line ${f.line}: `));
    item.append(doc.createTextNode(f.message));
    list.append(item);
  }
  box.append(list);
  return box;
}

export function renderEvidence(doc: Doc, e: Evidence): HTMLElement {
  const box = el(doc, 'section', 'pymem-evidence');
  box.setAttribute('aria-label', 'Why it failed');
  box.append(el(doc, 'h4', 'pymem-evidence-title', 'Why it failed'));
  const where = el(doc, 'p', 'pymem-evidence-where');
  where.append(el(doc, 'strong', undefined, 'Where: '), el(doc, 'code', undefined, e.where));
  if (e.call) where.append(doc.createTextNode(' in '), el(doc, 'code', undefined, e.call));
  box.append(where);
  if (e.reads.length) {
    const table = el(doc, 'table', 'pymem-evidence-reads');
    table.append(el(doc, 'caption', undefined, 'Memory the check read'));
    const head = el(doc, 'tr');
    for (const h of ['Address', 'Bytes', 'Value (hex)', 'Meaning']) {
      const th = el(doc, 'th', undefined, h);
      th.setAttribute('scope', 'col');
      head.append(th);
    }
    const thead = el(doc, 'thead');
    thead.append(head);
    const tbody = el(doc, 'tbody');
    for (const rd of e.reads) {
      const tr = el(doc, 'tr');
      tr.append(
        el(doc, 'td', 'pymem-addr', hex(rd.address)),
        el(doc, 'td', undefined, String(rd.length)),
        el(doc, 'td', 'pymem-bytes', hexBytes(rd.bytes)),
        el(doc, 'td', undefined, rd.meaning),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    box.append(table);
  }
  const c = el(doc, 'p', 'pymem-evidence-conclusion');
  c.append(el(doc, 'strong', undefined, 'Conclusion: '), doc.createTextNode(e.conclusion));
  box.append(c);
  return box;
}

/** The outcome matrix: one row per mode, the end in words and the first stderr line. */
export function renderMatrix(doc: Doc, rows: MatrixRow[], caption: string): HTMLElement {
  const table = el(doc, 'table', 'pymem-matrix');
  table.append(el(doc, 'caption', undefined, caption));
  const head = el(doc, 'tr');
  for (const h of ['PYTHONMALLOC', 'Outcome', 'First stderr line', 'Returned']) {
    const th = el(doc, 'th', undefined, h);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = el(doc, 'thead');
  thead.append(head);
  const tbody = el(doc, 'tbody');
  for (const row of rows) {
    const tr = el(doc, 'tr');
    tr.dataset.mode = row.mode;
    tr.dataset.end = endClass(row.result);
    const th = el(doc, 'th', undefined);
    th.setAttribute('scope', 'row');
    th.append(el(doc, 'code', undefined, row.mode));
    const outcome = el(doc, 'td', `pymem-end-${endClass(row.result)}`);
    outcome.append(el(doc, 'span', 'pymem-mark', endClass(row.result) === 'ok' ? '✓ ' : '✗ '), doc.createTextNode(endWords(row.result)));
    outcome.firstElementChild?.setAttribute('aria-hidden', 'true');
    const first = el(doc, 'td', 'pymem-first-err');
    const line = firstStderrLine(row.result);
    if (line) first.append(el(doc, 'code', undefined, line));
    else first.textContent = '—';
    tr.append(th, outcome, first, el(doc, 'td', undefined, row.result.result ?? '—'));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}
