/*
 * The "Heap" panel under a runnable sample: after each completed run (the sample's bubbling
 * `pymem-result` event) it shows <pymem-step-controls> over a <pymem-heap-map> of that run, at its
 * last allocator call (where a failing check's reads are outlined), and steps through the calls
 * by deterministic replays in the worker (RunnerClient.loadStep). Main export: none; importing
 * this module (src/runner/client.ts does) installs one document-level listener. The heap-map code
 * is imported when the first panel mounts. Holds no allocator logic: it renders what the runtime
 * returns.
 */
import type { HeapStep, RunOptions, RunResult } from '../../runner/protocol';
import type { StepData } from '../../heap-map/history';
import type { EvidenceView, StepSnapshot } from '../../heap-map/input';
import type { PymemHeapMap, PymemStepControls } from '../heap-map/index';

/** What the runner UI sends with `pymem-result` (sample-controller.ts). */
export interface ResultDetail {
  sampleId: string;
  source: string;
  mode: string;
  /** The exact runC options of the run. */
  options: RunOptions;
  result: RunResult;
}

interface Panel {
  root: HTMLDetailsElement;
  controls: PymemStepControls;
  map: PymemHeapMap;
  note: HTMLElement;
  /** Bumped per result: an older result's answers are dropped. */
  generation: number;
}

const panels = new WeakMap<Element, Panel>();
let uid = 0;
let elements: Promise<unknown> | null = null;

function toStepData(h: HeapStep): StepData {
  return {
    snapshot: h.snapshot as StepSnapshot,
    line: h.line,
    evidence: h.evidence as EvidenceView | null,
    events: h.events,
    labels: h.labels,
    ...(h.complete ? { total: h.eventCount } : {}),
  };
}

/** Where the panel goes: the sample's heap slot, else right after its output, else at its end. */
function mount(sample: Element, root: HTMLElement): void {
  const slot = sample.querySelector('.pymem-heap-slot');
  if (slot) {
    slot.append(root);
    return;
  }
  const output = sample.querySelector('.pymem-output');
  if (output) output.after(root);
  else sample.append(root);
}

const PANEL_CSS = `
.pymem-heap-panel { margin-block-start: 0.75rem; padding: 0.25rem 0.75rem 0.75rem; border: 1px solid var(--sl-color-hairline, #d5d8de); border-radius: 4px; }
.pymem-heap-panel > summary { cursor: pointer; font-weight: 600; padding-block: 0.25rem; }
.pymem-heap-panel > summary:focus-visible { outline: 2px solid var(--sl-color-accent, #3b5bdb); outline-offset: 2px; }
.pymem-heap-note { margin: 0.25rem 0 0.5rem; font-size: 0.85rem; color: var(--sl-color-gray-2, #3b4049); }
.pymem-heap-panel > pymem-step-controls { margin-block-end: 0.5rem; }
`;

function addStyles(): void {
  if (document.getElementById('pymem-heap-panel-css')) return;
  const style = document.createElement('style');
  style.id = 'pymem-heap-panel-css';
  style.textContent = PANEL_CSS;
  document.head.append(style);
}

function createPanel(sample: Element, sampleId: string): Panel {
  addStyles();
  const id = `pymem-heap-${++uid}`;
  const root = document.createElement('details');
  root.className = 'pymem-heap-panel not-content';
  root.open = true;
  const summary = document.createElement('summary');
  summary.textContent = 'Heap';
  summary.setAttribute('aria-describedby', `${id}-note`);
  const note = document.createElement('p');
  note.id = `${id}-note`;
  note.className = 'pymem-heap-note';
  const controls = document.createElement('pymem-step-controls') as PymemStepControls;
  controls.setAttribute('for', `${id}-map`);
  const map = document.createElement('pymem-heap-map') as PymemHeapMap;
  map.id = `${id}-map`;
  map.setAttribute('aria-label', `Heap of ${sampleId}`);
  root.append(summary, note, controls, map);
  mount(sample, root);
  controls.map = map;
  return { root, controls, map, note, generation: 0 };
}

async function show(sample: Element, detail: ResultDetail): Promise<void> {
  let panel = panels.get(sample);
  if (detail.result.compileFailed) {
    if (panel) panel.root.hidden = true;
    return;
  }
  if (detail.result.limit) {
    // A run the step budget or memory cap ended may take as long again to replay: no automatic replay.
    if (panel) {
      panel.generation++;
      panel.root.hidden = true;
    }
    return;
  }
  elements ??= import('../heap-map/index');
  const [{ getRunnerClient }] = await Promise.all([import('../../runner/client'), elements]);
  if (!panel) {
    panel = createPanel(sample, detail.sampleId);
    panels.set(sample, panel);
  }
  const p = panel;
  const generation = ++p.generation;
  p.root.hidden = false;
  p.note.textContent = 'Loading the heap of this run…';
  const client = getRunnerClient();
  getClient = getRunnerClient;
  const key = `heap:${detail.sampleId}`;
  client.cancel(key);
  let end: HeapStep;
  try {
    end = await client.step(key, detail.source, detail.options, null);
  } catch (e) {
    if (generation === p.generation) p.note.textContent = `Could not load the heap: ${e instanceof Error ? e.message : String(e)}.`;
    return;
  }
  if (generation !== p.generation) return;
  const total = end.eventCount;
  p.note.textContent =
    `Step through the ${total} allocator call${total === 1 ? '' : 's'} of this run` +
    ` (PYTHONMALLOC=${detail.mode}); each step replays the program up to that call.` +
    (end.evidence ? ' The last step outlines the bytes the failing check read.' : '');
  const load = client.loadStep(key, detail.source, detail.options, total, end);
  p.controls.total = total;
  p.controls.loadStep = (n) => load(n).then(toStepData);
  await p.controls.goTo(total);
}

/**
 * A new Run of the sample is on its way: the heap of the last one is no longer wanted, so its
 * steps still queued in the worker are dropped (they would delay the Run), and answers in flight are stale.
 */
export function cancelHeap(sample: Element, sampleId: string): void {
  const panel = panels.get(sample);
  if (panel) panel.generation++;
  getClient?.().cancel(`heap:${sampleId}`);
}

let getClient: (() => { cancel(key: string): void }) | null = null;

function onResult(ev: Event): void {
  const detail = (ev as CustomEvent<ResultDetail>).detail;
  const target = ev.target;
  if (!detail || !detail.result || typeof detail.source !== 'string' || !(target instanceof Element)) return;
  const sample = target.closest('pymem-sample') ?? target;
  void show(sample, detail);
}

const FLAG = '__pymemHeapPanel';
if (typeof document !== 'undefined' && !(globalThis as Record<string, unknown>)[FLAG]) {
  (globalThis as Record<string, unknown>)[FLAG] = true;
  document.addEventListener('pymem-result', onResult);
}
