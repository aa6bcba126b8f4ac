/*
 * The behaviour behind one <pymem-sample>, loaded on the reader's first interaction: the code
 * state (original, edited, hidden lines shown or not), the PYTHONMALLOC mode and varied macros,
 * persistence (localStorage until Reset), share links, Run / Stop / Run in every mode through the
 * runner client, and rendering what the runtime returns. Samples with meta `matrix` keep their
 * every-mode table current (it reruns when a varied macro changes). After each Run it dispatches
 * `pymem-result` (detail: sampleId, source, mode, options, result) for the heap panel, and it
 * marks the line of each `pymem-step` event that bubbles up from inside the sample.
 * Main export: SampleController.
 * Leaves out: the editor (editor.ts, imported on first edit) and any knowledge of allocators.
 */
import { getRunnerClient } from '../../runner/client';
import { MODES, isMode, type Mode, type RunOptions, type RunResult } from '../../runner/protocol';
import { decodeShare, encodeShare, sanitizeState, type SharedState } from '../../runner/share';
import type { EditorHandle } from './editor';
import type { PymemSample } from './pymem-sample';
import { storageKey } from './pymem-sample';
// Importing heap-panel also installs its `pymem-result` listener: the panel mounts under a sample
// once a run finishes, and its map code loads only then.
import { cancelHeap } from './heap-panel';
import { renderMatrix, renderResult, summary } from './render-output';
import {
  applyVary, collapseElisions, expandElisions, hasElidedLines, parseMeta, readElisions, readRawSource, shownLine, varyNames, varyShift,
} from './sample-source';

/** What a completed Run tells the page (the heap panel mounts on it). */
export interface PymemResultDetail {
  sampleId: string;
  /** The exact source given to the runtime (a varied macro's #define included). */
  source: string;
  mode: Mode;
  /** The exact options given to runC. */
  options: RunOptions;
  /** Macros the reader varied (already applied to `source`). */
  vary: Record<string, string>;
  result: RunResult;
}

/** What <pymem-step-controls> sends up as it steps through a run. */
export interface PymemStepDetail {
  step: number;
  total: number;
  /** 1-based line of the run's source (PymemResultDetail.source); 0 or null: none. */
  line: number | null;
}

interface Saved extends SharedState {
  expanded?: boolean;
}

/** localStorage `pymem-debug` (e.g. `timings`: log each Run's phases and set data-phases on the output). */
function readDebugFlag(): string | null {
  try {
    return localStorage.getItem('pymem-debug');
  } catch {
    return null;
  }
}

export class SampleController {
  private readonly original: string;
  private readonly meta: Record<string, string | true>;
  private readonly elisions: Record<string, string>;
  private readonly defaultMode: Mode;
  private code: string;
  private expanded = false;
  private mode: Mode;
  private vary: Record<string, string> = {};
  private editor: EditorHandle | null = null;
  private editorLoading: Promise<EditorHandle> | null = null;
  private running = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly client = getRunnerClient();
  /** Meta `matrix`: the every-mode table is part of the sample and kept current. */
  private readonly keepMatrix: boolean;
  private matrixTimer: ReturnType<typeof setTimeout> | undefined;
  private matrixSource: string;
  /** How the last run's source lines map to the shown code's. */
  private lastShift = { after: 0, count: 0 };
  private runs = 0;
  private staticStepLine: Element | null = null;

  constructor(private readonly host: PymemSample) {
    const sample = host.sample;
    this.meta = parseMeta(sample.dataset.sampleMeta);
    this.original = readRawSource(sample);
    this.elisions = readElisions(sample, this.meta);
    this.defaultMode = isMode(this.meta.mode) ? this.meta.mode : 'default';
    this.code = this.original;
    this.mode = this.defaultMode;
    this.keepMatrix = this.meta.matrix !== undefined;
    this.matrixSource = applyVary(this.original, {});
    this.client.warm();
    this.buildVaryInputs();
    host.ui.hidden.hidden = !hasElidedLines(this.original, this.elisions);
    host.addEventListener('pymem-step', (ev) => this.onStep((ev as CustomEvent<PymemStepDetail>).detail));
    void this.restore();
  }

  private get id(): string {
    return this.host.sampleId;
  }

  private get ui() {
    return this.host.ui;
  }

  async act(action: string): Promise<void> {
    switch (action) {
      case 'run': return this.run();
      case 'stop': return this.stop();
      case 'edit': await this.ensureEditor(true); return;
      case 'reset': return this.reset();
      case 'copy': return this.copy();
      case 'share': return this.share();
      case 'hidden': return this.toggleHidden();
      case 'matrix': return this.matrix();
      case 'mode':
        this.mode = isMode(this.ui.mode.value) ? this.ui.mode.value : 'default';
        this.changed();
        return;
    }
  }

