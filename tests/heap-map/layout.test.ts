/*
 * src/heap-map/layout.ts on snapshots from the real Machine (tests/heap-map/support/scripted-run.ts):
 * every live block drawn once inside its pool and arena; nothing overlaps; labels land on the
 * variables' blocks; collapsed summaries count what they hide; "changed since the previous step".
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { layoutHeap, type HeapLayout, type MapItem } from '../../src/heap-map/layout';
import { toHeapSnapshot, type HeapMapInput } from '../../src/heap-map/input';
import { DOUBLE_PYMEM_FREE, THREE_ERRORS, manyAllocations, runScript, type StepResult } from './support/scripted-run';

function byId(l: HeapLayout): Map<string, MapItem> {
  return new Map(l.items.map((i) => [i.id, i] as const));
}

/** Lays out with every summary opened (repeats until nothing expandable is left closed). */
function layoutAllOpen(input: HeapMapInput): HeapLayout {
  const expanded = new Set<string>();
  for (let round = 0; round < 6; round++) {
    const l = layoutHeap({ ...input, expanded });
    const closed = l.items.filter((i) => i.expandable && !i.expanded);
    if (!closed.length) return l;
    for (const i of closed) expanded.add(i.id);
  }
  throw new Error('layout never opened everything');
}

function contains(outer: MapItem, inner: MapItem): boolean {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
}

/** Pairs of boxes with the same parent whose rectangles intersect. */
function overlapping(l: HeapLayout): [string, string][] {
  const groups = new Map<string, MapItem[]>();
  for (const i of l.items) {
    const k = i.parent ?? '';
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(i);
  }
  const out: [string, string][] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.y < a.y + a.h; j++) {
        const b = sorted[j]!;
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push([a.id, b.id]);
      }
    }
  }
  return out;
}

function leavesHolding(l: HeapLayout, address: number): MapItem[] {
  return l.items.filter(
    (i) => (i.kind === 'chunk' || i.kind === 'mmapped' || i.kind === 'block') && i.liveCount > 0 && address >= i.address && address < i.address + i.length,
  );
}

let three: StepResult[] = [];
let dfree: StepResult[] = [];
let many: StepResult;
let manyDebug: StepResult;

beforeAll(() => {
  three = [0, 1, 2, 3, 4, 5, 6].map((n) => runScript(THREE_ERRORS, n));
  dfree = [3, 4].map((n) => runScript(DOUBLE_PYMEM_FREE, n));
  many = runScript(manyAllocations(400));
  manyDebug = runScript(manyAllocations(200, 'debug'));
}, 120_000);

describe('every live block is drawn once, inside its pool and arena', () => {
  for (const name of ['many (default)', 'many (debug)', 'three errors (debug)'] as const) {
    it(name, () => {
      const r = name === 'many (default)' ? many : name === 'many (debug)' ? manyDebug : three[3]!;
      const snap = toHeapSnapshot(r.snapshot);
      expect(snap.live.length).toBeGreaterThan(2);
      const l = layoutAllOpen({ snapshot: r.snapshot, labels: r.labels });
      const items = byId(l);
      let pymallocBlocks = 0;
      for (const loc of l.live) {
        const a = loc.block.address;
        const holders = leavesHolding(l, a);
        expect(holders.map((h) => h.id), `live block 0x${a.toString(16)}`).toHaveLength(1);
        expect(loc.drawn).toBe(true);
        expect(loc.itemId).toBe(holders[0]!.id);
        const leaf = holders[0]!;
        if (leaf.kind === 'block') {
          pymallocBlocks++;
          const pool = items.get(leaf.parent!)!;
          const arena = items.get(pool.parent!)!;
          expect(pool.kind).toBe('pool');
          expect(arena.kind).toBe('arena');
          expect(a >= pool.address && a < pool.address + pool.length).toBe(true);
          expect(pool.address >= arena.address && pool.address < arena.address + arena.length).toBe(true);
          expect(contains(pool, leaf)).toBe(true);
          expect(contains(arena, pool)).toBe(true);
        } else {
          expect(leaf.parent === null || items.get(leaf.parent)!.kind === 'chunk-run').toBe(true);
        }
      }
      if (name !== 'three errors (debug)') expect(pymallocBlocks).toBeGreaterThan(10);
      // No id is drawn twice.
      expect(new Set(l.items.map((i) => i.id)).size).toBe(l.items.length);
    });
  }

  it('with summaries closed, each live block is folded into exactly one box that holds its address', () => {
    const l = layoutHeap({ snapshot: many.snapshot, labels: {} });
    const items = byId(l);
    for (const loc of l.live) {
      const it = items.get(loc.itemId!)!;
      expect(it, `0x${loc.block.address.toString(16)}`).toBeDefined();
      expect(loc.block.address >= it.address && loc.block.address < it.address + it.length).toBe(true);
    }
    // Without labels nothing in pymalloc is eventful in the last step's arenas except changes: all closed.
    expect(l.items.filter((i) => i.kind === 'block')).toHaveLength(0);
  });
});

