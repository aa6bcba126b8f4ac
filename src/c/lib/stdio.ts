/*
 * Standard output as glibc 2.36 libio does it, with the state in the FILE structures in memory.
 * stdout is fully buffered when it is a pipe or a file (the default here, as when a harness
 * captures it): the first byte written malloc()s a st_blksize (4096) buffer through the machine's
 * glibc malloc, so that chunk appears in the heap where it does in reality (heap+0x2a0 in a fresh
 * process). Output waits there until the buffer fills, fflush(), or exit(); abort() and signals
 * lose it. stderr is unbuffered: one write(2) per call. stdin reads as empty (/dev/null) unless
 * given bytes; its first fread mallocs its 4096-byte buffer too. Main export: Stdio.
 * SIMPLIFIED: a printf is formatted whole, then written (glibc writes piece by piece), and
 * large writes are copied through the buffer rather than written straight to the descriptor;
 * the bytes on each fd and the heap are the same, only the split into write(2) calls can differ.
 * Left out: fopen and other streams, setvbuf, wide orientation, ungetc.
 */

import type { CArg } from '../../../allocator/native-function';
import type { LibcData } from './libc-data';
import type { LibcHost } from './host';

/** What the process's fd 1 is connected to; decides stdout's buffering, as isatty/fstat do. */
export type StdoutKind = 'pipe' | 'file' | 'tty';

export interface StdioOptions {
  stdout?: StdoutKind;
  /** What a read of stdin returns; default empty, as with stdin from /dev/null. */
  stdin?: Uint8Array;
}

// libio flag bits (libio/libio.h).
export const _IO_MAGIC = 0xfbad0000;
export const _IO_USER_BUF = 0x0001;
export const _IO_UNBUFFERED = 0x0002;
export const _IO_NO_READS = 0x0004;
export const _IO_NO_WRITES = 0x0008;
export const _IO_EOF_SEEN = 0x0010;
export const _IO_ERR_SEEN = 0x0020;
export const _IO_LINKED = 0x0080;
export const _IO_LINE_BUF = 0x0200;
export const _IO_CURRENTLY_PUTTING = 0x0800;
export const _IO_IS_FILEBUF = 0x2000;

/** Field offsets of struct _IO_FILE on x86-64 (see src/c/include/stdio.h). */
export const FILE_FIELDS = {
  _flags: 0,
  _IO_read_ptr: 8,
  _IO_read_end: 16,
  _IO_read_base: 24,
  _IO_write_base: 32,
  _IO_write_ptr: 40,
  _IO_write_end: 48,
  _IO_buf_base: 56,
  _IO_buf_end: 64,
  _chain: 104,
  _fileno: 112,
  _old_offset: 120,
  _shortbuf: 131,
  _offset: 144,
  _mode: 192,
} as const;

type PtrField =
  | '_IO_read_ptr' | '_IO_read_end' | '_IO_read_base' | '_IO_write_base' | '_IO_write_ptr'
  | '_IO_write_end' | '_IO_buf_base' | '_IO_buf_end' | '_chain';

const EOF = -1;
const EBADF = 9;

export class Stdio {
  readonly stdoutKind: StdoutKind;
  private stdinBytes: Uint8Array;
  private stdinPos = 0;
  private hostRef: LibcHost | null = null;
  private dataRef: LibcData | null = null;

  constructor(options: StdioOptions = {}) {
    this.stdoutKind = options.stdout ?? 'pipe';
    this.stdinBytes = options.stdin ?? new Uint8Array(0);
  }

  /** Called by installLibc: puts the three FILE objects in the C library's data, as at startup. */
  attach(host: LibcHost, data: LibcData): void {
    this.hostRef = host;
    this.dataRef = data;
    const s = host.space;
    const init = (file: number, flags: number, fd: number, chain: number) => {
      s.fill(file, 0, 224);
      s.writeU32(file + FILE_FIELDS._flags, (_IO_MAGIC | flags) >>> 0);
      s.writeWord(file + FILE_FIELDS._chain, chain);
      s.writeU32(file + FILE_FIELDS._fileno, fd);
      s.writeU64(file + FILE_FIELDS._old_offset, -1n);
      s.writeU64(file + FILE_FIELDS._offset, -1n);
    };
    // _IO_list_all: stderr -> stdout -> stdin.
    init(data.stdinFile, _IO_IS_FILEBUF | _IO_LINKED | _IO_NO_WRITES, 0, 0);
    init(data.stdoutFile, _IO_IS_FILEBUF | _IO_LINKED | _IO_NO_READS, 1, data.stdinFile);
    init(data.stderrFile, _IO_IS_FILEBUF | _IO_LINKED | _IO_NO_READS | _IO_UNBUFFERED, 2, data.stdoutFile);
  }

