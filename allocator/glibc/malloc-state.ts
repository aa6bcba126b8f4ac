/*
 * Models glibc 2.36's allocator globals: `struct malloc_state main_arena` (in libc's .data),
 * `struct malloc_par mp_`, the thread's `tcache` pointer, `tcache_key`, and ptmalloc_init /
 * malloc_init_state. Main export: MallocState, the context every modelled function takes first.
 * main_arena sits at a real address inside a mapping named 'libc.so.6 .data', so bin headers are
 * fake chunks made of real bytes: a free chunk's fd/bk may point "at the bin" and the
 * `fwd->bk != bck` checks read memory exactly as glibc does.
 * Single thread, main arena only: no arena list, no locks, no secondary heaps.
 * SIMPLIFIED: tunables and mallopt are fixed at the profile's defaults; M_PERTURB (alloc_perturb,
 * free_perturb), memory tagging, malloc_trim and memalign are not modelled.
 */

import type { AddressSpace } from '../address-space';
import type { Evidence, Process } from '../process';
import type { GlibcProfile } from '../profile';
import { CHUNK_HDR_SZ, MALLOC_ALIGN_MASK, MINSIZE, SIZE_SZ } from './chunk';

/** The mapping that stands for libc.so.6's writable data, and main_arena's place in it. */
export const LIBC_DATA_START = 0x7fff_f7e1_9000;
export const LIBC_DATA_LENGTH = 0x2000;
export const LIBC_DATA_NAME = 'libc.so.6 .data';
// SIMPLIFIED: the address is that of main_arena in a non-randomised run of a glibc 2.35/2.36
// build; the rest of libc (its text, other data) is not modelled.
export const MAIN_ARENA_ADDRESS = 0x7fff_f7e1_9c80;

/** Byte offsets of struct malloc_state fields (x86-64). */
export const MS_MUTEX = 0x0;
export const MS_FLAGS = 0x4;
export const MS_HAVE_FASTCHUNKS = 0x8;
export const MS_FASTBINSY = 0x10;
export const MS_TOP = 0x60;
export const MS_LAST_REMAINDER = 0x68;
export const MS_BINS = 0x70;
export const MS_BINMAP = 0x860;
export const MS_SYSTEM_MEM = 0x888;
export const SIZEOF_MALLOC_STATE = 0x898;

export const NFASTBINS = 10;
export const NBINS = 128;
export const NSMALLBINS = 64;
export const BINMAPSHIFT = 5;
export const BINMAPSIZE = NBINS / 32;
export const MIN_LARGE_SIZE = NSMALLBINS * 16;
/** NONCONTIGUOUS_BIT in malloc_state.flags. */
export const NONCONTIGUOUS_BIT = 2;
export const MAX_ITERS = 10000;
export const MMAP_AS_MORECORE_SIZE = 1024 * 1024;
export const DEFAULT_MMAP_MAX = 65536;
export const ENOMEM = 12;

/** The C-level entry point being modelled, for Evidence.call. */
export type GlibcCall = 'malloc' | 'free' | 'calloc' | 'realloc' | 'malloc_usable_size';

export class MallocState {
  readonly pagesize = 4096;

  // ---- struct malloc_state main_arena ------------------------------------------------------
  /** &main_arena. */
  readonly av: number;
  // SIMPLIFIED: flags, have_fastchunks, top, last_remainder, binmap and system_mem live in these
  // JS fields (named as in glibc); their bytes inside main_arena stay zero. fastbinsY[] and
  // bins[] live in main_arena's bytes, because chunks link to them and checks read them.
  flags = 0;
  have_fastchunks = false;
  top = 0;
  last_remainder = 0;
  readonly binmap = new Uint32Array(BINMAPSIZE);
  system_mem = 0;
  max_system_mem = 0;

  // ---- struct malloc_par mp_ and global_max_fast -------------------------------------------
  readonly mp_ = {
    trim_threshold: 0,
    top_pad: 0,
    mmap_threshold: 0,
    n_mmaps: 0,
    n_mmaps_max: DEFAULT_MMAP_MAX,
    max_n_mmaps: 0,
    no_dyn_threshold: 0,
    mmapped_mem: 0,
    max_mmapped_mem: 0,
    /** First address MORECORE returned: where the main heap starts. */
    sbrk_base: 0,
    tcache_bins: 0,
    tcache_max_bytes: 0,
    tcache_count: 0,
    tcache_unsorted_limit: 0,
  };
  global_max_fast = 0;
  /** DEFAULT_MMAP_THRESHOLD_MAX. */
  readonly mmapThresholdMax: number;
  readonly fastbinConsolidationThreshold: number;
  readonly heapMaxSize: number;
  readonly safeLinking: boolean;
  readonly tcacheKeyCheck: boolean;

  // ---- per-thread and process-wide tcache globals -------------------------------------------
  /** The thread's `tcache` pointer: address of tcache_perthread_struct, 0 before tcache_init. */
  tcache = 0;
  /** tcache_key as two 32-bit halves, so comparing and storing it needs no bigint. */
  tcache_key_lo = 0;
  tcache_key_hi = 0;
  readonly tcachePerthreadStructSize: number;
  __malloc_initialized = false;

