/*
 * Golden scenarios: real CPython 3.11 + glibc 2.36 outcomes (recorded by tests/golden/record.sh
 * into tests/golden/fixtures/) against the model, run as C through the same runtime the page and
 * the `pymem` command use. Every field must match unless the fixture marks it history-dependent
 * for that mode (bytes left by Py_Initialize's own allocations, random tcache keys, ...).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runC } from '../../src/c/run';
import { normaliseStderr } from './normalise';

interface RecordedRun {
  exitStatus: number;
  signal: string | null;
  stdout: string;
  stderr: string;
}
interface Fixture {
  scenario: string;
  source: string;
  runs: Record<string, RecordedRun>;
  historyDependent?: Record<string, { fields: string[]; why: string }>;
}

const here = join(__dirname);
const fixtures: Fixture[] = readdirSync(join(here, 'fixtures'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(here, 'fixtures', f), 'utf8')) as Fixture);

describe('golden scenarios against real CPython 3.11.7 / glibc 2.36', () => {
  it('has at least 40 recorded scenarios', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  for (const fx of fixtures) {
    const source = readFileSync(join(here, fx.source), 'utf8');
    for (const [mode, want] of Object.entries(fx.runs)) {
      const loose = new Set(fx.historyDependent?.[mode]?.fields ?? []);
      it(`${fx.scenario} [PYTHONMALLOC=${mode}]`, async () => {
        const got = await runC(source, {
          fileName: `${fx.scenario}.c`,
          pythonmalloc: mode === 'default' ? null : mode,
        });
        expect(got.compileFailed, got.diagnostics.map((d) => d.rendered).join('\n')).toBe(false);
        const actual: RecordedRun = {
          exitStatus: got.exitStatus,
          signal: got.signal,
          stdout: got.stdout,
          stderr: normaliseStderr(got.stderr),
        };
        for (const field of ['exitStatus', 'signal', 'stdout', 'stderr'] as const) {
          if (loose.has(field)) continue;
          expect(actual[field], `${field} of ${fx.scenario} under ${mode}`).toEqual(want[field]);
        }
      });
    }
  }
});
