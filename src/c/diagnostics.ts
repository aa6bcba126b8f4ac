/*
 * Compiler diagnostics as gcc prints them: `file.c:LINE:COL: error: message`, then the source
 * line and a caret under the column. Every phase (preprocess, parse, check) reports through a
 * DiagnosticSink, which knows the text of every file it may have to quote.
 * Main exports: Loc, Diagnostic, DiagnosticSink, CompileAbort.
 * Left out: gcc's "In file included from" chains and ~~~ range underlines.
 */

export interface Loc {
  file: string;
  line: number;
  col: number;
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
  /** What gcc would print: the location line, the quoted source line and a caret line. */
  rendered: string;
}

/** Thrown to stop compilation after a fatal diagnostic (e.g. a missing header). */
export class CompileAbort extends Error {
  constructor() {
    super('compilation terminated');
    this.name = 'CompileAbort';
  }
}

/** gcc gives up quoting after this many errors in a hopeless input (binary junk). */
const MAX_ERRORS = 50;

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  /** Source text of every file a location can name, as byte strings (one char per byte). */
  private readonly files = new Map<string, string[]>();
  errorCount = 0;

  addFile(name: string, text: string): void {
    this.files.set(name, text.split('\n'));
  }

  error(loc: Loc | null, message: string): void {
    this.report('error', loc, message);
  }

  warning(loc: Loc | null, message: string): void {
    this.report('warning', loc, message);
  }

  /** An error after which nothing sensible can follow (gcc: "compilation terminated."). */
  fatal(loc: Loc | null, message: string): never {
    this.report('error', loc, message, 'fatal error');
    throw new CompileAbort();
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  private report(severity: 'error' | 'warning', loc: Loc | null, message: string, label: string = severity): void {
    if (severity === 'error') {
      this.errorCount++;
      if (this.errorCount > MAX_ERRORS) throw new CompileAbort();
    }
    const at = loc ?? { file: '<command-line>', line: 0, col: 0 };
    if (this.list.some((d) => d.line === at.line && d.col === at.col && d.file === at.file && d.message === message)) return;
    const head = loc ? `${at.file}:${at.line}:${at.col}: ${label}: ${message}` : `${label}: ${message}`;
    let rendered = head + '\n';
    const line = loc ? this.files.get(at.file)?.[at.line - 1] : undefined;
    if (line !== undefined) {
      const text = displayLine(line.replace(/\r$/, ''));
      const num = String(at.line).padStart(5);
      rendered += `${num} | ${text}\n`;
      // The caret goes under the column; tabs in the prefix are kept so it lines up.
      const prefix = text.slice(0, Math.max(0, at.col - 1)).replace(/[^\t]/g, ' ');
      rendered += `${' '.repeat(num.length)} | ${prefix}^\n`;
    }
    this.list.push({ file: at.file, line: at.line, col: at.col, severity, message, rendered });
  }
}

/** A byte-string line as text: UTF-8 decoded where valid, other bytes as \xNN, controls escaped. */
export function displayLine(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 9 || (c >= 32 && c < 127)) out += bytes[i];
    else if (c >= 0xc2 && c <= 0xf4) {
      const n = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
      const seq = bytes.slice(i, i + n + 1);
      if (seq.length === n + 1 && [...seq.slice(1)].every((ch) => (ch.charCodeAt(0) & 0xc0) === 0x80)) {
        out += new TextDecoder().decode(Uint8Array.from(seq, (ch) => ch.charCodeAt(0)));
        i += n;
      } else out += `\\x${c.toString(16).padStart(2, '0')}`;
    } else out += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}
