/*
 * The public face of the glibc 2.36 ptmalloc2 model: malloc, free, calloc, realloc and
 * malloc_usable_size of one single-threaded process, all state in its AddressSpace (chunk headers,
 * the tcache, the bins inside main_arena in libc's .data) except a few arena scalars.
 * Main export: GlibcMalloc. pymalloc and the C library bindings sit on top of it.
 * A failing check writes glibc's message to fd 2 and ends the process (ProcessEnd, SIGABRT); a bad
 * dereference throws SegmentationFault (the runner makes it SIGSEGV) with Evidence noted first.
 */

import { SegmentationFault } from '../address-space';
import type { Process } from '../process';
import type { GlibcProfile } from '../profile';
import { __libc_calloc } from './calloc';
import { checkHeap } from './check';
import { chunk_is_mmapped, chunksize, CHUNK_HDR_SZ, hex, inuse, SIZE_SZ } from './chunk';
import { __libc_free } from './free';
import { __libc_malloc } from './malloc';
import { MallocState } from './malloc-state';
import { __libc_realloc } from './realloc';
import { heapSnapshot, type GlibcHeapSnapshot } from './snapshot';
import type { AddressSpace } from '../address-space';

export type { GlibcHeapSnapshot } from './snapshot';

export class GlibcMalloc {
  /** Everything glibc keeps: main_arena, mp_, the tcache pointer and key. */
  readonly state: MallocState;

  constructor(space: AddressSpace, process: Process, profile: GlibcProfile) {
    this.state = new MallocState(space, process, profile);
  }

  get errno(): number {
    return this.state.errno;
  }

  set errno(v: number) {
    this.state.errno = v;
  }

  /** malloc(n); 0 is NULL (errno ENOMEM when n > PTRDIFF_MAX or memory runs out). */
  malloc(n: number): number {
    const m = this.state;
    m.callName = 'malloc';
    m.callArg0 = n;
    try {
      return __libc_malloc(m, n);
    } catch (e) {
      throw this.annotate(e);
    }
  }

  free(p: number): void {
    const m = this.state;
    m.callName = 'free';
    m.callArg0 = p;
    try {
      __libc_free(m, p);
    } catch (e) {
      throw this.annotate(e);
    }
  }

  calloc(nmemb: number, size: number): number {
    const m = this.state;
    m.callName = 'calloc';
    m.callArg0 = nmemb;
    m.callArg1 = size;
    try {
      return __libc_calloc(m, nmemb, size);
    } catch (e) {
      throw this.annotate(e);
    }
  }

  realloc(p: number, n: number): number {
    const m = this.state;
    m.callName = 'realloc';
    m.callArg0 = p;
    m.callArg1 = n;
    try {
      return __libc_realloc(m, p, n);
    } catch (e) {
      throw this.annotate(e);
    }
  }

  malloc_usable_size(p: number): number {
    const m = this.state;
    m.callName = 'malloc_usable_size';
    m.callArg0 = p;
    try {
      return musable(m, p);
    } catch (e) {
      throw this.annotate(e);
    }
  }

  snapshot(): GlibcHeapSnapshot {
    return heapSnapshot(this.state);
  }

  check(): string[] {
    return checkHeap(this.state);
  }

  /** Attaches Evidence to a fault no check foresaw (a garbage pointer followed), then rethrows. */
  private annotate(e: unknown): unknown {
    const m = this.state;
    if (!(e instanceof SegmentationFault)) return e;
    if (m.evidenceNoted) {
      m.evidenceNoted = false;
      return e;
    }
    const arg = m.callArg0;
    const headerFault = m.callName !== 'malloc' && m.callName !== 'calloc' && e.address >= arg - CHUNK_HDR_SZ && e.address < arg;
    m.process.noteEvidence({
      where: m.callName,
      call: m.describeCall(),
      reads: [{ address: e.address, length: 8, bytes: null, meaning: `${e.access} at ${hex(e.address)} (not mapped)` }],
      conclusion: headerFault
        ? `${m.callName}() reads the chunk header in the 16 bytes before the pointer (at ${hex(e.address)}), and ` +
          `that memory is not mapped: the block's mapping was already released (freed twice?) or the pointer ` +
          `never came from malloc.`
        : `glibc followed a pointer taken from the heap's own bookkeeping (a chunk size or a list link) to ` +
          `${hex(e.address)}, which is not mapped: heap metadata was overwritten.`,
    });
    return e;
  }
}

/** Models musable(mem) / __malloc_usable_size. */
function musable(m: MallocState, mem: number): number {
  if (mem === 0) return 0;
  const space = m.space;
  const p = mem - CHUNK_HDR_SZ;
  if (chunk_is_mmapped(space, p)) return chunksize(space, p) - CHUNK_HDR_SZ;
  if (inuse(space, p)) return chunksize(space, p) - CHUNK_HDR_SZ + SIZE_SZ;
  return 0;
}