  private get host(): LibcHost {
    if (!this.hostRef) throw new Error('Stdio used before installLibc attached it');
    return this.hostRef;
  }

  get data(): LibcData {
    if (!this.dataRef) throw new Error('Stdio used before installLibc attached it');
    return this.dataRef;
  }

  get stdout(): number {
    return this.data.stdoutFile;
  }

  get stderr(): number {
    return this.data.stderrFile;
  }

  get stdin(): number {
    return this.data.stdinFile;
  }

  /** The streams in _IO_list_all order. */
  private streams(): number[] {
    return [this.data.stderrFile, this.data.stdoutFile, this.data.stdinFile];
  }

  private flags(file: number): number {
    return this.host.space.readU32(file + FILE_FIELDS._flags);
  }

  private setFlags(file: number, flags: number): void {
    this.host.space.writeU32(file + FILE_FIELDS._flags, flags >>> 0);
  }

  private ptr(file: number, field: PtrField): number {
    return this.host.space.readWord(file + FILE_FIELDS[field]);
  }

  private setPtr(file: number, field: PtrField, value: number): void {
    this.host.space.writeWord(file + FILE_FIELDS[field], value);
  }

  /** Bytes written but not yet handed to write(2). */
  pending(file: number): number {
    return this.ptr(file, '_IO_write_ptr') - this.ptr(file, '_IO_write_base');
  }

  /**
   * Models the part of _IO_new_file_xsputn/_IO_new_file_overflow a write goes through: checks the
   * stream, lets the first write allocate the buffer (_IO_file_doallocate), then buffers or
   * writes. Returns the bytes written, or EOF.
   */
  write(file: number, data: Uint8Array): number {
    const flags = this.checkWritable(file);
    if (flags === null) return EOF;
    if (data.length === 0) return 0;
    this.orient(file);
    if (flags & _IO_UNBUFFERED) {
      this.setupUnbuffered(file);
      this.host.process.write(this.fd(file), data);
      return data.length;
    }
    if (this.ptr(file, '_IO_buf_base') === 0) this.allocateBuffer(file);
    const lineBuffered = (this.flags(file) & _IO_LINE_BUF) !== 0;
    const space = this.host.space;
    let done = 0;
    while (done < data.length) {
      const wp = this.ptr(file, '_IO_write_ptr');
      const room = this.ptr(file, '_IO_buf_end') - wp;
      if (room <= 0) {
        this.flush(file);
        continue;
      }
      const n = Math.min(room, data.length - done);
      space.writeBytes(wp, data.subarray(done, done + n));
      this.setPtr(file, '_IO_write_ptr', wp + n);
      done += n;
    }
    if (lineBuffered && data.includes(0x0a)) this.flush(file);
    return data.length;
  }

  /** Models putc/_IO_putc_unlocked: one byte through the same path. */
  putByte(file: number, c: number): number {
    const r = this.write(file, Uint8Array.of(c & 0xff));
    return r === EOF ? EOF : c & 0xff;
  }

  /** Models _IO_do_write of the pending bytes (_IO_new_file_sync for an output stream). */
  flush(file: number): number {
    const flags = this.flags(file);
    if (flags & _IO_NO_WRITES) return 0;
    const base = this.ptr(file, '_IO_write_base');
    const n = this.ptr(file, '_IO_write_ptr') - base;
    if (n > 0) {
      this.host.process.write(this.fd(file), this.host.space.readBytes(base, n));
    }
    const bufBase = this.ptr(file, '_IO_buf_base');
    if (bufBase !== 0) {
      this.setPtr(file, '_IO_write_base', bufBase);
      this.setPtr(file, '_IO_write_ptr', bufBase);
    }
    return 0;
  }

  /** Models _IO_flush_all: what exit() does through _IO_cleanup before the process ends. */
  flushAll(): void {
    for (const f of this.streams()) this.flush(f);
  }

  /** Models fflush(stream); fflush(NULL) flushes every stream. An unknown FILE * gives EOF/EBADF. */
  fflush(file: number): number {
    if (file === 0) {
      this.flushAll();
      return 0;
    }
    if (!this.isKnown(file)) {
      this.host.space.readU32(file); // a wild FILE * faults reading _flags, as in glibc
      this.data.errno = EBADF;
      return EOF;
    }
    return this.flush(file);
  }

