/*
 * Models CPython 3.11 Objects/obmalloc.c (WITH_PYMALLOC_RADIX_TREE, USE_INTERIOR_NODES, 64-bit):
 * arena_map_get, arena_map_mark_used, arena_map_is_used and address_in_range.
 * Main export: ArenaMap. An address is split 15/15/14/20 bits (MAP_TOP/MAP_MID/MAP_BOT/offset);
 * the root is a static in libpython's .bss, the mid (256 KiB) and bottom (128 KiB) nodes are
 * PyMem_RawCalloc'ed through the RAW domain (so they are glibc chunks, mmapped by their size)
 * and never freed. Leaves are {int32 tail_hi, int32 tail_lo}. No memory of p itself is read.
 * Every call reads the root slot, mid slot and leaf; a small memo per 1 MiB chunk keeps where
 * those words are, checked against the node addresses it reads (see arena_map_is_used).
 */

import type { FastMemory } from './fast-memory';
import type { ObmallocStatics } from './arena';

const POINTER_BITS = 64;
const TWO_32 = 4294967296;
/** Slots of the walk memo (slot = the chunk number's low bits). */
const WALK_SLOTS = 64;
const WALK_MASK = WALK_SLOTS - 1;
const NO_WORDS = new Int32Array(0);
const IGNORE_BITS = 0;

export interface RawCalloc {
  PyMem_RawCalloc(nelem: number, elsize: number): number;
}

export class ArenaMap {
  readonly ARENA_BITS: number;
  readonly INTERIOR_BITS: number;
  readonly MAP_TOP_LENGTH: number;
  readonly MAP_MID_LENGTH: number;
  readonly MAP_BOT_LENGTH: number;
  private readonly botShiftDiv: number;
  private readonly midShiftDiv: number;
  private readonly topShiftDiv: number;
  /** 2^-SHIFT: p * x is p / 2^SHIFT exactly, without a division. */
  private readonly botShiftMul: number;
  private readonly midShiftMul: number;
  private readonly topShiftMul: number;
  private readonly ARENA_SIZE_MASK: number;
  private readonly arena_map_root: number;
  // The walk memo (private fields: a warm-started copy never sees the template's views).
  // Per slot: the chunk (p >> ARENA_BITS, -1 = empty), the views and int32 indexes of the root
  // slot, mid slot and leaf, and the mid and bot node addresses as int32 halves.
  readonly #chunk = new Float64Array(WALK_SLOTS).fill(-1);
  /** 3 a slot: the views holding the root slot, mid slot and leaf. */
  readonly #views: Int32Array[] = new Array<Int32Array>(3 * WALK_SLOTS).fill(NO_WORDS);
  /** 8 a slot: their int32 indexes, then mid lo/hi and bot lo/hi (the node addresses last read). */
  readonly #ints = new Int32Array(8 * WALK_SLOTS);
  #generation = -1;

  constructor(
    private readonly m: FastMemory,
    private readonly statics: ObmallocStatics,
    private readonly raw: RawCalloc,
    arenaSize: number,
  ) {
    this.ARENA_BITS = Math.log2(arenaSize);
    const ADDRESS_BITS = POINTER_BITS - IGNORE_BITS;
    this.INTERIOR_BITS = Math.floor((ADDRESS_BITS - this.ARENA_BITS + 2) / 3);
    const MAP_BOT_BITS = ADDRESS_BITS - this.ARENA_BITS - 2 * this.INTERIOR_BITS;
    this.MAP_TOP_LENGTH = 2 ** this.INTERIOR_BITS;
    this.MAP_MID_LENGTH = 2 ** this.INTERIOR_BITS;
    this.MAP_BOT_LENGTH = 2 ** MAP_BOT_BITS;
    const MAP_BOT_SHIFT = this.ARENA_BITS;
    const MAP_MID_SHIFT = MAP_BOT_BITS + MAP_BOT_SHIFT;
    const MAP_TOP_SHIFT = this.INTERIOR_BITS + MAP_MID_SHIFT;
    this.botShiftDiv = 2 ** MAP_BOT_SHIFT;
    this.midShiftDiv = 2 ** MAP_MID_SHIFT;
    this.topShiftDiv = 2 ** MAP_TOP_SHIFT;
    this.botShiftMul = 2 ** -MAP_BOT_SHIFT;
    this.midShiftMul = 2 ** -MAP_MID_SHIFT;
    this.topShiftMul = 2 ** -MAP_TOP_SHIFT;
    this.ARENA_SIZE_MASK = arenaSize - 1;
    this.arena_map_root = statics.arena_map_root;
  }

