// remark plugin: wraps every ```c fence in the container the runner mounts onto, checks its
// declared outcomes, and (with `prerender`) runs it once at build time. Main export:
// remarkCSamples. Output, per sample:
//   <div class="c-sample" id="sample-ID" data-sample-id="ID" data-sample-meta="RAW META">
//     <pre>…highlighted by Expressive Code (Shiki) later, in rehype…</pre>
//     <template class="c-sample-source">exact fence text</template>
//     <template data-elision="...Do some I/O...">code for that line</template>   (0 or more)
//     <div class="pymem-output" data-state="prerendered">the default-mode run</div>  (prerender)
//     <div class="pymem-matrix-box" data-state="prerendered">every mode</div>   (meta `matrix`)
//   </div>
// ID is `id=` from the fence meta if given, else `<page>-<n>` (n counts C fences on the page).
// A ```c fence whose meta is `elision="LINE"` right after a sample is not a sample: it is the
// code for that sample's elided line LINE. `expect='...'` is parsed here (expect.ts); a bad
// token is a build error naming file, line and token. Leaves out: highlighting (Expressive Code).
import type { Code, Root } from 'mdast';
import type { ElementContent } from 'hast';
import type { FileLike } from './page-of-file.ts';
import { SKIP, visit } from 'unist-util-visit';
import { pageKey } from './page-of-file.ts';
import { ExpectSyntaxError, checkOutcome, parseExpect, type Expectations } from './expect.ts';
import { MODES, type Mode, type RunResult } from '../../runner/protocol.ts';
import { parseMeta, varyNames } from '../runner/sample-source.ts';
import { matrixHast, resultHast, runSample } from './prerender.ts';

export const C_LANGS = new Set(['c', 'C', 'h']);

/** `id=foo`, `id="foo"` or `id='foo'` anywhere in the fence meta. */
export function sampleIdFromMeta(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const m = /(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  const id = m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
  if (id === null) return null;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(id)) {
    throw new Error(`C sample id=${JSON.stringify(id)}: use letters, digits, '.', '_' or '-'`);
  }
  return id;
}

/** The elided line a fence supplies code for (meta `elision="LINE"`), or null. */
export function elisionKeyFromMeta(meta: string | null | undefined): string | null {
  const v = parseMeta(meta).elision;
  return typeof v === 'string' ? v.trim() : null;
}

/** The declared outcomes, or a build error `file:line: bad expect token "…": …`. */
export function expectFromMeta(meta: string | null | undefined, where: string): Expectations | null {
  const v = parseMeta(meta).expect;
  if (v === undefined) return null;
  if (v === true) throw new Error(`${where}: expect needs a value, e.g. expect='default:ok debug:SIGSEGV …'`);
  try {
    return parseExpect(v);
  } catch (e) {
    if (e instanceof ExpectSyntaxError) throw new Error(`${where}: ${e.message}`);
    throw e;
  }
}

export interface CSampleData {
  sampleId: string;
  meta: string;
}

type Raw = { type: string; data: Record<string, unknown> };

/**
 * The wrapper node. Not registered in mdast's content map on purpose: that augmentation would
 * leak into every other plugin's types. mdast-util-to-hast turns it into a <div> via `data`.
 */
export interface CSampleNode {
  type: 'cSample';
  data: CSampleData & { hName: 'div'; hProperties: Record<string, string | string[]> };
  children: [Code, ...Raw[]];
}

export interface RemarkCSamplesOptions {
  contentDir: string;
  /** Run each sample at build time and put its outcome in the HTML (the site does; unit tests need not). */
  prerender?: boolean;
}

const hastNode = (tag: string, props: Record<string, string | string[]>, children: ElementContent[]): Raw => ({
  type: 'cSamplePart',
  data: { hName: tag, hProperties: props, hChildren: children },
});