  // --- state ---------------------------------------------------------------------------------

  /** The shown code: the editor's text once there is an editor. */
  private current(): string {
    return this.editor ? this.editor.getText() : this.code;
  }

  private isModified(): boolean {
    return this.current() !== this.original || this.expanded || this.mode !== this.defaultMode || Object.keys(this.vary).length > 0;
  }

  private changed(): void {
    this.ui.reset.disabled = !this.isModified();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  private save(): void {
    try {
      if (!this.isModified()) {
        localStorage.removeItem(storageKey(this.id));
        return;
      }
      const s: Saved = { code: this.current(), mode: this.mode, expanded: this.expanded };
      if (Object.keys(this.vary).length) s.vary = this.vary;
      localStorage.setItem(storageKey(this.id), JSON.stringify(s));
    } catch {
      /* storage full or blocked: edits just don't persist */
    }
  }

  /** A share link for this sample wins over a saved edit; a saved edit over the original. */
  private async restore(): Promise<void> {
    let state: Saved | null = null;
    let fromLink = false;
    if (location.hash.startsWith('#run=')) {
      const link = await decodeShare(location.hash);
      if (link && link.sampleId === this.id) {
        state = link.state;
        fromLink = true;
      }
    }
    if (!state) {
      try {
        const raw = localStorage.getItem(storageKey(this.id));
        if (raw) {
          const parsed = JSON.parse(raw) as unknown;
          const s = sanitizeState(parsed);
          if (s) state = { ...s, expanded: Boolean((parsed as Saved).expanded) };
        }
      } catch {
        /* unreadable: ignore */
      }
    }
    if (!state) {
      if (this.host.hasAttribute('playground')) await this.ensureEditor(false);
      return;
    }
    this.applyState(state);
    if (this.keepMatrix && this.source() !== this.matrixSource) void this.matrix();
    await this.ensureEditor(false);
    this.editor!.setText(this.code);
    this.ui.reset.disabled = !this.isModified();
    if (fromLink) {
      this.host.scrollIntoView({ block: 'center' });
      this.announce('Restored the shared code for this sample.');
    }
  }

  private applyState(s: Saved): void {
    this.code = s.code;
    this.mode = s.mode;
    this.ui.mode.value = s.mode;
    this.expanded = Boolean(s.expanded);
    this.ui.hidden.setAttribute('aria-pressed', String(this.expanded));
    this.ui.hidden.textContent = this.expanded ? 'Hide hidden code' : 'Show hidden code';
    this.vary = {};
    for (const name of varyNames(this.meta)) {
      const input = this.ui.vary.querySelector<HTMLInputElement>(`input[data-macro="${name}"]`);
      const v = s.vary?.[name];
      if (input) input.value = v ?? '';
      if (v !== undefined) this.vary[name] = v;
    }
  }

  /** Listens to the macro inputs pymem-sample.ts drew, and takes what was typed before we loaded. */
  private buildVaryInputs(): void {
    for (const input of Array.from(this.ui.vary.querySelectorAll<HTMLInputElement>('input[data-macro]'))) {
      const name = input.dataset.macro!;
      const take = (): void => {
        const v = input.value.trim();
        if (/^\d{1,12}$/.test(v)) this.vary[name] = v;
        else delete this.vary[name];
      };
      take();
      input.addEventListener('input', () => {
        take();
        this.changed();
        if (this.keepMatrix) {
          clearTimeout(this.matrixTimer);
          this.matrixTimer = setTimeout(() => void this.matrix(), 300);
        }
      });
    }
    if (this.keepMatrix && Object.keys(this.vary).length) this.matrixTimer = setTimeout(() => void this.matrix(), 0);
  }

  // --- editor --------------------------------------------------------------------------------

  /** The site's highlighted block (Expressive Code's frame if there is one), which the editor replaces. */
  private highlighted(): HTMLElement | null {
    const pre = this.host.sample.querySelector('pre');
    return pre?.closest<HTMLElement>('.expressive-code') ?? pre;
  }

  private ensureEditor(focus: boolean): Promise<EditorHandle> {
    this.editorLoading ??= import('./editor').then((m) => {
      const shown = this.highlighted();
      const handle = m.mountEditor({
        parent: shown?.parentElement ?? this.host.sample,
        before: shown,
        text: this.code,
        label: `Code of ${this.host.sample.dataset.sampleTitle || this.id}`,
        onChange: () => this.changed(),
        onRun: () => void this.run(),
      });
      if (shown) shown.hidden = true;
      this.markStatic(null);
      this.host.classList.add('pymem-editing');
      this.ui.edit.hidden = true;
      this.editor = handle;
      return handle;
    });
    return this.editorLoading.then((h) => {
      if (focus) h.focus();
      return h;
    });
  }

  private unmountEditor(): void {
    this.editor?.destroy();
    this.editor = null;
    this.editorLoading = null;
    const shown = this.highlighted();
    if (shown) shown.hidden = false;
    this.host.classList.remove('pymem-editing');
    this.ui.edit.hidden = false;
  }

  private async toggleHidden(): Promise<void> {
    const shown = this.current();
    this.code = this.expanded ? collapseElisions(shown, this.original, this.elisions) : expandElisions(shown, this.elisions);
    this.expanded = !this.expanded;
    this.ui.hidden.setAttribute('aria-pressed', String(this.expanded));
    this.ui.hidden.textContent = this.expanded ? 'Hide hidden code' : 'Show hidden code';
    if (!this.expanded && this.code === this.original && !this.isModified()) this.unmountEditor();
    else (await this.ensureEditor(false)).setText(this.code);
    this.changed();
  }

  private reset(): void {
    this.code = this.original;
    this.mode = this.defaultMode;
    this.ui.mode.value = this.defaultMode;
    this.expanded = false;
    this.ui.hidden.setAttribute('aria-pressed', 'false');
    this.ui.hidden.textContent = 'Show hidden code';
    this.vary = {};
    for (const i of Array.from(this.ui.vary.querySelectorAll('input'))) i.value = '';
    // The playground keeps its editor; a docs sample goes back to the site's highlighted block.
    if (this.host.hasAttribute('playground') && this.editor) this.editor.setText(this.original);
    else this.unmountEditor();
    clearTimeout(this.saveTimer);
    try {
      localStorage.removeItem(storageKey(this.id));
    } catch {
      /* ignore */
    }
    this.ui.reset.disabled = true;
    (this.ui.edit.hidden ? this.ui.run : this.ui.edit).focus();
    this.announce('Restored the original code.');
  }

  // --- copy / share --------------------------------------------------------------------------

  private async writeClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private async copy(): Promise<void> {
    const ok = await this.writeClipboard(this.current());
    this.announce(ok ? 'Code copied to the clipboard.' : 'Could not reach the clipboard; select the code and copy it.');
  }

  private async share(): Promise<void> {
    const state: SharedState = { code: this.current(), mode: this.mode };
    if (Object.keys(this.vary).length) state.vary = { ...this.vary };
    const hash = await encodeShare(this.id, state);
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    const box = this.ui.shareBox;
    box.replaceChildren();
    const label = document.createElement('label');
    label.textContent = 'Link to this code: ';
    const input = document.createElement('input');
    input.type = 'url';
    input.readOnly = true;
    input.value = url;
    input.className = 'pymem-share-url';
    label.append(input);
    box.append(label);
    box.hidden = false;
    input.select();
    const ok = await this.writeClipboard(url);
    this.announce(ok ? 'Share link copied to the clipboard.' : 'Share link ready to copy.');
  }

  // --- run -----------------------------------------------------------------------------------

  private options(): RunOptions {
    return {
      fileName: `${this.id}.c`,
      pythonmalloc: this.mode === 'default' ? null : this.mode,
      elisions: this.elisions,
    };
  }

  private source(): string {
    return applyVary(this.current(), this.vary);
  }

  private setRunning(delta: number): void {
    this.running += delta;
    const busy = this.running > 0;
    this.ui.stop.hidden = !busy;
    this.host.toggleAttribute('data-running', busy);
    this.ui.output.setAttribute('aria-busy', String(busy));
  }

  private async run(): Promise<void> {
    const out = this.ui.output;
    const t0 = performance.now();
    const source = this.source();
    const options = this.options();
    const mode = this.mode;
    const vary = { ...this.vary };
    const shift = varyShift(this.current(), vary);
    cancelHeap(this.host, this.id);
    const debugTimings = readDebugFlag() === 'timings';
    const { done } = this.client.send(`run:${this.id}`, { kind: 'run', source, options: debugTimings ? { ...options, timings: true } : options });
    if (this.keepMatrix && source !== this.matrixSource) void this.matrix();
    this.setRunning(+1);
    out.hidden = false;
    out.dataset.state = 'running';
    if (!out.firstChild) out.append(Object.assign(document.createElement('p'), { className: 'pymem-running', textContent: 'Running…' }));
    this.announce('Running.');
    const o = await done;
    this.setRunning(-1);
    if (o.kind === 'superseded') return;
    out.replaceChildren();
    if (o.kind === 'run') {
      out.append(renderResult(document, o.result));
      out.dataset.state = 'done';
      out.dataset.runMs = String(Math.round(performance.now() - t0));
      out.dataset.mode = mode;
      out.dataset.runs = String(++this.runs);
      if (debugTimings) {
        const phases = { ...o.result.timings, worker: o.ms, queued: (o as { queuedMs?: number }).queuedMs ?? 0, page: performance.now() - t0 };
        out.dataset.phases = JSON.stringify(phases);
        console.info('pymem run phases (ms)', phases);
      }
      this.lastShift = shift;
      this.announce(summary(o.result));
      this.dispatchResult({ sampleId: this.id, source, mode, options, vary, result: o.result });
    } else if (o.kind === 'stopped') {
      out.append(Object.assign(document.createElement('p'), { className: 'pymem-stopped', textContent: 'Stopped.' }));
      out.dataset.state = 'stopped';
      this.announce('Stopped.');
    } else if (o.kind === 'error') {
      out.append(Object.assign(document.createElement('p'), { className: 'pymem-runner-error', textContent: `The runner failed: ${o.message}` }));
      out.dataset.state = 'error';
      this.announce(`The runner failed: ${o.message}`);
    }
  }

  private stop(): void {
    this.client.stop();
    this.ui.run.focus();
  }

  private async matrix(): Promise<void> {
    const box = this.ui.matrixBox;
    box.hidden = false;
    box.dataset.state = 'running';
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'pymem-running', textContent: 'Running in every mode…' }));
    this.setRunning(+1);
    this.announce('Running in every mode.');
    clearTimeout(this.matrixTimer);
    let defaults: Record<string, string> = {};
    try {
      defaults = JSON.parse(this.host.sample.dataset.varyDefaults ?? '{}') as Record<string, string>;
    } catch {
      /* none */
    }
    const vary = Object.entries({ ...defaults, ...this.vary }).map(([k, v]) => `${k}=${v}`).join(', ');
    const source = this.source();
    this.matrixSource = source;
    const { done } = this.client.send(`matrix:${this.id}`, { kind: 'matrix', source, options: this.options(), modes: [...MODES] });
    const o = await done;
    this.setRunning(-1);
    if (o.kind === 'superseded') return;
    box.replaceChildren();
    if (o.kind === 'matrix') {
      box.append(renderMatrix(document, o.rows, `Outcome under each PYTHONMALLOC${vary ? ` (${vary})` : ''}`));
      box.dataset.state = 'done';
      this.announce(`Ran in ${o.rows.length} modes: ` + o.rows.map((r) => `${r.mode} ${r.result.signal ?? `status ${r.result.exitStatus}`}`).join('; '));
    } else {
      const text = o.kind === 'stopped' ? 'Stopped.' : o.kind === 'error' ? `The runner failed: ${o.message}` : '';
      box.append(Object.assign(document.createElement('p'), { textContent: text }));
      box.dataset.state = o.kind;
      this.announce(text);
    }
  }

  private dispatchResult(detail: PymemResultDetail): void {
    this.host.dispatchEvent(new CustomEvent<PymemResultDetail>('pymem-result', { detail, bubbles: true }));
  }

  // --- step-through line -----------------------------------------------------------------------

  private onStep(d: PymemStepDetail | undefined): void {
    const line = d && typeof d.line === 'number' && d.line > 0 ? shownLine(d.line, this.lastShift) : null;
    if (this.editor) this.editor.highlightLine(line);
    else this.markStatic(line);
  }

  /** Marks a line of the site's highlighted block (Expressive Code renders one .ec-line per line). */
  private markStatic(line: number | null): void {
    this.staticStepLine?.classList.remove('pymem-step-line');
    this.staticStepLine = null;
    if (line === null) return;
    const pre = this.host.sample.querySelector('pre');
    const lines = pre?.querySelectorAll('.ec-line, .line');
    const el = lines?.[line - 1];
    if (!el) return;
    el.classList.add('pymem-step-line');
    this.staticStepLine = el;
    el.scrollIntoView?.({ block: 'nearest' });
  }

  private announce(text: string): void {
    // Clearing first makes a repeated identical message be announced again.
    this.ui.live.textContent = '';
    requestAnimationFrame(() => (this.ui.live.textContent = text));
  }
}
