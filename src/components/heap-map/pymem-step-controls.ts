/*
 * <pymem-step-controls>: Back, Step, Run to end and a slider over a run's allocator events.
 * Step n is the machine after its first n events; each is fetched through the injected
 * `loadStep(n)` (a deterministic replay by the runtime) via a bounded StepHistory, and drawn in
 * the <pymem-heap-map> named by the `for` attribute (or set as `.map`) with step n-1 as
 * "previous", so the picture of step n is the same however it was reached.
 * Emits `pymem-step` { step, total, line } for the editor to highlight the line.
 * Main export: PymemStepControls.
 */

import { StepHistory, type LoadStep, type StepData } from '../../heap-map/history';
import type { PymemHeapMap } from './pymem-heap-map';
import { HEAP_MAP_CSS } from './styles';

export interface StepDetail {
  step: number;
  total: number;
  line: number | null;
}

function describeEvent(e: unknown): string {
  if (!e || typeof e !== 'object') return '';
  const ev = e as { fn?: unknown; args?: unknown; result?: unknown };
  if (typeof ev.fn !== 'string') return '';
  const args = Array.isArray(ev.args) ? ev.args.map((a) => (typeof a === 'number' && a > 0xffff ? '0x' + a.toString(16) : String(a))).join(', ') : '';
  const res = typeof ev.result === 'number' ? ` = 0x${ev.result.toString(16)}` : '';
  return `${ev.fn}(${args})${res}`;
}

export class PymemStepControls extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['total'];
  }

  private readonly root: ShadowRoot;
  private history: StepHistory | null = null;
  private loader: LoadStep | null = null;
  private mapEl: PymemHeapMap | null = null;
  private current = -1;
  private totalSteps = 0;
  /** Only the newest request draws; older answers are dropped. */
  private ticket = 0;
  private sliderTimer: ReturnType<typeof setTimeout> | undefined;
  private els!: { back: HTMLButtonElement; step: HTMLButtonElement; end: HTMLButtonElement; slider: HTMLInputElement; status: HTMLElement };
  /** Options for the history (capacity, maxBytes); set before loadStep. */
  historyOptions: { capacity?: number; maxBytes?: number } = {};

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    if (this.els) return;
    this.root.innerHTML = `<style>${HEAP_MAP_CSS}</style>
<div class="hm-controls" role="group" aria-label="Step through the allocator calls">
  <button type="button" data-act="back" aria-label="Back one allocator call">◀ Back</button>
  <button type="button" data-act="step" aria-label="Step one allocator call">Step ▶</button>
  <button type="button" data-act="end">Run to end <span aria-hidden="true">▶▶</span></button>
  <input type="range" min="0" max="0" value="0" step="1" aria-label="Allocator call">
  <output class="hm-status" aria-live="polite"></output>
</div>`;
    const q = <T extends HTMLElement>(s: string) => this.root.querySelector(s) as T;
    this.els = {
      back: q('[data-act=back]'),
      step: q('[data-act=step]'),
      end: q('[data-act=end]'),
      slider: q('input[type=range]'),
      status: q('.hm-status'),
    };
    this.els.back.addEventListener('click', () => void this.back());
    this.els.step.addEventListener('click', () => void this.stepForward());
    this.els.end.addEventListener('click', () => void this.runToEnd());
    this.els.slider.addEventListener('input', () => {
      clearTimeout(this.sliderTimer);
      const n = Number(this.els.slider.value);
      this.sliderTimer = setTimeout(() => void this.goTo(n), 60);
    });
    const t = this.getAttribute('total');
    if (t !== null) this.total = Number(t);
    this.syncUi();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'total' && value !== null) this.total = Number(value);
  }

  /** The async replay: (n) => { snapshot, line, evidence, events, labels?, total? }. */
  set loadStep(f: LoadStep | null) {
    this.loader = f;
    this.history = f ? new StepHistory(f, this.historyOptions) : null;
    this.current = -1;
    this.syncUi();
  }
  get loadStep(): LoadStep | null {
    return this.loader;
  }

  /** Number of allocator events in the run (the last step). */
  set total(n: number) {
    this.totalSteps = Math.max(0, Math.floor(n) || 0);
    this.syncUi();
  }
  get total(): number {
    return this.totalSteps;
  }

  get step(): number {
    return this.current;
  }

  get stepHistory(): StepHistory | null {
    return this.history;
  }

  /** The heap map to draw into; defaults to the element whose id is in the `for` attribute. */
  set map(m: PymemHeapMap | null) {
    this.mapEl = m;
  }
  get map(): PymemHeapMap | null {
    if (this.mapEl) return this.mapEl;
    const id = this.getAttribute('for');
    const root = this.getRootNode() as Document | ShadowRoot;
    return id ? ((root.getElementById?.(id) as PymemHeapMap | null) ?? null) : null;
  }

  async stepForward(): Promise<void> {
    if (this.current < this.totalSteps) await this.goTo(this.current + 1);
  }

  async back(): Promise<void> {
    if (this.current > 0) await this.goTo(this.current - 1);
  }

  async runToEnd(): Promise<void> {
    await this.goTo(this.totalSteps);
  }

  /** Shows step n (0..total). Resolves when it is drawn, or when a newer request replaced it. */
  async goTo(n: number): Promise<void> {
    const h = this.history;
    if (!h) return;
    const step = Math.max(0, Math.min(this.totalSteps, Math.floor(n)));
    const ticket = ++this.ticket;
    this.setAttribute('aria-busy', 'true');
    try {
      let data: StepData;
      let prev: StepData | null;
      try {
        [data, prev] = await Promise.all([h.get(step), step > 0 ? h.get(step - 1) : Promise.resolve(null)]);
      } catch (err) {
        // A replay that failed, was stopped or was replaced: say so and keep the current picture.
        if (ticket === this.ticket && this.els) {
          this.els.status.textContent = `Could not load call ${step}: ${err instanceof Error ? err.message : String(err)}`;
        }
        return;
      }
      if (ticket !== this.ticket) return;
      if (data.total !== undefined && data.total !== this.totalSteps) this.totalSteps = data.total;
      this.current = step;
      this.draw(data, prev);
      this.syncUi(data);
      const detail: StepDetail = { step, total: this.totalSteps, line: data.line };
      this.dispatchEvent(new CustomEvent('pymem-step', { detail, bubbles: true, composed: true }));
    } finally {
      if (ticket === this.ticket) this.removeAttribute('aria-busy');
    }
  }

  private draw(data: StepData, prev: StepData | null): void {
    this.map?.update({
      snapshot: data.snapshot,
      previous: prev?.snapshot ?? null,
      labels: data.labels ?? {},
      evidence: data.evidence,
    });
  }

  private syncUi(data?: StepData): void {
    if (!this.els) return;
    const { back, step, end, slider, status } = this.els;
    const ready = !!this.history;
    slider.max = String(this.totalSteps);
    slider.value = String(Math.max(0, this.current));
    slider.setAttribute('aria-valuetext', `call ${Math.max(0, this.current)} of ${this.totalSteps}`);
    back.disabled = !ready || this.current <= 0;
    step.disabled = !ready || this.current >= this.totalSteps;
    end.disabled = !ready || this.current >= this.totalSteps;
    if (data) {
      const ev = this.current > 0 ? describeEvent(data.events[this.current - 1]) : '';
      const where = data.line !== null ? ` · line ${data.line}` : '';
      status.textContent =
        this.current === 0 ? `Before the first allocator call${where}` : `Call ${this.current} of ${this.totalSteps}${where}${ev ? ` · ${ev}` : ''}`;
    }
  }
}
