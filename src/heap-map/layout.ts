/*
 * The heap map's layout: one step of the machine as boxes, from its HeapSnapshot alone. Left
 * column: glibc's sbrk heap (chunks in address order, header with A|M|P, free chunks named by the
 * list that holds them, the top chunk) and the mmapped chunks. Right column: pymalloc's arenas ->
 * pools -> blocks, each pool with its size class, state (used / full / empty) and free-list order.
 * Blocks with debug-hook decorations are split into their pads [S I F | data | F].
 * Main export: layoutHeap(input) -> HeapLayout. Pure: no DOM, no allocator logic.
 *
 * Scale is not linear: boxes follow address order with widths from size buckets. Big heaps stay
 * legible by collapsing: runs of uneventful chunks, arenas, pools and runs of blocks become
 * summaries with counts. Ids that input.expanded / input.collapsed name:
 *   run:0x<first chunk>   arena:<index>   pool:0x<pool>   blocks:0x<first block>
 * Something is "eventful" (drawn open automatically) when it holds a labelled variable, the
 * highlighted address, a change since the previous step, or a corrupt free list.
 */

import { ChangeIndex, strongest, type Change } from './changes';
import {
  hex,
  toHeapSnapshot,
  type DebugPadView,
  type GlibcChunkSnapshot,
  type HeapMapInput,
  type HeapSnapshot,
  type Highlight,
  type LiveBlock,
  type PymallocArena,
  type PymallocBlock,
  type PymallocPool,
} from './input';

export const MAP_WIDTH = 1000;
const COL_W = 490;
const GLIBC_X = 0;
const PY_X = 510;
const HEADING_H = 24;
const GAP = 4;
const ROW_GAP = 6;
const PAD = 6;
const CHUNK_H = 42;
const UNIT = 26;
const POOL_SUMMARY_W = 114;
const POOL_SUMMARY_H = 36;
const ARENA_SUMMARY_H = 42;
const CELL_H = 24;
const INNER_HEADING_H = 20;
/** Room above a pool's cells for the free-list arcs. */
const ARROW_ROOM = 16;
const CHAR_W = 6.6;
/** A word (8 bytes) of header or pad is drawn this wide, whatever the box's scale. */
const WORD_W = 7;
/** Fewer chunks than this and nothing in the glibc heap collapses. */
const SMALL_HEAP_CHUNKS = 40;
const MIN_CHUNK_RUN = 6;
const MIN_BLOCK_RUN = 8;
/** Free-list entries nearer the head than this are drawn one by one (the next mallocs take them). */
const FREE_HEAD_SHOWN = 8;
const MAX_ARROWS_PER_POOL = 24;
/** Variables described one by one in the screen-reader summary. */
const SUMMARY_VARIABLES = 24;

export type ItemKind = 'chunk' | 'chunk-run' | 'mmapped' | 'arena' | 'pool' | 'block' | 'block-run' | 'virgin-run';

export type SegmentKind = 'chunk-header' | 'pool-header' | 'pad-size' | 'pad-id' | 'data' | 'pad-tail' | 'slack';

/** A horizontal slice of a box that stands for a byte range (header, pad, data...). */
export interface Segment {
  kind: SegmentKind;
  x: number;
  w: number;
  address: number;
  length: number;
  /** For pads: the API id byte of the decoration it belongs to. */
  apiId?: number;
}

export interface MapItem {
  id: string;
  kind: ItemKind;
  parent: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Byte span this box stands for. */
  address: number;
  length: number;
  /** chunk: in-use/free/top/mmapped; block: allocated/free/virgin; pool: used/full/empty; summaries: mixed. */
  state: string;
  /** One letter drawn when no text fits; also in the legend (colour is never the only signal). */
  code: string;
  title: string;
  detail: string;
  ariaLabel: string;
  focusable: boolean;
  expandable: boolean;
  expanded: boolean;
  /** Variable names that point into this box. */
  labels: string[];
  api?: string;
  requested?: number;
  /** The list holding a free glibc chunk, and its place in it (0 = head). */
  list?: string;
  listPosition?: number;
  listLength?: number;
  freeIndex?: number;
  flags?: { A: boolean; M: boolean; P: boolean };
  changed?: Change;
  /** For summaries: how many things inside changed. */
  changedInside: number;
  /** Live blocks inside (for a leaf: 0 or 1, more for a double-wrapped block). */
  liveCount: number;
  segments: Segment[];
  /** For the hex view: where the user pointer is and which pads nest inside. */
  userPointer?: number;
  pads?: DebugPadView[];
  /** "glibc chunk at 0x...", "pymalloc block at 0x... in pool 0x...". */
  owner: string;
}

export interface Arrow {
  id: string;
  kind: 'freelist' | 'freelist-loop';
  from: string;
  to: string;
  d: string;
  /** "freeblock", "next", "next (loops back)". */
  label: string;
}

export interface HighlightBox {
  address: number;
  length: number;
  bytes: number[] | null;
  meaning: string;
  /** The leaf or summary that holds the address; null when nothing drawn does (unmapped, elsewhere). */
  itemId: string | null;
  rect: { x: number; y: number; w: number; h: number } | null;
  /** "buf1-8" when a variable is near. */
  where: string;
}

export interface LiveLocation {
  block: LiveBlock;
  /** The drawn leaf holding it, or the summary it is folded into. */
  itemId: string | null;
  /** Whether itemId is the block's own box (false: folded into a summary). */
  drawn: boolean;
}

export interface HeapLayout {
  width: number;
  height: number;
  items: MapItem[];
  arrows: Arrow[];
  highlights: HighlightBox[];
  live: LiveLocation[];
  /** For screen readers: the whole picture in a few sentences. */
  summary: string;
  headings: { x: number; y: number; text: string }[];
}

// ---- sizes -----------------------------------------------------------------------------------

/** Width units of a chunk by size bucket: 0x20, 0x80, 0x400, 16 KiB, 128 KiB, more. */
export function chunkUnits(bytes: number): number {
  if (bytes <= 0x20) return 1;
  if (bytes <= 0x80) return 2;
  if (bytes <= 0x400) return 3;
  if (bytes <= 0x4000) return 4;
  if (bytes <= 0x20000) return 5;
  return 6;
}

/** Width of a pymalloc block cell by size class: 16 B -> 12 px ... 512 B -> 27 px. */
export function blockCellWidth(blockSize: number): number {
  return 12 + 3 * Math.max(0, Math.round(Math.log2(Math.max(16, blockSize) / 16)));
}

export function textWidth(s: string): number {
  return Math.ceil(s.length * CHAR_W) + 8;
}

