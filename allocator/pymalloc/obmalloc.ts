/*
 * Models CPython 3.11 Objects/obmalloc.c, the pymalloc allocator: pymalloc_alloc, pymalloc_free,
 * pymalloc_realloc, allocate_from_new_pool, pymalloc_pool_extend, insert_to_usedpool,
 * insert_to_freepool, new_arena and the _PyObject_Malloc/Calloc/Realloc/Free entry points.
 * Main export: Obmalloc. All state is bytes in simulated memory (pool headers, free lists in the
 * blocks' first word, usedpools and the other statics in libpython's .data/.bss, the arena_object
 * vector in the glibc heap); this class holds only addresses, constants and views of those bytes
 * (dropped on a new AddressSpace.generation). The hot paths carry addresses as int32 halves (see
 * "the hot paths" below). Where the host has WebAssembly, pymalloc_alloc and pymalloc_free first
 * try wasm-fast-paths.ts, the same common cases over the same bytes, and come here for the rest.
 * Pool states (upstream's top comment): used (in a usedpools[] ring, 0 < count < NUMBLOCKS),
 * full (count == NUMBLOCKS, freeblock == NULL, in no list: reached again through pymalloc_free),
 * empty (count == 0, on its arena's freepools list). No integrity checks, as in CPython.
 */

import type { AddressSpace } from '../address-space';
import type { PymallocProfile } from '../profile';
import { FastMemory } from './fast-memory';
import { ArenaMap } from './address-in-range';
import { FREE_DONE, FREE_INSERT_TO_FREEPOOL, FREE_INSERT_TO_USEDPOOL, type FastPaths, instantiateFastPaths } from './wasm-fast-paths';
import {
  ARENA_OBJECT_SIZE,
  type ObmallocStatics,
  ao_address,
  ao_freepools,
  ao_nextarena,
  ao_nfreepools,
  ao_ntotalpools,
  ao_pool_address,
  ao_prevarena,
  set_ao_address,
  set_ao_freepools,
  set_ao_nextarena,
  set_ao_nfreepools,
  set_ao_ntotalpools,
  set_ao_pool_address,
  set_ao_prevarena,
} from './arena';
import {
  DUMMY_SIZE_IDX,
  POOL_COUNT,
  POOL_FREEBLOCK,
  POOL_NEXTPOOL,
  POOL_PREVPOOL,
  PoolGeometry,
  pool_arenaindex,
  pool_maxnextoffset,
  pool_nextoffset,
  pool_szidx,
  set_pool_arenaindex,
  set_pool_count,
  set_pool_freeblock,
  set_pool_maxnextoffset,
  set_pool_nextoffset,
  set_pool_nextpool,
  set_pool_prevpool,
  set_pool_szidx,
  pool_nextpool,
  pool_prevpool,
  pool_freeblock,
} from './pool';

/** The RAW-domain public functions pymalloc falls back to (through the current RAW hooks). */
export interface RawDomain {
  PyMem_RawMalloc(n: number): number;
  PyMem_RawCalloc(nelem: number, elsize: number): number;
  PyMem_RawRealloc(p: number, n: number): number;
  PyMem_RawFree(p: number): void;
}

/** _PyObject_Arena: PyObjectArenaAllocator {ctx, alloc, free}; mmap/munmap on Linux. */
export interface ArenaAllocator {
  alloc(size: number): number;
  free(p: number, size: number): void;
}

/**
 * Numbers the hot paths use, as a const enum so they are literals there (a module-level const
 * is a variable V8 loads, and 2^32 is a heap number). NEXTPOOL and PREVPOOL repeat pool.ts's
 * offsets (checked below).
 */
const enum K {
  TWO_32 = 4294967296,
  /** 2^-32: (x - low 32 bits) * TWO_NEG_32 is the high word exactly, without a division. */
  TWO_NEG_32 = 1 / 4294967296,
  NEXTPOOL = 16,
  PREVPOOL = 24,
}
if (K.NEXTPOOL !== POOL_NEXTPOOL || K.PREVPOOL !== POOL_PREVPOOL) throw new Error('obmalloc: pool_header link offsets disagree with pool.ts');

const NO_WORDS = new Int32Array(0);
const NO_FLAGS = new Uint8Array(0);

/** An address given as int32 halves, as a number (exact below 2^53). */
function asAddress(lo: number, hi: number): number {
  return (hi >>> 0) * K.TWO_32 + (lo >>> 0);
}

/** The 64-bit word at int32 index i of a page view, as a number (exact below 2^53). */
function wordAt(v: Int32Array, i: number): number {
  return (v[i + 1]! >>> 0) * K.TWO_32 + (v[i]! >>> 0);
}

/** Stores a number below 2^53 as the 64-bit word at int32 index i of a page view. */
function setWordAt(v: Int32Array, i: number, value: number): void {
  const lo = value >>> 0;
  v[i] = lo;
  v[i + 1] = (value - lo) * K.TWO_NEG_32;
}