  // ---- the process around it ---------------------------------------------------------------
  errno = 0;
  // DIFFERS: glibc keeps no list of mmapped chunks; the model remembers them for snapshot/check.
  readonly mmappedChunks = new Set<number>();
  /** The C call in progress, for Evidence.call; formatted only when something fails. */
  callName: GlibcCall = 'malloc';
  callArg0 = 0;
  callArg1 = 0;
  /** Whether Evidence was already noted for the fault now unwinding (heap_for_ptr does). */
  evidenceNoted = false;

  constructor(
    readonly space: AddressSpace,
    readonly process: Process,
    readonly profile: GlibcProfile,
  ) {
    if (profile.sizeSz !== SIZE_SZ || profile.mallocAlignment !== CHUNK_HDR_SZ || profile.minChunkSize !== MINSIZE) {
      throw new RangeError(`glibc model: only the x86-64 layout is modelled (SIZE_SZ 8, MALLOC_ALIGNMENT 16)`);
    }
    this.av = MAIN_ARENA_ADDRESS;
    this.mmapThresholdMax = profile.mmapThresholdMax;
    this.fastbinConsolidationThreshold = profile.fastbinConsolidationThreshold;
    this.heapMaxSize = profile.heapMaxSize;
    this.safeLinking = profile.safeLinking;
    this.tcacheKeyCheck = profile.tcacheKeyCheck;
    this.tcachePerthreadStructSize = profile.tcachePerthreadStructSize;
    const mp = this.mp_;
    mp.top_pad = profile.topPad;
    mp.mmap_threshold = profile.mmapThreshold;
    mp.trim_threshold = profile.trimThreshold;
    mp.tcache_bins = profile.tcacheMaxBins;
    mp.tcache_count = profile.tcacheFillCount;
    mp.tcache_max_bytes = profile.tcacheMaxBins > 0 ? (profile.tcacheMaxBins - 1) * 16 + MINSIZE - SIZE_SZ : 0;
  }

  /** bin_at(av, i): the fake chunk whose fd/bk are bins[2(i-1)], bins[2(i-1)+1]. */
  bin_at(i: number): number {
    return this.av + MS_BINS + (i - 1) * 16 - 16;
  }

  /** unsorted_chunks(av) = bin_at(av, 1); also initial_top(av). */
  get unsorted_chunks(): number {
    return this.av + MS_BINS - 16;
  }

  /** &fastbin(av, idx): where fastbinsY[idx] is stored. */
  fastbinAddress(idx: number): number {
    return this.av + MS_FASTBINSY + idx * 8;
  }

  contiguous(): boolean {
    return (this.flags & NONCONTIGUOUS_BIT) === 0;
  }

  /** Models arena.c ptmalloc_init() + malloc.c malloc_init_state(&main_arena), run on first use. */
  ptmalloc_init(): void {
    if (this.__malloc_initialized) return;
    this.__malloc_initialized = true;
    this.tcache_key_initialize();
    const space = this.space;
    // Another component may already have mapped libc's data; then main_arena is simply there.
    if (!space.isMapped(LIBC_DATA_START)) {
      if (!space.map(LIBC_DATA_START, LIBC_DATA_LENGTH, LIBC_DATA_NAME, 'rw')) {
        throw new RangeError('glibc model: cannot map libc data (memory cap)');
      }
    }
    // malloc_init_state: every normal bin is an empty circular list pointing at itself.
    for (let i = 1; i < NBINS; i++) {
      const bin = this.bin_at(i);
      space.writeWord(bin + 16, bin);
      space.writeWord(bin + 24, bin);
    }
    // MORECORE_CONTIGUOUS: the main arena stays contiguous. set_max_fast(DEFAULT_MXFAST).
    const mxfast = this.profile.defaultMxFast;
    this.global_max_fast = mxfast <= MALLOC_ALIGN_MASK - SIZE_SZ ? MINSIZE / 2 : (mxfast + SIZE_SZ) & ~MALLOC_ALIGN_MASK;
    this.have_fastchunks = false;
    this.top = this.unsorted_chunks;
  }

  /** Models tcache_key_initialize(). */
  private tcache_key_initialize(): void {
    // DIFFERS: glibc draws tcache_key from getrandom(); the profile's seed makes runs reproducible.
    const key = BigInt.asUintN(64, this.profile.tcacheKeySeed);
    this.tcache_key_lo = Number(key & 0xffff_ffffn);
    this.tcache_key_hi = Number(key >> 32n);
  }

  get tcache_key(): bigint {
    return (BigInt(this.tcache_key_hi) << 32n) | BigInt(this.tcache_key_lo);
  }

  /** "free(0x5555555592a0)" for Evidence. */
  describeCall(): string {
    const h = (v: number) => '0x' + v.toString(16);
    switch (this.callName) {
      case 'malloc':
        return `malloc(${this.callArg0})`;
      case 'free':
        return `free(${h(this.callArg0)})`;
      case 'calloc':
        return `calloc(${this.callArg0}, ${this.callArg1})`;
      case 'realloc':
        return `realloc(${h(this.callArg0)}, ${this.callArg1})`;
      case 'malloc_usable_size':
        return `malloc_usable_size(${h(this.callArg0)})`;
    }
  }

  /** Records why a fault that is about to happen happens (the read itself then throws). */
  noteFault(evidence: Evidence): void {
    this.evidenceNoted = true;
    this.process.noteEvidence(evidence);
  }
}
