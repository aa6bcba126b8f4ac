/*
 * Models glibc 2.36 arena.c heap_for_ptr() and arena_for_chunk(): which arena a chunk belongs to.
 * A clear NON_MAIN_ARENA bit means main_arena. A set bit makes glibc read the `ar_ptr` word of the
 * heap_info it expects at chunk & ~(HEAP_MAX_SIZE-1); on a main-heap or foreign pointer that page
 * is usually unmapped and the read faults (SIGSEGV, exit 139, no message). Main export:
 * arena_for_chunk, which returns &main_arena or lets the SegmentationFault propagate.
 * SIMPLIFIED: secondary arenas do not exist in the model; see arena_for_chunk for a mapped heap_info.
 */

import { SegmentationFault } from '../address-space';
import { flagNames, hex, NON_MAIN_ARENA, OFF_SIZE, size_lo, size_word_exact } from './chunk';
import { evidenceRead } from './malloc-printerr';
import type { MallocState } from './malloc-state';

/** heap_for_ptr(ptr): PTR_ALIGN_DOWN(ptr, HEAP_MAX_SIZE). */
export function heap_for_ptr(m: MallocState, ptr: number): number {
  return ptr - (ptr % m.heapMaxSize);
}

/** Models arena_for_chunk(p): chunk_main_arena(p) ? &main_arena : heap_for_ptr(p)->ar_ptr. */
export function arena_for_chunk(m: MallocState, p: number): number {
  const space = m.space;
  if ((size_lo(space, p) & NON_MAIN_ARENA) === 0) return m.av;
  const heap = heap_for_ptr(m, p);
  const word = size_word_exact(space, p);
  const sizeRead = evidenceRead(
    m,
    p + OFF_SIZE,
    8,
    `size word of chunk ${hex(p)}: ${hex(word)} (${flagNames(Number(word & 7n))} set)`,
  );
  const mask = hex(m.heapMaxSize - 1);
  if (!space.isMapped(heap)) {
    m.noteFault({
      where: 'heap_for_ptr',
      call: m.describeCall(),
      reads: [sizeRead, { address: heap, length: 8, bytes: null, meaning: `heap_info.ar_ptr at ${hex(heap)} (not mapped)` }],
      conclusion:
        `NON_MAIN_ARENA is set in the size word, so glibc looked for the heap_info of a secondary arena ` +
        `at chunk & ~${mask} = ${hex(heap)}, which is not mapped: reading it is a segmentation fault.`,
    });
  }
  const ar_ptr = space.readWord(heap);
  if (ar_ptr === m.av) return m.av;
  // SIMPLIFIED: real glibc would take the word as a malloc_state and go on (lock it, _int_free
  // into it); what happens then depends on garbage. The model stops here with SIGSEGV.
  m.noteFault({
    where: 'arena_for_chunk',
    call: m.describeCall(),
    reads: [sizeRead, evidenceRead(m, heap, 8, `heap_info.ar_ptr at ${hex(heap)}: ${hex(space.readU64(heap))}`)],
    conclusion:
      `NON_MAIN_ARENA is set in the size word, so glibc took the word at chunk & ~${mask} = ${hex(heap)} ` +
      `as the chunk's arena; it is not an arena (the model does not follow it and ends with SIGSEGV).`,
  });
  throw new SegmentationFault(ar_ptr, 'read');
}
