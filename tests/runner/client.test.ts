// The main-thread client: answers matched to requests by id, stale answers dropped, Stop.
import { describe, expect, it } from 'vitest';
import { RunnerClient, type WorkerLike } from '../../src/runner/client';
import type { RunResult, RunnerRequest } from '../../src/runner/protocol';

class FakeWorker implements WorkerLike {
  sent: RunnerRequest[] = [];
  terminated = false;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  postMessage(m: RunnerRequest): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number, stdout: string): void {
    this.onmessage?.({ data: { id, kind: 'run', result: result(stdout), ms: 1 } });
  }
}

function result(stdout: string): RunResult {
  return { exitStatus: 0, signal: null, stdout, stderr: '', output: [{ fd: 1, text: stdout }], diagnostics: [], compileFailed: false };
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new RunnerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const req = (source: string) => ({ kind: 'run' as const, source, options: {} });

describe('RunnerClient', () => {
  it('matches an answer to its request by id', async () => {
    const { client, workers } = setup();
    const a = client.send('s1', req('a'));
    const b = client.send('s2', req('b'));
    workers[0]!.answer(b.id, 'B');
    workers[0]!.answer(a.id, 'A');
    const [oa, ob] = await Promise.all([a.done, b.done]);
    expect(oa.kind === 'run' && oa.result.stdout).toBe('A');
    expect(ob.kind === 'run' && ob.result.stdout).toBe('B');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((m) => m.id)).toEqual([a.id, b.id]);
  });

  it('supersedes the earlier request on a channel and drops its late answer', async () => {
    const { client, workers } = setup();
    const first = client.send('sample', req('old'));
    const second = client.send('sample', req('new'));
    expect(await first.done).toEqual({ id: first.id, kind: 'superseded' });
    workers[0]!.answer(first.id, 'OLD'); // arrives late
    expect(client.dropped).toBe(1);
    workers[0]!.answer(second.id, 'NEW');
    const o = await second.done;
    expect(o.kind === 'run' && o.result.stdout).toBe('NEW');
    expect(client.busy).toBe(false);
  });

  it('drops answers with unknown ids, repeated answers and malformed messages', async () => {
    const { client, workers } = setup();
    const a = client.send('s', req('a'));
    const w = workers[0]!;
    w.onmessage?.({ data: { id: 999, kind: 'run', result: result('x'), ms: 0 } });
    w.onmessage?.({ data: 'not an object' });
    w.onmessage?.({ data: { id: a.id, kind: 'bogus' } });
    w.answer(a.id, 'A');
    w.answer(a.id, 'A again');
    const o = await a.done;
    expect(o.kind === 'run' && o.result.stdout).toBe('A');
    expect(client.dropped).toBe(4);
  });

  it('Stop terminates the worker, ends every request as stopped, and the next run gets a fresh worker', async () => {
    const { client, workers } = setup();
    const a = client.send('s1', req('for (;;);'));
    const b = client.send('s2', req('b'));
    client.stop();
    expect(workers[0]!.terminated).toBe(true);
    expect(await a.done).toEqual({ id: a.id, kind: 'stopped' });
    expect(await b.done).toEqual({ id: b.id, kind: 'stopped' });
    workers[0]!.answer(a.id, 'too late'); // onmessage was detached: nothing happens
    const c = client.send('s1', req('c'));
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]!.id).toBe(c.id);
    expect(c.id).toBeGreaterThan(b.id); // ids are never reused, so an old answer can't match
    workers[1]!.answer(c.id, 'C');
    const oc = await c.done;
    expect(oc.kind === 'run' && oc.result.stdout).toBe('C');
  });

  it('a worker error fails the requests in flight and the next send starts a new worker', async () => {
    const { client, workers } = setup();
    const a = client.send('s', req('a'));
    workers[0]!.onerror?.({ message: 'SyntaxError in worker' });
    expect(await a.done).toEqual({ id: a.id, kind: 'error', message: 'SyntaxError in worker' });
    client.send('s', req('b'));
    expect(workers).toHaveLength(2);
  });
});
