// The client's side of the heap map's steps: one channel per step, cancel(key), the last step.
import { describe, expect, it } from 'vitest';
import { RunnerClient, type WorkerLike } from '../../src/runner/client';
import type { HeapStep, RunnerRequest, StepRequest } from '../../src/runner/protocol';

class FakeWorker implements WorkerLike {
  sent: RunnerRequest[] = [];
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  postMessage(m: RunnerRequest): void {
    this.sent.push(m);
  }
  terminate(): void {}
  answer(req: RunnerRequest): void {
    const n = (req as StepRequest).stopAtEvent;
    this.onmessage?.({ data: { id: req.id, kind: 'step', step: step(n ?? 9, n === null), ms: 1 } });
  }
}

function step(n: number, complete: boolean): HeapStep {
  return { snapshot: { n }, labels: {}, line: n, evidence: null, events: [], eventCount: n, complete, exitStatus: 0, signal: null };
}

function setup() {
  const w = new FakeWorker();
  return { client: new RunnerClient(() => w), w };
}

describe('RunnerClient steps', () => {
  it('step n and step n-1 in flight together both answer (one channel per step)', async () => {
    const { client, w } = setup();
    const a = client.step('heap:s', 'src', { pythonmalloc: 'debug' }, 4);
    const b = client.step('heap:s', 'src', { pythonmalloc: 'debug' }, 3);
    expect(w.sent.map((m) => [m.kind, (m as StepRequest).stopAtEvent])).toEqual([['step', 4], ['step', 3]]);
    for (const m of w.sent) w.answer(m);
    expect((await a).eventCount).toBe(4);
    expect((await b).eventCount).toBe(3);
  });

  it('cancel(key) drops every step of that key, not of another sample; late answers are counted as dropped', async () => {
    const { client, w } = setup();
    const a = client.step('heap:s', 'src', {}, 1);
    const other = client.step('heap:t', 'src', {}, 1);
    client.cancel('heap:s');
    await expect(a).rejects.toThrow('superseded');
    for (const m of w.sent) w.answer(m);
    expect((await other).eventCount).toBe(1);
    expect(client.dropped).toBe(1);
  });

  it('loadStep: below total a replay with stopAtEvent = n; at or past total the end step given, without a request', async () => {
    const { client, w } = setup();
    const end = step(6, true);
    const load = client.loadStep('heap:s', 'src', { pythonmalloc: 'debug' }, 6, end);
    expect(await load(6)).toBe(end);
    expect(await load(7)).toBe(end);
    expect(w.sent).toHaveLength(0);
    const p = load(2);
    expect(w.sent[0]).toMatchObject({ kind: 'step', source: 'src', options: { pythonmalloc: 'debug' }, stopAtEvent: 2 });
    w.answer(w.sent[0]!);
    expect((await p).eventCount).toBe(2);
    // Without a cached end, the last step is the whole run (stopAtEvent null).
    const load2 = client.loadStep('heap:s', 'src', {}, 6);
    void load2(6);
    expect((w.sent[1] as StepRequest).stopAtEvent).toBeNull();
  });

  it('Stop rejects a step in flight', async () => {
    const { client } = setup();
    const a = client.step('heap:s', 'src', {}, 1);
    client.stop();
    await expect(a).rejects.toThrow('stopped');
  });
});