// ---- row packing -----------------------------------------------------------------------------

class Flow {
  private cx: number;
  private cy: number;
  private rowH = 0;
  constructor(
    private readonly x0: number,
    private readonly width: number,
    y0: number,
  ) {
    this.cx = x0;
    this.cy = y0;
  }
  place(w: number, h: number): { x: number; y: number } {
    const ww = Math.min(w, this.width);
    if (this.cx > this.x0 && this.cx + ww > this.x0 + this.width) this.newline();
    const at = { x: this.cx, y: this.cy };
    this.cx += ww + GAP;
    this.rowH = Math.max(this.rowH, h);
    return at;
  }
  newline(): void {
    if (this.rowH === 0) return;
    this.cx = this.x0;
    this.cy += this.rowH + ROW_GAP;
    this.rowH = 0;
  }
  /** Continue on a fresh row at y (below a box placed outside the flow). */
  jumpTo(y: number): void {
    this.cx = this.x0;
    this.cy = y;
    this.rowH = 0;
  }
  /** y just below everything placed. */
  bottom(): number {
    return this.rowH === 0 ? this.cy : this.cy + this.rowH;
  }
}

// ---- lookups ---------------------------------------------------------------------------------

function overlaps(a: number, alen: number, b: number, blen: number): boolean {
  return a < b + blen && b < a + Math.max(1, alen);
}