describe('nothing overlaps', () => {
  it('siblings never intersect and children sit inside their parent (all open)', () => {
    for (const r of [many, manyDebug, three[6]!, dfree[1]!]) {
      const l = layoutAllOpen({ snapshot: r.snapshot, labels: r.labels });
      expect(overlapping(l)).toEqual([]);
      const items = byId(l);
      for (const i of l.items) if (i.parent) expect(contains(items.get(i.parent)!, i), i.id).toBe(true);
      // The two columns do not meet.
      for (const i of l.items) expect(i.x + i.w <= 490 || i.x >= 510, i.id).toBe(true);
    }
  });

  it('the default (collapsed) layout does not overlap either', () => {
    for (const r of [many, three[6]!, dfree[1]!]) expect(overlapping(layoutHeap({ snapshot: r.snapshot, labels: r.labels }))).toEqual([]);
  });
});

describe('labels match the program variables', () => {
  it('three errors: buf1, buf2, buf3 on their chunks, with the allocating function', () => {
    const r = three[3]!;
    const l = layoutHeap({ snapshot: r.snapshot, labels: r.labels });
    for (const [name, fn] of [['buf1', 'PyMem_Malloc'], ['buf2', 'malloc'], ['buf3', 'PyMem_Malloc']] as const) {
      const carriers = l.items.filter((i) => i.labels.includes(name));
      expect(carriers).toHaveLength(1);
      const it = carriers[0]!;
      const addr = r.labels[name]!;
      expect(addr >= it.address && addr < it.address + it.length).toBe(true);
      expect(it.kind).toBe('chunk');
      expect(it.api).toBe(fn);
      expect(it.requested).toBe(8192);
      expect(it.ariaLabel).toBe(`${name}, 8192 bytes, ${fn}, glibc chunk at 0x${it.address.toString(16)}${fn === 'malloc' ? '' : ", debug pads 'r' in 'm'"}`);
    }
    // Under PYTHONMALLOC=debug an 8192-byte PyMem block is wrapped twice: 'r' outside 'm'.
    const buf1 = l.items.find((i) => i.labels.includes('buf1'))!;
    expect(buf1.segments.map((s) => s.kind)).toEqual(['chunk-header', 'pad-size', 'pad-id', 'pad-size', 'pad-id', 'data', 'pad-tail', 'pad-tail']);
    expect(buf1.segments.filter((s) => s.kind === 'pad-id').map((s) => s.apiId)).toEqual([0x72, 0x6d]);
  });

  it('many: every labelled live block carries its own name and no other live block does', () => {
    const l = layoutHeap({ snapshot: many.snapshot, labels: many.labels });
    const snap = toHeapSnapshot(many.snapshot);
    const live = new Map(snap.live.map((b) => [b.address, b] as const));
    let checked = 0;
    for (const [name, addr] of Object.entries(many.labels)) {
      if (!live.has(addr)) continue;
      const it = l.items.find((i) => i.labels.includes(name))!;
      expect(it, name).toBeDefined();
      expect(addr >= it.address && addr < it.address + it.length).toBe(true);
      expect(it.api).toBe(live.get(addr)!.api);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('many: the screen-reader summary describes the first 24 variables, each by the last box naming it, and counts the rest', () => {
    const l = layoutHeap({ snapshot: many.snapshot, labels: many.labels });
    const names = Object.entries(many.labels);
    expect(names.length).toBeGreaterThan(24);
    const expected = names.slice(0, 24).map(([name, address]) => {
      const carriers = l.items.filter((i) => i.labels.includes(name));
      const it = carriers[carriers.length - 1];
      return it ? `${name}: ${it.ariaLabel}.` : `${name} (0x${address.toString(16)}) points at nothing drawn here.`;
    });
    expect(l.summary).toContain(`${expected.join(' ')} ${names.length - 24} more variables are not listed.`);
    expect(l.summary).not.toContain(`${names[24]![0]}:`);
  });
});

describe('collapse and expand', () => {
  it('glibc runs count the chunks they hide; opening one draws exactly those chunks', () => {
    const r = three[6]!;
    const snap = toHeapSnapshot(r.snapshot);
    const l = layoutHeap({ snapshot: r.snapshot, labels: r.labels });
    const runs = l.items.filter((i) => i.kind === 'chunk-run');
    expect(runs.length).toBeGreaterThan(0);
    const hidden = runs.reduce((n, i) => n + Number(i.title.replace(/,/g, '').split(' ')[0]), 0);
    const shown = l.items.filter((i) => i.kind === 'chunk').length;
    expect(hidden + shown).toBe(snap.glibc.chunks.length);
    const run = runs[0]!;
    const opened = layoutHeap({ snapshot: r.snapshot, labels: r.labels, expanded: new Set([run.id]) });
    const inside = opened.items.filter((i) => i.parent === run.id);
    expect(inside).toHaveLength(Number(run.title.replace(/,/g, '').split(' ')[0]));
    expect(inside.every((i) => i.kind === 'chunk')).toBe(true);
    expect(opened.items.find((i) => i.id === run.id)!.expanded).toBe(true);
  });

  it('arena and pool summaries count pools and blocks; collapsing an open pool folds its blocks', () => {
    const r = dfree[1]!;
    const snap = toHeapSnapshot(r.snapshot);
    const l = layoutHeap({ snapshot: r.snapshot, labels: r.labels });
    for (const a of snap.pymalloc!.arenas) {
      const it = l.items.find((i) => i.id === `arena:${a.index}`)!;
      const st = { used: 0, full: 0, empty: 0 };
      for (const p of a.pools) st[p.state]++;
      expect(it.detail).toBe(`${a.pools.length}/${a.ntotalpools} pools carved · ${st.used} used · ${st.full} full · ${st.empty} empty`);
    }
    const aBlock = l.items.find((i) => i.labels.includes('a'))!;
    const pool = l.items.find((i) => i.id === aBlock.parent)!;
    expect(pool.expanded).toBe(true);
    const closed = layoutHeap({ snapshot: r.snapshot, labels: r.labels, collapsed: new Set([pool.id]) });
    const summary = closed.items.find((i) => i.id === pool.id)!;
    expect(summary.expanded).toBe(false);
    const p = snap.pymalloc!.arenas.flatMap((x) => x.pools).find((x) => x.address === pool.address)!;
    expect(summary.title).toBe(`${p.blockSize} B · ${p.count}/${Math.floor((p.maxnextoffset + p.blockSize - 48) / p.blockSize)}`);
    expect(closed.items.some((i) => i.parent === pool.id)).toBe(false);
    const bLoc = closed.live.find((x) => x.block.address === r.labels.b)!;
    expect(bLoc).toMatchObject({ itemId: pool.id, drawn: false });
  });
});

describe('changed since the previous step', () => {
  it('without a previous step nothing is marked', () => {
    const l = layoutHeap({ snapshot: three[2]!.snapshot, labels: three[2]!.labels });
    expect(l.items.filter((i) => i.changed)).toEqual([]);
  });

  it('malloc(8192) marks the new chunk new; PyMem_Free marks buf3 changed and leaves buf1 alone', () => {
    const l2 = layoutHeap({ snapshot: three[2]!.snapshot, previous: three[1]!.snapshot, labels: three[2]!.labels });
    const buf2 = l2.items.find((i) => i.labels.includes('buf2'))!;
    expect(buf2.changed).toBe('new');
    const buf1 = l2.items.find((i) => i.labels.includes('buf1'))!;
    expect(buf1.changed).toBeUndefined();
    const l4 = layoutHeap({ snapshot: three[4]!.snapshot, previous: three[3]!.snapshot, labels: three[4]!.labels });
    const buf3 = l4.items.find((i) => i.labels.includes('buf3'))!;
    expect(buf3.state).toBe('free');
    expect(buf3.changed).toBe('changed');
    expect(l4.items.find((i) => i.labels.includes('buf1'))!.changed).toBeUndefined();
    expect(l4.summary).toMatch(/changed since the previous step/);
  });

  it('the second PyMem_Free changes the pool (its free list now loops) but not the block a', () => {
    const l = layoutHeap({ snapshot: dfree[1]!.snapshot, previous: dfree[0]!.snapshot, labels: dfree[1]!.labels });
    const a = l.items.find((i) => i.labels.includes('a'))!;
    expect(l.items.find((i) => i.id === a.parent)!.changed).toBe('changed');
    expect(a.changed).toBeUndefined();
    const loop = l.arrows.find((x) => x.kind === 'freelist-loop')!;
    expect(loop).toMatchObject({ from: a.id, to: a.id, label: 'next points at itself' });
  });
});

describe('highlights', () => {
  it('the decisive read covers the id word of the m pad; the unmapped heap_info read is outside everything', () => {
    const r = three[6]!;
    expect(r.ended).toEqual({ status: 139, signal: 'SIGSEGV' });
    const l = layoutHeap({ snapshot: r.snapshot, labels: r.labels, highlights: r.evidence!.reads });
    const [first, second] = l.highlights;
    expect(first!.address).toBe(r.labels.buf1! - 8);
    expect(first!.where).toBe('buf1-8');
    const buf1 = l.items.find((i) => i.labels.includes('buf1'))!;
    expect(first!.itemId).toBe(buf1.id);
    const seg = buf1.segments.find((s) => s.address === r.labels.buf1! - 8)!;
    expect(first!.rect).toEqual({ x: seg.x, y: buf1.y, w: seg.w, h: buf1.h });
    expect(second!.bytes).toBeNull();
    expect(second!.itemId).toBeNull();
    expect(l.summary).toContain('read 8 bytes at buf1-8');
  });
});

describe('snapshots without pymalloc block lists', () => {
  it('pools become closed summaries that still hold their live blocks', async () => {
    const { Replayer } = await import('./support/scripted-run');
    const r = new Replayer(DOUBLE_PYMEM_FREE, { pymallocBlocks: false }).at(2);
    const l = layoutHeap({ snapshot: r.snapshot, labels: r.labels });
    const loc = l.live.find((x) => x.block.address === r.labels.a)!;
    const pool = l.items.find((i) => i.id === loc.itemId)!;
    expect(pool.kind).toBe('pool');
    expect(pool.expandable).toBe(false);
    expect(pool.title).toMatch(/^16 B · \d+ used$/);
    expect(overlapping(l)).toEqual([]);
  });
});