  /** sizeof(arena_map_mid_t) and sizeof(arena_map_bot_t). */
  get midNodeBytes(): number {
    return this.MAP_MID_LENGTH * 8;
  }
  get botNodeBytes(): number {
    return this.MAP_BOT_LENGTH * 8;
  }

  MAP_TOP_INDEX(p: number): number {
    return Math.floor(p / this.topShiftDiv) & (this.MAP_TOP_LENGTH - 1);
  }
  MAP_MID_INDEX(p: number): number {
    return Math.floor(p / this.midShiftDiv) & (this.MAP_MID_LENGTH - 1);
  }
  MAP_BOT_INDEX(p: number): number {
    return Math.floor(p / this.botShiftDiv) & (this.MAP_BOT_LENGTH - 1);
  }

  /** arena_map_get(p, create): the bottom node for p, or 0. */
  arena_map_get(p: number, create: boolean): number {
    const m = this.m;
    const rootSlot = this.statics.arena_map_root + this.MAP_TOP_INDEX(p) * 8;
    let mid = m.word(rootSlot);
    if (mid === 0) {
      if (!create) return 0;
      mid = this.raw.PyMem_RawCalloc(1, this.midNodeBytes);
      if (mid === 0) return 0;
      m.setWord(rootSlot, mid);
      m.setU32(this.statics.arena_map_mid_count, m.u32(this.statics.arena_map_mid_count) + 1);
    }
    const midSlot = mid + this.MAP_MID_INDEX(p) * 8;
    let bot = m.word(midSlot);
    if (bot === 0) {
      if (!create) return 0;
      bot = this.raw.PyMem_RawCalloc(1, this.botNodeBytes);
      if (bot === 0) return 0;
      m.setWord(midSlot, bot);
      m.setU32(this.statics.arena_map_bot_count, m.u32(this.statics.arena_map_bot_count) + 1);
    }
    return bot;
  }

  /** arena_map_mark_used(arena_base, is_used): returns false when a node could not be allocated. */
  arena_map_mark_used(arena_base: number, is_used: boolean): boolean {
    const m = this.m;
    const n_hi = this.arena_map_get(arena_base, is_used);
    if (n_hi === 0) return false;
    const i3 = this.MAP_BOT_INDEX(arena_base);
    const tail = arena_base & this.ARENA_SIZE_MASK;
    if (tail === 0) {
      m.setU32(n_hi + i3 * 8, is_used ? -1 : 0);
    } else {
      m.setU32(n_hi + i3 * 8, is_used ? tail : 0);
      const arena_base_next = arena_base + this.ARENA_SIZE_MASK + 1;
      const n_lo = this.arena_map_get(arena_base_next, is_used);
      if (n_lo === 0) {
        m.setU32(n_hi + i3 * 8, 0);
        return false;
      }
      const i3_next = this.MAP_BOT_INDEX(arena_base_next);
      m.setU32(n_lo + i3_next * 8 + 4, is_used ? tail : 0);
    }
    return true;
  }

