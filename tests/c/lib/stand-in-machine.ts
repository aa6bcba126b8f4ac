/*
 * A stand-in for allocator/machine.ts's Machine, for testing the C library alone: an
 * AddressSpace, a Process, a FunctionTable in a text mapping, and a bump allocator shaped like a
 * fresh glibc heap (sbrk(0x21000), a 0x290 tcache chunk first, request2size chunk sizes with the
 * size word at p-8) so that "stdout's buffer is the first user chunk, at heap+0x2a0" is checkable.
 * It never reuses memory and checks nothing; the real glibc model replaces it.
 */

import { AddressSpace } from '../../../allocator/address-space';
import { FunctionTable } from '../../../allocator/native-function';
import { Process, ProcessEnd } from '../../../allocator/process';
import type { LibcHost, LibcMalloc } from '../../../src/c/lib/host';

export class BumpMalloc implements LibcMalloc {
  /** Every malloc in order: [requested size, returned pointer]. */
  readonly calls: Array<[number, number]> = [];
  readonly frees: number[] = [];
  /** As GlibcMalloc: where a failed allocation would record ENOMEM. */
  errno = 0;
  private top = 0;
  private end = 0;

  constructor(private readonly space: AddressSpace) {}

  malloc(size: number): number {
    if (this.top === 0) {
      const base = this.space.sbrk(0x21000);
      this.space.writeWord(base + 8, 0x291); // tcache_perthread_struct's chunk
      this.top = base + 0x290;
      this.end = base + 0x21000;
    }
    const chunk = size + 8 + 15 < 0x20 ? 0x20 : Math.floor((size + 8 + 15) / 16) * 16;
    if (this.top + chunk + 0x20 > this.end) {
      if (this.space.sbrk(chunk + 0x21000) === -1) return 0;
      this.end += chunk + 0x21000;
    }
    const p = this.top + 16;
    this.space.writeWord(this.top + 8, chunk | 1);
    this.top += chunk;
    this.calls.push([size, p]);
    return p;
  }

  free(ptr: number): void {
    this.frees.push(ptr);
  }
}

export class StandInMachine implements LibcHost {
  readonly space = new AddressSpace();
  readonly process = new Process();
  readonly libc: BumpMalloc;
  readonly functions: FunctionTable;
  /** A read-write scratch mapping for test strings and buffers (what .rodata/.data/stack hold). */
  readonly scratch = 0x5555_5555_6000;
  private scratchCursor = this.scratch;

  constructor() {
    const text = 0x5555_5555_5000;
    this.space.map(text, 0x1000, 'a.out (text)', 'r');
    this.space.map(this.scratch, 0x3000, 'a.out (data)', 'rw');
    this.functions = new FunctionTable(text, text + 0x1000);
    this.libc = new BumpMalloc(this.space);
  }

  /** Places a NUL-terminated string (each char code one byte) in scratch memory. */
  cstr(text: string): number {
    const p = this.scratchCursor;
    for (let i = 0; i < text.length; i++) this.space.write8(p + i, text.charCodeAt(i));
    this.space.write8(p + text.length, 0);
    this.scratchCursor = alignUp16(p + text.length + 1);
    return p;
  }

  /** Reserves n zeroed bytes of scratch memory. */
  buffer(n: number): number {
    const p = this.scratchCursor;
    this.space.fill(p, 0, n);
    this.scratchCursor = alignUp16(p + n);
    return p;
  }

  call(name: string, ...args: Array<number | bigint>): number | bigint | undefined {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`no function ${name}`);
    return fn.call(args);
  }

  /** Runs f, which must end the process; returns how it ended. */
  end(f: () => unknown): ProcessEnd {
    try {
      f();
    } catch (e) {
      if (e instanceof ProcessEnd) return e;
      throw e;
    }
    throw new Error('the process did not end');
  }

  stdoutText(): string {
    return String.fromCharCode(...this.process.stdoutBytes());
  }

  stderrText(): string {
    return String.fromCharCode(...this.process.stderrBytes());
  }
}

function alignUp16(n: number): number {
  return Math.ceil(n / 16) * 16;
}
