// The page's step budget: a runaway loop in a sample ends by itself, reported as a limit.
import { describe, expect, it } from 'vitest';
import { PAGE_STEP_LIMIT, serveRequest } from '../../src/runner/serve';
import { runC } from '../../src/c/run';

describe('the page step budget', () => {
  it('ends for (;;); with the steps limit, and leaves ordinary samples alone', async () => {
    expect(PAGE_STEP_LIMIT).toBeLessThan(200_000_000);
    const res = await serveRequest({ id: 1, kind: 'run', source: 'int main(void) {\n    for (;;);\n    return 0;\n}\n', options: {} } as never, runC as never);
    expect(res.kind).toBe('run');
    const r = (res as unknown as { result: { limit?: string; signal: string | null } }).result;
    expect(r.limit).toBe('steps');
    expect(r.signal).toBe('SIGKILL');
    const ok = await serveRequest({ id: 2, kind: 'run', source: 'int main(void) { long s = 0; for (long i = 0; i < 100000; i++) s += i; return (int) (s & 1); }\n', options: {} } as never, runC as never);
    expect((ok as unknown as { result: { exitStatus: number; limit?: string } }).result).toMatchObject({ exitStatus: 0 });
  });
});
