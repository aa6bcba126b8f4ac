/*
 * pymalloc's hot paths (obmalloc.ts "the hot paths": the mmap window, FastMemory's region cache,
 * ArenaMap's walk memo) against the plain accessors: the same calls must leave the same bytes, and corrupted
 * links must be followed, and fault, where C's pymalloc_alloc / pymalloc_free would.
 */
import { describe, expect, it } from 'vitest';
import { Machine } from '../../../allocator/machine';
import { SegmentationFault } from '../../../allocator/address-space';
import { pymallocSnapshot } from '../../../allocator/pymalloc/snapshot';
import { PYMEM_DOMAIN_OBJ } from '../../../allocator/c-api/allocator-table';

function fresh(): Machine {
  return new Machine({ warmup: false });
}

/** A machine whose pymalloc never gets a view (no window, spanWords always fails): every call takes the plain accessors. */
function viewless(): Machine {
  const m = fresh();
  m.space.spanWords = () => undefined;
  m.space.mmapWindow = () => undefined;
  return m;
}

/** A machine without the mmap window: pools are reached through the region cache. */
function windowless(): Machine {
  const m = fresh();
  m.space.mmapWindow = () => undefined;
  return m;
}

/** The bench's trace (xorshift64, k = r % slots, n = 1 + (r >> 32) % 512), plus sizes 0 and 513..600 now and then. */
function* trace(steps: number, slots: number): Generator<[number, number]> {
  let x = 88172645463325252n;
  const mask = (1n << 64n) - 1n;
  for (let i = 0; i < steps; i++) {
    x ^= (x << 13n) & mask;
    x ^= x >> 7n;
    x ^= (x << 17n) & mask;
    const k = Number(x % BigInt(slots));
    const r = Number((x >> 32n) % 600n);
    yield [k, r < 512 ? 1 + r : r === 599 ? 0 : r];
  }
}

/** Runs the trace; returns every pointer PyObject_Malloc returned, in order. */
function run(m: Machine, steps: number, slots: number): number[] {
  const D = m.domains;
  const live = new Array<number>(slots).fill(0);
  const out: number[] = [];
  for (const [k, n] of trace(steps, slots)) {
    if (live[k] !== 0) {
      D.PyObject_Free(live[k]!);
      live[k] = 0;
    } else {
      const p = D.PyObject_Malloc(n);
      out.push(p);
      live[k] = p;
    }
  }
  return out;
}

const hex = (n: number) => `0x${n.toString(16)}`;

describe('the hot paths leave the bytes the plain accessors leave', () => {
  it.each([
    ['the window', fresh],
    ['the region cache', windowless],
  ])('a seeded trace through %s: same pointers, same arenas, same usedpools and statics', (_, make) => {
    const a = make();
    const b = viewless();
    // Enough steps for pools to fill and drain over several arenas (8000 live slots of up to 600 bytes).
    const pa = run(a, 80_000, 8000);
    const pb = run(b, 80_000, 8000);
    expect(pa).toEqual(pb);
    const sa = pymallocSnapshot(a.obmalloc, false);
    const sb = pymallocSnapshot(b.obmalloc, false);
    expect(sa).toEqual(sb);
    expect(sa.arenas.length).toBeGreaterThan(1);
    for (const arena of sa.arenas) {
      expect(a.space.readBytes(arena.address, 1 << 20)).toEqual(b.space.readBytes(arena.address, 1 << 20));
    }
    const statics = a.obmalloc.statics;
    const from = Math.min(...Object.values(statics));
    expect(a.space.readBytes(from, 0x500)).toEqual(b.space.readBytes(from, 0x500));
    expect(a.obmalloc.counter('ntimes_arena_allocated')).toBe(b.obmalloc.counter('ntimes_arena_allocated'));
    expect(a.check()).toEqual([]);
  });
});

