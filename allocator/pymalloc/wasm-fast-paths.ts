/*
 * The common cases of CPython 3.11's pymalloc_alloc and pymalloc_free (Objects/obmalloc.c), as
 * WebAssembly over the bytes of the mmap window (AddressSpace.mmapWindow, whose buffer is a
 * WebAssembly.Memory where the host has WebAssembly): the same reads and writes, in the same
 * order, as obmalloc.ts's JavaScript hot paths and as C, without the per-access checks a typed
 * array costs in JavaScript. Main exports: instantiateFastPaths and the FREE_* result codes.
 *
 * The functions reach bytes by memory offset: a window sits at a 1 MiB-aligned offset `at` of
 * its memory (window-pool.ts puts several spaces' windows in one memory, so that every machine
 * calls one instance), and an address's memory offset is at + (address - window base). Before
 * their first write they check everything the JavaScript paths check: every word they touch lies
 * in the window, on a page whose flag says it is mapped writable (byte q of the memory's first MiB
 * is the flag of its page q), and every pointer they follow is in the window and 8-aligned. When
 * something does not hold they write nothing and say so, and Obmalloc runs its JavaScript path,
 * which reads the same bytes and faults as C does. Where C could see its own writes (a block
 * inside a pool header, a ring link pointing into this pool) the order of reads and writes is
 * C's. The one case where a check follows a write is insert_to_usedpool in pymalloc_free: the
 * block is then already pushed, as in C, and FREE_INSERT_TO_USEDPOOL hands the rest of the
 * operation to the JavaScript insert_to_usedpool, which reads its words from the start.
 *
 * alloc(size, at) returns the block's memory offset, or 0 (nothing written): run the JavaScript
 * path. free(lo, hi, at) takes an address pymalloc's radix tree says is in an arena, as int32
 * halves, and returns one of the FREE_* codes.
 */

import { Asm, ValType, wasmModule, type WasmFunction } from '../wasm-module';

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
  'windowBytes', // W: window offsets 0 <= x < W are in the window
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
  /** Pushes 1 when the memory page of memory offset local x is not flagged writable, else 0. */
  pageNotWritable(x: number): this {
    return this.get(x).i32(12).i32_shr_u().i32_load8_u().i32(1).i32_ne();
  }
  /**
   * out = the memory offset of the address (lo, hi) (locals) in the window that starts at memory
   * offset local `at`, returning `code` unless the address lies in the window, 8-aligned, at least
   * `room` bytes before its end, on a page flagged writable at byte `touch` past it (the word the
   * caller touches; `touch` < 8 or 8-aligned, so one page).
   */
  windowOffset(at: number, lo: number, hi: number, out: number, room: number, touch: number, code: number): this {
    this.get(hi).global(G.winHi).i32_ne().orReturn(code);
    this.get(lo).global(G.winLo).i32_sub().tee(out).global(G.windowBytes).i32(room).i32_sub().i32_ge_u().orReturn(code);
    this.get(out).i32(7).i32_and().orReturn(code);
    this.get(out).get(at).i32_add().set(out);
    return this.get(out).i32(touch).i32_add().i32(12).i32_shr_u().i32_load8_u().i32(1).i32_ne().orReturn(code);
  }
}

/** alloc's parameters (size, at) and then its locals, all i32. */
const ALLOC_LOCALS = ['size', 'at', 'uM', 'poolLo', 'poolM', 'bpM', 'nxLo', 'nxHi', 'nextoffset', 'nbM', 'nextLo', 'nextHi', 'prevLo', 'prevHi', 'nextM', 'prevM', 'd', 'poolHi'] as const;
const ALLOC_PARAMS = 2;
/** free's parameters (lo, hi, at) and then its locals, all i32. */
const FREE_LOCALS = ['lo', 'hi', 'at', 'pM', 'poolM', 'lastLo', 'lastHi', 'count', 'uM', 'nextLo', 'nextHi', 'prevLo', 'prevHi', 'nextM', 'prevM'] as const;
const FREE_PARAMS = 3;

