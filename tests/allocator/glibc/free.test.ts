import { describe, expect, it } from 'vitest';
import { expectAbort, expectSegv, fresh, HEAP_START, outcome, sound, type Machine } from './helpers';

/** Writes the PYTHONMALLOC debug-hook header in front of p: N big-endian, then id + 0xFD x 7. */
function debugHeader(m: Machine, p: number, n: number, id: string): void {
  for (let i = 0; i < 8; i++) m.space.write8(p - 16 + i, i === 7 ? n & 0xff : 0);
  m.space.writeU64(p - 8, 0xfdfdfdfdfdfdfd00n | BigInt(id.charCodeAt(0)));
}

describe('free: the empirical outcome table (allocator-facts 1.8, 1.13)', () => {
  it('9 x malloc(200); fill tcache; free(a7) twice -> double free or corruption (!prev)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a: number[] = [];
      for (let i = 0; i < 9; i++) a.push(g.malloc(200));
      for (let i = 0; i < 7; i++) g.free(a[i]!);
      g.free(a[7]!);
      expect(g.check()).toEqual([]);
      expect(g.snapshot().chunks.find((c) => c.mem === a[7])!.list).toBe('unsorted');
      g.free(a[7]!);
    });
    expectAbort(o, 'double free or corruption (!prev)');
  });

  it('malloc(2000) + guard; free twice -> double free or corruption (!prev)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      g.malloc(2000);
      g.free(p);
      g.free(p);
    });
    expectAbort(o, 'double free or corruption (!prev)');
  });

  it('malloc(2000) alone (borders top); free twice -> double free or corruption (top)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      g.free(p);
      expect(g.check()).toEqual([]);
      g.free(p);
    });
    expectAbort(o, 'double free or corruption (top)');
  });

  it('free(stack buffer + 16) -> free(): invalid pointer', () => {
    const m = fresh();
    const stack = m.space.layout.stackTop - 0x21000;
    m.space.map(stack, 0x21000, '[stack]');
    const o = outcome(m, (g) => g.free(stack + 0x20000 + 16));
    expectAbort(o, 'free(): invalid pointer');
  });

  it('free(malloc(10) + 1) -> free(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => g.free(g.malloc(10) + 1));
    expectAbort(o, 'free(): invalid pointer');
    expect(o.end!.evidence!.conclusion).toContain('not 16-byte aligned');
  });

  it('free(malloc(10) + 16) (size word 0) -> free(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => g.free(g.malloc(10) + 16));
    expectAbort(o, 'free(): invalid pointer');
    expect(o.end!.evidence!.conclusion).toContain('is 0');
  });

  it('free(mmapped p) twice -> SIGSEGV, no message', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(200000);
      g.free(p);
      expect(g.check()).toEqual([]);
      g.free(p);
    });
    expectSegv(o);
  });

  it('free(mmapped p + 16) -> free(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => g.free(g.malloc(200000) + 16));
    expectAbort(o, 'free(): invalid pointer');
  });

  it("p, q = malloc(24); memset(p, 'A', 40); free(q) -> double free or corruption (out)", () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(24);
      const q = g.malloc(24);
      m.space.fill(p, 0x41, 40);
      g.free(q);
    });
    expectAbort(o, 'double free or corruption (out)');
  });

  it("malloc(2000) p, q; overwrite q's header with 'A'; free(q) -> (out)", () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      g.malloc(2000);
      const q = g.malloc(2000);
      m.space.fill(q - 16, 0x41, 16);
      g.free(q);
    });
    expectAbort(o, 'double free or corruption (out)');
  });

  it("zero q's size word; free(q) -> free(): invalid pointer", () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      g.malloc(2000);
      const q = g.malloc(2000);
      m.space.writeWord(q - 8, 0);
      g.free(q);
    });
    expectAbort(o, 'free(): invalid pointer');
  });

  it.each([0x10, 0x11])('own size word %#x -> free(): invalid size', (word) => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      m.space.writeWord(p - 8, word);
      g.free(p);
    });
    expectAbort(o, 'free(): invalid size');
  });

  it('own IS_MMAPPED bit on a heap chunk -> munmap_chunk(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      m.space.writeWord(p - 8, 0x23);
      g.free(p);
    });
    expectAbort(o, 'munmap_chunk(): invalid pointer');
  });

  it('own NON_MAIN_ARENA bit -> SIGSEGV in heap_for_ptr, with evidence', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      m.space.writeWord(p - 8, 0x25);
      g.free(p);
    });
    expectSegv(o);
    const ev = o.end!.evidence!;
    expect(ev.where).toBe('heap_for_ptr');
    expect(ev.conclusion).toContain('chunk & ~0x3ffffff = 0x555554000000, which is not mapped');
    expect(ev.reads[0]!.meaning).toContain('(A|P set)');
    expect(ev.reads[1]!.bytes).toBeNull();
  });

  it('q size word = 1; free(p) (p before q, 2000 bytes) -> free(): invalid next size (normal)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      const q = g.malloc(2000);
      m.space.writeWord(q - 8, 1);
      g.free(p);
    });
    expectAbort(o, 'free(): invalid next size (normal)');
  });

  it('free(a) to unsorted; corrupt a->bk; free(b) -> free(): corrupted unsorted chunks', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(2000);
      g.malloc(10);
      const b = g.malloc(2000);
      g.malloc(10);
      g.free(a);
      m.space.writeWord(a + 8, 0x4141414141);
      g.free(b);
    });
    expectAbort(o, 'free(): corrupted unsorted chunks');
  });

  it('free(p) to unsorted; q->prev_size = 0x100; free(q) -> corrupted size vs. prev_size while consolidating', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      const q = g.malloc(2000);
      g.malloc(10);
      g.free(p);
      m.space.writeWord(q - 16, 0x100);
      g.free(q);
    });
    expectAbort(o, 'corrupted size vs. prev_size while consolidating');
  });

  it('an unlink of a neighbour with broken links -> corrupted double-linked list', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      const q = g.malloc(2000);
      g.malloc(10);
      g.free(q);
      m.space.writeWord(q, HEAP_START + 0x40); // q->fd now points into the tcache struct
      g.free(p); // forward merge with q: unlink_chunk(q)
    });
    expectAbort(o, 'corrupted double-linked list');
  });

  it('a prev_size of -16 walks *forward*, as size_t arithmetic does', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      g.malloc(10);
      m.space.writeWord(p - 8, 0x7e0); // P clear
      m.space.writeU64(p - 16, 0xfffffffffffffff0n);
      g.free(p); // p - (-16) = p + 16: the size there (user data, 0) != prevsize
    });
    expectAbort(o, 'corrupted size vs. prev_size while consolidating');
    expect(o.end!.evidence!.reads[1]!.address).toBe(o.end!.evidence!.reads[0]!.address + 16 + 8);
  });
});