describe('ring links through the views (usedpools sentinels and pool headers)', () => {
  it('a pool that fills leaves its ring through the sentinel, and rejoins it at the front on a free', () => {
    const m = fresh();
    const D = m.domains;
    const o = m.obmalloc;
    const sentinel = o.PTA(31);
    const first = Array.from({ length: 31 }, () => D.PyObject_Malloc(512)); // 31 blocks fill a pool
    const A = first[0]! - 48;
    // A was the only pool of class 31: full, its ring is empty again.
    expect(m.space.readWord(sentinel + 16)).toBe(sentinel);
    expect(m.space.readWord(sentinel + 24)).toBe(sentinel);
    const b = D.PyObject_Malloc(512);
    const B = b - 48;
    expect(B).not.toBe(A);
    expect(m.space.readWord(sentinel + 16)).toBe(B);
    // Free into the full pool A while B heads the ring: A goes in front of B.
    D.PyObject_Free(first[5]!);
    expect(m.space.readWord(sentinel + 16)).toBe(A); // usedpools[62]
    expect(m.space.readWord(A + 16)).toBe(B); // A->nextpool
    expect(m.space.readWord(A + 24)).toBe(sentinel); // A->prevpool
    expect(m.space.readWord(B + 24)).toBe(A); // B->prevpool
    expect(m.space.readWord(B + 16)).toBe(sentinel);
    expect(m.space.readWord(sentinel + 24)).toBe(B);
    expect(m.space.readWord(A + 8)).toBe(first[5]); // freeblock
    expect(D.PyObject_Malloc(500)).toBe(first[5]);
    expect(m.check()).toEqual([]);
  });

  it('a full pool whose prevpool was overwritten faults writing prev->nextpool, as C does', () => {
    const m = fresh();
    const D = m.domains;
    const first = Array.from({ length: 30 }, () => D.PyObject_Malloc(512));
    const A = first[0]! - 48;
    m.space.writeWord(A + 24, 0x1000); // A->prevpool = (poolp)0x1000, unmapped
    let fault: unknown;
    try {
      D.PyObject_Malloc(512); // the 31st block: A is full and leaves its ring
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(0x1000 + 16));
    expect((fault as SegmentationFault).access).toBe('write');
    // next->prevpool = prev happened first: the sentinel's prevpool is the garbage.
    expect(m.space.readWord(m.obmalloc.PTA(31) + 24)).toBe(0x1000);
  });

  it('freeing into a full pool reads the ring head from usedpools: a garbage head faults at head->prevpool', () => {
    const m = fresh();
    const D = m.domains;
    const o = m.obmalloc;
    const first = Array.from({ length: 31 }, () => D.PyObject_Malloc(512));
    const usedpools62 = o.PTA(31) + 16;
    m.space.writeWord(usedpools62, 0x2000);
    let fault: unknown;
    try {
      D.PyObject_Free(first[3]!);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(0x2000 + 24));
    expect((fault as SegmentationFault).access).toBe('read');
  });

  it('an unaligned ring head is followed through the accessors, to the fault C would take', () => {
    const m = fresh();
    const D = m.domains;
    const o = m.obmalloc;
    const first = Array.from({ length: 31 }, () => D.PyObject_Malloc(512)); // pool A, full
    const b = D.PyObject_Malloc(512); // pool B heads the ring
    const B = b - 48;
    const A = first[0]! - 48;
    // usedpools[62] = B + 4: not 8-aligned, so the view path declines and the accessors follow it.
    // next->prevpool is then the word at B + 28: the high half of B->prevpool and B->arenaindex.
    m.space.writeWord(o.PTA(31) + 16, B + 4);
    const prev = m.space.readWord(B + 28);
    expect(m.space.isMapped(prev + 16)).toBe(false);
    let fault: unknown;
    try {
      D.PyObject_Free(first[0]!);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(prev + 16)); // prev->nextpool = pool
    expect(m.space.readWord(A + 16)).toBe(B + 4); // pool->nextpool = next
    expect(m.space.readWord(A + 24)).toBe(prev); // pool->prevpool = prev
    expect(m.space.readWord(B + 28)).toBe(A); // next->prevpool = pool
  });
});