/** 1234567 -> "1,234,567" (toLocaleString is slow and locale-dependent). */
export function commas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${commas(n)} ${n === 1 ? one : many}`;
}

function flagLetters(f: { A: boolean; M: boolean; P: boolean }): string {
  return (f.A ? 'A' : '-') + (f.M ? 'M' : '-') + (f.P ? 'P' : '-');
}

function apiChar(id: number): string {
  return id >= 0x20 && id < 0x7f ? `'${String.fromCharCode(id)}'` : `0x${id.toString(16).padStart(2, '0')}`;
}

/** Where a pool's bookkeeping puts its bytes: the pool's size is maxnextoffset + block size. */
function poolEnd(p: PymallocPool): number {
  return p.blockSize ? p.address + p.maxnextoffset + p.blockSize : p.address + p.nextoffset;
}

// ---- the layout --------------------------------------------------------------------------------

interface Context {
  snap: HeapSnapshot;
  changes: ChangeIndex;
  labelsAt: Map<number, string[]>;
  liveByAddr: Map<number, LiveBlock>;
  padsByAddr: Map<number, DebugPadView>;
  highlights: Highlight[];
  expanded: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  items: MapItem[];
  arrows: Arrow[];
  /** Leaf item id (or summary id) for each live block address. */
  liveItem: Map<number, { id: string; drawn: boolean }>;
  /** Sorted addresses of live blocks, debug headers and labels: anything else is uneventful. */
  marks: Float64Array;
  liveSorted: Float64Array;
  labelSorted: Float64Array;
}

/**
 * The addresses of all the lists, ascending (each once when `once`). A Float64Array: its sort
 * compares numbers without calling back into JavaScript (a program can name 10,000 blocks).
 */
function sortedAddresses(lists: readonly number[][], once: boolean): Float64Array {
  const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let k = 0;
  for (const l of lists) for (const a of l) all[k++] = a;
  all.sort();
  if (!once) return all;
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** First index in sorted `arr` with arr[i] >= a. */
function lowerBound(arr: ArrayLike<number>, a: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anyIn(arr: ArrayLike<number>, start: number, end: number): boolean {
  const i = lowerBound(arr, start);
  return i < arr.length && arr[i]! < end;
}

function eachIn(arr: ArrayLike<number>, start: number, end: number, f: (a: number) => void): void {
  for (let i = lowerBound(arr, start); i < arr.length && arr[i]! < end; i++) f(arr[i]!);
}

function highlightIn(ctx: Context, start: number, end: number): boolean {
  for (const h of ctx.highlights) if (overlaps(h.address, h.length, start, end - start)) return true;
  return false;
}

const EMPTY: Contents = { lives: [], primary: null, pads: [], labels: [], labelledLive: false, highlighted: false };

/** A container's user range and what nests in it (pads, live blocks, labels). */
interface Contents {
  lives: LiveBlock[];
  primary: LiveBlock | null;
  pads: DebugPadView[];
  labels: string[];
  labelledLive: boolean;
  highlighted: boolean;
}

function isOpen(ctx: Context, id: string, auto: boolean): boolean {
  if (ctx.collapsed.has(id)) return false;
  return ctx.expanded.has(id) || auto;
}

function contentsOf(ctx: Context, start: number, userStart: number, end: number): Contents {
  const highlighted = highlightIn(ctx, start, end);
  if (!highlighted && !anyIn(ctx.marks, start, end)) return EMPTY;
  const pads: DebugPadView[] = [];
  let cur = userStart;
  // Nested decorations: q = p - 16 is where the wrapped allocator's block begins.
  for (let guard = 0; guard < 4; guard++) {
    const pad = ctx.padsByAddr.get(cur + 16);
    if (!pad || cur + 16 >= end) break;
    pads.push(pad);
    cur += 16;
  }
  const lives: LiveBlock[] = [];
  for (let a = userStart; a <= cur; a += 16) {
    const l = ctx.liveByAddr.get(a);
    if (l) lives.push(l);
  }
  const labels: string[] = [];
  const ls = ctx.labelSorted;
  for (let i = lowerBound(ls, start); i < ls.length && ls[i]! < end; i++) for (const name of ctx.labelsAt.get(ls[i]!)!) labels.push(name);
  let primary: LiveBlock | null = null;
  for (const l of lives) if (!primary || ctx.labelsAt.has(l.address) || l.address > primary.address) primary = l;
  const labelledLive = lives.some((l) => ctx.labelsAt.has(l.address));
  return { lives, primary, pads, labels, labelledLive, highlighted };
}

/** Splits a box of width w into header / pads / data / tails / slack segments. */
function segmentsFor(
  x: number,
  w: number,
  start: number,
  end: number,
  headerKind: 'chunk-header' | null,
  userStart: number,
  pads: DebugPadView[],
): Segment[] {
  const segs: { kind: SegmentKind; address: number; length: number; apiId?: number; fixed: boolean }[] = [];
  if (headerKind) segs.push({ kind: headerKind, address: start, length: userStart - start, fixed: true });
  let cur = userStart;
  for (const pad of pads) {
    segs.push({ kind: 'pad-size', address: cur, length: 8, apiId: pad.apiId, fixed: true });
    segs.push({ kind: 'pad-id', address: cur + 8, length: 8, apiId: pad.apiId, fixed: true });
    cur += 16;
  }
  const inner = pads[pads.length - 1];
  const n = inner ? Number(inner.size) : NaN;
  let dataEnd = end;
  const tails: { address: number; apiId: number }[] = [];
  if (inner && Number.isFinite(n) && cur + n <= end) {
    dataEnd = cur + n;
    // Tails sit one after another: the innermost right after the data, then each outer one.
    let t = dataEnd;
    for (let i = pads.length - 1; i >= 0; i--) {
      const pad = pads[i]!;
      const padTail = pad.address + Number(pad.size);
      if (padTail !== t || padTail + 8 > end) break;
      tails.push({ address: padTail, apiId: pad.apiId });
      t = padTail + 8;
    }
  }
  if (dataEnd > cur) segs.push({ kind: 'data', address: cur, length: dataEnd - cur, fixed: false });
  let after = dataEnd;
  for (const t of tails) {
    segs.push({ kind: 'pad-tail', address: t.address, length: 8, apiId: t.apiId, fixed: true });
    after = t.address + 8;
  }
  if (tails.length && after < end) segs.push({ kind: 'slack', address: after, length: end - after, fixed: true });
  const fixedW = (s: { kind: SegmentKind; length: number }) =>
    s.kind === 'chunk-header' ? 2 * WORD_W : s.kind === 'slack' ? 4 : WORD_W * Math.max(1, Math.round(s.length / 8));
  let fixedTotal = 0;
  for (const s of segs) if (s.fixed) fixedTotal += fixedW(s);
  const dataW = Math.max(4, w - fixedTotal);
  const out: Segment[] = [];
  let cx = x;
  for (const s of segs) {
    const sw = s.fixed ? fixedW(s) : dataW;
    const seg: Segment = { kind: s.kind, x: cx, w: sw, address: s.address, length: s.length };
    if (s.apiId !== undefined) seg.apiId = s.apiId;
    out.push(seg);
    cx += sw;
  }
  // Rounding can leave the last segment past the box; pull it back in.
  const last = out[out.length - 1];
  if (last && last.x + last.w > x + w) last.w = Math.max(1, x + w - last.x);
  return out;
}

function minWidthFor(c: Contents, header: boolean): number {
  let w = header ? 2 * WORD_W : 0;
  w += c.pads.length * 3 * WORD_W + 14;
  return w;
}

/** The requested size and API of the box's primary live block (null when it holds none). */
function describeLive(c: Contents): { size: number | null; api: string | null } {
  const p = c.primary;
  return { size: p ? p.size : null, api: p ? p.api : null };
}

// ---- glibc -----------------------------------------------------------------------------------

function glibcItemFor(
  ctx: Context,
  chunk: GlibcChunkSnapshot,
  parent: string | null,
  x: number,
  y: number,
  w: number,
  c: Contents,
  listInfo: { position: number; length: number } | null,
  special: string | null,
): MapItem {
  const id = `chunk:${hex(chunk.address)}`;
  const owner = `glibc chunk at ${hex(chunk.address)}`;
  const label = c.labels.join(', ');
  const { size, api } = describeLive(c);
  const sizeText = `${hex(chunk.size)}`;
  let state: string = chunk.state;
  let code = 'u';
  let detail = `in use · ${flagLetters(chunk.flags)}`;
  if (chunk.state === 'top') {
    code = 'T';
    detail = `top · ${flagLetters(chunk.flags)}`;
  } else if (chunk.state === 'free') {
    code = chunk.list?.startsWith('tcache') ? 't' : chunk.list?.startsWith('fastbin') ? 'f' : 'b';
    detail = `${chunk.list ?? 'free'}${listInfo ? ` #${listInfo.position}` : ''}`;
  }
  const title = label || special || (size !== null ? `${size} B` : sizeText);
  let aria: string;
  if (chunk.state === 'top') {
    aria = `top chunk, ${hex(chunk.size)} bytes, ${owner}`;
  } else if (chunk.state === 'free') {
    const where = chunk.list
      ? `in ${chunk.list}${listInfo ? `, position ${listInfo.position + 1} of ${listInfo.length}` : ''}`
      : 'on no list';
    aria = `${label ? label + ', ' : ''}free chunk of ${hex(chunk.size)} bytes ${where}, ${owner}`;
  } else {
    const parts: string[] = [];
    if (label) parts.push(label);
    else if (special) parts.push(special);
    parts.push(size !== null ? `${size} bytes` : `${hex(chunk.size)}-byte chunk`);
    if (api) parts.push(api);
    parts.push(owner);
    aria = parts.join(', ');
  }
  if (c.pads.length) aria += `, debug pads ${c.pads.map((p) => apiChar(p.apiId)).join(' in ')}`;
  const changed = strongest(ctx.changes.chunk(chunk.address), ...c.lives.map((l) => ctx.changes.live(l.address)), ...c.pads.map((p) => ctx.changes.pad(p.address)));
  const item: MapItem = {
    id,
    kind: 'chunk',
    parent,
    x,
    y,
    w,
    h: CHUNK_H,
    address: chunk.address,
    length: chunk.size,
    state,
    code,
    title,
    detail,
    ariaLabel: aria,
    focusable: true,
    expandable: false,
    expanded: false,
    labels: c.labels,
    flags: chunk.flags,
    changedInside: 0,
    liveCount: c.lives.length,
    segments: segmentsFor(x, w, chunk.address, chunk.address + chunk.size, 'chunk-header', chunk.mem, c.pads),
    userPointer: c.primary?.address ?? chunk.mem,
    pads: c.pads,
    owner,
  };
  if (api) item.api = api;
  if (size !== null) item.requested = size;
  if (chunk.list) item.list = chunk.list;
  if (listInfo) {
    item.listPosition = listInfo.position;
    item.listLength = listInfo.length;
  }
  if (changed) item.changed = changed;
  return item;
}

function layoutGlibc(ctx: Context, y0: number, headings: HeapLayout['headings']): number {
  const g = ctx.snap.glibc;
  const chunks = g.chunks;
  const listPos = new Map<number, { position: number; length: number }>();
  for (const list of Object.values(g.lists)) list.forEach((a, i) => listPos.set(a, { position: i, length: list.length }));
  const special = new Map<number, string>();
  if (g.tcache !== null) special.set(g.tcache - 16, 'tcache_perthread_struct');
  if (ctx.snap.pymalloc && ctx.snap.pymalloc.arenasVector) special.set(ctx.snap.pymalloc.arenasVector - 16, 'arenas[] (arena_object)');

  headings.push({
    x: GLIBC_X,
    y: y0 + 16,
    text:
      g.heapStart === null
        ? 'glibc main_arena: no heap yet'
        : `glibc main_arena heap ${hex(g.heapStart)}–${hex(g.heapEnd ?? g.brk)} · ${plural(chunks.length, 'chunk')}`,
  });
  let y = y0 + HEADING_H;
  const contents = chunks.map((ch) => contentsOf(ctx, ch.address, ch.mem, ch.address + ch.size));
  const eventful = chunks.map(
    (ch, i) =>
      ch.state === 'top' ||
      contents[i]!.labels.length > 0 ||
      contents[i]!.highlighted ||
      strongest(ctx.changes.chunk(ch.address), ...contents[i]!.lives.map((l) => ctx.changes.live(l.address))) !== undefined,
  );
  const small = chunks.length < SMALL_HEAP_CHUNKS;
  const flow = new Flow(GLIBC_X, COL_W, y);

  const placeChunk = (i: number, parent: string | null, f: Flow) => {
    const ch = chunks[i]!;
    const c = contents[i]!;
    const label = c.labels.join(', ') || special.get(ch.address) || '';
    const w = Math.min(COL_W - 2 * PAD, Math.max(chunkUnits(ch.size) * UNIT, label ? textWidth(label) : 0, minWidthFor(c, true)));
    const at = f.place(w, CHUNK_H);
    const item = glibcItemFor(ctx, ch, parent, at.x, at.y, w, c, listPos.get(ch.address) ?? null, special.get(ch.address) ?? null);
    ctx.items.push(item);
    for (const l of c.lives) ctx.liveItem.set(l.address, { id: item.id, drawn: true });
  };

  let i = 0;
  while (i < chunks.length) {
    if (small || eventful[i]) {
      placeChunk(i, null, flow);
      i++;
      continue;
    }
    let j = i;
    while (j < chunks.length && !eventful[j]) j++;
    if (j - i < MIN_CHUNK_RUN) {
      for (; i < j; i++) placeChunk(i, null, flow);
      continue;
    }
    const first = chunks[i]!;
    const last = chunks[j - 1]!;
    const id = `run:${hex(first.address)}`;
    const open = isOpen(ctx, id, false);
    const run = chunks.slice(i, j);
    const nFree = run.filter((c) => c.state === 'free').length;
    let nLive = 0;
    for (let k = i; k < j; k++) nLive += contents[k]!.lives.length;
    const span = last.address + last.size - first.address;
    const title = `${plural(run.length, 'chunk')}`;
    const detail = `${run.length - nFree} in use · ${nFree} free`;
    const aria = `${run.length} chunks from ${hex(first.address)} to ${hex(first.address + span)}, ${run.length - nFree} in use, ${nFree} free, ${open ? 'expanded' : 'collapsed'}`;
    const base: Omit<MapItem, 'x' | 'y' | 'w' | 'h'> = {
      id,
      kind: 'chunk-run',
      parent: null,
      address: first.address,
      length: span,
      state: nFree === 0 ? 'in-use' : nFree === run.length ? 'free' : 'mixed',
      code: '…',
      title,
      detail,
      ariaLabel: aria,
      focusable: true,
      expandable: true,
      expanded: open,
      labels: [],
      changedInside: 0,
      liveCount: nLive,
      segments: [],
      owner: `glibc chunks ${hex(first.address)}–${hex(first.address + span)}`,
    };
    if (!open) {
      const w = 4 * UNIT + 8;
      const at = flow.place(w, CHUNK_H);
      ctx.items.push({ ...base, x: at.x, y: at.y, w, h: CHUNK_H });
      for (let k = i; k < j; k++) for (const l of contents[k]!.lives) ctx.liveItem.set(l.address, { id, drawn: false });
    } else {
      flow.newline();
      const top = flow.bottom() + (flow.bottom() > y ? ROW_GAP : 0);
      const inner = new Flow(GLIBC_X + PAD, COL_W - 2 * PAD, top + INNER_HEADING_H);
      const runItem: MapItem = { ...base, x: GLIBC_X, y: top, w: COL_W, h: 0 };
      ctx.items.push(runItem);
      for (let k = i; k < j; k++) placeChunk(k, id, inner);
      runItem.h = inner.bottom() - top + PAD;
      flow.jumpTo(top + runItem.h + ROW_GAP);
    }
    i = j;
  }
  y = flow.bottom();

  if (g.mmapped.length) {
    y += ROW_GAP * 2;
    headings.push({ x: GLIBC_X, y: y + 16, text: `mmapped chunks · ${g.mmapped.length}` });
    y += HEADING_H;
    const mf = new Flow(GLIBC_X, COL_W, y);
    for (const m of g.mmapped) {
      const c = contentsOf(ctx, m.address, m.mem, m.address + m.size);
      const label = c.labels.join(', ');
      const w = Math.min(COL_W, Math.max(chunkUnits(m.size) * UNIT, label ? textWidth(label) : 0, minWidthFor(c, true)));
      const at = mf.place(w, CHUNK_H);
      const owner = `mmapped glibc chunk at ${hex(m.address)}`;
      const { size, api } = describeLive(c);
      const parts = [label, size !== null ? `${size} bytes` : `${hex(m.size)}-byte mapping`, api ?? '', owner].filter(Boolean);
      const item: MapItem = {
        id: `mmap:${hex(m.address)}`,
        kind: 'mmapped',
        parent: null,
        x: at.x,
        y: at.y,
        w,
        h: CHUNK_H,
        address: m.address,
        length: m.size,
        state: 'mmapped',
        code: 'M',
        title: label || (size !== null ? `${size} B` : hex(m.size)),
        detail: `mmapped · -M-`,
        ariaLabel: parts.join(', ') + (c.pads.length ? `, debug pads ${c.pads.map((p) => apiChar(p.apiId)).join(' in ')}` : ''),
        focusable: true,
        expandable: false,
        expanded: false,
        labels: c.labels,
        flags: { A: false, M: true, P: false },
        changedInside: 0,
        liveCount: c.lives.length,
        segments: segmentsFor(at.x, w, m.address, m.address + m.size, 'chunk-header', m.mem, c.pads),
        userPointer: c.primary?.address ?? m.mem,
        pads: c.pads,
        owner,
      };
      if (api) item.api = api;
      if (size !== null) item.requested = size;
      const ch = strongest(ctx.changes.mmapped(m.address, m.size), ...c.lives.map((l) => ctx.changes.live(l.address)));
      if (ch) item.changed = ch;
      ctx.items.push(item);
      for (const l of c.lives) ctx.liveItem.set(l.address, { id: item.id, drawn: true });
    }
    y = mf.bottom();
  }
  return y;
}

// ---- pymalloc --------------------------------------------------------------------------------

interface PoolFacts {
  pool: PymallocPool;
  eventful: boolean;
  changed: number;
  live: number;
}

function poolFacts(ctx: Context, pool: PymallocPool): PoolFacts {
  const end = poolEnd(pool);
  const pc = ctx.changes.pool(pool);
  let live = 0;
  eachIn(ctx.liveSorted, pool.address, end, () => live++);
  let changed = 0;
  if (pc) {
    changed = 1;
    for (let i = 0; i < pool.blocks.length; i++) if (ctx.changes.block(pool, i)) changed++;
  }
  const eventful = !!pool.freeListError || !!pc || anyIn(ctx.labelSorted, pool.address, end) || highlightIn(ctx, pool.address, end);
  return { pool, eventful, changed, live };
}

function blockChange(ctx: Context, pool: PymallocPool, i: number, c: Contents): Change | undefined {
  return strongest(ctx.changes.block(pool, i), ...c.lives.map((l) => ctx.changes.live(l.address)), ...c.pads.map((d) => ctx.changes.pad(d.address)));
}

function blockContents(ctx: Context, pool: PymallocPool, b: PymallocBlock): Contents {
  return contentsOf(ctx, b.address, b.address, b.address + pool.blockSize);
}

function blockEventful(ctx: Context, pool: PymallocPool, i: number): boolean {
  const b = pool.blocks[i]!;
  const c = blockContents(ctx, pool, b);
  if (c.labels.length || c.highlighted) return true;
  if (blockChange(ctx, pool, i, c)) return true;
  if (b.state === 'free' && b.freeIndex !== undefined && (b.freeIndex < FREE_HEAD_SHOWN || pool.freeListError)) return true;
  return false;
}

/** Files every live block inside [start, end) under a summary item. */
function foldLive(ctx: Context, start: number, end: number, id: string): void {
  eachIn(ctx.liveSorted, start, end, (a) => ctx.liveItem.set(a, { id, drawn: false }));
}

function poolTitle(p: PymallocPool): string {
  if (!p.blockSize) return 'pool (no class)';
  // Without a block list (Machine.snapshot({ pymallocBlocks: false })) NUMBLOCKS is not known here.
  return p.blocks.length ? `${p.blockSize} B · ${p.count}/${numBlocks(p)}` : `${p.blockSize} B · ${p.count} used`;
}

/** NUMBLOCKS(szidx), from the pool's own geometry: blocks between the first one and the pool's end. */
function numBlocks(p: PymallocPool): number {
  const first = p.blocks[0];
  return p.blockSize && first ? Math.floor((poolEnd(p) - first.address) / p.blockSize) : 0;
}

function layoutPool(ctx: Context, f: PoolFacts, parent: string, flow: Flow, innerW: number, arenaIndex: number): void {
  const p = f.pool;
  const id = `pool:${hex(p.address)}`;
  const open = isOpen(ctx, id, f.eventful) && p.blocks.length > 0;
  const nb = p.blocks.length ? numBlocks(p) : 0;
  const classText = p.blockSize ? `szidx ${p.szidx} (${p.blockSize}-byte blocks)` : `szidx ${hex(p.szidx)}`;
  const openTitle = `pool ${hex(p.address)} · ${classText} · ${p.state} · ${p.count}/${nb}`;
  // The accessible name starts with the text drawn in the box (WCAG 2.5.3, label in name).
  const aria =
    `${open ? openTitle : poolTitle(p)}, ${open ? '' : `pool at ${hex(p.address)}, `}in arena ${arenaIndex}, ${open ? '' : `${classText}, ${p.state}, `}` +
    `${p.count} of ${nb} blocks allocated` +
    (p.freeList.length ? `, free list of ${p.freeList.length}` : '') +
    (p.freeListError ? `, ${p.freeListError}` : '') +
    `, ${open ? 'expanded' : 'collapsed'}`;
  const base = {
    id,
    kind: 'pool' as const,
    parent,
    address: p.address,
    length: poolEnd(p) - p.address,
    state: p.state,
    code: p.state === 'full' ? 'F' : p.state === 'empty' ? 'E' : 'U',
    title: poolTitle(p),
    detail: `${p.state} · szidx ${p.szidx}`,
    ariaLabel: aria,
    focusable: true,
    expandable: p.blocks.length > 0,
    expanded: open,
    labels: [] as string[],
    changedInside: f.changed,
    liveCount: f.live,
    segments: [] as Segment[],
    owner: `pymalloc pool at ${hex(p.address)}`,
  };
  const pch = ctx.changes.pool(p);
  if (!open) {
    const at = flow.place(POOL_SUMMARY_W, POOL_SUMMARY_H);
    const item: MapItem = { ...base, x: at.x, y: at.y, w: POOL_SUMMARY_W, h: POOL_SUMMARY_H };
    if (pch) item.changed = pch;
    ctx.items.push(item);
    foldLive(ctx, p.address, poolEnd(p), id);
    return;
  }
  flow.newline();
  const at = flow.place(innerW, 1);
  const item: MapItem = { ...base, x: at.x, y: at.y, w: innerW, h: 0 };
  item.title = openTitle;
  if (pch) item.changed = pch;
  const firstItem = ctx.items.length;
  ctx.items.push(item);
  const inner = new Flow(at.x + PAD, innerW - 2 * PAD, at.y + INNER_HEADING_H + ARROW_ROOM);
  // The pool_header (48 bytes): count, freeblock (head of the free list), links, szidx...
  const first = p.blocks[0]!;
  const hdrW = 26;
  const hAt = inner.place(hdrW, CELL_H);
  const headerId = `poolhdr:${hex(p.address)}`;
  ctx.items.push({
    id: headerId,
    kind: 'block',
    parent: id,
    x: hAt.x,
    y: hAt.y,
    w: hdrW,
    h: CELL_H,
    address: p.address,
    length: first.address - p.address,
    state: 'header',
    code: 'H',
    title: 'hdr',
    detail: '',
    ariaLabel: `pool_header of pool ${hex(p.address)}: count ${p.count}, freeblock ${hex(p.freeblock)}, szidx ${p.szidx}, nextoffset ${p.nextoffset}, maxnextoffset ${p.maxnextoffset}`,
    focusable: true,
    expandable: false,
    expanded: false,
    labels: [],
    changedInside: 0,
    liveCount: 0,
    segments: [{ kind: 'pool-header', x: hAt.x, w: hdrW, address: p.address, length: first.address - p.address }],
    owner: `pool_header of pool ${hex(p.address)}`,
  });
  const cellW = blockCellWidth(p.blockSize);
  const blockItemId = new Map<number, string>();
  const blocks = p.blocks;
  let k = 0;
  let openRunEnd = 0;
  while (k < blocks.length) {
    const b = blocks[k]!;
    if (b.state === 'virgin') {
      const n = blocks.length - k;
      const vid = `virgin:${hex(b.address)}`;
      const w = Math.max(cellW, textWidth(`${n} virgin`));
      const vAt = inner.place(w, CELL_H);
      ctx.items.push({
        id: vid,
        kind: 'virgin-run',
        parent: id,
        x: vAt.x,
        y: vAt.y,
        w,
        h: CELL_H,
        address: b.address,
        length: poolEnd(p) - b.address,
        state: 'virgin',
        code: 'v',
        title: `${n} virgin`,
        detail: '',
        ariaLabel: `${plural(n, 'virgin block')} from ${hex(b.address)} (never handed out; nextoffset ${p.nextoffset})`,
        focusable: true,
        expandable: false,
        expanded: false,
        labels: [],
        changedInside: 0,
        liveCount: 0,
        segments: [],
        owner: `pymalloc pool at ${hex(p.address)}`,
      });
      for (let q = k; q < blocks.length; q++) blockItemId.set(blocks[q]!.address, vid);
      break;
    }
    if (k >= openRunEnd && !blockEventful(ctx, p, k)) {
      let j = k;
      while (j < blocks.length && blocks[j]!.state !== 'virgin' && !blockEventful(ctx, p, j)) j++;
      const rid = `blocks:${hex(b.address)}`;
      // An opened run draws its blocks one by one; remember where it ends so none re-folds.
      if (j - k >= MIN_BLOCK_RUN && isOpen(ctx, rid, false)) openRunEnd = j;
      if (j - k >= MIN_BLOCK_RUN && k >= openRunEnd && !isOpen(ctx, rid, false)) {
        const run = blocks.slice(k, j);
        const nFree = run.filter((x) => x.state === 'free').length;
        let nLive = 0;
        eachIn(ctx.liveSorted, b.address, b.address + run.length * p.blockSize, () => nLive++);
        const text = `×${run.length}`;
        const w = Math.max(2 * cellW, textWidth(text));
        const rAt = inner.place(w, CELL_H);
        ctx.items.push({
          id: rid,
          kind: 'block-run',
          parent: id,
          x: rAt.x,
          y: rAt.y,
          w,
          h: CELL_H,
          address: b.address,
          length: run.length * p.blockSize,
          state: nFree === 0 ? 'allocated' : nFree === run.length ? 'free' : 'mixed',
          code: '…',
          title: text,
          detail: '',
          ariaLabel: `${plural(run.length, 'block')} from ${hex(b.address)}, ${run.length - nFree} allocated, ${nFree} free, collapsed`,
          focusable: true,
          expandable: true,
          expanded: false,
          labels: [],
          changedInside: 0,
          liveCount: nLive,
          segments: [],
          owner: `pymalloc pool at ${hex(p.address)}`,
        });
        for (const x of run) blockItemId.set(x.address, rid);
        foldLive(ctx, b.address, b.address + run.length * p.blockSize, rid);
        k = j;
        continue;
      }
    }
    // One block.
    const c = blockContents(ctx, p, b);
    const label = c.labels.join(', ');
    const w = Math.max(cellW, label ? textWidth(label) : 0, c.pads.length ? minWidthFor(c, false) + 8 : 0);
    const bAt = inner.place(w, CELL_H);
    const bid = `block:${hex(b.address)}`;
    const owner = `pymalloc block at ${hex(b.address)} in pool ${hex(p.address)}`;
    const { size, api } = describeLive(c);
    let aria: string;
    if (b.state === 'free') {
      aria = `${label ? label + ', ' : ''}free block, position ${(b.freeIndex ?? 0) + 1} of ${p.freeList.length} in the pool's free list, ${owner}`;
    } else {
      const parts = [label, size !== null ? `${size} bytes` : `${p.blockSize}-byte block`, api ?? '', owner].filter(Boolean);
      aria = parts.join(', ');
    }
    aria += ` (szidx ${p.szidx}, ${p.blockSize}-byte blocks)`;
    if (c.pads.length) aria += `, debug pads ${c.pads.map((x) => apiChar(x.apiId)).join(' in ')}`;
    const item: MapItem = {
      id: bid,
      kind: 'block',
      parent: id,
      x: bAt.x,
      y: bAt.y,
      w,
      h: CELL_H,
      address: b.address,
      length: p.blockSize,
      state: b.state,
      code: b.state === 'free' ? 'f' : 'a',
      title: label || (b.state === 'free' && b.freeIndex !== undefined ? String(b.freeIndex) : ''),
      detail: '',
      ariaLabel: aria,
      focusable: true,
      expandable: false,
      expanded: false,
      labels: c.labels,
      changedInside: 0,
      liveCount: c.lives.length,
      segments: c.pads.length ? segmentsFor(bAt.x, w, b.address, b.address + p.blockSize, null, b.address, c.pads) : [],
      userPointer: c.primary?.address ?? b.address,
      pads: c.pads,
      owner,
    };
    if (api) item.api = api;
    if (size !== null) item.requested = size;
    if (b.freeIndex !== undefined) item.freeIndex = b.freeIndex;
    const ch = blockChange(ctx, p, k, c);
    if (ch) item.changed = ch;
    ctx.items.push(item);
    blockItemId.set(b.address, bid);
    for (const l of c.lives) ctx.liveItem.set(l.address, { id: bid, drawn: true });
    k++;
  }
  item.h = inner.bottom() - at.y + PAD;
  flow.jumpTo(at.y + item.h + ROW_GAP);

  // Free-list arrows: freeblock -> first entry -> ... in list order, then a loop if the list loops.
  const itemFor = (addr: number) => blockItemId.get(addr);
  const chain: string[] = [headerId];
  for (const a of p.freeList) {
    const bid = itemFor(a);
    if (bid && chain[chain.length - 1] !== bid) chain.push(bid);
  }
  const loop = p.freeListError?.match(/loops back to (0x[0-9a-f]+)/);
  // The pool's boxes by id, for the arrows' ends (none to draw in a full pool).
  const byId = chain.length > 1 || loop ? new Map(ctx.items.slice(firstItem).map((x) => [x.id, x] as const)) : new Map<string, MapItem>();
  let drawn = 0;
  for (let q = 1; q < chain.length && drawn < MAX_ARROWS_PER_POOL; q++, drawn++) {
    const from = byId.get(chain[q - 1]!);
    const to = byId.get(chain[q]!);
    if (!from || !to) continue;
    ctx.arrows.push({ id: `arrow:${from.id}->${to.id}`, kind: 'freelist', from: from.id, to: to.id, d: arc(from, to), label: q === 1 ? 'freeblock' : 'next' });
  }
  if (loop && p.freeList.length) {
    const target = parseInt(loop[1]!, 16);
    const last = itemFor(p.freeList[p.freeList.length - 1]!);
    const to = itemFor(target);
    const fromItem = last ? byId.get(last) : undefined;
    const toItem = to ? byId.get(to) : undefined;
    if (fromItem && toItem) {
      ctx.arrows.push({
        id: `arrow:${fromItem.id}->${toItem.id}:loop`,
        kind: 'freelist-loop',
        from: fromItem.id,
        to: toItem.id,
        d: fromItem.id === toItem.id ? selfLoop(fromItem) : arc(fromItem, toItem),
        label: fromItem.id === toItem.id ? 'next points at itself' : 'next (loops back)',
      });
    }
  }
}

