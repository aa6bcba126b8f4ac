import { describe, expect, it } from 'vitest';
import { MAIN_ARENA_ADDRESS } from '../../../allocator/glibc/malloc-state';
import { expectSegv, fresh, outcome, sound } from './helpers';

describe('arena_for_chunk / heap_for_ptr (allocator-facts 1.7)', () => {
  it('main_arena lives in a libc .data mapping and its bins point at themselves', () => {
    const { g, space } = fresh();
    g.malloc(1);
    expect(space.regionOf(MAIN_ARENA_ADDRESS)!.name).toBe('libc.so.6 .data');
    const unsorted = g.state.unsorted_chunks;
    expect(space.readWord(unsorted + 16)).toBe(unsorted);
    expect(space.readWord(unsorted + 24)).toBe(unsorted);
  });

  it('a free chunk in the unsorted bin links to the bin inside libc', () => {
    const { g, space } = fresh();
    const p = g.malloc(2000);
    g.malloc(10);
    g.free(p);
    expect(space.readWord(p)).toBe(g.state.unsorted_chunks);
    expect(space.readWord(p + 8)).toBe(g.state.unsorted_chunks);
    sound(g);
  });

  it('A set, heap_info mapped and naming main_arena: free goes on as usual', () => {
    const m = fresh();
    const p = m.g.malloc(10);
    const heap = (p - 16) - ((p - 16) % 0x4000000);
    m.space.map(heap, 4096, 'fake heap_info');
    m.space.writeWord(heap, MAIN_ARENA_ADDRESS);
    m.space.writeWord(p - 8, 0x25);
    const o = outcome(m, (g) => g.free(p));
    expect(o.end).toBeNull();
  });

  it('A set, heap_info mapped with garbage: SIGSEGV (SIMPLIFIED), evidence from arena_for_chunk', () => {
    const m = fresh();
    const p = m.g.malloc(10);
    const heap = (p - 16) - ((p - 16) % 0x4000000);
    m.space.map(heap, 4096, 'something');
    m.space.writeWord(heap, 0x1234);
    m.space.writeWord(p - 8, 0x25);
    const o = outcome(m, (g) => g.free(p));
    expectSegv(o);
    expect(o.end!.evidence!.where).toBe('arena_for_chunk');
  });

  it('an unforeseen fault (garbage unsorted links) still carries evidence', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(2000);
      g.malloc(10);
      g.free(a);
      m.space.writeWord(a, 0);
      m.space.writeWord(a + 8, 0);
      g.malloc(3000);
    });
    expectSegv(o);
    expect(o.end!.evidence!.call).toBe('malloc(3000)');
    expect(o.end!.evidence!.reads[0]!.address).toBe(0x10);
  });
});
