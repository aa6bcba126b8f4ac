/*
 * TEST DOUBLE of src/c/run.ts's runC, for the runner's unit tests only (never shipped).
 * It does not interpret C: it recognises a few marker strings in the source and returns a canned
 * RunResult of the right shape, so tests can check what the runner does with each kind of end.
 */
import type { RunOptions, RunResult } from '../../src/runner/protocol';

export const calls: { source: string; options: RunOptions }[] = [];

function base(): RunResult {
  return { exitStatus: 0, signal: null, stdout: '', stderr: '', output: [], diagnostics: [], compileFailed: false, evidence: null };
}

export async function runCDouble(source: string, options: RunOptions): Promise<RunResult> {
  calls.push({ source, options });
  const r = base();
  const out = (fd: 1 | 2, text: string): void => {
    r.output.push({ fd, text });
    if (fd === 1) r.stdout += text;
    else r.stderr += text;
  };
  if (source.includes('THROW')) throw new TypeError('double: runtime bug');
  if (source.includes('SYNTAX')) {
    r.compileFailed = true;
    r.exitStatus = 1;
    r.diagnostics.push({ file: 'x.c', line: 1, col: 1, severity: 'error', message: 'expected expression', rendered: "x.c:1:1: error: expected expression\n    1 | SYNTAX\n      | ^" });
    return r;
  }
  if (source.includes('for (;;);')) {
    r.limit = 'steps';
    return r;
  }
  out(1, 'mode=' + String(options.pythonmalloc ?? 'default') + '\n');
  if (source.includes('free(buf1)') && options.pythonmalloc?.includes('debug')) {
    out(2, 'free(): invalid pointer\n');
    r.signal = 'SIGABRT';
    r.exitStatus = 134;
    r.evidence = {
      where: 'free', call: 'free(buf1)', conclusion: 'the chunk header is not a malloc header',
      reads: [{ address: 0x7f00_0000_1008, length: 8, bytes: [0x6d, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd], meaning: 'size field' }],
    };
  }
  if (source.includes('RETURN')) r.result = "b'hello'";
  return r;
}