function arc(a: MapItem, b: MapItem): string {
  const sx = a.x + a.w / 2;
  const sy = a.y;
  const tx = b.x + b.w / 2;
  const ty = b.y;
  const lift = Math.min(16, 6 + Math.abs(tx - sx) / 20);
  const mx = (sx + tx) / 2;
  const my = Math.min(sy, ty) - lift;
  return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
}

function selfLoop(a: MapItem): string {
  const cx = a.x + a.w / 2;
  const y = a.y;
  return `M${(cx - 4).toFixed(1)},${y} C${(cx - 14).toFixed(1)},${y - 16} ${(cx + 14).toFixed(1)},${y - 16} ${(cx + 4).toFixed(1)},${y}`;
}

/**
 * ARENA_SIZE from the snapshot's own numbers: ntotalpools is MAX_POOLS_IN_ARENA, less one when
 * the arena's base is not pool-aligned; POOL_SIZE is any initialised pool's maxnextoffset + size.
 */
function arenaLength(a: PymallocArena, all: readonly PymallocArena[]): number {
  let poolSize = 0;
  for (const x of all) for (const p of x.pools) if (p.blockSize && !poolSize) poolSize = p.maxnextoffset + p.blockSize;
  if (!poolSize) return Math.max(0, a.poolAddress - a.address);
  return (a.ntotalpools + (a.address % poolSize ? 1 : 0)) * poolSize;
}

