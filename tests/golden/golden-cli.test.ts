/*
 * Golden scenarios through the `pymem run` command, spawned as a user runs it: the exit status
 * and the bytes on stdout and stderr must match the real CPython 3.11.7 / glibc 2.36 fixture.
 * golden.test.ts runs every scenario in every mode through runC; here every scenario runs once
 * through the command, the modes taken in turn so that all six are covered (a spawn costs about
 * a second, so all 375 pairs would add minutes to npm test).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseStderr } from './normalise';

const here = __dirname;
const bin = join(here, '..', '..', 'bin', 'pymem.mjs');
const MODES = ['default', 'malloc', 'pymalloc', 'debug', 'malloc_debug', 'pymalloc_debug'];

interface Fixture {
  scenario: string;
  source: string;
  runs: Record<string, { exitStatus: number; stdout: string; stderr: string }>;
  historyDependent?: Record<string, { fields: string[] }>;
}

const fixtures: Fixture[] = readdirSync(join(here, 'fixtures'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(here, 'fixtures', f), 'utf8')) as Fixture);

function pymem(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') }));
  });
}

/** The fixtures store text with non-UTF-8 bytes as \xNN; the command writes raw bytes. */
function asFixtureText(latin1: string): string {
  const bytes = Buffer.from(latin1, 'latin1');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len > 1) {
      for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) len = 0;
    }
    if (len === 0) {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += bytes.subarray(i, i + len).toString('utf8');
      i += len;
    }
  }
  return out;
}

describe('golden scenarios through `pymem run`', () => {
  const cases = fixtures.map((fx, i) => ({ fx, mode: MODES[i % MODES.length]! }));
  it(`covers every scenario (${cases.length}) and every mode`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.mode)).size).toBe(MODES.length);
  });

  it('matches every fixture in exit status, stdout and stderr', async () => {
    const results: { name: string; mismatches: string[] }[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const { fx, mode } = cases[next++]!;
        const want = fx.runs[mode]!;
        const loose = new Set(fx.historyDependent?.[mode]?.fields ?? []);
        const got = await pymem(['run', join(here, fx.source), '--pythonmalloc', mode]);
        const mismatches: string[] = [];
        if (!loose.has('exitStatus') && got.status !== want.exitStatus) mismatches.push(`exit ${got.status} != ${want.exitStatus}`);
        if (!loose.has('stdout') && asFixtureText(got.stdout) !== want.stdout) mismatches.push(`stdout ${JSON.stringify(got.stdout)} != ${JSON.stringify(want.stdout)}`);
        if (!loose.has('stderr') && normaliseStderr(asFixtureText(got.stderr)) !== want.stderr) {
          mismatches.push(`stderr ${JSON.stringify(got.stderr.slice(0, 300))} != ${JSON.stringify(want.stderr.slice(0, 300))}`);
        }
        results.push({ name: `${fx.scenario} [${mode}]`, mismatches });
      }
    };
    await Promise.all([worker(), worker()]);
    expect(results.length).toBe(cases.length);
    expect(results.filter((r) => r.mismatches.length > 0)).toEqual([]);
  }, 600_000);
});
