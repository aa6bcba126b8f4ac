/*
 * Runs every tests/c/<feature>/*.c (not tests/c/lib) through runC and checks the outcome the
 * file states in its leading comment lines:
 *   // expect-stdout: <line>        (repeatable; stdout must be exactly these lines)
 *   // expect-stdout-contains: <text>
 *   // expect-stderr: <line>        (repeatable; stderr must be exactly these lines)
 *   // expect-stderr-contains: <text>
 *   // expect-exit: <status>        (default 0, or 1 when an error is expected)
 *   // expect-signal: SIGSEGV|SIGABRT|SIGFPE|SIGKILL
 *   // expect-error: <line>:<col>: <message>     (a diagnostic of the main file; repeatable)
 *   // expect-warning: <line>:<col>: <message>
 *   // expect-error-contains: <text>             (some error diagnostic contains it)
 *   // expect-no-warnings
 *   // expect-result: <repr>        (a fragment's result)
 *   // expect-limit: steps|memory
 *   // expect-evidence-contains: <text>
 *   // pythonmalloc: <mode>   step-limit: <n>   memory-cap: <bytes>
 *   // elision <key>: <code>
 *   // big-stack: yes   (run on a worker with a large JS stack, as the CLI does)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runC } from '../../src/c/run';
import { runCWithBigStack } from '../../src/cli/big-stack';

const root = join(__dirname, '..', 'c');

interface Spec {
  stdout: string[] | null;
  stdoutContains: string[];
  stderr: string[] | null;
  stderrContains: string[];
  exit: number | null;
  signal: string | null;
  errors: string[];
  warnings: string[];
  errorContains: string[];
  noWarnings: boolean;
  result: string | null;
  limit: string | null;
  evidence: string[];
  pythonmalloc: string | null;
  stepLimit: number | undefined;
  memoryCap: number | undefined;
  elisions: Record<string, string>;
  bigStack: boolean;
}

function parseSpec(text: string): Spec {
  const s: Spec = {
    stdout: null, stdoutContains: [], stderr: null, stderrContains: [], exit: null, signal: null, errors: [],
    warnings: [], errorContains: [], noWarnings: false, result: null, limit: null, evidence: [], pythonmalloc: null,
    stepLimit: undefined, memoryCap: undefined, elisions: {}, bigStack: false,
  };
  for (const line of text.split('\n')) {
    const m = /^\/\/ ([a-z-]+)(?: ([^:]*?))?:(?: (.*))?$|^\/\/ (expect-no-warnings)\s*$/.exec(line);
    if (!m) {
      if (line.startsWith('//') || line.trim() === '') continue;
      break;
    }
    if (m[4]) {
      s.noWarnings = true;
      continue;
    }
    const key = m[1]!;
    const arg = m[2];
    const v = m[3] ?? '';
    switch (key) {
      case 'expect-stdout': (s.stdout ??= []).push(v); break;
      case 'expect-stdout-contains': s.stdoutContains.push(v); break;
      case 'expect-stderr': (s.stderr ??= []).push(v); break;
      case 'expect-stderr-contains': s.stderrContains.push(v); break;
      case 'expect-exit': s.exit = Number(v); break;
      case 'expect-signal': s.signal = v; break;
      case 'expect-error': s.errors.push(v); break;
      case 'expect-warning': s.warnings.push(v); break;
      case 'expect-error-contains': s.errorContains.push(v); break;
      case 'expect-result': s.result = v; break;
      case 'expect-limit': s.limit = v; break;
      case 'expect-evidence-contains': s.evidence.push(v); break;
      case 'pythonmalloc': s.pythonmalloc = v; break;
      case 'step-limit': s.stepLimit = Number(v); break;
      case 'memory-cap': s.memoryCap = Number(v); break;
      case 'elision': s.elisions[arg ?? ''] = v; break;
      case 'big-stack': s.bigStack = v === 'yes'; break;
      default: throw new Error(`unknown spec key ${key}`);
    }
  }
  return s;
}

const features = readdirSync(root).filter((d) => d !== 'lib' && statSync(join(root, d)).isDirectory()).sort();

describe('C spec files', () => {
  it('has spec files in many feature folders', () => {
    expect(features.length).toBeGreaterThanOrEqual(15);
  });
  for (const feature of features) {
    const files = readdirSync(join(root, feature)).filter((f) => f.endsWith('.c')).sort();
    describe(feature, () => {
      for (const file of files) {
        it(file, async () => {
          const bytes = readFileSync(join(root, feature, file));
          const spec = parseSpec(bytes.toString('latin1'));
          const run = spec.bigStack ? runCWithBigStack : runC;
          const r = await run(new Uint8Array(bytes), {
            fileName: file,
            pythonmalloc: spec.pythonmalloc,
            stepLimit: spec.stepLimit,
            memoryCap: spec.memoryCap,
            elisions: spec.elisions,
            snapshot: false,
          });
          const diag = r.diagnostics.map((d) => d.rendered).join('');
          const where = `${feature}/${file}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- diagnostics\n${diag}`;
          const expectsError = spec.errors.length > 0 || spec.errorContains.length > 0;
          expect(r.compileFailed, where).toBe(expectsError);
          for (const e of spec.errors) {
            const have = r.diagnostics.filter((d) => d.severity === 'error' && d.file === file).map((d) => `${d.line}:${d.col}: ${d.message}`);
            expect(have, where).toContain(e);
          }
          for (const e of spec.errorContains) {
            expect(r.diagnostics.some((d) => d.severity === 'error' && d.rendered.includes(e)), `${e}\n${where}`).toBe(true);
          }
          for (const w of spec.warnings) {
            const have = r.diagnostics.filter((d) => d.severity === 'warning' && d.file === file).map((d) => `${d.line}:${d.col}: ${d.message}`);
            expect(have, where).toContain(w);
          }
          if (spec.noWarnings) expect(r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rendered), where).toEqual([]);
          if (spec.stdout) expect(r.stdout, where).toBe(spec.stdout.map((l) => l + '\n').join(''));
          for (const c of spec.stdoutContains) expect(r.stdout, where).toContain(c);
          if (spec.stderr) expect(r.stderr, where).toBe(spec.stderr.map((l) => l + '\n').join(''));
          for (const c of spec.stderrContains) expect(r.stderr, where).toContain(c);
          expect(r.exitStatus, where).toBe(spec.exit ?? (expectsError ? 1 : spec.limit ? 137 : 0));
          if (spec.signal !== null) expect(r.signal, where).toBe(spec.signal);
          else if (!spec.limit) expect(r.signal, where).toBeNull();
          if (spec.result !== null) expect(r.result, where).toBe(spec.result);
          expect(r.limit ?? null, where).toBe(spec.limit);
          for (const c of spec.evidence) expect(JSON.stringify(r.evidence), where).toContain(c);
        });
      }
    });
  }
});
