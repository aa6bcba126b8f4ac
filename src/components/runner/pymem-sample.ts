/*
 * <pymem-sample>: the runnable-sample custom element, framework-free. This file is what every
 * docs page loads: it wraps each `.c-sample` in the element, draws the toolbar and the (empty)
 * output area, and does nothing else until the reader shows interest (pointer over, focus, click,
 * or a saved edit / share link for this sample). Then it imports sample-controller.ts, which
 * brings the runner client and warms the worker; CodeMirror comes later still, on first edit.
 * Main exports: PymemSample, upgradeSamples. No runtime, no editor, no allocator logic here.
 */
import { MODES } from '../../runner/protocol';
import { parseMeta, varyNames } from './sample-source';

export interface SampleUi {
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  mode: HTMLSelectElement;
  edit: HTMLButtonElement;
  reset: HTMLButtonElement;
  copy: HTMLButtonElement;
  share: HTMLButtonElement;
  hidden: HTMLButtonElement;
  matrix: HTMLButtonElement;
  vary: HTMLElement;
  live: HTMLElement;
  output: HTMLElement;
  shareBox: HTMLElement;
  matrixBox: HTMLElement;
  heapSlot: HTMLElement;
}

type Controller = import('./sample-controller').SampleController;
type Action = 'run' | 'stop' | 'edit' | 'reset' | 'copy' | 'share' | 'hidden' | 'matrix' | 'mode';

const STORAGE_PREFIX = 'pymem-live:v1:';
export const storageKey = (sampleId: string): string => `${STORAGE_PREFIX}${location.pathname}:${sampleId}`;

let counter = 0;

export class PymemSample extends HTMLElement {
  sample!: HTMLElement;
  sampleId = '';
  ui!: SampleUi;
  private controller: Promise<Controller> | null = null;