export class Obmalloc {
  readonly geometry: PoolGeometry;
  readonly mem: FastMemory;
  readonly arenaMap: ArenaMap;
  private readonly usedpools: number;
  private readonly poolSize: number;
  private readonly poolOverhead: number;
  private readonly aArenas: number;
  private readonly aUsable: number;
  private readonly aNfp2lasta: number;
  // Per-generation state of the hot paths (private fields: a warm-started copy starts without the
  // template's views). usedpools[] as one view (NO_WORDS when the array is not wholly in writable
  // memory of one mapping: usedpools[2*size] is then read the ordinary way), and PTA(0) as halves.
  #generation = -1;
  #usedWords: Int32Array = NO_WORDS;
  #usedIndex = 0;
  /** Offset of usedpools' last word in the view's reach, or -1 when there is no view. */
  #usedLast = -1;
  #ptaLo = 0;
  #ptaHi = 0;
  /** The high word of the block pymalloc_alloc_hl returned last. */
  #allocHi = 0;
  // The profile's constants the hot paths use, as fields that start as small integers (a field
  // declared without a value starts as undefined in an ES2022 class, and V8 then loads it as any
  // value, checking its type on every use).
  #threshold = 0;
  #shift = 0;
  #poolMask = 0;
  /** POOL_SIZE - 8: d & it === d exactly for the 8-aligned offsets 0 <= d < POOL_SIZE. */
  #blockOffsetMask = 0;
  #nbClasses = 0;
  // The pool cache, per size class: a pool, normally the head of the class's ring, usedpools[2*size]
  // (#poolTags[2*size], [2*size+1]: its address as int32 halves; low half 1, never a pool's, when
  // empty), and where its header is (#poolViews[size], #poolHeads[size]). pymalloc_alloc_hl uses
  // it when usedpools[2*size] is that pool: loads that depend on the size class only, so the
  // header's loads need not wait for a region-cache lookup keyed by usedpools[]'s word. It is
  // kept on the pool that becomes the head when a pool fills or a full one gets a block back
  // (a third of the trace's operations: unlink_full_pool, pymalloc_free_hl). Where a pool's
  // header is depends on the space's layout alone: emptied with the other views on a new
  // generation; what usedpools[] says is compared on every use.
  #poolTags: Int32Array = NO_WORDS;
  #poolHeads: Int32Array = NO_WORDS;
  #poolViews: Int32Array[] = [];
  // The space's mmap window (AddressSpace.mmapWindow), where pymalloc's arenas normally are: a
  // pool there is reached from its address alone, at word (pool - base) >> 2 of #winWords, once
  // the flags of the pages touched say they are mapped writable. Its base as int32 halves; bytes
  // 0 when there is no window (so no address is in it).
  #winWords: Int32Array = NO_WORDS;
  #winWritable: Uint8Array = NO_FLAGS;
  #winLo = 0;
  #winHi = 0;
  #winBytes = 0;
  // The WebAssembly fast paths over the window's memory (wasm-fast-paths.ts), when the host has
  // WebAssembly and usedpools[] lies in the window: #fastOn, #fastAt the window's offset in the
  // memory, #fastBase the address of the memory's byte 0 (a block's address is #fastBase + the
  // memory offset alloc returns), the two functions (one instance for every window in that
  // memory), the memory they were made for and whether the host made them.
  #fastOn = false;
  #fastUsable = false;
  #fastAt = 0;
  #fastBase = 0;
  #fastAlloc: FastPaths['alloc'] = () => 0;
  #fastFree: FastPaths['free'] = () => 0;
  #fastMemory: WebAssembly.Memory | undefined = undefined;

  constructor(
    readonly space: AddressSpace,
    readonly profile: PymallocProfile,
    readonly statics: ObmallocStatics,
    readonly raw: RawDomain,
    readonly arenaAllocator: ArenaAllocator,
  ) {
    this.geometry = new PoolGeometry(profile);
    this.mem = new FastMemory(space, profile.poolSize);
    this.arenaMap = new ArenaMap(this.mem, statics, raw, profile.arenaSize);
    this.usedpools = statics.usedpools;
    this.poolSize = profile.poolSize;
    this.poolOverhead = profile.poolOverhead;
    this.aArenas = statics.arenas;
    this.aUsable = statics.usable_arenas;
    this.aNfp2lasta = statics.nfp2lasta;
    this.#threshold = profile.smallRequestThreshold | 0;
    this.#shift = this.geometry.ALIGNMENT_SHIFT | 0;
    this.#poolMask = (profile.poolSize - 1) | 0;
    this.#blockOffsetMask = (profile.poolSize - 8) | 0;
    this.#nbClasses = this.geometry.NB_SMALL_SIZE_CLASSES | 0;
    this.#poolTags = new Int32Array(2 * this.#nbClasses).fill(1);
    this.#poolHeads = new Int32Array(this.#nbClasses);
    this.#poolViews = Array.from({ length: this.#nbClasses }, () => NO_WORDS);
    this.initUsedpools();
  }

  /**
   * usedpools[] as the C initialiser writes it: usedpools[2i] = usedpools[2i+1] = PTA(i), the
   * address 2 pointers before &usedpools[2i], so that PTA(i)->nextpool / ->prevpool ARE the two
   * array slots (the "sentinel trick": an empty ring is a pool_header whose links point to itself).
   */
  private initUsedpools(): void {
    for (let i = 0; i < this.geometry.NB_SMALL_SIZE_CLASSES; i++) {
      const pta = this.PTA(i);
      this.mem.setWord(this.usedpools + 16 * i, pta);
      this.mem.setWord(this.usedpools + 16 * i + 8, pta);
    }
  }

  /** Whether pymalloc_alloc and pymalloc_free run their common cases as WebAssembly now. */
  get wasmFastPaths(): boolean {
    return this.#fastOn;
  }

  /** PTA(x): the sentinel pool_header of size class x's ring. */
  PTA(x: number): number {
    return this.usedpools + 16 * x - 16;
  }

  // ---- statics ------------------------------------------------------------------------------

  private g(name: keyof ObmallocStatics): number {
    return this.mem.word(this.statics[name]);
  }
  private sg(name: keyof ObmallocStatics, v: number): void {
    if (name === 'usable_arenas') this.mem.setWord(this.aUsable, v);
    else this.mem.setWord(this.statics[name], v);
  }
  get arenas(): number {
    return this.mem.word(this.aArenas);
  }
  get maxarenas(): number {
    return this.mem.u32(this.statics.maxarenas);
  }
  get usable_arenas(): number {
    return this.mem.word(this.aUsable);
  }
  get unused_arena_objects(): number {
    return this.g('unused_arena_objects');
  }
  nfp2lasta(nf: number): number {
    return this.mem.word(this.aNfp2lasta + nf * 8);
  }
  private set_nfp2lasta(nf: number, ao: number): void {
    this.mem.setWord(this.aNfp2lasta + nf * 8, ao);
  }
  /** A counter as the signed 64-bit value C keeps (raw_allocated_blocks is a Py_ssize_t and can go negative). */
  counter(name: 'narenas_currently_allocated' | 'ntimes_arena_allocated' | 'narenas_highwater' | 'raw_allocated_blocks'): number {
    return Number(BigInt.asIntN(64, this.space.readU64(this.statics[name])));
  }
  private bump(name: 'narenas_currently_allocated' | 'ntimes_arena_allocated' | 'narenas_highwater' | 'raw_allocated_blocks', d: number): void {
    this.space.writeU64(this.statics[name], BigInt.asIntN(64, this.space.readU64(this.statics[name])) + BigInt(d));
  }

