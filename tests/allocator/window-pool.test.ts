/*
 * allocator/window-pool.ts: the shared WebAssembly memory that holds the mmap windows of up to
 * POOL_SLOTS address spaces. Each test loads fresh modules, so the pool starts empty. Recycling
 * needs a garbage collection: Node's gc, reached through --expose-gc set at run time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type PoolModule = typeof import('../../allocator/window-pool');
type SpaceModule = typeof import('../../allocator/address-space');
let pool: PoolModule;
let spaces: SpaceModule;

beforeEach(async () => {
  vi.resetModules();
  pool = await import('../../allocator/window-pool');
  spaces = await import('../../allocator/address-space');
});

const PAGE = 4096;

describe('the window pool', () => {
  it('gives each space a slot of one shared memory, 1 MiB-aligned, and the windows do not share bytes or flags', () => {
    const a = new spaces.AddressSpace();
    const b = new spaces.AddressSpace();
    const pa = a.mmap(PAGE)!;
    const pb = b.mmap(PAGE)!;
    expect(pa).toBe(pb); // the same layout: the same address in both
    const wa = a.mmapWindow()!;
    const wb = b.mmapWindow()!;
    expect(wa.memory).toBe(wb.memory);
    expect(wa.memoryOffset % (1 << 20)).toBe(0);
    expect(wb.memoryOffset % (1 << 20)).toBe(0);
    expect(Math.abs(wa.memoryOffset - wb.memoryOffset)).toBeGreaterThanOrEqual(wa.words.length * 4);
    a.writeU32(pa, 0xaaaa5555);
    expect(b.readU32(pb)).toBe(0);
    // A page's flag is byte (memory offset / 4096) of the memory: a's page is flagged, b's too,
    // at different bytes.
    const bytes = new Uint8Array(wa.memory!.buffer);
    const flagOf = (w: typeof wa, addr: number) => bytes[(w.memoryOffset + addr - w.base) / PAGE];
    expect([flagOf(wa, pa), flagOf(wb, pb)]).toEqual([1, 1]);
    a.munmap(pa, PAGE);
    expect([flagOf(wa, pa), flagOf(wb, pb)]).toEqual([0, 1]);
    expect(pool.freeSharedSlots(wa.words.length * 4)).toBe(pool.POOL_SLOTS - 2);
  });

  it('gives a space a memory of its own once every slot is taken', () => {
    const taken = Array.from({ length: pool.POOL_SLOTS }, () => new spaces.AddressSpace());
    for (const s of taken) s.mmap(PAGE);
    const shared = taken[0]!.mmapWindow()!.memory;
    expect(taken.every((s) => s.mmapWindow()!.memory === shared)).toBe(true);
    const extra = new spaces.AddressSpace();
    const p = extra.mmap(PAGE)!;
    const w = extra.mmapWindow()!;
    expect(w.memory).toBeInstanceOf(WebAssembly.Memory);
    expect(w.memory).not.toBe(shared);
    expect(w.memoryOffset).toBe(1 << 20);
    extra.writeU32(p, 7);
    expect(extra.readU32(p)).toBe(7);
  });

  it('takes a slot back when its space is collected, and the next space finds no flag set and reads zeros where the old one wrote', async () => {
    const windowBytes = (() => {
      const s = new spaces.AddressSpace();
      s.mmap(PAGE);
      return s.mmapWindow()!.words.length * 4;
    })();
    // That space may or may not be collected yet; count from here.
    let addr = 0;
    let memory: WebAssembly.Memory | undefined;
    let offset = 0;
    (() => {
      const old = new spaces.AddressSpace();
      addr = old.mmap(8 * PAGE)!;
      for (let i = 0; i < 8 * PAGE; i += 4) old.writeU32(addr + i, 0xdeadbeef);
      memory = old.mmapWindow()!.memory;
      offset = old.mmapWindow()!.memoryOffset;
    })();
    const before = pool.freeSharedSlots(windowBytes)!;
    let after = before;
    for (let i = 0; i < 50 && after <= before; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
      after = pool.freeSharedSlots(windowBytes)!;
    }
    expect(after).toBeGreaterThan(before);
    // The slot freed last is handed out first: find the space that got the old one's.
    const fresh = Array.from({ length: after }, () => new spaces.AddressSpace());
    const got = fresh.find((s) => {
      s.mmap(PAGE); // the window's top page: the last of the old space's eight
      return s.mmapWindow()!.memoryOffset === offset;
    });
    expect(got).toBeDefined();
    const w = got!.mmapWindow()!;
    expect(w.memory).toBe(memory);
    // Its flags: only the page it mapped; the old space's other seven pages are unmapped here.
    expect(w.writable.reduce((n, f) => n + f, 0)).toBe(1);
    expect(() => got!.readU32(addr + PAGE)).toThrow(spaces.SegmentationFault);
    // The old bytes are still in the buffer, but a mapping is zero-filled.
    expect(w.words[(addr + PAGE - w.base) >> 2]).toBe(0xdeadbeef | 0);
    expect(got!.map(addr, 8 * PAGE, 'again', 'rw')).toBe(true);
    for (let i = 0; i < 8 * PAGE; i += 4) if (got!.readU32(addr + i) !== 0) throw new Error(`stale byte at +${i}`);
  });
});