function layoutPymalloc(ctx: Context, y0: number, headings: HeapLayout['headings']): number {
  const py = ctx.snap.pymalloc;
  if (!py) {
    headings.push({ x: PY_X, y: y0 + 16, text: 'pymalloc: not in use in this mode' });
    return y0 + HEADING_H;
  }
  const totalPools = py.arenas.reduce((n, a) => n + a.pools.length, 0);
  headings.push({
    x: PY_X,
    y: y0 + 16,
    text: `pymalloc · ${plural(py.arenas.length, 'arena')} · ${plural(totalPools, 'pool')}`,
  });
  let y = y0 + HEADING_H;
  for (const a of py.arenas) {
    const facts = a.pools.map((p) => poolFacts(ctx, p));
    const eventful = facts.some((f) => f.eventful);
    const id = `arena:${a.index}`;
    const open = isOpen(ctx, id, eventful || (py.arenas.length === 1 && totalPools <= 24));
    const counts = { used: 0, full: 0, empty: 0 };
    for (const p of a.pools) counts[p.state]++;
    const live = facts.reduce((n, f) => n + f.live, 0);
    const changed = facts.reduce((n, f) => n + f.changed, 0);
    const carved = a.pools.length;
    const detail = `${carved}/${a.ntotalpools} pools carved · ${counts.used} used · ${counts.full} full · ${counts.empty} empty`;
    const item: MapItem = {
      id,
      kind: 'arena',
      parent: null,
      x: PY_X,
      y,
      w: COL_W,
      h: ARENA_SUMMARY_H,
      address: a.address,
      length: arenaLength(a, py.arenas),
      state: 'arena',
      code: 'A',
      title: `arena ${a.index} · ${hex(a.address)}`,
      detail,
      ariaLabel: `arena ${a.index} · ${hex(a.address)} · ${detail}, ${a.nfreepools} free pools, ${open ? 'expanded' : 'collapsed'}`,
      focusable: true,
      expandable: true,
      expanded: open,
      labels: [],
      changedInside: changed,
      liveCount: live,
      segments: [],
      owner: `pymalloc arena ${a.index} at ${hex(a.address)}`,
    };
    ctx.items.push(item);
    if (!open) {
      foldLive(ctx, a.address, a.address + item.length, id);
      y += ARENA_SUMMARY_H + ROW_GAP;
      continue;
    }
    // Title line, detail line, then room for the first row's free-list arcs.
    const flow = new Flow(PY_X + PAD, COL_W - 2 * PAD, y + 2 * INNER_HEADING_H);
    for (const f of facts) layoutPool(ctx, f, id, flow, COL_W - 2 * PAD, a.index);
    item.h = flow.bottom() - y + PAD;
    y += item.h + ROW_GAP;
  }
  return y;
}

