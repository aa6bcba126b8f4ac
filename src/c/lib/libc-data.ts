/*
 * The C library's own data: one read-write mapping holding the three FILE structures, the
 * stdin/stdout/stderr pointer variables, errno, and the constant strings libc hands out
 * (strerror's messages). Main export: LibcData, which maps it and names every address.
 * The FILE objects sit at the same offsets within their page as glibc 2.36's
 * _IO_2_1_stdin_/_IO_2_1_stderr_/_IO_2_1_stdout_ on Debian 12 (0xa80, 0x680, 0x760).
 * DIFFERS: the mapping's base is not libc.so.6's .data address (by default it is the two pages
 * at the top of the mmap area, where ld.so's data is in a real process), so mmap placement below
 * is unchanged; and the vtable/lock pointers of each FILE are left 0.
 */

import type { AddressSpace } from '../../../allocator/address-space';
import { PAGE_SIZE } from '../../../allocator/address-space';

export const LIBC_DATA_SIZE = 2 * PAGE_SIZE;

/** Offsets inside the mapping. */
const OFF_STRINGS = 0x000;
const OFF_STRINGS_END = 0xa80;
const OFF_STDIN_FILE = 0xa80;
const OFF_STDERR_FILE = 0x1680;
const OFF_STDOUT_FILE = 0x1760;
const OFF_STDIN_VAR = 0x1840;
const OFF_STDOUT_VAR = 0x1848;
const OFF_STDERR_VAR = 0x1850;
const OFF_ERRNO = 0x1858;

/** sizeof(struct _IO_FILE_plus): the 216-byte FILE plus its vtable pointer. */
export const FILE_PLUS_SIZE = 224;

export class LibcData {
  readonly stdinFile: number;
  readonly stdoutFile: number;
  readonly stderrFile: number;
  /** Addresses of the `FILE *stdin/stdout/stderr` variables (what `extern FILE *stdout` names). */
  readonly stdinVar: number;
  readonly stdoutVar: number;
  readonly stderrVar: number;
  /** The int errno (what __errno_location() returns). */
  readonly errnoAddress: number;
  private stringCursor: number;
  private readonly strings = new Map<string, number>();

  /**
   * @param errnoSource the glibc malloc model, which records ENOMEM in a field of its own: a
   *   nonzero value there is moved into errno (and the field cleared) whenever errno is read.
   */
  constructor(
    private readonly space: AddressSpace,
    readonly base: number,
    private readonly errnoSource: { errno?: number } | null = null,
  ) {
    for (let a = base; a < base + LIBC_DATA_SIZE; a += PAGE_SIZE) {
      if (space.isMapped(a)) {
        throw new Error(`libc data: 0x${a.toString(16)} is already mapped; pass another libcDataBase`);
      }
    }
    if (!space.map(base, LIBC_DATA_SIZE, 'libc.so.6 (data)', 'rw')) {
      throw new Error('libc data: the memory cap forbids mapping the C library');
    }
    this.stdinFile = base + OFF_STDIN_FILE;
    this.stderrFile = base + OFF_STDERR_FILE;
    this.stdoutFile = base + OFF_STDOUT_FILE;
    this.stdinVar = base + OFF_STDIN_VAR;
    this.stdoutVar = base + OFF_STDOUT_VAR;
    this.stderrVar = base + OFF_STDERR_VAR;
    this.errnoAddress = base + OFF_ERRNO;
    space.writeWord(this.stdinVar, this.stdinFile);
    space.writeWord(this.stdoutVar, this.stdoutFile);
    space.writeWord(this.stderrVar, this.stderrFile);
    this.stringCursor = base + OFF_STRINGS;
  }

  /** The data symbols a program may name: variable name -> address of the variable. */
  symbols(): Record<string, number> {
    return { stdin: this.stdinVar, stdout: this.stdoutVar, stderr: this.stderrVar };
  }

  get errno(): number {
    this.syncErrno();
    return this.space.readU32(this.errnoAddress) | 0;
  }

  /**
   * DIFFERS: in glibc, malloc stores ENOMEM straight into errno; the malloc model keeps it in a
   * field, so it is carried over here each time the program looks at errno (every `errno` in C
   * is a call to __errno_location()). The observable value is the same.
   */
  syncErrno(): void {
    const src = this.errnoSource;
    if (src && typeof src.errno === 'number' && src.errno !== 0) {
      this.space.writeU32(this.errnoAddress, src.errno >>> 0);
      src.errno = 0;
    }
  }

  set errno(value: number) {
    this.space.writeU32(this.errnoAddress, value >>> 0);
  }

  /** Address of a constant NUL-terminated string in libc's data (one copy per distinct text). */
  constString(text: string): number {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    const addr = this.stringCursor;
    if (addr + text.length + 1 > this.base + OFF_STRINGS_END) throw new RangeError('libc string pool full');
    for (let i = 0; i < text.length; i++) this.space.write8(addr + i, text.charCodeAt(i));
    this.space.write8(addr + text.length, 0);
    this.stringCursor = addr + text.length + 1;
    this.strings.set(text, addr);
    return addr;
  }
}