/** Names for a function's parameters and locals, numbered in order (parameters first). */
function localIndexes<const N extends readonly string[]>(names: N): Record<N[number], number> {
  return Object.fromEntries(names.map((n, i) => [n, i])) as Record<N[number], number>;
}

/**
 * pymalloc_alloc(size class) for a pool found through usedpools[] in the window at memory offset
 * `at`: the block's memory offset, or 0 when the JavaScript path must run (nothing written).
 * Pointers stored into simulated memory are addresses (lo, hi); locals ending in "M" are memory
 * offsets, used only to reach bytes.
 */
function allocFunction(): PathAsm {
  const l = localIndexes(ALLOC_LOCALS);
  const a = new PathAsm();
  // u = &usedpools[size + size], on a writable page (16-aligned: its two words share the page)
  a.get(l.at).global(G.usedpools).i32_add().get(l.size).i32(4).i32_shl().i32_add().set(l.uM);
  a.pageNotWritable(l.uM).orReturn(0);
  // pool = usedpools[size + size]: a pool-aligned address in the window (an empty ring's head is
  // its sentinel, not pool-aligned: allocate_from_new_pool runs in JavaScript)
  a.get(l.uM).i32_load().set(l.poolLo);
  a.get(l.uM).i32_load(4).set(l.poolHi);
  a.windowOffset(l.at, l.poolLo, l.poolHi, l.poolM, 32, 0, 0);
  a.get(l.poolM).global(G.poolMask).i32_and().orReturn(0);
  // pool == pool->nextpool: the ring is empty
  a.get(l.poolM).i32_load(16).get(l.poolLo).i32_eq().get(l.poolM).i32_load(20).get(l.poolHi).i32_eq().i32_and().orReturn(0);
  // bp = pool->freeblock: a block of this pool, past its header, on a writable page
  a.get(l.poolM).i32_load(12).get(l.poolHi).i32_ne().orReturn(0);
  a.get(l.poolM).i32_load(8).get(l.poolLo).i32_sub().tee(l.d).global(G.blockMask).i32_and().get(l.d).i32_ne().orReturn(0);
  a.get(l.d).global(G.poolOverhead).i32_lt_u().orReturn(0);
  a.get(l.poolM).get(l.d).i32_add().set(l.bpM);
  a.pageNotWritable(l.bpM).orReturn(0);
  // *(block **)bp: the next free block (no write so far can have changed it: bp is past the header)
  a.get(l.bpM).i32_load().set(l.nxLo);
  a.get(l.bpM).i32_load(4).set(l.nxHi);
  a.get(l.nxLo).get(l.nxHi).i32_or().i32_eqz().if_();
  {
    // pymalloc_pool_extend: nextoffset and maxnextoffset are header words no write here touches
    a.get(l.poolM).i32_load(40).tee(l.nextoffset).get(l.poolM).i32_load(44).i32_le_u().if_();
    {
      // a virgin block: pool + nextoffset, past the header, 8-aligned, on a writable page
      a.get(l.nextoffset).global(G.blockMask).i32_and().get(l.nextoffset).i32_ne().orReturn(0);
      a.get(l.nextoffset).global(G.poolOverhead).i32_lt_u().orReturn(0);
      a.get(l.poolM).get(l.nextoffset).i32_add().set(l.nbM);
      a.pageNotWritable(l.nbM).orReturn(0);
      // ++pool->ref.count; pool->freeblock = *(block **)bp (NULL)
      a.get(l.poolM).get(l.poolM).i32_load().i32(1).i32_add().i32_store();
      a.get(l.poolM).get(l.nxLo).i32_store(8);
      a.get(l.poolM).get(l.nxHi).i32_store(12);
      // pool->freeblock = (block *)pool + pool->nextoffset; pool->nextoffset += INDEX2SIZE(size)
      a.get(l.poolM).get(l.poolLo).get(l.nextoffset).i32_add().i32_store(8);
      a.get(l.poolM).get(l.poolHi).i32_store(12);
      a.get(l.poolM).get(l.nextoffset).get(l.size).i32(1).i32_add().global(G.alignmentShift).i32_shl().i32_add().i32_store(40);
      // *(block **)(pool->freeblock) = NULL
      a.get(l.nbM).i64(0).i64_store();
      a.get(l.bpM).return_();
    }
    a.end();
    // The pool is full: unlink it. next = pool->nextpool; prev = pool->prevpool, each in the
    // window with the link word written on a writable page (next->prevpool, prev->nextpool).
    a.get(l.poolM).i32_load(16).set(l.nextLo);
    a.get(l.poolM).i32_load(20).set(l.nextHi);
    a.get(l.poolM).i32_load(24).set(l.prevLo);
    a.get(l.poolM).i32_load(28).set(l.prevHi);
    a.windowOffset(l.at, l.nextLo, l.nextHi, l.nextM, 32, 24, 0);
    a.windowOffset(l.at, l.prevLo, l.prevHi, l.prevM, 32, 16, 0);
    a.get(l.poolM).get(l.poolM).i32_load().i32(1).i32_add().i32_store();
    a.get(l.poolM).get(l.nxLo).i32_store(8);
    a.get(l.poolM).get(l.nxHi).i32_store(12);
    // next->prevpool = prev; prev->nextpool = next
    a.get(l.nextM).get(l.prevLo).i32_store(24);
    a.get(l.nextM).get(l.prevHi).i32_store(28);
    a.get(l.prevM).get(l.nextLo).i32_store(16);
    a.get(l.prevM).get(l.nextHi).i32_store(20);
    a.get(l.bpM).return_();
  }
  a.end();
  // ++pool->ref.count; pool->freeblock = *(block **)bp
  a.get(l.poolM).get(l.poolM).i32_load().i32(1).i32_add().i32_store();
  a.get(l.poolM).get(l.nxLo).i32_store(8);
  a.get(l.poolM).get(l.nxHi).i32_store(12);
  a.get(l.bpM);
  return a;
}

