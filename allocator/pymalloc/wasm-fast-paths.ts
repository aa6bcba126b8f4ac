/*
 * The common cases of CPython 3.11's pymalloc_alloc and pymalloc_free (Objects/obmalloc.c), as
 * WebAssembly over the bytes of the mmap window (AddressSpace.mmapWindow, whose buffer is a
 * WebAssembly.Memory where the host has WebAssembly): the same reads and writes, in the same
 * order, as obmalloc.ts's JavaScript hot paths and as C, without the per-access checks a typed
 * array costs in JavaScript. Main exports: instantiateFastPaths and the FREE_* result codes.
 *
 * The functions work on window offsets (address - window base). Before their first write they
 * check everything the JavaScript paths check: every word they touch lies in the window, on a
 * page whose flag says it is mapped writable (the flags sit in the same memory, after the
 * window: one byte a page), and every pointer they follow is in the window and 8-aligned. When
 * something does not hold they write nothing and say so, and Obmalloc runs its JavaScript path,
 * which reads the same bytes and faults as C does. Where C could see its own writes (a block
 * inside a pool header, a ring link pointing into this pool) the order of reads and writes is
 * C's. The one case where a check follows a write is insert_to_usedpool in pymalloc_free: the
 * block is then already pushed, as in C, and FREE_INSERT_TO_USEDPOOL hands the rest of the
 * operation to the JavaScript insert_to_usedpool, which reads its words from the start.
 *
 * alloc(size) returns the block's window offset, or 0 (nothing written): run the JavaScript
 * path. free(lo, hi) takes an address pymalloc's radix tree says is in an arena, as int32
 * halves, and returns one of the FREE_* codes.
 */

import { Asm, ValType, wasmModule } from '../wasm-module';

/** free(): done. */
export const FREE_DONE = 1;
/** free(): nothing written; run pymalloc_free in JavaScript. */
export const FREE_RUN_JS = 2;
/** free(): the block is pushed and the pool's count is now 0: insert_to_freepool(pool) follows. */
export const FREE_INSERT_TO_FREEPOOL = 3;
/** free(): the block is pushed and the pool was full: insert_to_usedpool(pool) follows. */
export const FREE_INSERT_TO_USEDPOOL = 4;

/** The constants the functions read (imported immutable i32 globals), in global index order. */
const GLOBALS = [
  'windowBytes', // W: offsets 0 <= x < W are in the window
  'flagsAt', // the offset of the page flags in the memory (W)
  'winLo', // the window's base address as int32 halves
  'winHi',
  'usedpools', // usedpools' window offset
  'poolMask', // POOL_SIZE - 1
  'blockMask', // POOL_SIZE - 8: d & blockMask === d for the 8-aligned offsets 0 <= d < POOL_SIZE
  'poolOverhead', // POOL_OVERHEAD: a block offset below it is in the pool header
  'alignmentShift', // ALIGNMENT_SHIFT: INDEX2SIZE(i) = (i + 1) << ALIGNMENT_SHIFT
  'nbClasses', // NB_SMALL_SIZE_CLASSES
] as const;
type GlobalName = (typeof GLOBALS)[number];
const G = Object.fromEntries(GLOBALS.map((g, i) => [g, i])) as Record<GlobalName, number>;

/** A body writer with the idioms both functions use. */
class PathAsm extends Asm {
  /** Pops a condition; when it is true, returns `code`. */
  orReturn(code: number): this {
    return this.if_().i32(code).return_().end();
  }
  /** Pushes 1 when the page of window offset local x (x < W) is not mapped writable, else 0. */
  pageNotWritable(x: number): this {
    return this.get(x).i32(12).i32_shr_u().global(G.flagsAt).i32_add().i32_load8_u().i32(1).i32_ne();
  }
  /**
   * out = the window offset of the address (lo, hi) (locals), returning `code` unless it lies in
   * the window, 8-aligned, at least `room` bytes before its end, on a page mapped writable at
   * byte `at` past it (the word the caller touches; `at` < 8 or 8-aligned, so one page).
   */
  windowOffset(lo: number, hi: number, out: number, room: number, at: number, code: number): this {
    this.get(hi).global(G.winHi).i32_ne().orReturn(code);
    this.get(lo).global(G.winLo).i32_sub().tee(out).global(G.windowBytes).i32(room).i32_sub().i32_ge_u().orReturn(code);
    this.get(out).i32(7).i32_and().orReturn(code);
    return this.get(out).i32(at).i32_add().i32(12).i32_shr_u().global(G.flagsAt).i32_add().i32_load8_u().i32(1).i32_ne().orReturn(code);
  }
}

/**
 * pymalloc_alloc(size class) for a pool found through usedpools[] in the window: the block's
 * window offset, or 0 when the JavaScript path must run (nothing written).
 */
