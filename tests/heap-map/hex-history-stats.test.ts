/*
 * The hex view model, the step history (bounded, exact by replay), the stats table, the SVG
 * string's accessibility attributes, and what the map asks the runtime to copy (capture.ts).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { layoutHeap } from '../../src/heap-map/layout';
import { hexView, decodeSizeWord } from '../../src/heap-map/hex-view';
import { StepHistory, type StepData } from '../../src/heap-map/history';
import { mallocStats } from '../../src/heap-map/stats';
import { bytesWanted, mergeRanges } from '../../src/heap-map/capture';
import { MemoryImage, padFromBytes, toHeapSnapshot } from '../../src/heap-map/input';
import { renderSvg } from '../../src/components/heap-map/render-svg';
import { DOUBLE_PYMEM_FREE, THREE_ERRORS, runScript, type StepResult } from './support/scripted-run';

let end: StepResult;
let afterFree: StepResult;
let dfree: StepResult;

beforeAll(() => {
  end = runScript(THREE_ERRORS);
  afterFree = runScript(THREE_ERRORS, 4);
  dfree = runScript(DOUBLE_PYMEM_FREE, Infinity, { stats: true });
}, 120_000);

describe('hex view', () => {
  it("buf1's box: the chunk header decoded as glibc reads it, both debug headers, and the 8 bytes read", () => {
    const l = layoutHeap({ snapshot: end.snapshot, labels: end.labels, highlights: end.evidence!.reads });
    const buf1 = l.items.find((i) => i.labels.includes('buf1'))!;
    const m = hexView(buf1, toHeapSnapshot(end.snapshot), l.highlights);
    const read = m.rows.flatMap((r) => r.bytes).filter((b) => b.read);
    expect(read.map((b) => b.value)).toEqual([0x6d, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd, 0xfd]);
    expect(read[0]!.address).toBe(end.labels.buf1! - 8);
    expect(read.slice(1).every((b) => b.pattern === 'forbidden')).toBe(true);
    expect(m.fields.find((f) => f.name === 'size')).toMatchObject({ value: '0x2041', note: 'chunksize 0x2040, A=0 M=0 P=1' });
    const ids = m.fields.filter((f) => f.name === 'API id (p-8)').map((f) => f.value);
    expect(ids).toEqual(["'r' 0x72 (raw)", "'m' 0x6d (mem)"]);
    expect(m.fields.filter((f) => f.name.startsWith('N ')).map((f) => f.value)).toEqual(['8216', '8192']);
    expect(m.reads[0]!.asGlibcSizeWord).toBe('chunksize 0xfdfdfdfdfdfdfd68, A=1 M=0 P=1');
    // Data bytes are CLEANBYTE 0xCD (PyMem_Malloc under the hooks).
    expect(m.rows.flatMap((r) => r.bytes).some((b) => b.part === 'data' && b.pattern === 'clean')).toBe(true);
  });

  it('a block freed through the hooks shows DEADBYTE 0xDD', () => {
    const l = layoutHeap({ snapshot: afterFree.snapshot, labels: afterFree.labels });
    const buf3 = l.items.find((i) => i.labels.includes('buf3'))!;
    const m = hexView(buf3, toHeapSnapshot(afterFree.snapshot));
    const dead = m.rows.flatMap((r) => r.bytes).filter((b) => b.pattern === 'dead');
    expect(dead.length).toBeGreaterThan(16);
  });

  it("the double-freed pymalloc block's next link is the block itself", () => {
    const l = layoutHeap({ snapshot: dfree.snapshot, labels: dfree.labels });
    const a = l.items.find((i) => i.labels.includes('a'))!;
    const m = hexView(a, toHeapSnapshot(dfree.snapshot));
    expect(m.fields[0]).toMatchObject({ name: 'next free block', value: `0x${dfree.labels.a!.toString(16)}`, note: 'points at the block itself' });
  });

  it('decodeSizeWord masks A|M|P', () => {
    expect(decodeSizeWord(0x2041n)).toBe('chunksize 0x2040, A=0 M=0 P=1');
    expect(decodeSizeWord(0x21002n)).toBe('chunksize 0x21000, A=0 M=1 P=0');
  });
});

describe('step history', () => {
  const fake = (n: number): StepData => ({
    snapshot: { ...end.snapshot, memory: [{ address: n, hex: '00'.repeat(1000) }] },
    line: n,
    evidence: null,
    events: [],
  });

  it('loads each step once while it is kept, shares a request in flight, and evicts the least recently used', async () => {
    const loads: number[] = [];
    const h = new StepHistory(async (n) => {
      loads.push(n);
      return fake(n);
    }, { capacity: 3 });
    const [a, b] = await Promise.all([h.get(1), h.get(1)]);
    expect(a).toBe(b);
    await h.get(2);
    await h.get(3);
    await h.get(1); // refresh 1: now 2 is the oldest
    await h.get(4);
    expect(h.kept()).toEqual([3, 1, 4]);
    await h.get(2);
    expect(loads).toEqual([1, 2, 3, 4, 2]);
  });

  it('keeps the estimate of bytes under maxBytes', async () => {
    const h = new StepHistory(async (n) => fake(n), { capacity: 100, maxBytes: 1 });
    for (let i = 0; i < 10; i++) await h.get(i);
    expect(h.kept()).toEqual([9]);
  });

  it('a replayed step is the same data as the first time (the machine is deterministic)', () => {
    const a = runScript(THREE_ERRORS, 4);
    const b = runScript(THREE_ERRORS, 4);
    expect(JSON.stringify(b.snapshot)).toEqual(JSON.stringify(a.snapshot));
    const la = renderSvg(layoutHeap({ snapshot: a.snapshot, labels: a.labels }));
    const lb = renderSvg(layoutHeap({ snapshot: b.snapshot, labels: b.labels }));
    expect(lb).toEqual(la);
  });
});

describe('stats', () => {
  it("shows the machine's _PyObject_DebugMallocStats text when the step has it", () => {
    const s = mallocStats(toHeapSnapshot(dfree.snapshot));
    expect(s.computed).toBe(false);
    expect(s.text).toContain('Small block threshold = 512, in 32 size classes.');
  });

  it('otherwise computes the per-class rows from the pools, agreeing with the machine', () => {
    const { debugMallocStats: text, ...rest } = dfree.snapshot;
    const s = mallocStats(toHeapSnapshot(rest));
    expect(s.computed).toBe(true);
    // The machine's table rows: "    0     16           3             294          2769".
    for (const r of s.rows) {
      const re = new RegExp(`^\\s+${r.szidx}\\s+${r.size}\\s+${r.pools}\\s+${r.inUse}\\s+${r.avail}$`, 'm');
      expect(text!, `class ${r.szidx}`).toMatch(re);
    }
  });
});

describe('SVG and capture', () => {
  it('every box is a focusable button with its aria-label; one per id', () => {
    const l = layoutHeap({ snapshot: end.snapshot, labels: end.labels, highlights: end.evidence!.reads });
    const svg = renderSvg(l, { descId: 'sum' });
    const groups = svg.match(/<g class="hm-item[^>]*>/g)!;
    expect(groups).toHaveLength(l.items.length);
    for (const g of groups) {
      expect(g).toMatch(/role="button"/);
      expect(g).toMatch(/tabindex="-1"/);
      expect(g).toMatch(/aria-label="[^"]+"/);
    }
    expect(svg).toContain('aria-label="buf1, 8192 bytes, PyMem_Malloc, glibc chunk at 0x');
    expect(svg).toContain('aria-describedby="sum"');
    expect(svg).toMatch(/class="hm-highlight hm-highlight-primary" data-address="0x[0-9a-f]+" data-length="8"/);
  });

  it('the bytes wanted include every chunk header and both debug headers of buf1', () => {
    const ranges = bytesWanted(end.snapshot, end.evidence);
    expect(mergeRanges(ranges)).toEqual(ranges);
    const mem = new MemoryImage(end.snapshot.memory!);
    for (const c of end.snapshot.glibc.chunks) expect(mem.byte(c.address + 8), `0x${c.address.toString(16)}`).not.toBeNull();
    const outer = padFromBytes(mem, end.labels.buf1! - 16)!;
    expect(outer).toMatchObject({ size: '8216', apiId: 0x72, leadingOk: true, trailingOk: true });
  });
});
