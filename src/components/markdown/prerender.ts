/*
 * Build-time runs of the docs' samples: runs a sample with runC (src/c/run.ts) in Node and turns
 * the result into the same markup the runner draws in the page (render-output.ts, through a tiny
 * DOM that builds hast), so the outcome is in the static HTML: readable and searchable without
 * JavaScript. Main exports: runSample, resultHast, matrixHast.
 * runC is loaded through tsx's loader (as bin/pymem.mjs does), not through Vite, so its Node-only
 * parser locator works during `astro build`. Runs are cached by (source, options) per process.
 */
import type { Element, ElementContent } from 'hast';
// Static on purpose: Astro loads the config (and this plugin) with a Vite module runner that is
// closed before the pages are compiled, so a dynamic import() here would fail during the build.
import { tsImport } from 'tsx/esm/api';
import type { Mode, RunResult } from '../../runner/protocol';
import { renderMatrix, renderResult, type Doc } from '../runner/render-output';

export interface SampleRunOptions {
  fileName: string;
  pythonmalloc: string | null;
  elisions: Record<string, string>;
}

type RunC = (source: string, options: Record<string, unknown>) => Promise<RunResult>;
let runCPromise: Promise<RunC> | null = null;

function loadRunC(): Promise<RunC> {
  runCPromise ??= (async () => {
    const mod = (await tsImport('../../c/run.ts', import.meta.url)) as { runC: RunC };
    return mod.runC;
  })();
  return runCPromise;
}

const cache = new Map<string, Promise<RunResult>>();

/** One run, as the page's Run would do it (no snapshot: the static page shows no heap map). */
export function runSample(source: string, options: SampleRunOptions): Promise<RunResult> {
  const key = JSON.stringify([source, options]);
  let p = cache.get(key);
  if (!p) {
    p = loadRunC().then((runC) => runC(source, { ...options, snapshot: false }));
    cache.set(key, p);
  }
  return p;
}

/** A DOM node just rich enough for render-output.ts; toHast() gives the hast element. */
class HastNode {
  children: HastNode[] = [];
  attrs: Record<string, string> = {};
  dataset: Record<string, string> = {};
  className = '';
  private text = '';
  constructor(readonly tag: string, text = '') {
    this.text = text;
  }
  get textContent(): string {
    return this.tag === '#text' ? this.text : this.children.map((c) => c.textContent).join('');
  }
  set textContent(v: string) {
    this.children = [new HastNode('#text', v)];
  }
  get firstElementChild(): HastNode | null {
    return this.children.find((c) => c.tag !== '#text') ?? null;
  }
  append(...n: HastNode[]): void {
    this.children.push(...n);
  }
  setAttribute(k: string, v: string): void {
    this.attrs[k] = v;
  }
  toHast(): ElementContent {
    if (this.tag === '#text') return { type: 'text', value: this.text };
    const camel = (s: string): string => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const properties: Record<string, string | string[]> = {};
    if (this.className) properties.className = this.className.split(/\s+/);
    for (const [k, v] of Object.entries(this.attrs)) properties[camel(k)] = v;
    for (const [k, v] of Object.entries(this.dataset)) properties[`data${k[0]!.toUpperCase()}${k.slice(1)}`] = v;
    return { type: 'element', tagName: this.tag, properties, children: this.children.map((c) => c.toHast()) };
  }
}

const doc = {
  createElement: (tag: string) => new HastNode(tag),
  createTextNode: (t: string) => new HastNode('#text', t),
} as unknown as Doc;

/** The terminal block for one result, as hast. */
export function resultHast(r: RunResult): ElementContent {
  return (renderResult(doc, r) as unknown as HastNode).toHast();
}

/** The outcome matrix, as hast. */
export function matrixHast(rows: { mode: Mode; result: RunResult }[], caption: string): Element {
  return (renderMatrix(doc, rows, caption) as unknown as HastNode).toHast() as Element;
}