/**
 * pymalloc_free(p) for p = (lo, hi) in the window at memory offset `at`, once address_in_range(p)
 * has said yes (Obmalloc asks its ArenaMap): the push on the pool's free list and, for a pool that
 * was full, insert_to_usedpool. One of the FREE_* codes.
 */
function freeFunction(): PathAsm {
  const l = localIndexes(FREE_LOCALS);
  const a = new PathAsm();
  const R = FREE_RUN_JS;
  // pool = POOL_ADDR(p): p in the window, 8-aligned, its pool's header page and its own page
  // writable (`at` is a multiple of 1 MiB: a pool's memory offset is pool-aligned as its address is)
  a.windowOffset(l.at, l.lo, l.hi, l.pM, 8, 0, R);
  a.get(l.pM).global(G.poolMask).i32(-1).i32_xor().i32_and().set(l.poolM);
  a.pageNotWritable(l.poolM).orReturn(R);
  // *(block **)p = lastfree = pool->freeblock; pool->freeblock = p; pool->ref.count--
  a.get(l.poolM).i32_load(8).set(l.lastLo);
  a.get(l.poolM).i32_load(12).set(l.lastHi);
  a.get(l.pM).get(l.lastLo).i32_store();
  a.get(l.pM).get(l.lastHi).i32_store(4);
  a.get(l.poolM).get(l.lo).i32_store(8);
  a.get(l.poolM).get(l.hi).i32_store(12);
  a.get(l.poolM).get(l.poolM).i32_load().i32(1).i32_sub().tee(l.count).i32_store();
  // lastfree != NULL: done, unless the pool is now empty
  a.get(l.lastLo).get(l.lastHi).i32_or().if_();
  {
    a.get(l.count).i32_eqz().orReturn(FREE_INSERT_TO_FREEPOOL);
    a.i32(FREE_DONE).return_();
  }
  a.end();
  // insert_to_usedpool(pool): size = pool->szidx; next = usedpools[size + size]; prev = next->prevpool
  const U = FREE_INSERT_TO_USEDPOOL;
  a.get(l.poolM).i32_load(36).tee(l.uM).global(G.nbClasses).i32_ge_u().orReturn(U);
  a.get(l.at).global(G.usedpools).i32_add().get(l.uM).i32(4).i32_shl().i32_add().set(l.uM);
  a.pageNotWritable(l.uM).orReturn(U);
  a.get(l.uM).i32_load().set(l.nextLo);
  a.get(l.uM).i32_load(4).set(l.nextHi);
  a.windowOffset(l.at, l.nextLo, l.nextHi, l.nextM, 32, 24, U);
  a.get(l.nextM).i32_load(24).set(l.prevLo);
  a.get(l.nextM).i32_load(28).set(l.prevHi);
  a.windowOffset(l.at, l.prevLo, l.prevHi, l.prevM, 32, 16, U);
  // pool->nextpool = next; pool->prevpool = prev; next->prevpool = pool; prev->nextpool = pool
  a.get(l.poolM).get(l.nextLo).i32_store(16);
  a.get(l.poolM).get(l.nextHi).i32_store(20);
  a.get(l.poolM).get(l.prevLo).i32_store(24);
  a.get(l.poolM).get(l.prevHi).i32_store(28);
  a.get(l.nextM).get(l.lo).global(G.poolMask).i32(-1).i32_xor().i32_and().i32_store(24);
  a.get(l.nextM).get(l.hi).i32_store(28);
  a.get(l.prevM).get(l.lo).global(G.poolMask).i32(-1).i32_xor().i32_and().i32_store(16);
  a.get(l.prevM).get(l.hi).i32_store(20);
  a.i32(FREE_DONE);
  return a;
}