function allocFunction(): PathAsm {
  // locals: 0 size; 1 u; 2 poolLo; 3 pool; 4 bp; 5 nxLo; 6 nxHi; 7 nextoffset; 8 nb; 9 nextLo;
  // 10 nextHi; 11 prevLo; 12 prevHi; 13 nextO; 14 prevO; 15 d; 16 poolHi
  const a = new PathAsm();
  // u = &usedpools[size + size], on a writable page (16-aligned: its two words share the page)
  a.global(G.usedpools).get(0).i32(4).i32_shl().i32_add().set(1);
  a.pageNotWritable(1).orReturn(0);
  // pool = usedpools[size + size]: a pool-aligned address in the window (an empty ring's head is
  // its sentinel, not pool-aligned: allocate_from_new_pool runs in JavaScript)
  a.get(1).i32_load().set(2);
  a.get(1).i32_load(4).set(16);
  a.windowOffset(2, 16, 3, 32, 0, 0);
  a.get(3).global(G.poolMask).i32_and().orReturn(0);
  // pool == pool->nextpool: the ring is empty
  a.get(3).i32_load(16).get(2).i32_eq().get(3).i32_load(20).get(16).i32_eq().i32_and().orReturn(0);
  // bp = pool->freeblock: a block of this pool, past its header, on a writable page
  a.get(3).i32_load(12).get(16).i32_ne().orReturn(0);
  a.get(3).i32_load(8).get(2).i32_sub().tee(15).global(G.blockMask).i32_and().get(15).i32_ne().orReturn(0);
  a.get(15).global(G.poolOverhead).i32_lt_u().orReturn(0);
  a.get(3).get(15).i32_add().set(4);
  a.pageNotWritable(4).orReturn(0);
  // *(block **)bp: the next free block (no write so far can have changed it: bp is past the header)
  a.get(4).i32_load().set(5);
  a.get(4).i32_load(4).set(6);
  a.get(5).get(6).i32_or().i32_eqz().if_();
  {
    // pymalloc_pool_extend: nextoffset and maxnextoffset are header words no write here touches
    a.get(3).i32_load(40).tee(7).get(3).i32_load(44).i32_le_u().if_();
    {
      // a virgin block: pool + nextoffset, past the header, 8-aligned, on a writable page
      a.get(7).global(G.blockMask).i32_and().get(7).i32_ne().orReturn(0);
      a.get(7).global(G.poolOverhead).i32_lt_u().orReturn(0);
      a.get(3).get(7).i32_add().set(8);
      a.pageNotWritable(8).orReturn(0);
      // ++pool->ref.count; pool->freeblock = *(block **)bp (NULL)
      a.get(3).get(3).i32_load().i32(1).i32_add().i32_store();
      a.get(3).get(5).i32_store(8);
      a.get(3).get(6).i32_store(12);
      // pool->freeblock = (block *)pool + pool->nextoffset; pool->nextoffset += INDEX2SIZE(size)
      a.get(3).get(2).get(7).i32_add().i32_store(8);
      a.get(3).get(16).i32_store(12);
      a.get(3).get(7).get(0).i32(1).i32_add().global(G.alignmentShift).i32_shl().i32_add().i32_store(40);
      // *(block **)(pool->freeblock) = NULL
      a.get(8).i64(0).i64_store();
      a.get(4).return_();
    }
    a.end();
    // The pool is full: unlink it. next = pool->nextpool; prev = pool->prevpool, each in the
    // window with the link word written on a writable page (next->prevpool, prev->nextpool).
    a.get(3).i32_load(16).set(9);
    a.get(3).i32_load(20).set(10);
    a.get(3).i32_load(24).set(11);
    a.get(3).i32_load(28).set(12);
    a.windowOffset(9, 10, 13, 32, 24, 0);
    a.windowOffset(11, 12, 14, 32, 16, 0);
    a.get(3).get(3).i32_load().i32(1).i32_add().i32_store();
    a.get(3).get(5).i32_store(8);
    a.get(3).get(6).i32_store(12);
    // next->prevpool = prev; prev->nextpool = next
    a.get(13).get(11).i32_store(24);
    a.get(13).get(12).i32_store(28);
    a.get(14).get(9).i32_store(16);
    a.get(14).get(10).i32_store(20);
    a.get(4).return_();
  }
  a.end();
  // ++pool->ref.count; pool->freeblock = *(block **)bp
  a.get(3).get(3).i32_load().i32(1).i32_add().i32_store();
  a.get(3).get(5).i32_store(8);
  a.get(3).get(6).i32_store(12);
  a.get(4);
  return a;
}

