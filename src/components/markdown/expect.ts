/*
 * A sample's declared outcome per PYTHONMALLOC mode, from the fence meta `expect='...'`:
 *
 *   expect  := entry (WS entry)*            every one of the six modes exactly once
 *   entry   := MODE ':' OUTCOME [ '(' STRING ')' ]
 *   MODE    := default | debug | malloc | pymalloc | malloc_debug | pymalloc_debug
 *   OUTCOME := ok | exit(N) | SIGABRT | SIGSEGV | SIGFPE | compile-error
 *   STRING  := '"' ( [^"\\] | '\' any )* '"'   a substring that stderr must contain
 *
 * `ok` is exit status 0 with no signal. Main exports: parseExpect (throws ExpectSyntaxError
 * naming the bad token), observedOutcome, checkOutcome. Leaves out: running anything.
 */
import { MODES, type Mode } from '../../runner/protocol';

export type OutcomeKind = 'ok' | 'exit' | 'SIGABRT' | 'SIGSEGV' | 'SIGFPE' | 'compile-error';

export interface Expectation {
  kind: OutcomeKind;
  /** With kind 'exit': the status. */
  status?: number;
  /** A substring stderr must contain. */
  stderr?: string;
}

export type Expectations = Partial<Record<Mode, Expectation>>;

export class ExpectSyntaxError extends Error {
  constructor(readonly token: string, readonly detail: string) {
    super(`bad expect token ${JSON.stringify(token)}: ${detail}`);
  }
}

const OUTCOMES = ['ok', 'exit(N)', 'SIGABRT', 'SIGSEGV', 'SIGFPE', 'compile-error'];
const ENTRY = /^([A-Za-z_][\w-]*):([A-Za-z][\w-]*(?:\(\d+\))?)(?:\("((?:[^"\\]|\\.)*)"\))?$/;

/** Splits at whitespace outside double quotes. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '\\') {
      cur += c + (text[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (!quoted && /\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (quoted) throw new ExpectSyntaxError(cur, 'unterminated string');
  if (cur) out.push(cur);
  return out;
}

export function parseExpect(text: string): Expectations {
  const out: Expectations = {};
  for (const tok of tokens(text)) {
    const m = ENTRY.exec(tok);
    if (!m) throw new ExpectSyntaxError(tok, 'expected MODE:OUTCOME or MODE:OUTCOME("stderr text")');
    const [, mode, outcome, msg] = m as unknown as [string, string, string, string | undefined];
    if (!(MODES as readonly string[]).includes(mode)) {
      throw new ExpectSyntaxError(tok, `unknown mode "${mode}" (modes: ${MODES.join(', ')})`);
    }
    if (out[mode as Mode]) throw new ExpectSyntaxError(tok, `mode "${mode}" is given twice`);
    const exit = /^exit\((\d+)\)$/.exec(outcome);
    const kind = exit ? 'exit' : outcome;
    if (!exit && !OUTCOMES.includes(outcome)) {
      throw new ExpectSyntaxError(tok, `unknown outcome "${outcome}" (outcomes: ${OUTCOMES.join(', ')})`);
    }
    const e: Expectation = { kind: kind as OutcomeKind };
    if (exit) e.status = Number(exit[1]);
    if (msg !== undefined) e.stderr = msg.replace(/\\(.)/g, '$1');
    out[mode as Mode] = e;
  }
  const missing = MODES.filter((m) => !out[m]);
  if (missing.length) throw new ExpectSyntaxError(text, `no outcome for ${missing.join(', ')} (give all six modes)`);
  return out;
}

/** The fields of a run result the grammar speaks about (runC's RunResult and the CLI's JSON have them). */
export interface OutcomeFacts {
  exitStatus: number;
  signal: string | null;
  stderr: string;
  compileFailed: boolean;
  limit?: string;
}

/** What a run did, in the grammar's words (without the message). */
export function observedOutcome(r: OutcomeFacts): string {
  if (r.compileFailed) return 'compile-error';
  if (r.limit) return `limit(${r.limit})`;
  if (r.signal) return r.signal;
  return r.exitStatus === 0 ? 'ok' : `exit(${r.exitStatus})`;
}

export function formatExpectation(e: Expectation): string {
  const head = e.kind === 'exit' ? `exit(${e.status})` : e.kind;
  return e.stderr === undefined ? head : `${head}(${JSON.stringify(e.stderr)})`;
}

/** null when the run matches the expectation, else a sentence saying how it differs. */
export function checkOutcome(e: Expectation, r: OutcomeFacts): string | null {
  const want = e.kind === 'exit' ? `exit(${e.status})` : e.kind;
  const got = observedOutcome(r);
  if (want !== got) return `expected ${formatExpectation(e)}, the model gives ${got}${r.stderr ? ` with stderr ${JSON.stringify(r.stderr.slice(0, 200))}` : ''}`;
  if (e.stderr !== undefined && !r.stderr.includes(e.stderr)) {
    return `expected stderr to contain ${JSON.stringify(e.stderr)}, got ${JSON.stringify(r.stderr.slice(0, 200))}`;
  }
  return null;
}
