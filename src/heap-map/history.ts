/*
 * Step history for the step controls: step n is the machine after its first n allocator events,
 * obtained from an injected async loadStep(n) that replays the run deterministically (same
 * source, same options, same bytes). The history keeps the most recently used steps (LRU,
 * bounded by count and by bytes): the newest few as objects, older ones as JSON text (a third to
 * a fifth of the objects' heap size), and shares one request per step in flight, so Back after
 * Step costs nothing and a far jump costs one replay. Main export: StepHistory.
 * Leaves out the replay itself (the runtime's job) and any knowledge of allocators.
 */

import type { EvidenceView, StepSnapshot } from './input';

export interface StepData {
  snapshot: StepSnapshot;
  /** Source line of the event that produced this step (null before the first). */
  line: number | null;
  evidence: EvidenceView | null;
  /** The run's allocator events (at least the first n). */
  events: unknown[];
  /** Pointer-valued variables at this step: name -> address. */
  labels?: Record<string, number>;
  /** Total events in the whole run, when the loader knows it. */
  total?: number;
}

export type LoadStep = (n: number) => Promise<StepData>;

export interface StepHistoryOptions {
  /** Most steps kept (default 16). */
  capacity?: number;
  /** Of those, how many stay as live objects (default 2); the rest are kept as JSON text. */
  hot?: number;
  /** Upper bound on the bytes of JSON text kept (default 40 MiB; hot steps count by their text size too). */
  maxBytes?: number;
}

interface Entry {
  /** The step as loaded, while hot. */
  data: StepData | null;
  /** The step without its events, as JSON (V8 keeps ASCII strings at one byte a char). */
  json: string;
}

export class StepHistory {
  private readonly cache = new Map<number, Entry>();
  private readonly inflight = new Map<number, Promise<StepData>>();
  private readonly capacity: number;
  private readonly hot: number;
  private readonly maxBytes: number;
  private bytes = 0;
  /** The longest events list seen: every step's events are a prefix of the run's. */
  private events: unknown[] = [];
  /** How many times loadStep was called (for tests and the bench). */
  loads = 0;

  constructor(
    private readonly load: LoadStep,
    options: StepHistoryOptions = {},
  ) {
    this.capacity = Math.max(2, options.capacity ?? 16);
    this.hot = Math.max(1, Math.min(this.capacity, options.hot ?? 2));
    this.maxBytes = options.maxBytes ?? 40 * 1024 * 1024;
  }

  has(n: number): boolean {
    return this.cache.has(n);
  }

  /** Steps kept, least recently used first. */
  kept(): number[] {
    return [...this.cache.keys()];
  }

  /** Bytes of JSON text held (one byte a char), the measure maxBytes bounds. */
  get heldBytes(): number {
    return this.bytes;
  }

  async get(n: number): Promise<StepData> {
    const hit = this.cache.get(n);
    if (hit) {
      this.cache.delete(n);
      this.cache.set(n, hit);
      hit.data ??= this.revive(hit.json);
      this.cool();
      return hit.data;
    }
    const pending = this.inflight.get(n);
    if (pending) return pending;
    this.loads++;
    const p = this.load(n).then(
      (data) => {
        this.inflight.delete(n);
        this.put(n, data);
        return data;
      },
      (err: unknown) => {
        this.inflight.delete(n);
        throw err;
      },
    );
    this.inflight.set(n, p);
    return p;
  }

  clear(): void {
    this.cache.clear();
    this.inflight.clear();
    this.bytes = 0;
  }

  private revive(json: string): StepData {
    const d = JSON.parse(json) as Omit<StepData, 'events'>;
    return { ...d, events: this.events };
  }

  private put(n: number, data: StepData): void {
    if (data.events.length >= this.events.length) this.events = data.events;
    const { events: _events, ...rest } = data;
    const json = JSON.stringify(rest);
    const old = this.cache.get(n);
    if (old) {
      this.bytes -= old.json.length;
      this.cache.delete(n);
    }
    this.cache.set(n, { data, json });
    this.bytes += json.length;
    while (this.cache.size > this.capacity || (this.bytes > this.maxBytes && this.cache.size > 1)) {
      const oldest = this.cache.keys().next().value as number;
      if (oldest === n) break;
      this.bytes -= this.cache.get(oldest)!.json.length;
      this.cache.delete(oldest);
    }
    this.cool();
  }

  /** Drops the objects of all but the `hot` most recently used steps (their JSON stays). */
  private cool(): void {
    let i = this.cache.size;
    for (const e of this.cache.values()) {
      i--;
      if (i >= this.hot) e.data = null;
    }
  }
}
