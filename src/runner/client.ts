/*
 * The main-thread side of the runner: owns the worker, sends RunnerRequests, matches answers to
 * requests by id and drops stale ones. Stop = terminate the worker and start a fresh one.
 * Main exports: RunnerClient (send, step, loadStep for the heap map), getRunnerClient (the page's
 * one shared instance). Leaves out: rendering (src/components/runner/render-output.ts and
 * heap-panel.ts) and anything about allocators.
 *
 * A "channel" is one place that shows answers (a sample's output, a sample's matrix). Sending on
 * a channel supersedes that channel's earlier request: its promise resolves `superseded` at once
 * and its answer, when the worker gets to it, is dropped.
 */
import { isRunnerResponse } from './protocol';
import type { ClientOutcome, HeapStep, MatrixRequest, RunOptions, RunRequest, RunnerRequest, StepRequest } from './protocol';

/** What the client needs of a Worker; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: RunnerRequest): void;
  terminate(): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

type Pending = { channel: string; resolve: (o: ClientOutcome) => void };

type Omit2<T> = T extends unknown ? Omit<T, 'id'> : never;

export class RunnerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private latestOnChannel = new Map<string, number>();
  /** Requests settled here before the worker answered; the next request tells the worker to drop them. */
  private unwanted: number[] = [];
  /** Answers that arrived for no pending request (stale or unknown); kept for tests. */
  dropped = 0;

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Starts the worker now (e.g. on hover) so the first Run does not pay for it. */
  warm(): void {
    this.ensureWorker();
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  send(channel: string, req: Omit2<RunRequest> | Omit2<MatrixRequest> | Omit2<StepRequest>): { id: number; done: Promise<ClientOutcome> } {
    const id = this.nextId++;
    const previous = this.latestOnChannel.get(channel);
    if (previous !== undefined) this.settle(previous, { id: previous, kind: 'superseded' });
    this.latestOnChannel.set(channel, id);
    const done = new Promise<ClientOutcome>((resolve) => this.pending.set(id, { channel, resolve }));
    const message = { ...req, id } as RunnerRequest;
    if (this.unwanted.length) {
      message.drop = this.unwanted;
      this.unwanted = [];
    }
    this.ensureWorker().postMessage(message);
    return { id, done };
  }

  /**
   * One step for the heap map: the run replayed up to allocator event `stopAtEvent` (null: to its
   * end). Steps of one map are keyed `${key}#${n}`, so loading step n does not supersede step n-1
   * (the controls ask for both); cancel(key) drops them all. Rejects unless the worker answered.
   */
  async step(key: string, source: string, options: RunOptions, stopAtEvent: number | null): Promise<HeapStep> {
    const { done } = this.send(`${key}#${stopAtEvent ?? 'end'}`, { kind: 'step', source, options, stopAtEvent });
    const o = await done;
    if (o.kind === 'step') return o.step;
    throw new Error(o.kind === 'error' ? o.message : o.kind === 'stopped' ? 'stopped' : 'superseded');
  }

  /**
   * The heap map's loadStep for one run: step n is a deterministic replay with stopAtEvent = n;
   * the last step (n >= total) is the whole run, so it ends as the run did, with its Evidence.
   * `end`, when given, is that last step already loaded.
   */
  loadStep(key: string, source: string, options: RunOptions, total: number, end?: HeapStep): (n: number) => Promise<HeapStep> {
    return (n) => (n >= total ? (end ? Promise.resolve(end) : this.step(key, source, options, null)) : this.step(key, source, options, n));
  }

  /** Drops every request in flight on `key` and its steps: their answers, when they come, are stale. */
  cancel(key: string): void {
    for (const [id, p] of [...this.pending]) {
      if (p.channel === key || p.channel.startsWith(`${key}#`)) this.settle(id, { id, kind: 'superseded' });
    }
  }

  /** Ends every request in flight: the worker is terminated and a fresh one is made on next use. */
  stop(): void {
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.terminate();
      this.worker = null;
    }
    for (const id of [...this.pending.keys()]) this.settle(id, { id, kind: 'stopped' });
    this.unwanted = [];
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    w.onmessage = (ev) => this.receive(ev.data);
    w.onerror = (ev) => {
      // A worker that fails to load or throws outside a request: fail everything in flight.
      const message = ev && typeof ev === 'object' && 'message' in ev ? String((ev as ErrorEvent).message) : 'runner worker failed';
      this.worker = null;
      w.terminate();
      for (const id of [...this.pending.keys()]) this.settle(id, { id, kind: 'error', message });
    };
    this.worker = w;
    return w;
  }

  private receive(data: unknown): void {
    if (!isRunnerResponse(data) || !this.pending.has(data.id)) {
      this.dropped++;
      return;
    }
    this.settle(data.id, data);
  }

  private settle(id: number, outcome: ClientOutcome): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (this.latestOnChannel.get(p.channel) === id) this.latestOnChannel.delete(p.channel);
    if (outcome.kind === 'superseded') this.unwanted.push(id);
    p.resolve(outcome);
  }
}

let shared: RunnerClient | null = null;

/** The page's one client; its worker is bundled by Vite from worker.ts. */
export function getRunnerClient(): RunnerClient {
  shared ??= new RunnerClient(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'pymem-runner' }) as unknown as WorkerLike,
  );
  return shared;
}