let compiled: WebAssembly.Module | undefined;

/** The two functions an instance exports (`at`: the window's memory offset, MmapWindow.memoryOffset). */
export interface FastPaths {
  alloc(size: number, at: number): number;
  free(lo: number, hi: number, at: number): number;
}

/** The constants of one window layout and one pymalloc, as the functions' globals. */
export type FastPathConstants = Record<GlobalName, number>;

/**
 * One instance per memory and set of constants, shared by every window in that memory with those
 * constants (window-pool.ts): so an allocator's call site sees one function. undefined: the host
 * refused, and is not asked again for that memory and those constants.
 */
const instances = new WeakMap<WebAssembly.Memory, Map<string, FastPaths | undefined>>();

/**
 * The fast paths over `memory` (windows at 1 MiB-aligned offsets, the page flags in its first
 * MiB: see window-pool.ts), or undefined where the host refuses to compile or instantiate
 * WebAssembly (a Content-Security-Policy without 'wasm-unsafe-eval', say): Obmalloc then keeps
 * to its JavaScript paths.
 */
export function instantiateFastPaths(memory: WebAssembly.Memory, constants: FastPathConstants): FastPaths | undefined {
  let forMemory = instances.get(memory);
  if (forMemory === undefined) instances.set(memory, (forMemory = new Map()));
  const key = GLOBALS.map((name) => constants[name] | 0).join(' ');
  if (forMemory.has(key)) return forMemory.get(key);
  let fast: FastPaths | undefined;
  try {
    fast = instantiate(memory, constants);
  } catch {
    fast = undefined;
  }
  forMemory.set(key, fast);
  return fast;
}

/** A function of `params` i32 parameters and `names - params` i32 locals, returning an i32. */
function i32Function(name: string, params: number, names: number, body: PathAsm): WasmFunction {
  const i32s = (n: number) => Array<ValType>(n).fill(ValType.I32);
  return { name, params: i32s(params), results: [ValType.I32], locals: i32s(names - params), body };
}

function instantiate(memory: WebAssembly.Memory, constants: FastPathConstants): FastPaths {
  compiled ??= new WebAssembly.Module(
    wasmModule(GLOBALS, [
      i32Function('alloc', ALLOC_PARAMS, ALLOC_LOCALS.length, allocFunction()),
      i32Function('free', FREE_PARAMS, FREE_LOCALS.length, freeFunction()),
    ]),
  );
  const g: Record<string, WebAssembly.Global> = {};
  for (const name of GLOBALS) g[name] = new WebAssembly.Global({ value: 'i32', mutable: false }, constants[name] | 0);
  const instance = new WebAssembly.Instance(compiled, { m: { memory }, g });
  return instance.exports as unknown as FastPaths;
}