export function remarkCSamples(options: RemarkCSamplesOptions) {
  return async function transform(tree: Root, file: FileLike): Promise<void> {
    const key = pageKey(file, options.contentDir);
    const used = new Set<string>();
    const jobs: (() => Promise<void>)[] = [];
    let position = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined || !C_LANGS.has(node.lang ?? '')) return;
      if ((parent as { type: string }).type === 'cSample') return;
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      if (elisionKeyFromMeta(node.meta) !== null) {
        throw new Error(`${where}: an elision="…" fence must follow the C sample it belongs to`);
      }
      position += 1;
      const meta = node.meta ?? '';
      const sampleId = sampleIdFromMeta(meta) ?? `${key}-${position}`;
      if (used.has(sampleId)) {
        throw new Error(`${file.path}: two C samples have the id "${sampleId}"`);
      }
      used.add(sampleId);
      const expect = expectFromMeta(meta, where);
      // The fences right after the sample that give code for its elided lines.
      const elisions: Record<string, string> = {};
      const parts: Raw[] = [];
      let next = index + 1;
      for (let sib = parent.children[next]; sib?.type === 'code' && elisionKeyFromMeta(sib.meta) !== null; sib = parent.children[next]) {
        const line = elisionKeyFromMeta(sib.meta)!;
        if (!node.value.split('\n').some((l) => l.trim() === line || l.trim().replace(/^\/\*\s*|\s*\*\/$|^\/\/\s*/g, '') === line)) {
          throw new Error(`${file.path}:${sib.position?.start.line ?? '?'}: elision="${line}" matches no line of the sample above`);
        }
        elisions[line] = sib.value.endsWith('\n') ? sib.value : `${sib.value}\n`;
        parts.push(hastNode('template', { dataElision: line, dataPagefindIgnore: '' }, [{ type: 'text', value: elisions[line]! }]));
        parent.children.splice(next, 1);
      }
      const wrapper: CSampleNode = {
        type: 'cSample',
        data: {
          sampleId,
          meta,
          hName: 'div',
          hProperties: {
            className: ['c-sample'],
            id: `sample-${sampleId}`,
            dataSampleId: sampleId,
            dataSampleMeta: meta,
          },
        },
        children: [
          node,
          {
            type: 'cSampleSource',
            data: {
              hName: 'template',
              hProperties: { className: ['c-sample-source'], dataPagefindIgnore: '' },
              hChildren: [{ type: 'text', value: node.value }],
            },
          },
          ...parts,
        ],
      };
      parent.children[index] = wrapper as unknown as (typeof parent.children)[number];
      if (options.prerender) {
        const flags = parseMeta(meta);
        jobs.push(() => prerender(wrapper, node.value, { sampleId, elisions, expect, where, matrix: flags.matrix !== undefined, vary: varyNames(flags) }));
      }
      return [SKIP, index + 1];
    });
    // One at a time: runC is synchronous after its first (parser-loading) call anyway.
    for (const job of jobs) await job();
  };
}

interface PrerenderJob {
  sampleId: string;
  elisions: Record<string, string>;
  expect: Expectations | null;
  where: string;
  matrix: boolean;
  vary: string[];
}

async function prerender(wrapper: CSampleNode, source: string, job: PrerenderJob): Promise<void> {
  const opts = (mode: Mode) => ({ fileName: `${job.sampleId}.c`, pythonmalloc: mode === 'default' ? null : mode, elisions: job.elisions });
  const modes: Mode[] = job.matrix ? [...MODES] : ['default'];
  const rows: { mode: Mode; result: RunResult }[] = [];
  for (const mode of modes) rows.push({ mode, result: await runSample(source, opts(mode)) });
  for (const { mode, result } of rows) {
    const e = job.expect?.[mode];
    const wrong = e ? checkOutcome(e, result) : null;
    // A warning, not an error: the doc tests (vitest and Playwright) fail on it.
    if (wrong) console.warn(`[c-samples] ${job.where} (${job.sampleId}) PYTHONMALLOC=${mode}: ${wrong}`);
  }
  const defaults: Record<string, string> = {};
  for (const name of job.vary) {
    const r = await runSample(`#include <Python.h>\nint main(void) { printf("%ld", (long) (${name})); return 0; }\n`, { fileName: 'macro.c', pythonmalloc: null, elisions: {} });
    if (!r.compileFailed && r.exitStatus === 0) defaults[name] = r.stdout;
  }
  if (Object.keys(defaults).length) wrapper.data.hProperties.dataVaryDefaults = JSON.stringify(defaults);
  const first = rows[0]!.result;
  wrapper.children.push(hastNode('div', {
    className: ['pymem-output', 'pymem-prerendered', 'not-content'],
    role: 'region',
    ariaLabel: `Output of ${job.sampleId}`,
    dataState: 'prerendered',
    dataMode: 'default',
  }, [
    { type: 'element', tagName: 'p', properties: { className: ['pymem-output-note'] }, children: [{ type: 'text', value: 'Output with PYTHONMALLOC unset (computed when this page was built):' }] },
    resultHast(first),
  ]));
  if (job.matrix) {
    const vary = Object.entries(defaults).map(([k, v]) => `${k}=${v}`).join(', ');
    wrapper.children.push(hastNode('div', {
      className: ['pymem-matrix-box', 'not-content'],
      dataState: 'prerendered',
    }, [matrixHast(rows, `Outcome under each PYTHONMALLOC${vary ? ` (${vary})` : ''}`)]));
  }
}