  connectedCallback(): void {
    if (this.ui) return;
    const sample = this.querySelector<HTMLElement>('.c-sample');
    if (!sample) return;
    this.sample = sample;
    this.sampleId = sample.dataset.sampleId || `sample-${++counter}`;
    this.ui = this.build();
    const wake = (): void => void this.load();
    for (const ev of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(ev, wake, { once: true, passive: true });
    this.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        void this.act('run');
      }
    });
    // The highlighted <pre> is the editor's placeholder: clicking it or typing into it edits.
    const pre = sample.querySelector('pre');
    if (pre) {
      pre.addEventListener('click', () => {
        if (!getSelection()?.toString()) void this.act('edit');
      });
      pre.addEventListener('keydown', (ev) => {
        if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
        if (ev.key === 'Enter' || ev.key.length === 1) {
          ev.preventDefault();
          void this.act('edit');
        }
      });
    }
    const key = storageKey(this.sampleId);
    let saved = false;
    try {
      saved = localStorage.getItem(key) !== null;
    } catch {
      /* storage blocked */
    }
    if (saved || this.hasAttribute('playground') || location.hash.startsWith(`#run=${encodeURIComponent(this.sampleId)}:`)) void this.load();
  }

  /** Imports the controller once; every action waits for it. */
  load(): Promise<Controller> {
    this.controller ??= import('./sample-controller').then((m) => new m.SampleController(this));
    return this.controller;
  }

  async act(action: Action): Promise<void> {
    const c = await this.load();
    await c.act(action);
  }

  private build(): SampleUi {
    const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] => {
      const e = Object.assign(document.createElement(tag), props);
      e.append(...kids);
      return e;
    };
    const label = this.sample.dataset.sampleTitle || this.sampleId;
    const btn = (action: Action, text: string, extra: Partial<HTMLButtonElement> = {}): HTMLButtonElement => {
      const b = h('button', { type: 'button', className: `pymem-btn pymem-btn-${action}`, ...extra }, text);
      b.dataset.action = action;
      return b;
    };
    const run = btn('run', 'Run', { title: 'Run (Ctrl+Enter)' });
    run.setAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
    run.setAttribute('aria-label', `Run ${label}`);
    const stop = btn('stop', 'Stop', { hidden: true });
    const mode = h('select', { className: 'pymem-mode' }, ...MODES.map((m) => h('option', { value: m }, m)));
    mode.dataset.action = 'mode';
    const metaMode = /(?:^|\s)mode=["']?([\w]+)/.exec(this.sample.dataset.sampleMeta ?? '')?.[1];
    if (metaMode && (MODES as readonly string[]).includes(metaMode)) mode.value = metaMode;
    const modeLabel = h('label', { className: 'pymem-mode-label' }, h('span', {}, 'PYTHONMALLOC'), mode);
    const edit = btn('edit', 'Edit', { hidden: this.hasAttribute('playground') });
    const reset = btn('reset', 'Reset', { disabled: true, title: 'Restore the original code and settings' });
    const copy = btn('copy', 'Copy');
    const share = btn('share', 'Share');
    const hidden = btn('hidden', 'Show hidden code', { hidden: true });
    hidden.setAttribute('aria-pressed', 'false');
    const matrix = btn('matrix', 'Run in every mode');
    const vary = h('span', { className: 'pymem-vary' });
    // The macro inputs (meta vary="BUFSIZ") are there from the start; the controller listens to them.
    let defaults: Record<string, string> = {};
    try {
      defaults = JSON.parse(this.sample.dataset.varyDefaults ?? '{}') as Record<string, string>;
    } catch {
      /* none */
    }
    for (const name of varyNames(parseMeta(this.sample.dataset.sampleMeta))) {
      const input = h('input', { type: 'number', min: '1', step: '1', inputMode: 'numeric', className: 'pymem-vary-input', placeholder: defaults[name] ?? 'default' });
      input.dataset.macro = name;
      input.setAttribute('aria-label', `${name} (empty: as the headers define it${defaults[name] ? `, ${defaults[name]}` : ''})`);
      vary.append(h('label', { className: 'pymem-vary-label' }, h('code', {}, name), input));
    }
    const toolbar = h('div', { className: 'pymem-toolbar' }, run, stop, modeLabel, vary, edit, hidden, reset, copy, share, matrix);
    toolbar.setAttribute('role', 'group');
    toolbar.setAttribute('aria-label', `Controls for ${label}`);
    toolbar.addEventListener('click', (ev) => {
      const b = (ev.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (b && !b.disabled) void this.act(b.dataset.action as Action);
    });
    mode.addEventListener('change', () => void this.act('mode'));
    const live = h('div', { className: 'pymem-sr-only' });
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    // The build put the default-mode outcome (and, for `matrix` samples, every mode's) into the
    // page; they move under the toolbar and the next Run replaces them.
    const own = (sel: string): HTMLElement | null => this.sample.querySelector<HTMLElement>(`:scope > ${sel}`);
    const output = own('.pymem-output') ?? h('div', { className: 'pymem-output', hidden: true });
    output.setAttribute('aria-label', `Output of ${label}`);
    output.setAttribute('role', 'region');
    const shareBox = h('div', { className: 'pymem-share', hidden: true });
    const matrixBox = own('.pymem-matrix-box') ?? h('div', { className: 'pymem-matrix-box', hidden: true });
    // Where the heap map mounts (heap-panel.ts), on the pymem-result event.
    const heapSlot = h('div', { className: 'pymem-heap-slot' });
    // not-content: Starlight's prose spacing and heading sizes stay out of the runner's UI.
    for (const e of [toolbar, output, shareBox, matrixBox, heapSlot]) e.classList.add('not-content');
    this.append(toolbar, live, shareBox, output, heapSlot, matrixBox);
    // The toggle for hidden (elided) code is there from the start, like rustdoc's.
    hidden.hidden = !this.sample.querySelector(':scope > [data-elision]');
    this.classList.add('pymem-ready');
    return { run, stop, mode, edit, reset, copy, share, hidden, matrix, vary, live, output, shareBox, matrixBox, heapSlot };
  }
}

/** Wraps every bare `.c-sample` on the page in a <pymem-sample> and defines the element. */
export function upgradeSamples(root: ParentNode = document): void {
  for (const sample of Array.from(root.querySelectorAll<HTMLElement>('.c-sample'))) {
    if (sample.parentElement?.localName === 'pymem-sample' || sample.dataset.run === 'false') continue;
    const host = document.createElement('pymem-sample');
    sample.replaceWith(host);
    host.append(sample);
  }
  if (!customElements.get('pymem-sample')) customElements.define('pymem-sample', PymemSample);
}