  // ---- the hot paths ------------------------------------------------------------------------
  //
  // pymalloc_alloc and pymalloc_free are small wrappers V8 inlines into their callers; the work
  // is done by pymalloc_alloc_hl and pymalloc_free_hl, which take and return addresses as int32
  // halves (lo, hi): a number above 2^31 that crosses a call V8 did not inline is a
  // heap-allocated double. A pool in the space's mmap window (where the arenas normally are) is
  // word (pool - window base) >> 2 of the window's one view: an offset computed from the address
  // alone, so the load of a pool header that is not in the CPU's cache starts at once instead of
  // after a chain of lookups; the page flags the window keeps (one byte per page, checked for
  // each page an operation touches) stand where the lookups stood, off that path. A pool outside
  // the window is found in FastMemory's region cache with integer compares only (and so are the
  // pools the ring links lead to). Each call checks the space's generation once (resync); the
  // views it then uses stay valid until the operation calls a function that may map or unmap
  // memory (new_arena, releaseArena), after which it only returns. Anything unusual (an address
  // that is not 8-aligned inside a cached region, a garbage size class) goes to the plain
  // accessors, which read the same bytes and fault as C does. Word indexes into a pool header
  // (int32 words): [0] ref.count, [2..3] freeblock, [4..5] nextpool, [6..7] prevpool, [9] szidx,
  // [10] nextoffset, [11] maxnextoffset.

  /** Drops every view (the space's mappings changed) and finds usedpools[] again. */
  private resync(): void {
    this.#generation = this.space.generation;
    this.mem.sync();
    this.arenaMap.forget();
    this.#poolTags.fill(1);
    this.#poolViews.fill(NO_WORDS);
    const win = this.space.mmapWindow();
    // The window lies below 2^47 and within one 4 GiB window of addresses (its base is a multiple
    // of 1 MiB and it is 17 MiB at most), so offsets into it are int32 differences of low words.
    if (win !== undefined && (win.base >>> 0) + win.words.length * 4 <= K.TWO_32) {
      const lo = win.base >>> 0;
      this.#winWords = win.words;
      this.#winWritable = win.writable;
      this.#winLo = lo | 0;
      this.#winHi = ((win.base - lo) * K.TWO_NEG_32) | 0;
      this.#winBytes = (win.words.length * 4) | 0;
      this.useFastPaths(win.base, win.words.length * 4, win.memoryOffset, win.memory);
    } else {
      this.#fastOn = false;
      this.#winWords = NO_WORDS;
      this.#winWritable = NO_FLAGS;
      this.#winBytes = 0;
    }
    const bytes = 16 * this.geometry.NB_SMALL_SIZE_CLASSES;
    const span = this.usedpools % 8 === 0 ? this.space.spanWords(this.usedpools, bytes) : undefined;
    const pta = this.PTA(0);
    const ptaLo = pta >>> 0;
    // The sentinels' links are usedpools' own words: reached through this view when the array
    // and its PTA(0) lie in one mapping and one 4 GiB window (so a low-word difference is exact).
    if (span === undefined || ptaLo + bytes + 16 > K.TWO_32) {
      this.#usedWords = NO_WORDS;
      this.#usedIndex = 0;
      this.#usedLast = -1;
      return;
    }
    this.#usedWords = span.words;
    this.#usedIndex = ((this.usedpools - span.base) / 4) | 0;
    this.#usedLast = bytes - 8;
    this.#ptaLo = ptaLo | 0;
    // `| 0`: an int32 field (a double one would be a heap number, loaded and converted on every
    // sentinelIndex compare).
    this.#ptaHi = ((pta - ptaLo) * K.TWO_NEG_32) | 0;
  }

  /**
   * Turns the WebAssembly fast paths on for the window [base, base + bytes) at offset `at` of
   * `memory`, when usedpools[] lies wholly in the window.
   */
  private useFastPaths(base: number, bytes: number, at: number, memory: WebAssembly.Memory | undefined): void {
    const used = this.usedpools - base;
    const fits = used >= 0 && used % 8 === 0 && used + 16 * this.#nbClasses <= bytes;
    if (memory === undefined || !fits) {
      this.#fastOn = false;
      return;
    }
    if (this.#fastMemory !== memory) {
      // Once per window: a host that refused it once (undefined below) is not asked again.
      this.#fastMemory = memory;
      const lo = base >>> 0;
      const fast = instantiateFastPaths(memory, {
        windowBytes: bytes,
        winLo: lo,
        winHi: (base - lo) * K.TWO_NEG_32,
        usedpools: used,
        poolMask: this.#poolMask,
        blockMask: this.#blockOffsetMask,
        poolOverhead: this.poolOverhead,
        alignmentShift: this.#shift,
        nbClasses: this.#nbClasses,
      });
      this.#fastUsable = fast !== undefined;
      if (fast !== undefined) {
        this.#fastAlloc = fast.alloc;
        this.#fastFree = fast.free;
      }
    }
    this.#fastAt = at;
    this.#fastBase = base - at;
    this.#fastOn = this.#fastUsable;
  }