// ---- highlights, live index, summary ---------------------------------------------------------

/** "buf1-8", "buf3+16", or the plain address. */
export function whereIs(labels: Record<string, number>, address: number): string {
  let best: { name: string; d: number } | null = null;
  for (const [name, a] of Object.entries(labels)) {
    const d = address - a;
    if (Math.abs(d) <= 64 && (!best || Math.abs(d) < Math.abs(best.d))) best = { name, d };
  }
  if (!best) return hex(address);
  return best.d === 0 ? best.name : best.d < 0 ? `${best.name}${best.d}` : `${best.name}+${best.d}`;
}

function resolveHighlight(ctx: Context, h: Highlight, labels: Record<string, number>): HighlightBox {
  const leaves = ctx.items.filter((it) => overlaps(h.address, h.length, it.address, it.length));
  // The most specific: leaves before summaries, smallest span first.
  leaves.sort((a, b) => Number(a.expandable && !a.expanded) - Number(b.expandable && !b.expanded) || a.length - b.length);
  const open = leaves.filter((it) => !(it.expandable && it.expanded));
  const it = open[0] ?? null;
  let rect: HighlightBox['rect'] = null;
  if (it) {
    const segs = it.segments.filter((s) => overlaps(h.address, h.length, s.address, s.length));
    if (segs.length) {
      let x0 = Infinity;
      let x1 = -Infinity;
      for (const s of segs) {
        const pxPerByte = s.w / Math.max(1, s.length);
        const a = Math.max(h.address, s.address);
        const b = Math.min(h.address + Math.max(1, h.length), s.address + s.length);
        x0 = Math.min(x0, s.x + (a - s.address) * pxPerByte);
        x1 = Math.max(x1, s.x + (b - s.address) * pxPerByte);
      }
      rect = { x: x0, y: it.y, w: Math.max(2, x1 - x0), h: it.h };
    } else {
      rect = { x: it.x, y: it.y, w: it.w, h: it.h };
    }
  }
  return {
    address: h.address,
    length: h.length,
    bytes: h.bytes ?? null,
    meaning: h.meaning ?? '',
    itemId: it ? it.id : null,
    rect,
    where: whereIs(labels, h.address),
  };
}