  /**
   * arena_map_is_used(p) == address_in_range(p, pool) in 3.10+. Reads the tree's bytes: the root
   * slot, the mid slot and the leaf, every call. What is remembered per 1 MiB chunk of addresses
   * (walkSlot) is only where those three words are (views and indexes) and the node addresses the
   * last walk read; a root or mid word that no longer holds the remembered address sends the call
   * down the full walk, so a corrupted tree is followed exactly as C follows it.
   */
  arena_map_is_used(p: number): boolean {
    const chunk = Math.floor(p * this.botShiftMul);
    const s = chunk & WALK_MASK;
    if (this.#chunk[s] === chunk && this.#generation === this.m.space.generation) {
      const v = this.#views;
      const n = this.#ints;
      const rv = v[3 * s]!;
      const mv = v[3 * s + 1]!;
      const ri = n[8 * s]!;
      const mi = n[8 * s + 1]!;
      if (rv[ri] === n[8 * s + 3] && rv[ri + 1] === n[8 * s + 4] && mv[mi] === n[8 * s + 5] && mv[mi + 1] === n[8 * s + 6]) {
        const lv = v[3 * s + 2]!;
        const li = n[8 * s + 2]!;
        const hi = lv[li]!;
        const lo = lv[li + 1]!;
        const tail = p & this.ARENA_SIZE_MASK;
        return tail < lo || (tail >= hi && hi !== 0);
      }
    }
    return this.arena_map_is_used_walk(p, chunk, s);
  }

  /** The full walk of arena_map_is_used, remembering where its words are for the next call. */
  private arena_map_is_used_walk(p: number, chunk: number, s: number): boolean {
    const m = this.m;
    this.rememberWalk(p, chunk, s);
    const mid = m.word(this.arena_map_root + ((p * this.topShiftMul) & (this.MAP_TOP_LENGTH - 1)) * 8);
    if (mid === 0) return false;
    const bot = m.word(mid + ((p * this.midShiftMul) & (this.MAP_MID_LENGTH - 1)) * 8);
    if (bot === 0) return false;
    const leaf = bot + ((p * this.botShiftMul) & (this.MAP_BOT_LENGTH - 1)) * 8;
    let hi: number;
    let lo: number;
    const v = (leaf & 7) === 0 ? m.view(leaf) : undefined;
    if (v !== undefined) {
      const i = (leaf & 4095) >> 2;
      hi = v[i]!;
      lo = v[i + 1]!;
    } else {
      hi = m.i32(leaf);
      lo = m.i32(leaf + 4);
    }
    const tail = p & this.ARENA_SIZE_MASK;
    return tail < lo || (tail >= hi && hi !== 0);
  }

  /** Fills walk slot s for p's chunk when the three words are 8-aligned in writable mappings. */
  private rememberWalk(p: number, chunk: number, s: number): void {
    const m = this.m;
    if (this.#generation !== m.space.generation) {
      this.#chunk.fill(-1);
      this.#generation = m.space.generation;
    }
    this.#chunk[s] = -1;
    const rootSlot = this.arena_map_root + ((p * this.topShiftMul) & (this.MAP_TOP_LENGTH - 1)) * 8;
    const mid = m.word(rootSlot);
    if (mid === 0 || (mid & 7) !== 0) return;
    const midSlot = mid + ((p * this.midShiftMul) & (this.MAP_MID_LENGTH - 1)) * 8;
    const bot = m.word(midSlot);
    if (bot === 0 || (bot & 7) !== 0) return;
    const leaf = bot + ((p * this.botShiftMul) & (this.MAP_BOT_LENGTH - 1)) * 8;
    const rv = m.space.spanWords(rootSlot, 8);
    const mv = m.space.spanWords(midSlot, 8);
    const lv = m.space.spanWords(leaf, 8);
    if (rv === undefined || mv === undefined || lv === undefined) return;
    const v = this.#views;
    const n = this.#ints;
    v[3 * s] = rv.words;
    v[3 * s + 1] = mv.words;
    v[3 * s + 2] = lv.words;
    n[8 * s] = (rootSlot - rv.base) >> 2;
    n[8 * s + 1] = (midSlot - mv.base) >> 2;
    n[8 * s + 2] = (leaf - lv.base) >> 2;
    n[8 * s + 3] = mid % TWO_32 | 0;
    n[8 * s + 4] = Math.floor(mid / TWO_32) | 0;
    n[8 * s + 5] = bot % TWO_32 | 0;
    n[8 * s + 6] = Math.floor(bot / TWO_32) | 0;
    this.#chunk[s] = chunk;
  }

  address_in_range(p: number): boolean {
    return this.arena_map_is_used(p);
  }
}