describe('the pool cache (where usedpools[2*size]\'s pool header is, per size class)', () => {
  /** Class 31 (512 bytes): pool A full and out of the ring, pool B its head; returns A's blocks and B. */
  function fullAndHead(m: Machine): { first: number[]; A: number; B: number; b: number } {
    const D = m.domains;
    const first = Array.from({ length: 31 }, () => D.PyObject_Malloc(512));
    const b = D.PyObject_Malloc(512);
    return { first, A: first[0]! - 48, B: b - 48, b };
  }

  it('usedpools[] overwritten with another pool: the next block comes from that pool, as with the plain accessors', () => {
    const results = [fresh(), windowless(), viewless()].map((m) => {
      const D = m.domains;
      const o = m.obmalloc;
      const { first, A, B } = fullAndHead(m);
      D.PyObject_Free(first[5]!); // A rejoins the ring at its head (and is the cached pool)
      expect(m.space.readWord(o.PTA(31) + 16)).toBe(A);
      D.PyObject_Free(first[6]!);
      m.space.writeWord(o.PTA(31) + 16, B); // usedpools[62] = B behind pymalloc's back
      const got = [D.PyObject_Malloc(512), D.PyObject_Malloc(512)];
      m.space.writeWord(o.PTA(31) + 16, A); // ...and back to A
      got.push(D.PyObject_Malloc(512));
      return { got, bytes: m.space.readBytes(A, 2 * 16384), statics: m.space.readBytes(o.PTA(0) + 16, 16 * 32) };
    });
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
    // The two blocks after the overwrite are B's, the one after restoring it A's.
    const [x, y, z] = results[0]!.got as [number, number, number];
    const pool = (p: number) => p - (p % 16384);
    expect(pool(x)).toBe(pool(y));
    expect(pool(z)).not.toBe(pool(x));
  });

  it('the cached pool\'s memory replaced by a new (zero-filled) mapping: its header is read from the new bytes, and *NULL faults', () => {
    const m = fresh();
    const D = m.domains;
    const { B } = fullAndHead(m); // B is the cached pool of class 31
    D.PyObject_Malloc(512);
    expect(m.space.map(B, 16384, 'replaced')).toBe(true);
    let fault: unknown;
    try {
      D.PyObject_Malloc(512); // B->nextpool = 0 != B; bp = B->freeblock = NULL; *(block **)NULL
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(0));
    expect((fault as SegmentationFault).access).toBe('read');
    expect(m.space.readU32(B)).toBe(1); // ++pool->ref.count landed in the new bytes
  });

  it('the cached pool unmapped: reading pool->nextpool faults', () => {
    const m = fresh();
    const D = m.domains;
    const { B } = fullAndHead(m);
    D.PyObject_Malloc(512);
    m.space.unmap(B, 16384);
    let fault: unknown;
    try {
      D.PyObject_Malloc(512);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(B + 16));
  });

  it('freeing into a full pool while the cached head was replaced: next->prevpool is read from the new bytes, prev->nextpool = pool faults', () => {
    const m = fresh();
    const D = m.domains;
    const { first, A, B } = fullAndHead(m);
    expect(m.space.map(B, 16384, 'replaced')).toBe(true);
    let fault: unknown;
    try {
      D.PyObject_Free(first[2]!); // next = B, prev = B->prevpool = NULL: NULL->nextpool = A
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(SegmentationFault);
    expect(hex((fault as SegmentationFault).address)).toBe(hex(16));
    expect((fault as SegmentationFault).access).toBe('write');
    expect(m.space.readWord(A + 16)).toBe(B); // pool->nextpool = next
    expect(m.space.readWord(A + 24)).toBe(0); // pool->prevpool = prev
    expect(m.space.readWord(B + 24)).toBe(A); // next->prevpool = pool, in the new bytes
  });

  it('a pool that fills hands the ring head to its next pool: churn at the head leaves the bytes the plain accessors leave', () => {
    const results = [fresh(), windowless(), viewless()].map((m) => {
      const D = m.domains;
      const o = m.obmalloc;
      // Three pools of class 31, then frees into full pools and allocations, alternating.
      const blocks = Array.from({ length: 31 * 3 + 4 }, () => D.PyObject_Malloc(512));
      const got: number[] = [];
      for (let i = 0; i < 60; i++) {
        const k = (i * 37) % blocks.length;
        D.PyObject_Free(blocks[k]!);
        blocks[k] = D.PyObject_Malloc(512);
        got.push(blocks[k]!);
      }
      const pools = [...new Set(blocks.map((p) => p - (p % 16384)))];
      return { got, heads: pools.map((P) => m.space.readBytes(P, 48)), used: m.space.readBytes(o.PTA(31) + 16, 16), check: m.check() };
    });
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
    expect(results[0]!.check).toEqual([]);
  });
});

describe('the mmap window: a pool from its address alone, each page it touches checked', () => {
  /** Runs f, returning the fault it raised (or undefined), the address as hex. */
  function faultOf(f: () => void): { address: string; access: string } | undefined {
    try {
      f();
    } catch (e) {
      if (e instanceof SegmentationFault) return { address: hex(e.address), access: e.access };
      throw e;
    }
    return undefined;
  }

  /**
   * A fresh machine with n 512-byte blocks from one pool: the ninth, p (blocks[8]), is the first
   * on the pool's second page.
   */
  function pool512(n: number) {
    const m = fresh();
    const D = m.domains;
    const blocks = Array.from({ length: n }, () => D.PyObject_Malloc(512));
    const p = blocks[8]!;
    return { m, D, blocks, p, pool: p - (p % 16384) };
  }

  it("pymalloc's arenas are in the window", () => {
    const m = fresh();
    const p = m.domains.PyObject_Malloc(100);
    const w = m.space.mmapWindow()!;
    expect(p - w.base).toBeGreaterThan(0);
    expect(p - w.base).toBeLessThan(w.words.length * 4);
    expect(w.writable[Math.floor((p - w.base) / 4096)]).toBe(1);
  });

  it('freeing a block whose page was unmapped (its header still mapped) faults writing the block, as C does', () => {
    const { m, D, p, pool } = pool512(9);
    expect(Math.floor(p / 4096)).toBe(pool / 4096 + 1);
    m.space.unmap(p - (p % 4096), 4096);
    expect(faultOf(() => D.PyObject_Free(p))).toEqual({ address: hex(p), access: 'write' });
    // lastfree = pool->freeblock was read first; nothing was written before the fault.
    expect(m.space.readU32(pool)).toBe(9);
  });

  it('a read-only page in a pool: the free-list pop reads it, the free into it faults', () => {
    const { m, D, blocks, p } = pool512(10);
    m.space.mprotect(p - (p % 4096), 4096, 'r');
    expect(faultOf(() => D.PyObject_Free(p))).toEqual({ address: hex(p), access: 'write' });
    m.space.mprotect(p - (p % 4096), 4096, 'rw');
    D.PyObject_Free(p);
    D.PyObject_Free(blocks[9]!); // freeblock = blocks[9] -> p -> the next virgin block
    m.space.mprotect(p - (p % 4096), 4096, 'r');
    expect(D.PyObject_Malloc(512)).toBe(blocks[9]);
    expect(D.PyObject_Malloc(512)).toBe(p); // pool->freeblock = *(block **)p, read from the read-only page
    expect(m.space.readWord(p - (p % 16384) + 8)).toBe(p + 2 * 512);
  });

  it('a free block on an unmapped page: the pop faults reading it, after ++pool->ref.count', () => {
    const { m, D, p, pool } = pool512(10);
    D.PyObject_Free(p); // freeblock = p
    m.space.unmap(p - (p % 4096), 4096);
    expect(faultOf(() => D.PyObject_Malloc(512))).toEqual({ address: hex(p), access: 'read' });
    expect(m.space.readU32(pool)).toBe(10); // 10 - 1 + 1
  });

  it('the next virgin block on an unmapped page: pymalloc_pool_extend faults writing its link', () => {
    const m = fresh();
    const D = m.domains;
    // Blocks 0..6 are on the pool's first page (48 + 7 * 512 = 3632); block 7 straddles it, and the
    // extend after handing out block 6 writes *(block **)(pool + 48 + 7 * 512) = NULL on page one.
    const blocks = Array.from({ length: 6 }, () => D.PyObject_Malloc(512));
    const pool = blocks[0]! - 48;
    const next = pool + 48 + 7 * 512;
    expect(Math.floor(next / 4096)).toBe(pool / 4096);
    // Make the extend's target the second page: hand out block 6, then unmap page two.
    D.PyObject_Malloc(512);
    expect(m.space.readWord(pool + 8)).toBe(next);
    const after = pool + 48 + 8 * 512; // the block the next extend links, on page two
    m.space.unmap(pool + 4096, 4096);
    expect(faultOf(() => D.PyObject_Malloc(512))).toEqual({ address: hex(after), access: 'write' });
    expect(m.space.readWord(pool + 8)).toBe(after); // pool->freeblock moved on before the write
  });
});

describe('free lists and radix tree read through the views', () => {
  it('a free-list link into another pool is handed out as C hands it out', () => {
    const m = fresh();
    const D = m.domains;
    const x = D.PyObject_Malloc(16); // class 0, pool P
    const y = D.PyObject_Malloc(32); // class 1, pool Q
    D.PyObject_Free(x); // P->freeblock = x
    m.space.writeWord(x, y); // *x = a block of another pool
    expect(D.PyObject_Malloc(16)).toBe(x);
    const P = x - 48;
    expect(m.space.readWord(P + 8)).toBe(y); // pool->freeblock = *(block **)x
    expect(D.PyObject_Malloc(16)).toBe(y); // ...and y is handed out of P
  });

  it('a mid-node slot overwritten after the walk memo filled is followed: the block is no longer pymalloc\'s', () => {
    const m = fresh();
    const D = m.domains;
    const o = m.obmalloc;
    const p = D.PyObject_Malloc(64);
    const q = D.PyObject_Malloc(64);
    D.PyObject_Free(q); // fills the memo for this part of the address space
    const mid = m.space.readWord(o.statics.arena_map_root + o.arenaMap.MAP_TOP_INDEX(p) * 8);
    const midSlot = mid + o.arenaMap.MAP_MID_INDEX(p) * 8;
    const bot = m.space.readWord(midSlot);
    m.space.writeWord(midSlot, 0);
    expect(o.address_in_range(p)).toBe(false);
    m.space.writeWord(midSlot, bot);
    expect(o.address_in_range(p)).toBe(true);
    // A different, valid bottom node (all zero): nothing in it is used.
    const other = m.libc.calloc(1, o.arenaMap.botNodeBytes);
    m.space.writeWord(midSlot, other);
    expect(o.address_in_range(p)).toBe(false);
    expect(o.address_in_range(q)).toBe(false);
  });

  it('a root slot overwritten after the walk memo filled is followed too', () => {
    const m = fresh();
    const D = m.domains;
    const o = m.obmalloc;
    const p = D.PyObject_Malloc(64);
    const q = D.PyObject_Malloc(64);
    D.PyObject_Free(q); // fills the memo
    const rootSlot = o.statics.arena_map_root + o.arenaMap.MAP_TOP_INDEX(p) * 8;
    const mid = m.space.readWord(rootSlot);
    m.space.writeWord(rootSlot, 0);
    expect(o.address_in_range(p)).toBe(false);
    m.space.writeWord(rootSlot, mid);
    expect(o.address_in_range(p)).toBe(true);
    // A different mid node (all zero): no bottom node under it.
    const other = m.libc.calloc(1, o.arenaMap.midNodeBytes);
    m.space.writeWord(rootSlot, other);
    expect(o.address_in_range(p)).toBe(false);
    m.space.writeWord(rootSlot, mid);
    D.PyObject_Free(p);
    expect(m.check()).toEqual([]);
  });

  it('blocks of a released (unmapped) arena are no longer reached through the views', () => {
    const m = fresh();
    const D = m.domains;
    const perArena = 63 * 31;
    const first = Array.from({ length: perArena }, () => D.PyObject_Malloc(512));
    const second = Array.from({ length: 5 }, () => D.PyObject_Malloc(512));
    const released = first[0]! - 48;
    for (const p of first) D.PyObject_Free(p); // the first arena is wholly free and released (munmap)
    expect(m.obmalloc.counter('narenas_currently_allocated')).toBe(1);
    expect(m.space.isMapped(released)).toBe(false);
    // The arena map says so at once (its leaf was cleared), and the pool's bytes are gone.
    expect(m.obmalloc.address_in_range(first[0]!)).toBe(false);
    expect(() => m.space.readWord(released)).toThrow(SegmentationFault);
    const again = Array.from({ length: perArena }, () => D.PyObject_Malloc(512));
    for (const p of again) expect(m.space.isMapped(p)).toBe(true);
    for (const p of [...again, ...second]) D.PyObject_Free(p);
    expect(m.check()).toEqual([]);
  });
});

describe('PyObject_Malloc / PyObject_Free: the one-step common case and the general one agree', () => {
  it('a copy of the pymalloc table (another struct, the same functions) is still pymalloc', () => {
    const m = fresh();
    const D = m.domains;
    D.setTable(PYMEM_DOMAIN_OBJ, { ...D.PYMALLOC_ALLOC });
    const p = D.PyObject_Malloc(40);
    expect(m.obmalloc.address_in_range(p)).toBe(true);
    const before = m.obmalloc.counter('raw_allocated_blocks');
    D.PyObject_Free(p);
    expect(m.obmalloc.counter('raw_allocated_blocks')).toBe(before);
    expect(D.PyObject_Malloc(40)).toBe(p); // back on its pool's free list, handed out again
    expect(m.check()).toEqual([]);
  });

  it('bigint sizes, sizes above the threshold and above PY_SSIZE_T_MAX take the general path', () => {
    const m = fresh();
    const D = m.domains;
    const a = D.PyObject_Malloc(40n);
    expect(m.obmalloc.address_in_range(a)).toBe(true);
    const b = D.PyObject_Malloc(4096);
    expect(b).not.toBe(0);
    expect(m.obmalloc.address_in_range(b)).toBe(false);
    expect(D.PyObject_Malloc(0x8000_0000_0000_0000n)).toBe(0);
    expect(D.PyObject_Malloc(-1n)).toBe(0); // size_t -1
    D.PyObject_Free(a);
    D.PyObject_Free(b);
    expect(m.check()).toEqual([]);
  });

  it('with OBJ = malloc, both go to glibc', () => {
    const m = fresh();
    const D = m.domains;
    D.setTable(PYMEM_DOMAIN_OBJ, D.MALLOC_ALLOC);
    const p = D.PyObject_Malloc(40);
    expect(m.obmalloc.address_in_range(p)).toBe(false);
    expect(m.libc.malloc_usable_size(p)).toBeGreaterThanOrEqual(40);
    D.PyObject_Free(p);
    expect(m.check()).toEqual([]);
  });
});