function summarise(ctx: Context, layout: Omit<HeapLayout, 'summary'>, names: [string, number][]): string {
  const g = ctx.snap.glibc;
  const out: string[] = [];
  if (g.heapStart === null) out.push('The glibc heap does not exist yet.');
  else {
    const inUse = g.chunks.filter((c) => c.state === 'in-use').length;
    const free = g.chunks.filter((c) => c.state === 'free').length;
    const top = g.chunks.find((c) => c.state === 'top');
    out.push(
      `glibc heap from ${hex(g.heapStart)}: ${plural(g.chunks.length, 'chunk')}, ${inUse} in use, ${free} free` +
        (top ? `, top chunk of ${hex(top.size)} bytes` : '') +
        `; ${plural(g.mmapped.length, 'mmapped chunk')}.`,
    );
  }
  const py = ctx.snap.pymalloc;
  if (py) {
    let pools = 0;
    let blocks = 0;
    const st = { used: 0, full: 0, empty: 0 };
    for (const a of py.arenas) {
      for (const p of a.pools) {
        pools++;
        st[p.state]++;
        blocks += p.count;
      }
    }
    out.push(`pymalloc: ${plural(py.arenas.length, 'arena')}, ${plural(pools, 'pool')} (${st.used} used, ${st.full} full, ${st.empty} empty), ${plural(blocks, 'block')} allocated.`);
  }
  // Boxes by id, for the sentences on highlights and looping free lists (most steps have neither).
  const byId = layout.highlights.length || layout.arrows.some((a) => a.kind === 'freelist-loop') ? new Map(layout.items.map((i) => [i.id, i] as const)) : new Map<string, MapItem>();
  // The last box that carries each of the variables described.
  const described = names.slice(0, SUMMARY_VARIABLES);
  const wanted = new Set(described.map(([name]) => name));
  const carrier = new Map<string, MapItem>();
  for (const i of layout.items) for (const name of i.labels) if (wanted.has(name)) carrier.set(name, i);
  for (const [name, address] of described) {
    const it = carrier.get(name);
    out.push(it ? `${name}: ${it.ariaLabel}.` : `${name} (${hex(address)}) points at nothing drawn here.`);
  }
  if (names.length > SUMMARY_VARIABLES) out.push(`${names.length - SUMMARY_VARIABLES} more variables are not listed.`);
  for (const h of layout.highlights) {
    const bytes = h.bytes ? h.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ') : 'unreadable';
    const it = h.itemId ? byId.get(h.itemId) : undefined;
    out.push(`The failing check read ${h.length} bytes at ${h.where} (${hex(h.address)}): ${bytes}${h.meaning ? ` (${h.meaning})` : ''}${it ? `, inside ${it.owner}` : ', outside everything drawn'}.`);
  }
  for (const a of layout.arrows) if (a.kind === 'freelist-loop') out.push(`In ${byId.get(byId.get(a.from)?.parent ?? '')?.owner ?? 'a pool'}, the free list's ${a.label} (block ${byId.get(a.from)?.address !== undefined ? hex(byId.get(a.from)!.address) : ''}).`);
  if (ctx.changes.enabled) {
    const n = layout.items.filter((i) => i.changed).length + layout.items.reduce((s, i) => s + (i.expanded ? 0 : i.changedInside), 0);
    out.push(`${plural(n, 'thing')} changed since the previous step.`);
  }
  return out.join(' ');
}