  /**
   * Models fread on stdin: the first read allocates stdin's buffer (malloc(4096), as for
   * /dev/null or a pipe), then returns what the input has; at its end the EOF flag is set.
   * SIMPLIFIED: other streams return 0; bytes are copied straight to the caller.
   */
  fread(ptr: number, size: number, n: number, file: number): number {
    if (file !== this.data.stdinFile) {
      if (!this.isKnown(file)) this.host.space.readU32(file);
      this.data.errno = EBADF;
      return 0;
    }
    const total = size * n;
    if (total === 0) return 0;
    this.orient(file);
    if (this.ptr(file, '_IO_buf_base') === 0) this.allocateBuffer(file);
    const avail = this.stdinBytes.length - this.stdinPos;
    const count = Math.min(avail, total);
    this.host.space.writeBytes(ptr, this.stdinBytes.subarray(this.stdinPos, this.stdinPos + count));
    this.stdinPos += count;
    if (count < total) this.setFlags(file, this.flags(file) | _IO_EOF_SEEN);
    return Math.floor(count / size);
  }

  isKnown(file: number): boolean {
    return this.streams().includes(file);
  }

  /** Flags of a stream we can write to, or null (errno EBADF) when it cannot be written. */
  private checkWritable(file: number): number | null {
    if (!this.isKnown(file)) {
      // SIMPLIFIED: glibc would use whatever a wild FILE * points at; we read its _flags (so an
      // unmapped pointer faults) and then refuse.
      this.host.space.readU32(file);
      this.data.errno = EBADF;
      return null;
    }
    const flags = this.flags(file);
    if (flags & _IO_NO_WRITES) {
      this.setFlags(file, flags | _IO_ERR_SEEN);
      this.data.errno = EBADF;
      return null;
    }
    return flags;
  }

  private fd(file: number): 1 | 2 {
    return file === this.data.stderrFile ? 2 : 1;
  }

  /** A byte-oriented first use sets _mode to -1 (fwide(fp, -1)). */
  private orient(file: number): void {
    const s = this.host.space;
    if (s.readU32(file + FILE_FIELDS._mode) === 0) s.writeU32(file + FILE_FIELDS._mode, 0xffffffff);
  }

  /**
   * Models _IO_file_doallocate + _IO_setb: malloc(st_blksize) through glibc's malloc (4096 for a
   * pipe, a file or /dev/null; 1024 for a terminal, which also makes stdout line buffered).
   * If malloc fails, glibc falls back to the one-byte _shortbuf.
   */
  private allocateBuffer(file: number): void {
    const tty = file === this.data.stdoutFile && this.stdoutKind === 'tty';
    const size = tty ? 1024 : 4096;
    const p = this.host.libc.malloc(size);
    let flags = this.flags(file);
    let base = p;
    let end = p + size;
    if (p === 0) {
      base = file + FILE_FIELDS._shortbuf;
      end = base + 1;
      flags |= _IO_USER_BUF;
    }
    for (const f of ['_IO_buf_base', '_IO_read_base', '_IO_read_ptr', '_IO_read_end'] as const) this.setPtr(file, f, base);
    this.setPtr(file, '_IO_buf_end', end);
    if (flags & _IO_NO_READS) {
      // Output stream: _IO_new_file_overflow switches it to putting.
      if (tty) flags |= _IO_LINE_BUF;
      flags |= _IO_CURRENTLY_PUTTING;
      this.setPtr(file, '_IO_write_base', base);
      this.setPtr(file, '_IO_write_ptr', base);
      this.setPtr(file, '_IO_write_end', tty ? base : end);
    }
    this.setFlags(file, flags);
  }

  /** An unbuffered stream's "buffer" is its one-byte _shortbuf (flags gain USER_BUF|PUTTING). */
  private setupUnbuffered(file: number): void {
    if (this.ptr(file, '_IO_buf_base') !== 0) return;
    const sb = file + FILE_FIELDS._shortbuf;
    for (const f of ['_IO_buf_base', '_IO_read_base', '_IO_read_ptr', '_IO_read_end',
      '_IO_write_base', '_IO_write_ptr', '_IO_write_end'] as const) this.setPtr(file, f, sb);
    this.setPtr(file, '_IO_buf_end', sb + 1);
    this.setFlags(file, this.flags(file) | _IO_USER_BUF | _IO_CURRENTLY_PUTTING);
  }
}

/** A C argument as an address (pointers arrive as numbers; a bigint only if out of range). */
export function addr(v: CArg | undefined): number {
  if (v === undefined) return 0;
  return typeof v === 'bigint' ? Number(BigInt.asUintN(64, v)) : v;
}
