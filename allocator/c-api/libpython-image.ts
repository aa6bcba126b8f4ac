/*
 * Where libpython3.11.so and libc live in the simulated process, and what sits in libpython's
 * writable data: obmalloc's statics (usedpools, arenas, arena_map_root...), _PyMem_Debug,
 * the domain tables, the type objects PyBytes_Type / PyBaseObject_Type / PyExc_MemoryError.
 * Main exports: LibpythonImage, TEXT_BASE, DATA_BASE, MAIN_THREAD_ID.
 * Addresses follow a real non-randomised run (setarch -R) of an embedding program on the project's
 * Debian 12 machine: libpython's .data at 0x7ffff7e44000, main thread pthread_self 0x7ffff7fbeb80.
 * SIMPLIFIED: one small text mapping holds every C-callable function of libc and libpython;
 * the data mapping is 320 KiB instead of 1.5 MiB and lays symbols out in our own order.
 */

import type { AddressSpace } from '../address-space';

export const TEXT_BASE = 0x7fff_f7af_5000;
export const TEXT_SIZE = 0x10000;
export const DATA_BASE = 0x7fff_f7e4_4000;
export const DATA_SIZE = 0x50000;
export const MAIN_THREAD_ID = 0x7fff_f7fb_eb80;

export class LibpythonImage {
  private next = DATA_BASE;
  private readonly symbols = new Map<string, number>();

  constructor(readonly space: AddressSpace) {
    space.map(TEXT_BASE, TEXT_SIZE, 'libpython3.11.so.1.0 + libc.so.6 (text)', 'r');
    space.map(DATA_BASE, DATA_SIZE, 'libpython3.11.so.1.0 (.data/.bss)', 'rw');
  }

  /** Reserves size bytes of static data aligned to align; the bytes start zeroed (.bss). */
  place(name: string, size: number, align = 8): number {
    const at = Math.ceil(this.next / align) * align;
    if (at + size > DATA_BASE + DATA_SIZE) throw new RangeError(`libpython data full placing ${name}`);
    this.next = at + size;
    this.symbols.set(name, at);
    return at;
  }

  symbol(name: string): number | undefined {
    return this.symbols.get(name);
  }

  /** Stores a NUL-terminated C string in .rodata-like data and returns its address. */
  cstring(name: string, text: string): number {
    const at = this.place(name, text.length + 1, 1);
    for (let i = 0; i < text.length; i++) this.space.write8(at + i, text.charCodeAt(i));
    this.space.write8(at + text.length, 0);
    return at;
  }
}