export function layoutHeap(input: HeapMapInput): HeapLayout {
  const snap = toHeapSnapshot(input.snapshot);
  const labels = input.labels ?? {};
  // Once: a program can name thousands of blocks (an array of pointers), and Object.entries of
  // such an object is a good part of the layout's time.
  const labelEntries = Object.entries(labels);
  const labelsAt = new Map<number, string[]>();
  for (const [name, a] of labelEntries) {
    const l = labelsAt.get(a);
    if (l) l.push(name);
    else labelsAt.set(a, [name]);
  }
  const ctx: Context = {
    snap,
    changes: new ChangeIndex(snap, input.previous ? toHeapSnapshot(input.previous) : null),
    labelsAt,
    liveByAddr: new Map(snap.live.map((l) => [l.address, l] as const)),
    padsByAddr: new Map(snap.debug.map((d) => [d.address, d] as const)),
    highlights: [...(input.highlight ? [input.highlight] : []), ...(input.highlights ?? [])],
    expanded: input.expanded ?? new Set(),
    collapsed: input.collapsed ?? new Set(),
    items: [],
    arrows: [],
    liveItem: new Map(),
    marks: sortedAddresses([snap.live.map((l) => l.address), snap.debug.map((d) => d.address), [...labelsAt.keys()]], true),
    liveSorted: sortedAddresses([snap.live.map((l) => l.address)], false),
    labelSorted: sortedAddresses([[...labelsAt.keys()]], false),
  };
  const headings: HeapLayout['headings'] = [];
  const yG = layoutGlibc(ctx, 0, headings);
  const yP = layoutPymalloc(ctx, 0, headings);
  const highlights = ctx.highlights.map((h) => resolveHighlight(ctx, h, labels));
  const live: LiveLocation[] = snap.live.map((block) => {
    const at = ctx.liveItem.get(block.address);
    return { block, itemId: at?.id ?? null, drawn: at?.drawn ?? false };
  });
  const partial = { width: MAP_WIDTH, height: Math.ceil(Math.max(yG, yP) + 8), items: ctx.items, arrows: ctx.arrows, highlights, live, headings };
  return { ...partial, summary: summarise(ctx, partial, labelEntries) };
}

/** The most specific drawn box (leaf or closed summary) holding an address. */
export function itemAt(layout: HeapLayout, address: number): MapItem | null {
  const leaves = layout.items
    .filter((i) => !(i.expandable && i.expanded) && address >= i.address && address < i.address + i.length)
    .sort((a, b) => a.length - b.length);
  return leaves[0] ?? null;
}
