// Output rendering: terminal order, the end in the shell's words, evidence in hex, and text only.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/runner/protocol';
import {
  endWords, firstStderrLine, hexBytes, renderMatrix, renderResult, summary, terminalLines, type Doc,
} from '../../src/components/runner/render-output';

/** A tiny DOM: enough for the renderers, and it throws if anything tries to write HTML. */
class FakeNode {
  children: FakeNode[] = [];
  attrs: Record<string, string> = {};
  dataset: Record<string, string> = {};
  className = '';
  private text = '';
  constructor(readonly tag: string, text = '') {
    this.text = text;
  }
  get textContent(): string {
    return this.tag === '#text' ? this.text : this.children.map((c) => c.textContent).join('');
  }
  set textContent(v: string) {
    this.children = [new FakeNode('#text', v)];
  }
  set innerHTML(_v: string) {
    throw new Error('innerHTML used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML used');
  }
  get firstElementChild(): FakeNode | null {
    return this.children.find((c) => c.tag !== '#text') ?? null;
  }
  append(...n: FakeNode[]): void {
    this.children.push(...n);
  }
  setAttribute(k: string, v: string): void {
    this.attrs[k] = v;
  }
  find(pred: (n: FakeNode) => boolean): FakeNode[] {
    return [...(pred(this) ? [this] : []), ...this.children.flatMap((c) => c.find(pred))];
  }
}
const doc = {
  createElement: (tag: string) => new FakeNode(tag),
  createTextNode: (t: string) => new FakeNode('#text', t),
} as unknown as Doc;

function run(partial: Partial<RunResult>): RunResult {
  return { exitStatus: 0, signal: null, stdout: '', stderr: '', output: [], diagnostics: [], compileFailed: false, ...partial };
}

describe('terminalLines', () => {
  it('keeps stdout and stderr in the order written and marks mixed lines', () => {
    const lines = terminalLines(run({
      output: [
        { fd: 1, text: 'a\npartial ' },
        { fd: 2, text: 'ERR\n' },
        { fd: 1, text: '\nb\n' },
      ],
    }));
    expect(lines.map((l) => [l.kind, l.segments.map((s) => s.text).join('')])).toEqual([
      ['stdout', 'a'],
      ['mixed', 'partial ERR'],
      ['stdout', ''],
      ['stdout', 'b'],
    ]);
  });

  it('puts compiler diagnostics first', () => {
    const lines = terminalLines(run({
      compileFailed: true,
      diagnostics: [{ file: 'x.c', line: 2, col: 5, severity: 'error', message: 'm', rendered: 'x.c:2:5: error: m\n  2 | bad\n' }],
    }));
    expect(lines.map((l) => l.kind)).toEqual(['diag', 'diag']);
    expect(lines[0]!.segments[0]!.text).toBe('x.c:2:5: error: m');
  });
});

describe('endWords', () => {
  it.each([
    [{ signal: 'SIGABRT', exitStatus: 134 }, 'Aborted (core dumped)'],
    [{ signal: 'SIGSEGV', exitStatus: 139 }, 'Segmentation fault (core dumped)'],
    [{ signal: 'SIGFPE', exitStatus: 136 }, 'Floating point exception (core dumped)'],
    [{ exitStatus: 3 }, 'exited with status 3'],
    [{ exitStatus: 0 }, 'exited with status 0'],
    [{ limit: 'steps' as const }, 'stopped: step limit reached (the program ran too long)'],
    [{ compileFailed: true, exitStatus: 1 }, 'compilation failed'],
  ])('%o -> %s', (partial, words) => {
    expect(endWords(run(partial))).toBe(words);
  });

  it('summarises for the live region with the first stderr line', () => {
    const r = run({ signal: 'SIGABRT', exitStatus: 134, output: [{ fd: 1, text: 'hi\n' }, { fd: 2, text: '\nfree(): invalid pointer\nmore\n' }] });
    expect(firstStderrLine(r)).toBe('free(): invalid pointer');
    expect(summary(r)).toBe('Run finished: Aborted (core dumped). First error line: free(): invalid pointer');
  });
});

describe('renderResult', () => {
  const xss = '<img src=x onerror=alert(1)>';
  it('writes program output as text, never as HTML', () => {
    const node = renderResult(doc, run({ output: [{ fd: 1, text: xss + '\n' }, { fd: 2, text: '<b>&amp;</b>\n' }], result: "b'<script>'" })) as unknown as FakeNode;
    const text = node.textContent;
    expect(text).toContain(xss);
    expect(text).toContain('<b>&amp;</b>');
    expect(text).toContain("b'<script>'");
    // Each piece of output is exactly one text node.
    expect(node.find((n) => n.tag === '#text').some((n) => n.textContent === xss)).toBe(true);
  });

  it('marks stderr lines by a gutter and a screen-reader label, not only by class', () => {
    const node = renderResult(doc, run({ output: [{ fd: 2, text: 'boom\n' }], signal: 'SIGSEGV', exitStatus: 139 })) as unknown as FakeNode;
    const line = node.find((n) => n.className.includes('pymem-line-stderr'))[0]!;
    expect(line.textContent).toBe('2stderr: boom\n');
    expect(node.textContent.endsWith('✗Segmentation fault (core dumped)')).toBe(true);
  });

  it('renders the evidence: where, the reads in hex, the conclusion', () => {
    const node = renderResult(doc, run({
      signal: 'SIGABRT', exitStatus: 134,
      evidence: { where: 'free', call: 'free(buf1)', conclusion: 'not a chunk', reads: [
        { address: 0x7f0000001008, length: 8, bytes: [0x6d, 0xfd, 0, 255], meaning: 'size field' },
        { address: 16, length: 8, bytes: null, meaning: 'unmapped' },
      ] },
    })) as unknown as FakeNode;
    const cells = node.find((n) => n.tag === 'td').map((n) => n.textContent);
    expect(cells).toEqual(['0x7f0000001008', '8', '6d fd 00 ff', 'size field', '0x10', '8', '(unreadable)', 'unmapped']);
    expect(node.textContent).toContain('Conclusion: not a chunk');
    expect(hexBytes([1, 0xab])).toBe('01 ab');
  });

  it('renders the matrix, one row per mode', () => {
    const t = renderMatrix(doc, [
      { mode: 'default', result: run({ output: [{ fd: 1, text: 'ok\n' }] }) },
      { mode: 'debug', result: run({ signal: 'SIGSEGV', exitStatus: 139, output: [{ fd: 2, text: 'Fatal Python error: bad ID\n' }] }) },
    ], 'cap') as unknown as FakeNode;
    const rows = t.find((n) => n.tag === 'tr').slice(1).map((r) => r.children.map((c) => c.textContent));
    expect(rows).toEqual([
      ['default', '✓ exited with status 0', '—', '—'],
      ['debug', '✗ Segmentation fault (core dumped)', 'Fatal Python error: bad ID', '—'],
    ]);
  });
});

describe('silent bugs under a run that did not crash', () => {
  it('lists each finding with its line, as text', () => {
    const r: RunResult = {
      exitStatus: 0, signal: null, stdout: '', stderr: '', output: [], diagnostics: [], compileFailed: false,
      findings: [{ kind: 'double-free', line: 22, message: 'PyMem_Free(0x7ffff7f806d0) released a block <b>twice</b>.' }],
    };
    const text = (renderResult(doc, r) as unknown as FakeNode).textContent;
    expect(text).toContain('Silent bug (no crash in this mode)');
    expect(text).toContain('Line 22: PyMem_Free(0x7ffff7f806d0) released a block <b>twice</b>.');
  });
});