/**
 * pymalloc_free(p) for p = (lo, hi), once address_in_range(p) has said yes (Obmalloc asks its
 * ArenaMap: the radix tree's bottom nodes are glibc chunks, normally outside the window): the
 * push on the pool's free list and, for a pool that was full, insert_to_usedpool. One of the
 * FREE_* codes other than FREE_NOT_OURS.
 */
function freeFunction(): PathAsm {
  // locals: 0 lo; 1 hi; 2 po; 3 pool; 4 lastLo; 5 lastHi; 6 count; 7 u; 8 nextLo; 9 nextHi;
  // 10 prevLo; 11 prevHi; 12 nextO; 13 prevO
  const a = new PathAsm();
  const R = FREE_RUN_JS;
  // pool = POOL_ADDR(p): p in the window, 8-aligned, its pool's header page and its own page writable
  a.windowOffset(0, 1, 2, 8, 0, R);
  a.get(2).global(G.poolMask).i32(-1).i32_xor().i32_and().set(3);
  a.pageNotWritable(3).orReturn(R);
  // *(block **)p = lastfree = pool->freeblock; pool->freeblock = p; pool->ref.count--
  a.get(3).i32_load(8).set(4);
  a.get(3).i32_load(12).set(5);
  a.get(2).get(4).i32_store();
  a.get(2).get(5).i32_store(4);
  a.get(3).get(0).i32_store(8);
  a.get(3).get(1).i32_store(12);
  a.get(3).get(3).i32_load().i32(1).i32_sub().tee(6).i32_store();
  // lastfree != NULL: done, unless the pool is now empty
  a.get(4).get(5).i32_or().if_();
  {
    a.get(6).i32_eqz().orReturn(FREE_INSERT_TO_FREEPOOL);
    a.i32(FREE_DONE).return_();
  }
  a.end();
  // insert_to_usedpool(pool): size = pool->szidx; next = usedpools[size + size]; prev = next->prevpool
  const U = FREE_INSERT_TO_USEDPOOL;
  a.get(3).i32_load(36).tee(7).global(G.nbClasses).i32_ge_u().orReturn(U);
  a.global(G.usedpools).get(7).i32(4).i32_shl().i32_add().set(7);
  a.pageNotWritable(7).orReturn(U);
  a.get(7).i32_load().set(8);
  a.get(7).i32_load(4).set(9);
  a.windowOffset(8, 9, 12, 32, 24, U);
  a.get(12).i32_load(24).set(10);
  a.get(12).i32_load(28).set(11);
  a.windowOffset(10, 11, 13, 32, 16, U);
  // pool->nextpool = next; pool->prevpool = prev; next->prevpool = pool; prev->nextpool = pool
  a.get(3).get(8).i32_store(16);
  a.get(3).get(9).i32_store(20);
  a.get(3).get(10).i32_store(24);
  a.get(3).get(11).i32_store(28);
  a.get(12).get(0).global(G.poolMask).i32(-1).i32_xor().i32_and().i32_store(24);
  a.get(12).get(1).i32_store(28);
  a.get(13).get(0).global(G.poolMask).i32(-1).i32_xor().i32_and().i32_store(16);
  a.get(13).get(1).i32_store(20);
  a.i32(FREE_DONE);
  return a;
}

let compiled: WebAssembly.Module | undefined;

/** The two functions an instance exports. */
export interface FastPaths {
  alloc(size: number): number;
  free(lo: number, hi: number): number;
}

/** The constants of one window and one pymalloc, as the functions' globals. */
export type FastPathConstants = Record<GlobalName, number>;

/**
 * The fast paths over `memory` (the window at offset 0, its page flags at flagsAt), or undefined
 * where the host refuses to compile or instantiate WebAssembly (a Content-Security-Policy without
 * 'wasm-unsafe-eval', say): Obmalloc then keeps to its JavaScript paths.
 */
export function instantiateFastPaths(memory: WebAssembly.Memory, constants: FastPathConstants): FastPaths | undefined {
  try {
    return instantiate(memory, constants);
  } catch {
    return undefined;
  }
}

function instantiate(memory: WebAssembly.Memory, constants: FastPathConstants): FastPaths {
  compiled ??= new WebAssembly.Module(
    wasmModule(GLOBALS, [
      { name: 'alloc', params: [ValType.I32], results: [ValType.I32], locals: Array<ValType>(16).fill(ValType.I32), body: allocFunction() },
      { name: 'free', params: [ValType.I32, ValType.I32], results: [ValType.I32], locals: Array<ValType>(12).fill(ValType.I32), body: freeFunction() },
    ]),
  );
  const g: Record<string, WebAssembly.Global> = {};
  for (const name of GLOBALS) g[name] = new WebAssembly.Global({ value: 'i32', mutable: false }, constants[name] | 0);
  const instance = new WebAssembly.Instance(compiled, { m: { memory }, g });
  return instance.exports as unknown as FastPaths;
}
