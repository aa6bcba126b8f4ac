/*
 * Models CPython 3.11 Objects/obmalloc.c (WITH_PYMALLOC_RADIX_TREE, USE_INTERIOR_NODES, 64-bit):
 * arena_map_get, arena_map_mark_used, arena_map_is_used and address_in_range.
 * Main export: ArenaMap. An address is split 15/15/14/20 bits (MAP_TOP/MAP_MID/MAP_BOT/offset);
 * the root is a static in libpython's .bss, the mid (256 KiB) and bottom (128 KiB) nodes are
 * PyMem_RawCalloc'ed through the RAW domain (so they are glibc chunks, mmapped by their size)
 * and never freed. Leaves are {int32 tail_hi, int32 tail_lo}. No memory of p itself is read.
 * Every call reads the root slot, mid slot and leaf; a memo of the last walk keeps where those
 * words are, checked against the node addresses it reads (see arena_map_is_used).
 */

import type { FastMemory } from './fast-memory';
import type { ObmallocStatics } from './arena';

const POINTER_BITS = 64;
const TWO_32 = 4294967296;
const NO_WORDS = new Int32Array(0);
const IGNORE_BITS = 0;
const TWO_NEG_32 = 2 ** -32;

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
  private readonly arena_map_root: number;
  // The walk memo (private fields: a warm-started copy never sees the template's views). An
  // address's root and mid indexes are its bits from MAP_MID_SHIFT up, so every address whose
  // high word shifted right by MAP_MID_SHIFT - 32 is the memo's key walks through the same root
  // slot and mid slot to the same bottom node: the memo keeps where those two words and that
  // node are, and the node addresses the last walk read from them.
  // As int32 fields (small integers: one load each, no array in between): #mKey the key, -1 when
  // empty; #mRootIndex, #mMidIndex the root slot's and mid slot's int32 index in #rootView /
  // #midView; #mBotHead the index of the bottom node's word 0 in #botView; #mMidLo..#mBotHi the
  // mid and bot node addresses as int32 halves.
  #mKey = -1;
  #mRootIndex = 0;
  #mMidIndex = 0;
  #mBotHead = 0;
  #mMidLo = 0;
  #mMidHi = 0;
  #mBotLo = 0;
  #mBotHi = 0;
  #rootView: Int32Array = NO_WORDS;
  #midView: Int32Array = NO_WORDS;
  #botView: Int32Array = NO_WORDS;
  #generation = -1;
  /** MAP_MID_SHIFT - 32: the high word shifted right by it is the memo key; -1 = no memo. */
  readonly #keyShift: number = 0;
  /** MAP_BOT_INDEX from halves: ((hi << #botHiShift) | (lo >>> MAP_BOT_SHIFT)) & #botMask. */
  readonly #botHiShift: number = 0;
  readonly #botShift: number = 0;
  readonly #botMask: number = 0;
  /** ARENA_SIZE - 1. (No public field here has an initializer: see FastMemory's #regionSize.) */
  readonly #arenaSizeMask: number = 0;

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
    this.#arenaSizeMask = arenaSize - 1;
    this.arena_map_root = statics.arena_map_root;
    const memoFits = MAP_MID_SHIFT >= 32 && MAP_MID_SHIFT < 64 && MAP_BOT_SHIFT > 0 && MAP_BOT_SHIFT < 32 && MAP_BOT_BITS < 31;
    // `| 0`: the shifts come from Math.log2 and the mask from `**`, doubles V8 would store as
    // heap numbers (exact here: small integers, and the mask is only used when memoFits).
    this.#keyShift = (memoFits ? MAP_MID_SHIFT - 32 : -1) | 0;
    this.#botHiShift = (32 - MAP_BOT_SHIFT) | 0;
    this.#botShift = MAP_BOT_SHIFT | 0;
    this.#botMask = (this.MAP_BOT_LENGTH - 1) | 0;
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
    const tail = arena_base & this.#arenaSizeMask;
    if (tail === 0) {
      m.setU32(n_hi + i3 * 8, is_used ? -1 : 0);
    } else {
      m.setU32(n_hi + i3 * 8, is_used ? tail : 0);
      const arena_base_next = arena_base + this.#arenaSizeMask + 1;
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
   * slot, the mid slot and the leaf, every call. What is remembered per arena-sized chunk of
   * addresses (the walk memo) is only where those three words are (views and indexes) and the node
   * addresses the last walk read; a root or mid word that no longer holds the remembered address
   * sends the call down the full walk, so a corrupted tree is followed exactly as C follows it.
   */
  arena_map_is_used(p: number): boolean {
    if (this.#generation !== this.m.space.generation) this.forget();
    // ToInt32 of the integral address is its low word exactly; floor keeps negative ones 64-bit.
    return this.arena_map_is_used_hl(p | 0, Math.floor(p * TWO_NEG_32) | 0);
  }

  /**
   * arena_map_is_used for p given as int32 halves (lo, hi), the form pymalloc_free carries it in.
   * No generation check: the caller (Obmalloc) has called forget() since the space's generation
   * last changed.
   */
  arena_map_is_used_hl(lo: number, hi: number): boolean {
    // A key (hi >>> #keyShift) is never negative, so an empty memo (#mKey -1, and no root view
    // besides) never matches; nor does one filled for a high word >= 2^31 when #keyShift is 0
    // (stored as int32): such addresses take the walk every time.
    if (this.#mKey === hi >>> this.#keyShift) {
      const rv = this.#rootView;
      const mv = this.#midView;
      const ri = this.#mRootIndex;
      const mi = this.#mMidIndex;
      if (rv[ri] === this.#mMidLo && rv[ri + 1] === this.#mMidHi && mv[mi] === this.#mBotLo && mv[mi + 1] === this.#mBotHi) {
        const i = this.#mBotHead + 2 * (((hi << this.#botHiShift) | (lo >>> this.#botShift)) & this.#botMask);
        const bv = this.#botView;
        // int32 tail_hi, tail_lo and tail, compared as C compares them.
        const tail_hi = bv[i]!;
        const tail = lo & this.#arenaSizeMask;
        return tail < bv[i + 1]! || (tail >= tail_hi && tail_hi !== 0);
      }
    }
    // `=== true`: a boolean V8 knows as one (a call's result is any value, and a caller's `!`
    // on the merge would test it for every kind of value).
    return this.arena_map_is_used_walk((hi >>> 0) * TWO_32 + (lo >>> 0), hi) === true;
  }

  /** Empties the walk memo and adopts the space's current generation. */
  forget(): void {
    this.#mKey = -1;
    this.#rootView = NO_WORDS;
    this.#generation = this.m.space.generation;
  }

  /** The full walk of arena_map_is_used, remembering where its words are for the next call. */
  private arena_map_is_used_walk(p: number, hi: number): boolean {
    const m = this.m;
    this.rememberWalk(p, hi);
    const mid = m.word(this.arena_map_root + ((p * this.topShiftMul) & (this.MAP_TOP_LENGTH - 1)) * 8);
    if (mid === 0) return false;
    const bot = m.word(mid + ((p * this.midShiftMul) & (this.MAP_MID_LENGTH - 1)) * 8);
    if (bot === 0) return false;
    const leaf = bot + ((p * this.botShiftMul) & (this.MAP_BOT_LENGTH - 1)) * 8;
    let tail_hi: number;
    let tail_lo: number;
    const v = (leaf & 7) === 0 ? m.view(leaf) : undefined;
    if (v !== undefined) {
      const i = (leaf & 4095) >> 2;
      tail_hi = v[i]!;
      tail_lo = v[i + 1]!;
    } else {
      tail_hi = m.i32(leaf);
      tail_lo = m.i32(leaf + 4);
    }
    const tail = p & this.#arenaSizeMask;
    return tail < tail_lo || (tail >= tail_hi && tail_hi !== 0);
  }

  /**
   * Fills the memo for p's root and mid slots (its key from hi) when both node addresses are
   * 8-aligned and non-zero and the two slots and the whole bottom node lie in writable mappings.
   */
  private rememberWalk(p: number, hi: number): void {
    const m = this.m;
    this.#mKey = -1;
    this.#rootView = NO_WORDS;
    if (this.#keyShift < 0) return;
    const rootSlot = this.arena_map_root + ((p * this.topShiftMul) & (this.MAP_TOP_LENGTH - 1)) * 8;
    const mid = m.word(rootSlot);
    if (mid === 0 || (mid & 7) !== 0) return;
    const midSlot = mid + ((p * this.midShiftMul) & (this.MAP_MID_LENGTH - 1)) * 8;
    const bot = m.word(midSlot);
    if (bot === 0 || (bot & 7) !== 0) return;
    const rv = m.space.spanWords(rootSlot, 8);
    const mv = m.space.spanWords(midSlot, 8);
    const bv = m.space.spanWords(bot, this.botNodeBytes);
    if (rv === undefined || mv === undefined || bv === undefined || rootSlot % 8 !== 0) return;
    this.#rootView = rv.words;
    this.#midView = mv.words;
    this.#botView = bv.words;
    this.#mRootIndex = ((rootSlot - rv.base) / 4) | 0;
    this.#mMidIndex = ((midSlot - mv.base) / 4) | 0;
    this.#mBotHead = ((bot - bv.base) / 4) | 0;
    this.#mMidLo = mid % TWO_32 | 0;
    this.#mMidHi = Math.floor(mid / TWO_32) | 0;
    this.#mBotLo = bot % TWO_32 | 0;
    this.#mBotHi = Math.floor(bot / TWO_32) | 0;
    this.#mKey = (hi >>> this.#keyShift) | 0;
  }

  address_in_range(p: number): boolean {
    return this.arena_map_is_used(p);
  }
}
