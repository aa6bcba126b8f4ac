import { describe, expect, it } from 'vitest';
import { Machine } from '../../../allocator/machine';
import { SegmentationFault } from '../../../allocator/address-space';
import { ARENA_OBJECT_SIZE } from '../../../allocator/pymalloc/arena';
import { pymallocSnapshot } from '../../../allocator/pymalloc/snapshot';
import { printone } from '../../../allocator/pymalloc/debug-malloc-stats';

const hex = (bytes: Iterable<number>) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

function fresh(): Machine {
  return new Machine({ warmup: false });
}

describe('pymalloc size classes and pools (fact sheet 2.2-2.4)', () => {
  it('maps 1..512 to 32 classes of 16 bytes; 0 and 513 go to glibc', () => {
    const m = fresh();
    const D = m.domains;
    for (const [n, size] of [[1, 16], [16, 16], [17, 32], [48, 48], [497, 512], [512, 512]] as const) {
      const a = D.PyObject_Malloc(n);
      const b = D.PyObject_Malloc(n);
      expect(m.obmalloc.address_in_range(a)).toBe(true);
      expect(b - a).toBe(size);
    }
    for (const n of [0, 513, 1000]) expect(m.obmalloc.address_in_range(D.PyObject_Malloc(n))).toBe(false);
    // PyMem_Malloc(0) is glibc malloc(1): chunk 0x20, size word 0x21.
    const z = D.PyMem_Malloc(0);
    expect(m.space.readWord(z - 8)).toBe(0x21);
    expect(m.check()).toEqual([]);
  });

  it('first block at pool+48; header bytes as in the 2.4 dump after 20 blocks of class 31', () => {
    const m = fresh();
    const blocks = Array.from({ length: 20 }, () => m.domains.PyMem_Malloc(512));
    const pool = blocks[0]! - 48;
    expect(pool % 16384).toBe(0);
    blocks.forEach((b, i) => expect(b).toBe(pool + 48 + i * 512));
    const h = m.space.readBytes(pool, 48);
    expect(hex(h.subarray(0, 8))).toBe('14 00 00 00 00 00 00 00');
    expect(m.space.readWord(pool + 8)).toBe(pool + 48 + 20 * 512); // freeblock: the next virgin block
    expect(hex(h.subarray(32, 48))).toBe('00 00 00 00 1f 00 00 00 30 2a 00 00 00 3e 00 00');
    // nextpool/prevpool of the only pool of the class are the sentinel, a libpython .data address.
    const sentinel = m.obmalloc.PTA(31);
    expect(m.space.readWord(pool + 16)).toBe(sentinel);
    expect(m.space.readWord(pool + 24)).toBe(sentinel);
    expect(m.space.readWord(sentinel + 16)).toBe(pool); // usedpools[62]
    expect(m.space.regionOf(sentinel)?.name).toContain('libpython');
  });

  it('a fresh arena has 63 pools when its base is not 16 KiB aligned; arena objects live in the glibc heap', () => {
    const m = fresh();
    m.domains.PyObject_Malloc(8);
    const snap = pymallocSnapshot(m.obmalloc, false);
    expect(snap.arenas).toHaveLength(1);
    const a = snap.arenas[0]!;
    expect(a.address % 16384).not.toBe(0);
    expect(a.ntotalpools).toBe(63);
    expect(a.nfreepools).toBe(62);
    expect(snap.maxarenas).toBe(16);
    // The vector of 16 arena_objects was PyMem_RawRealloc'ed: a 768-byte glibc chunk.
    expect(m.obmalloc.address_in_range(snap.arenasVector)).toBe(false);
    expect(m.space.readWord(snap.arenasVector - 8)).toBe((16 * ARENA_OBJECT_SIZE + 8 + 15) & ~15 | 1);
  });

  it('the free list is threaded through the first word of free blocks, LIFO', () => {
    const m = fresh();
    const [a, b, c] = [m.domains.PyMem_Malloc(24), m.domains.PyMem_Malloc(24), m.domains.PyMem_Malloc(24)];
    const pool = a! - 48;
    const before = m.space.readWord(pool + 8);
    m.domains.PyMem_Free(a!);
    m.domains.PyMem_Free(c!);
    expect(m.space.readWord(pool + 8)).toBe(c);
    expect(m.space.readWord(c!)).toBe(a);
    expect(m.space.readWord(a!)).toBe(before);
    expect(m.domains.PyMem_Malloc(30)).toBe(c);
    expect(m.domains.PyMem_Malloc(30)).toBe(a);
    expect(b).toBe(a! + 32);
    expect(m.check()).toEqual([]);
  });

  it('double free is silent and the next two allocations return the same pointer', () => {
    const m = fresh();
    const p = m.domains.PyMem_Malloc(10);
    m.domains.PyMem_Free(p);
    m.domains.PyMem_Free(p);
    expect(m.space.readWord(p)).toBe(p); // the block now links to itself
    const a = m.domains.PyMem_Malloc(10);
    const b = m.domains.PyMem_Malloc(10);
    expect(a).toBe(p);
    expect(b).toBe(p);
    expect(m.check().join('\n')).toMatch(/free list|count/);
  });

  it('PyMem_Realloc: 10 -> 600 -> 100 moves to glibc and stays; pymalloc 100 -> 60 -> 80 moves (2.8)', () => {
    const m = fresh();
    const D = m.domains;
    const p = D.PyMem_Malloc(10);
    m.space.writeBytes(p, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const q = D.PyMem_Realloc(p, 600);
    expect(m.obmalloc.address_in_range(q)).toBe(false);
    expect(m.libc.malloc_usable_size(q)).toBe(600);
    expect([...m.space.readBytes(q, 10)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(D.PyMem_Realloc(q, 100)).toBe(q);
    const r = D.PyMem_Malloc(100);
    const s = D.PyMem_Realloc(r, 60);
    expect(s).not.toBe(r);
    expect(D.PyMem_Realloc(s, 80)).not.toBe(s);
    const t = D.PyMem_Malloc(100);
    expect(D.PyMem_Realloc(t, 90)).toBe(t); // 4 * 90 > 3 * 112
    const z = D.PyMem_Realloc(D.PyMem_Malloc(10), 0);
    expect(m.obmalloc.address_in_range(z)).toBe(false);
    expect(m.space.readWord(z - 8)).toBe(0x21);
  });

  it('address_in_range: true anywhere in a live arena, false for glibc, stack and text', () => {
    const m = fresh();
    const p = m.domains.PyObject_Malloc(40);
    const arena = pymallocSnapshot(m.obmalloc, false).arenas[0]!.address;
    expect(m.obmalloc.address_in_range(arena)).toBe(true);
    expect(m.obmalloc.address_in_range(arena + (1 << 20) - 1)).toBe(true);
    expect(m.obmalloc.address_in_range(arena + (1 << 20))).toBe(false);
    expect(m.obmalloc.address_in_range(arena - 1)).toBe(false);
    expect(m.obmalloc.address_in_range(p + 3)).toBe(true);
    expect(m.obmalloc.address_in_range(m.libc.malloc(40))).toBe(false);
    expect(m.obmalloc.address_in_range(0x7fff_fffd_e000)).toBe(false);
    // mid and bottom nodes are RAW calloc'ed (glibc chunks big enough to be mmapped).
    const root = m.image.symbol('arena_map_root')!;
    const mid = m.space.readWord(root);
    expect(m.space.readWord(mid - 8) & 2).toBe(2);
  });

  it('releases an empty arena only when it is not the last usable one (bpo-37257)', () => {
    const m = fresh();
    const D = m.domains;
    const perArena = 63 * 31; // 512-byte blocks: 31 per pool
    const first = Array.from({ length: perArena }, () => D.PyObject_Malloc(512));
    const second = Array.from({ length: 5 }, () => D.PyObject_Malloc(512));
    expect(pymallocSnapshot(m.obmalloc, false).arenas).toHaveLength(2);
    for (const p of second) D.PyObject_Free(p);
    expect(pymallocSnapshot(m.obmalloc, false).arenas).toHaveLength(2); // kept: it is the only usable arena
    expect(m.check()).toEqual([]);
    for (const p of first) D.PyObject_Free(p);
    const snap = pymallocSnapshot(m.obmalloc, false);
    expect(snap.arenas).toHaveLength(1);
    expect(m.obmalloc.counter('ntimes_arena_allocated')).toBe(2);
    expect(m.check()).toEqual([]);
  });

  it('keeps usable_arenas sorted by nfreepools with nfp2lasta fingers', () => {
    const m = fresh();
    const D = m.domains;
    const blocks = Array.from({ length: 3 * 63 * 31 }, () => D.PyObject_Malloc(512));
    // Free scattered pools in different arenas so they re-enter usable_arenas with different counts.
    for (let i = 0; i < blocks.length; i += 7) D.PyObject_Free(blocks[i]!);
    for (let i = 0; i < 63 * 31; i++) if (i % 7) D.PyObject_Free(blocks[i]!);
    expect(m.check()).toEqual([]);
    const snap = pymallocSnapshot(m.obmalloc, false);
    const counts = snap.usableArenas.map((ao) => snap.arenas.find((a) => a.arenaObject === ao)!.nfreepools);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});

describe('snapshot and _PyObject_DebugMallocStats', () => {
  it('snapshot lists blocks with state and free-list order', () => {
    const m = fresh();
    const a = m.domains.PyObject_Malloc(16);
    const b = m.domains.PyObject_Malloc(16);
    m.domains.PyObject_Free(a);
    const pool = pymallocSnapshot(m.obmalloc).arenas[0]!.pools[0]!;
    expect(pool.szidx).toBe(0);
    expect(pool.blocks[0]).toEqual({ address: a, state: 'free', freeIndex: 0 });
    expect(pool.blocks[1]).toEqual({ address: b, state: 'allocated' });
    expect(pool.blocks[3]!.state).toBe('virgin');
    expect(pool.freeList).toEqual([a, b + 16]);
    expect(JSON.parse(JSON.stringify(pool)).count).toBe(1);
  });

  it('printone pads to 35 columns and right-aligns the comma-grouped value in 21', () => {
    expect(printone('4 arenas * 1048576 bytes/arena', 4194304)).toBe('4 arenas * 1048576 bytes/arena     =            4,194,304\n');
    expect(printone('# arenas reclaimed', 0)).toBe('# arenas reclaimed                 =                    0\n');
  });

  it('reports classes, arenas, pool headers and the arena map like sys._debugmallocstats()', () => {
    const m = fresh();
    for (let i = 0; i < 3; i++) m.domains.PyObject_Malloc(10);
    m.domains.PyObject_Malloc(500);
    const text = m.debugMallocStats();
    expect(text).toContain('Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n');
    expect(text).toContain('    0     16           1               3          1018\n');
    expect(text).toContain('   31    512           1               1            30\n');
    expect(text).toContain('# bytes lost to pool headers       =                   96\n');
    expect(text).toContain('# bytes lost to arena alignment    =               16,384\n');
    expect(text).toContain('61 unused pools * 16384 bytes      =              999,424\n');
    expect(text).toContain('Total                              =            1,048,576\n');
    expect(text).toContain('# bytes lost to arena map root     =              262,144\n');
    expect(text).toContain('# bytes lost to arena map bot      =              131,072\n');
  });
});

describe('obmalloc counters', () => {
  it('keeps raw_allocated_blocks as a signed 64-bit value in memory', () => {
    const m = new Machine({ warmup: false });
    const p = m.call('malloc', 600) as number; // a block pymalloc never saw
    m.call('PyObject_Free', p); // routed to PyMem_RawFree: the counter goes to -1
    expect(m.obmalloc.counter('raw_allocated_blocks')).toBe(-1);
    expect(m.space.readU64(m.obmalloc.statics.raw_allocated_blocks)).toBe(0xffff_ffff_ffff_ffffn);
  });
});

describe('the fast paths read the simulated bytes every time', () => {
  it('address_in_range follows a corrupted radix tree as C does (the walk memo hides nothing)', () => {
    const m = fresh();
    const o = m.obmalloc;
    const p = m.domains.PyObject_Malloc(32);
    expect(o.address_in_range(p)).toBe(true);
    expect(o.address_in_range(p)).toBe(true);
    const rootSlot = o.statics.arena_map_root + o.arenaMap.MAP_TOP_INDEX(p) * 8;
    const mid = m.space.readWord(rootSlot);
    m.space.writeWord(rootSlot, 0);
    expect(o.address_in_range(p)).toBe(false);
    m.space.writeWord(rootSlot, mid);
    expect(o.address_in_range(p)).toBe(true);
    const leaf = o.arenaMap.arena_map_get(p, false) + o.arenaMap.MAP_BOT_INDEX(p) * 8;
    m.space.writeU64(leaf, 0n);
    expect(o.address_in_range(p)).toBe(false);
  });

  it('a free-list link overwritten with an unmapped address is handed out, then faults on the next malloc', () => {
    const m = fresh();
    const d = m.domains;
    const p1 = d.PyObject_Malloc(32);
    const p2 = d.PyObject_Malloc(32);
    d.PyObject_Free(p2);
    d.PyObject_Free(p1); // freeblock = p1, *p1 = p2
    expect(m.space.readWord(p1)).toBe(p2);
    m.space.writeWord(p1, 0x10);
    expect(d.PyObject_Malloc(32)).toBe(p1); // pool->freeblock = (block *)0x10
    expect(() => m.obmalloc.pymalloc_alloc(32)).toThrow(SegmentationFault);
  });
});