  /**
   * The int32 index in #usedWords of the 8-byte word at ptr + off (ptr as halves; off 16 or 24,
   * a pool_header link) when that word is in usedpools[] (ptr is a ring's sentinel: usedpools[2x]
   * is PTA(x)->nextpool, usedpools[2x+1] is PTA(x)->prevpool), else -1.
   */
  private sentinelIndex(ptrLo: number, ptrHi: number, off: number): number {
    if (ptrHi !== this.#ptaHi) return -1;
    const f = (ptrLo - this.#ptaLo + off - 16) | 0;
    return f >= 0 && f <= this.#usedLast && (f & 7) === 0 ? (this.#usedIndex + (f >> 2)) | 0 : -1;
  }

  /**
   * The region-cache slot of ptr's region when ptr is 8-aligned and the 8-byte word at ptr + off
   * (off 16 or 24) lies in that region; -1 otherwise (or when the region is not cached-viewable).
   * The word is regionView(slot)[regionHead(slot) + (((ptrLo & poolMask) + off) >> 2)].
   */
  private linkSlot(ptrLo: number, ptrHi: number, off: number): number {
    const mask = this.#poolMask;
    if ((ptrLo & 7) !== 0 || (((ptrLo & mask) + off) | 0) > this.#blockOffsetMask) return -1;
    return this.mem.regionSlotHL(ptrLo & ~mask, ptrHi);
  }

  /** ptr->nextpool (off 16) or ptr->prevpool (off 24) = value, ptr and value as halves. */
  private setLink(ptrLo: number, ptrHi: number, off: number, vLo: number, vHi: number): void {
    const i = this.sentinelIndex(ptrLo, ptrHi, off);
    if (i >= 0) {
      const uv = this.#usedWords;
      uv[i] = vLo;
      uv[i + 1] = vHi;
      return;
    }
    const m = this.mem;
    const s = this.linkSlot(ptrLo, ptrHi, off);
    if (s < 0) {
      m.setWord(asAddress(ptrLo, ptrHi) + off, asAddress(vLo, vHi));
      return;
    }
    const lv = m.regionView(s);
    const j = (m.regionHead(s) + (((ptrLo & this.#poolMask) + off) >> 2)) | 0;
    lv[j] = vLo;
    lv[j + 1] = vHi;
  }

  /**
   * Models pymalloc_alloc(ctx, nbytes): a block, or 0 for nbytes == 0 / > threshold.
   * pymalloc_alloc_hl takes the size class and returns the block's low word, leaving its high
   * word in #allocHi.
   */
  pymalloc_alloc(nbytes: number): number {
    if (nbytes === 0 || nbytes > this.#threshold) return 0;
    const size = (nbytes - 1) >> this.#shift;
    if (this.#fastOn === true) {
      const off = this.#fastAlloc(size, this.#fastAt);
      if (off !== 0) return this.#fastBase + off;
    }
    const lo = this.pymalloc_alloc_hl(size);
    return (this.#allocHi >>> 0) * K.TWO_32 + (lo >>> 0);
  }

  /**
   * pymalloc_alloc for size class `size` (0 <= size < NB_SMALL_SIZE_CLASSES), the block returned
   * as halves (low word; high word in #allocHi). The common case (usedpools[size] is a pool whose
   * free list has a block of the same pool) runs on one Int32Array over the pool's mapping: the
   * same bytes, read and written in place, and so is pymalloc_pool_extend's common case (the
   * next virgin block).
   */
  private pymalloc_alloc_hl(size: number): number {
    if (this.#generation !== this.space.generation) this.resync();
    const uv = this.#usedWords;
    if (uv.length === 0) return this.returnAddress(this.pymalloc_alloc_slow(size));
    // pool = usedpools[size + size]
    const u = (this.#usedIndex + 4 * size) | 0;
    const poolLo = uv[u]!;
    const poolHi = uv[u + 1]!;
    let v: Int32Array;
    let h: number;
    const tags = this.#poolTags;
    const c = 2 * size;
    // A pool in the mmap window whose header's page is mapped writable: its words from its address
    // (the pages of the blocks it touches are checked below). wd: the pool's offset in the window.
    const wp = this.#winWritable;
    const wd = (poolLo - this.#winLo) | 0;
    const inWindow = poolHi === this.#winHi && wd >>> 0 < this.#winBytes && (poolLo & this.#poolMask) === 0 && wp[wd >>> 12] === 1;
    if (inWindow) {
      v = this.#winWords;
      h = wd >> 2;
    } else if (tags[c] === poolLo && tags[c + 1] === poolHi) {
      v = this.#poolViews[size]!;
      h = this.#poolHeads[size]!;
    } else {
      // An unaligned pool is the ring's sentinel (empty ring) or garbage: the slow path decides.
      const m = this.mem;
      const ps = (poolLo & this.#poolMask) === 0 ? m.regionSlotHL(poolLo, poolHi) : -1;
      if (ps < 0) return this.returnAddress(this.pymalloc_alloc_slow(size));
      v = m.regionView(ps);
      h = m.regionHead(ps);
      tags[c] = poolLo;
      tags[c + 1] = poolHi;
      this.setPoolView(size, v);
      this.#poolHeads[size] = h;
    }
    // pool == pool->nextpool: the ring is empty.
    if (v[h + 4] === poolLo && v[h + 5] === poolHi) return this.returnAddress(this.allocate_from_new_pool(size));
    const bpLo = v[h + 2]!;
    const bpHi = v[h + 3]!;
    const d = (bpLo - poolLo) | 0;
    // Not an 8-aligned offset inside this pool: the slow path reads it (and faults like C).
    if (bpHi !== poolHi || (d & this.#blockOffsetMask) !== d || (inWindow && wp[(wd + d) >>> 12] !== 1)) return this.returnAddress(this.pymalloc_alloc_slow(size));
    // ++pool->ref.count; pool->freeblock = *(block **)bp
    v[h] = (v[h]! + 1) | 0;
    const b = (h + (d >> 2)) | 0;
    const lo = v[b]!;
    const hi = v[b + 1]!;
    v[h + 2] = lo;
    v[h + 3] = hi;
    this.#allocHi = bpHi;
    if ((lo | hi) !== 0) return bpLo;

    // pymalloc_pool_extend(pool, size)
    const nextoffset = v[h + 10]! >>> 0;
    if (nextoffset <= v[h + 11]! >>> 0) {
      if ((nextoffset & this.#blockOffsetMask) !== nextoffset || (inWindow && wp[(wd + nextoffset) >>> 12] !== 1)) {
        this.pymalloc_pool_extend(asAddress(poolLo, poolHi), size);
        return bpLo;
      }
      // pool->freeblock = (block*)pool + pool->nextoffset (no carry: the offset is inside the
      // pool); pool->nextoffset += INDEX2SIZE(size); *(block **)(pool->freeblock) = NULL
      v[h + 2] = poolLo + nextoffset;
      v[h + 3] = poolHi;
      v[h + 10] = nextoffset + ((size + 1) << this.#shift);
      const nb = (h + (nextoffset >> 2)) | 0;
      v[nb] = 0;
      v[nb + 1] = 0;
      return bpLo;
    }
    this.unlink_full_pool(v, h, size);
    return bpLo;
  }

  /**
   * The full-pool case of pymalloc_pool_extend, for the pool whose header is word h of v (the
   * head of size class `size`'s ring): next->prevpool = prev; prev->nextpool = next. Its own
   * function, entered on every call only when a pool fills, so that V8 inlines the helpers below
   * into it whatever their frequency in pymalloc_alloc_hl was when that was compiled.
   * A pool next normally becomes the ring's head: where its header is goes into the pool cache
   * (a full pool and a freed-into one swap places at the head all the time: see pymalloc_free_hl).
   */
  private unlink_full_pool(v: Int32Array, h: number, size: number): void {
    const nextLo = v[h + 4]!;
    const nextHi = v[h + 5]!;
    const prevLo = v[h + 6]!;
    const prevHi = v[h + 7]!;
    const m = this.mem;
    const ns = (nextLo & this.#poolMask) === 0 && this.sentinelIndex(nextLo, nextHi, K.PREVPOOL) < 0 ? m.regionSlotHL(nextLo, nextHi) : -1;
    if (ns >= 0) {
      const nv = m.regionView(ns);
      const nh = m.regionHead(ns);
      nv[nh + 6] = prevLo;
      nv[nh + 7] = prevHi;
      const c = 2 * size;
      this.#poolTags[c] = nextLo;
      this.#poolTags[c + 1] = nextHi;
      this.setPoolView(size, nv);
      this.#poolHeads[size] = nh;
    } else {
      this.setLink(nextLo, nextHi, K.PREVPOOL, prevLo, prevHi);
    }
    this.setLink(prevLo, prevHi, K.NEXTPOOL, nextLo, nextHi);
  }

  /** A block found by a slow path, returned as pymalloc_alloc_hl returns it. */
  private returnAddress(p: number): number {
    const lo = p >>> 0;
    this.#allocHi = ((p - lo) * K.TWO_NEG_32) | 0;
    return lo | 0;
  }

  /** pymalloc_alloc through the plain accessors (odd addresses, pages the views do not cover). */
  private pymalloc_alloc_slow(size: number): number {
    const m = this.mem;
    const pool = m.word(this.usedpools + 16 * size);
    if (pool === m.word(pool + POOL_NEXTPOOL)) return this.allocate_from_new_pool(size);
    m.setU32(pool + POOL_COUNT, m.u32(pool + POOL_COUNT) + 1);
    const bp = m.word(pool + POOL_FREEBLOCK);
    const lo = m.u32(bp);
    const hi = m.u32(bp + 4);
    m.setU32(pool + POOL_FREEBLOCK, lo);
    m.setU32(pool + POOL_FREEBLOCK + 4, hi);
    if (lo === 0 && hi === 0) this.pymalloc_pool_extend(pool, size);
    return bp;
  }

  /**
   * Models pymalloc_free(ctx, p): false when p is not in a pymalloc arena. p goes on as int32
   * halves (ToInt32 of the integral address is its low word exactly; floor keeps a negative one
   * 64-bit).
   */
  pymalloc_free(p: number): boolean {
    const lo = p | 0;
    const hi = Math.floor(p * K.TWO_NEG_32) | 0;
    if (this.#fastOn === true) {
      // address_in_range(p) first, through the walk memo (valid once resync has run for this generation)
      if (this.#generation !== this.space.generation) this.resync();
      if (!this.arenaMap.arena_map_is_used_hl(lo, hi)) return false;
      const r = this.#fastFree(lo, hi, this.#fastAt);
      if (r === FREE_DONE) return true;
      if (r === FREE_INSERT_TO_FREEPOOL || r === FREE_INSERT_TO_USEDPOOL) return this.afterFastFree(r, lo, hi);
    }
    return this.pymalloc_free_hl(lo, hi);
  }

  /** The rest of a pymalloc_free the WebAssembly path began: insert_to_freepool or insert_to_usedpool. */
  private afterFastFree(r: number, lo: number, hi: number): boolean {
    const pool = asAddress(lo & ~this.#poolMask, hi);
    if (r === FREE_INSERT_TO_FREEPOOL) this.insert_to_freepool(pool);
    else this.insert_to_usedpool(pool);
    return true;
  }

  /**
   * pymalloc_free for p = (lo, hi): all of its common cases in one function, the pool found from
   * p's address in the mmap window (else through the region cache), the block pushed on the
   * pool's free list, and a pool that was full put back at the head of its ring (C's
   * insert_to_usedpool, which pymalloc_free inlines). Too big for V8 to inline anywhere (over
   * its 460 bytes of bytecode), and meant to be: its callers (_PyObject_Free, PyObject_Free) then
   * stay small enough to be inlined into a caller's loop whatever V8 compiled before, so the
   * address crosses this call as two int32s, never as a heap-allocated double, and this
   * function's own inlining budget goes to the arena-map check.
   */
  private pymalloc_free_hl(lo: number, hi: number): boolean {
    if (this.#generation !== this.space.generation) this.resync();
    if (!this.arenaMap.arena_map_is_used_hl(lo, hi)) return false;
    const mask = this.#poolMask;
    const poolLo = lo & ~mask;
    let v: Int32Array;
    let h: number;
    // In the mmap window, with the pages of the pool's header and of p mapped writable: the words
    // from the address (as in pymalloc_alloc_hl); else through the region cache.
    const wp = this.#winWritable;
    const wd = (poolLo - this.#winLo) | 0;
    if (hi === this.#winHi && wd >>> 0 < this.#winBytes && (lo & 7) === 0 && wp[wd >>> 12] === 1 && wp[(wd + (lo & mask)) >>> 12] === 1) {
      v = this.#winWords;
      h = wd >> 2;
    } else {
      const m = this.mem;
      const ps = m.regionSlotHL(poolLo, hi);
      // `=== true`: see ArenaMap.arena_map_is_used_hl.
      if (ps < 0 || (lo & 7) !== 0) return this.pymalloc_free_slow_hl(lo, hi) === true;
      v = m.regionView(ps);
      h = m.regionHead(ps);
    }
    const b = (h + ((lo & mask) >> 2)) | 0;
    // *(block **)p = pool->freeblock; pool->freeblock = p; pool->ref.count--
    const lastLo = v[h + 2]!;
    const lastHi = v[h + 3]!;
    v[b] = lastLo;
    v[b + 1] = lastHi;
    v[h + 2] = lo;
    v[h + 3] = hi;
    const count = (v[h]! - 1) | 0;
    v[h] = count;
    if ((lastLo | lastHi) !== 0) {
      // One that became empty is freed.
      if (count === 0) this.insert_to_freepool_hl(poolLo, hi);
      return true;
    }

    // The pool was full: insert_to_usedpool(pool), before usedpools[size + size]. Falls back to
    // the plain insert_to_usedpool (before writing anything) when szidx is not a size class or
    // the ring head's links are not in a view.
    const size = v[h + 9]! >>> 0;
    const uv = this.#usedWords;
    if (size >= this.#nbClasses || uv.length === 0) {
      this.insert_to_usedpool(asAddress(poolLo, hi));
      return true;
    }
    // next = usedpools[size + size]; prev = next->prevpool (the word at nv[ni])
    const u = (this.#usedIndex + 4 * size) | 0;
    const nextLo = uv[u]!;
    const nextHi = uv[u + 1]!;
    const tags = this.#poolTags;
    const c = 2 * size;
    let nv = uv;
    let ni = -1;
    if (tags[c] === nextLo && tags[c + 1] === nextHi) {
      // next is the pool in the pool cache (see pymalloc_alloc_hl): its prevpool word
      nv = this.#poolViews[size]!;
      ni = (this.#poolHeads[size]! + 6) | 0;
    } else {
      ni = this.sentinelIndex(nextLo, nextHi, K.PREVPOOL);
    }
    if (ni < 0) {
      const m = this.mem;
      const s = this.linkSlot(nextLo, nextHi, K.PREVPOOL);
      if (s < 0) {
        this.insert_to_usedpool(asAddress(poolLo, hi));
        return true;
      }
      nv = m.regionView(s);
      ni = (m.regionHead(s) + (((nextLo & mask) + K.PREVPOOL) >> 2)) | 0;
    }
    const prevLo = nv[ni]!;
    const prevHi = nv[ni + 1]!;
    // pool->nextpool = next; pool->prevpool = prev; next->prevpool = pool; prev->nextpool = pool
    v[h + 4] = nextLo;
    v[h + 5] = nextHi;
    v[h + 6] = prevLo;
    v[h + 7] = prevHi;
    nv[ni] = poolLo;
    nv[ni + 1] = hi;
    this.setLink(prevLo, prevHi, K.NEXTPOOL, poolLo, hi);
    // The pool is now (normally) the ring's head, the next pymalloc_alloc_hl's pool.
    tags[c] = poolLo;
    tags[c + 1] = hi;
    this.setPoolView(size, v);
    this.#poolHeads[size] = h;
    return true;
  }

  /**
   * #poolViews[size] = v, skipped when it is v already (the pools of a class are mostly in one
   * arena, one view): a store of an object into an array costs a write barrier, a store of a
   * small integer does not.
   */
  private setPoolView(size: number, v: Int32Array): void {
    const views = this.#poolViews;
    if (views[size] !== v) views[size] = v;
  }

  /** pymalloc_free_slow for p as halves (out of line). */
  private pymalloc_free_slow_hl(lo: number, hi: number): boolean {
    return this.pymalloc_free_slow(asAddress(lo, hi), asAddress(lo & ~this.#poolMask, hi));
  }

  /** insert_to_freepool for a pool given as halves (out of line, as pymalloc_free_slow_hl). */
  private insert_to_freepool_hl(poolLo: number, poolHi: number): void {
    this.insert_to_freepool(asAddress(poolLo, poolHi));
  }

  /** pymalloc_free through the plain accessors. */
  private pymalloc_free_slow(p: number, pool: number): boolean {
    const m = this.mem;
    const lastLo = m.u32(pool + POOL_FREEBLOCK);
    const lastHi = m.u32(pool + POOL_FREEBLOCK + 4);
    m.setU32(p, lastLo);
    m.setU32(p + 4, lastHi);
    m.setWord(pool + POOL_FREEBLOCK, p);
    const count = (m.u32(pool + POOL_COUNT) - 1) >>> 0;
    m.setU32(pool + POOL_COUNT, count);
    if ((lastLo | lastHi) === 0) this.insert_to_usedpool(pool);
    else if (count === 0) this.insert_to_freepool(pool);
    return true;
  }

  /** Models pymalloc_pool_extend(pool, size). */
  private pymalloc_pool_extend(pool: number, size: number): void {
    const m = this.mem;
    const hv = (pool & 4095) === 0 ? m.view(pool) : undefined;
    if (hv !== undefined) {
      // The header as int32 words (pool is page-aligned): [2..3] freeblock, [4..5] nextpool,
      // [6..7] prevpool, [10] nextoffset, [11] maxnextoffset.
      const nextoffset = hv[10]! >>> 0;
      if (nextoffset <= hv[11]! >>> 0) {
        const fb = pool + nextoffset;
        setWordAt(hv, 2, fb);
        hv[10] = nextoffset + this.geometry.INDEX2SIZE(size);
        m.setWord(fb, 0);
        return;
      }
      // Pool is full: unlink it from usedpools.
      const next = wordAt(hv, 4);
      const prev = wordAt(hv, 6);
      m.setWord(next + POOL_PREVPOOL, prev);
      m.setWord(prev + POOL_NEXTPOOL, next);
      return;
    }
    const nextoffset = pool_nextoffset(m, pool);
    if (nextoffset <= pool_maxnextoffset(m, pool)) {
      const fb = pool + nextoffset;
      set_pool_freeblock(m, pool, fb);
      set_pool_nextoffset(m, pool, nextoffset + this.geometry.INDEX2SIZE(size));
      m.setWord(fb, 0);
      return;
    }
    // Pool is full: unlink it from usedpools.
    const next = pool_nextpool(m, pool);
    const prev = pool_prevpool(m, pool);
    set_pool_prevpool(m, next, prev);
    set_pool_nextpool(m, prev, next);
  }

  /** Models allocate_from_new_pool(size). */
  private allocate_from_new_pool(size: number): number {
    const m = this.mem;
    let usable = this.usable_arenas;
    if (usable === 0) {
      usable = this.new_arena();
      if (usable === 0) return 0;
      this.sg('usable_arenas', usable);
      set_ao_nextarena(m, usable, 0);
      set_ao_prevarena(m, usable, 0);
      this.set_nfp2lasta(ao_nfreepools(m, usable), usable);
    }
    let nf = ao_nfreepools(m, usable);
    if (this.nfp2lasta(nf) === usable) this.set_nfp2lasta(nf, 0);
    if (nf > 1) this.set_nfp2lasta(nf - 1, usable);

    let pool = ao_freepools(m, usable);
    if (pool !== 0) {
      set_ao_freepools(m, usable, pool_nextpool(m, pool));
      nf -= 1;
      set_ao_nfreepools(m, usable, nf);
      if (nf === 0) {
        const next = ao_nextarena(m, usable);
        this.sg('usable_arenas', next);
        if (next !== 0) set_ao_prevarena(m, next, 0);
      }
    } else {
      pool = ao_pool_address(m, usable);
      set_pool_arenaindex(m, pool, (usable - this.arenas) / ARENA_OBJECT_SIZE);
      set_pool_szidx(m, pool, DUMMY_SIZE_IDX);
      set_ao_pool_address(m, usable, pool + this.poolSize);
      nf -= 1;
      set_ao_nfreepools(m, usable, nf);
      if (nf === 0) {
        const next = ao_nextarena(m, usable);
        this.sg('usable_arenas', next);
        if (next !== 0) set_ao_prevarena(m, next, 0);
      }
    }

    // Frontlink to used pools (the ring is empty: its sentinel is both next and prev).
    const next = m.word(this.usedpools + 16 * size);
    set_pool_nextpool(m, pool, next);
    set_pool_prevpool(m, pool, next);
    set_pool_nextpool(m, next, pool);
    set_pool_prevpool(m, next, pool);
    set_pool_count(m, pool, 1);
    if (pool_szidx(m, pool) === size) {
      // Same size class as last time: header and free list are still initialised.
      const bp = pool_freeblock(m, pool);
      m.copyWord(pool + POOL_FREEBLOCK, bp);
      return bp;
    }
    set_pool_szidx(m, pool, size);
    const bsize = this.geometry.INDEX2SIZE(size);
    const bp = pool + this.poolOverhead;
    set_pool_nextoffset(m, pool, this.poolOverhead + (bsize << 1));
    set_pool_maxnextoffset(m, pool, this.poolSize - bsize);
    set_pool_freeblock(m, pool, bp + bsize);
    m.setWord(bp + bsize, 0);
    return bp;
  }

  /** Models insert_to_usedpool(pool): link a formerly full pool before usedpools[2*szidx]. */
  private insert_to_usedpool(pool: number): void {
    const m = this.mem;
    const size = pool_szidx(m, pool);
    const next = m.word(this.usedpools + 16 * size);
    const prev = pool_prevpool(m, next);
    set_pool_nextpool(m, pool, next);
    set_pool_prevpool(m, pool, prev);
    set_pool_prevpool(m, next, pool);
    set_pool_nextpool(m, prev, pool);
  }

  /** Models insert_to_freepool(pool), including the arena bookkeeping and release (bpo-37257). */
  private insert_to_freepool(pool: number): void {
    const m = this.mem;
    const next = pool_nextpool(m, pool);
    const prev = pool_prevpool(m, pool);
    set_pool_prevpool(m, next, prev);
    set_pool_nextpool(m, prev, next);

    const ao = this.arenas + pool_arenaindex(m, pool) * ARENA_OBJECT_SIZE;
    set_pool_nextpool(m, pool, ao_freepools(m, ao));
    set_ao_freepools(m, ao, pool);
    let nf = ao_nfreepools(m, ao);
    const lastnf = this.nfp2lasta(nf);
    if (lastnf === ao) {
      const p = ao_prevarena(m, ao);
      this.set_nfp2lasta(nf, p !== 0 && ao_nfreepools(m, p) === nf ? p : 0);
    }
    nf += 1;
    set_ao_nfreepools(m, ao, nf);

    // Case 1: the arena is wholly free and is not the last usable one: give it back.
    if (nf === ao_ntotalpools(m, ao) && ao_nextarena(m, ao) !== 0 && this.profile.keepOneEmptyArena) {
      this.releaseArena(ao);
      return;
    }
    if (nf === ao_ntotalpools(m, ao) && !this.profile.keepOneEmptyArena) {
      this.releaseArena(ao);
      return;
    }
    // Case 2: first free pool: put the arena at the head of usable_arenas.
    if (nf === 1) {
      const usable = this.usable_arenas;
      set_ao_nextarena(m, ao, usable);
      set_ao_prevarena(m, ao, 0);
      if (usable !== 0) set_ao_prevarena(m, usable, ao);
      this.sg('usable_arenas', ao);
      if (this.nfp2lasta(1) === 0) this.set_nfp2lasta(1, ao);
      return;
    }
    if (this.nfp2lasta(nf) === 0) this.set_nfp2lasta(nf, ao);
    // Case 4: it was the rightmost of its old count: still sorted.
    if (ao === lastnf) return;
    // Case 3: slide it right, after lastnf, to keep usable_arenas sorted by nfreepools.
    const aprev = ao_prevarena(m, ao);
    const anext = ao_nextarena(m, ao);
    if (aprev !== 0) set_ao_nextarena(m, aprev, anext);
    else this.sg('usable_arenas', anext);
    set_ao_prevarena(m, anext, aprev);
    set_ao_prevarena(m, ao, lastnf);
    const after = ao_nextarena(m, lastnf);
    set_ao_nextarena(m, ao, after);
    if (after !== 0) set_ao_prevarena(m, after, ao);
    set_ao_nextarena(m, lastnf, ao);
  }

  /** Case 1 of insert_to_freepool: unlink from usable_arenas, unmark, munmap. */
  private releaseArena(ao: number): void {
    const m = this.mem;
    const aprev = ao_prevarena(m, ao);
    const anext = ao_nextarena(m, ao);
    if (aprev === 0) this.sg('usable_arenas', anext);
    else set_ao_nextarena(m, aprev, anext);
    if (anext !== 0) set_ao_prevarena(m, anext, aprev);
    set_ao_nextarena(m, ao, this.unused_arena_objects);
    this.sg('unused_arena_objects', ao);
    const address = ao_address(m, ao);
    this.arenaMap.arena_map_mark_used(address, false);
    this.arenaAllocator.free(address, this.profile.arenaSize);
    set_ao_address(m, ao, 0);
    this.bump('narenas_currently_allocated', -1);
  }

  /** Models new_arena(): an arena_object with a freshly mmapped arena, or 0. */
  private new_arena(): number {
    const m = this.mem;
    // SIMPLIFIED: PYTHONMALLOCSTATS (stats printed on every new arena) is not modelled.
    if (this.unused_arena_objects === 0) {
      const maxarenas = this.maxarenas;
      const numarenas = maxarenas ? maxarenas * 2 : this.profile.initialArenaObjects;
      if (numarenas > 0xffffffff) return 0;
      const nbytes = numarenas * ARENA_OBJECT_SIZE;
      const arenaobj = this.raw.PyMem_RawRealloc(this.arenas, nbytes);
      if (arenaobj === 0) return 0;
      this.sg('arenas', arenaobj);
      for (let i = maxarenas; i < numarenas; i++) {
        const ao = arenaobj + i * ARENA_OBJECT_SIZE;
        set_ao_address(m, ao, 0);
        set_ao_nextarena(m, ao, i < numarenas - 1 ? ao + ARENA_OBJECT_SIZE : 0);
      }
      this.sg('unused_arena_objects', arenaobj + maxarenas * ARENA_OBJECT_SIZE);
      m.setU32(this.statics.maxarenas, numarenas);
    }
    const arenaobj = this.unused_arena_objects;
    this.sg('unused_arena_objects', ao_nextarena(m, arenaobj));
    let address = this.arenaAllocator.alloc(this.profile.arenaSize);
    if (address !== 0 && !this.arenaMap.arena_map_mark_used(address, true)) {
      this.arenaAllocator.free(address, this.profile.arenaSize);
      address = 0;
    }
    if (address === 0) {
      set_ao_nextarena(m, arenaobj, this.unused_arena_objects);
      this.sg('unused_arena_objects', arenaobj);
      return 0;
    }
    set_ao_address(m, arenaobj, address);
    this.bump('narenas_currently_allocated', 1);
    this.bump('ntimes_arena_allocated', 1);
    if (this.counter('narenas_currently_allocated') > this.counter('narenas_highwater')) {
      this.sg('narenas_highwater', this.counter('narenas_currently_allocated'));
    }
    set_ao_freepools(m, arenaobj, 0);
    let nfreepools = this.geometry.MAX_POOLS_IN_ARENA;
    let pool_address = address;
    const excess = address % this.poolSize;
    if (excess !== 0) {
      nfreepools -= 1;
      pool_address += this.poolSize - excess;
    }
    set_ao_pool_address(m, arenaobj, pool_address);
    set_ao_nfreepools(m, arenaobj, nfreepools);
    set_ao_ntotalpools(m, arenaobj, nfreepools);
    return arenaobj;
  }

  // ---- entry points (the PYMALLOC_ALLOC table: ctx, _PyObject_Malloc, ...) -------------------

  /** Models _PyObject_Malloc(ctx, nbytes). */
  _PyObject_Malloc(nbytes: number): number {
    // pymalloc_alloc written out: a call level less, so that V8's inlining budget for a caller's
    // loop reaches the free path (calling pymalloc_alloc here measured 53 against 40-44 ns/step
    // in two of three alternations of the bench trace).
    if (nbytes !== 0 && !(nbytes > this.#threshold)) {
      const size = (nbytes - 1) >> this.#shift;
      if (this.#fastOn === true) {
        const off = this.#fastAlloc(size, this.#fastAt);
        if (off !== 0) return this.#fastBase + off;
      }
      const lo = this.pymalloc_alloc_hl(size);
      const ptr = (this.#allocHi >>> 0) * K.TWO_32 + (lo >>> 0);
      if (ptr !== 0) return ptr;
    }
    // `+`: V8 then knows both returns are numbers and keeps an inlined result an unboxed double
    // (a call's result is any value, and a merge with one would box every pymalloc block).
    return +this.mallocFromRaw(nbytes);
  }

  /** The tail of _PyObject_Malloc: a request pymalloc does not serve goes to the RAW domain. */
  private mallocFromRaw(nbytes: number): number {
    const raw = this.raw.PyMem_RawMalloc(nbytes);
    if (raw !== 0) this.bump('raw_allocated_blocks', 1);
    return raw;
  }

  /** Models _PyObject_Calloc(ctx, nelem, elsize). */
  _PyObject_Calloc(nelem: number, elsize: number): number {
    const nbytes = nelem * elsize;
    const ptr = this.pymalloc_alloc(nbytes);
    if (ptr !== 0) {
      this.space.fill(ptr, 0, nbytes);
      return ptr;
    }
    const raw = this.raw.PyMem_RawCalloc(nelem, elsize);
    if (raw !== 0) this.bump('raw_allocated_blocks', 1);
    return raw;
  }

  /** Models _PyObject_Free(ctx, p). */
  _PyObject_Free(p: number): void {
    if (p !== 0 && !this.pymalloc_free(p)) this.freeToRaw(p);
  }

  /** The tail of _PyObject_Free: a block not in an arena goes back to the RAW domain. */
  private freeToRaw(p: number): void {
    this.raw.PyMem_RawFree(p);
    this.bump('raw_allocated_blocks', -1);
  }

  /** Models _PyObject_Realloc(ctx, ptr, nbytes) with pymalloc_realloc inlined. */
  _PyObject_Realloc(p: number, nbytes: number): number {
    if (p === 0) return this._PyObject_Malloc(nbytes);
    if (!this.arenaMap.arena_map_is_used(p)) {
      // Not ours: C keeps managing it (bug 1185883: copying could read past a mapping).
      return this.raw.PyMem_RawRealloc(p, nbytes);
    }
    const pool = p - (p % this.poolSize);
    let size = this.geometry.INDEX2SIZE(pool_szidx(this.mem, pool));
    if (nbytes <= size) {
      // Shrinking by less than 25% (or same size): keep the block.
      if (4 * nbytes > 3 * size) return p;
      size = nbytes;
    }
    const bp = this._PyObject_Malloc(nbytes);
    if (bp !== 0) {
      this.space.copy(bp, p, size);
      this._PyObject_Free(p);
    }
    return bp;
  }

  /** address_in_range(p, POOL_ADDR(p)). */
  address_in_range(p: number): boolean {
    return this.arenaMap.arena_map_is_used(p);
  }

  /** The arena_object addresses of all slots of the vector, in index order. */
  arenaObjects(): number[] {
    const out: number[] = [];
    const base = this.arenas;
    for (let i = 0; i < this.maxarenas; i++) out.push(base + i * ARENA_OBJECT_SIZE);
    return out;
  }
}

export { POOL_COUNT, POOL_FREEBLOCK, POOL_NEXTPOOL, POOL_PREVPOOL };