describe('free: PYTHONMALLOC debug-hook headers reaching glibc (allocator-facts 3.6)', () => {
  it("'m' (0x6d: A|P) -> SIGSEGV", () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10 + 24) + 16;
      debugHeader(m, p, 10, 'm');
      g.free(p);
    });
    expectSegv(o);
    expect(o.end!.evidence!.reads[0]!.meaning).toBe('size word of chunk 0x5555555592a0: 0xfdfdfdfdfdfdfd6d (A|P set)');
  });

  it.each(['o', 'r'])("'%s' (M set) -> munmap_chunk(): invalid pointer", (id) => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10 + 24) + 16;
      debugHeader(m, p, 10, id);
      g.free(p);
    });
    expectAbort(o, 'munmap_chunk(): invalid pointer');
  });
});

describe('free: mmapped chunks, thresholds and trimming (allocator-facts 1.6)', () => {
  it('munmap_chunk releases the mapping and updates the counters', () => {
    const { g, space } = fresh();
    const p = g.malloc(300000);
    expect(g.state.mp_.n_mmaps).toBe(1);
    g.free(p);
    expect(space.isMapped(p)).toBe(false);
    expect(g.state.mp_.n_mmaps).toBe(0);
    expect(g.state.mp_.mmapped_mem).toBe(0);
    expect(g.state.mp_.mmap_threshold).toBe(0x4a000);
    sound(g);
  });

  it('blocks above DEFAULT_MMAP_THRESHOLD_MAX leave the threshold alone', () => {
    const { g } = fresh();
    g.free(g.malloc(40 << 20));
    expect(g.state.mp_.mmap_threshold).toBe(0x20000);
  });

  it('systrim gives the top of the heap back after a large free', () => {
    const { g, space } = fresh();
    g.malloc(10);
    const blocks: number[] = [];
    for (let i = 0; i < 5; i++) blocks.push(g.malloc(100000)); // below the mmap threshold: sbrk heap
    const before = space.break;
    expect(before - HEAP_START).toBeGreaterThan(500000);
    for (const b of blocks.reverse()) {
      g.free(b);
      sound(g);
    }
    expect(space.break).toBeLessThan(before);
    expect(space.break - HEAP_START).toBeLessThan(0x21000 + 0x1000);
    const s = g.snapshot();
    expect(s.heapEnd).toBe(space.break);
    expect(s.chunks.at(-1)!.size).toBeLessThan(0x20000 + 0x1000 + 0x20);
    sound(g);
  });

  it('a forged but page-consistent mmapped header unmaps arbitrary memory without a word', () => {
    const m = fresh();
    const target = m.space.mmap(0x3000)!;
    const mem = target + 0x1000;
    m.space.writeWord(mem - 16, 0xff0); // prev_size: chunk (mem - 16) - 0xff0 = target
    m.space.writeWord(mem - 8, 0x2010 | 2); // size | IS_MMAPPED: 0xff0 + 0x2010 = 3 pages
    const o = outcome(m, (g) => g.free(mem));
    expect(o.end).toBeNull();
    expect(o.stderr).toBe('');
    expect(m.space.isMapped(target)).toBe(false);
    expect(m.space.isMapped(target + 0x2fff)).toBe(false);
  });

  it('free(NULL) is a no-op and does not even initialise malloc', () => {
    const { g } = fresh();
    g.free(0);
    expect(g.state.__malloc_initialized).toBe(false);
  });

  it('coalesces backward and forward into one unsorted chunk', () => {
    const { g } = fresh();
    const a = g.malloc(2000);
    const b = g.malloc(2000);
    const c = g.malloc(2000);
    g.malloc(10);
    g.free(a);
    g.free(c);
    g.free(b);
    const s = g.snapshot();
    const merged = s.chunks.find((x) => x.mem === a)!;
    expect(merged.size).toBe(3 * 0x7e0);
    expect(merged.list).toBe('unsorted');
    sound(g);
  });
});
