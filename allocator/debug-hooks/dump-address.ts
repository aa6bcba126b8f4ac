/*
 * Models CPython 3.11 Objects/obmalloc.c: _PyObject_DebugDumpAddress(p) and the tracemalloc
 * hint of Modules/_tracemalloc.c: _PyMem_DumpTraceback. Main export: dumpAddress.
 * stderr is unbuffered, so each fprintf/fputs/fputc is written to fd 2 as soon as it is made:
 * when reading the tail of a bogus N faults, the text up to "...tail=0x... are " is already
 * out, and the SegmentationFault propagates (the caller turns it into SIGSEGV).
 * %p prints as glibc does: 0x + lowercase hex, "(nil)" for NULL; the API id is printed with %c,
 * i.e. as one raw byte whatever its value.
 */

import type { AddressSpace } from '../address-space';
import type { Process } from '../process';
import { type DebugLayout, SST, addSize, read_size_t } from './layout';

/** glibc printf's %p. */
export function formatPointer(p: number): string {
  return p === 0 ? '(nil)' : '0x' + p.toString(16);
}

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

export function dumpAddress(space: AddressSpace, process: Process, layout: DebugLayout, p: number, tracemallocHint: boolean): void {
  const out = (s: string) => process.write(2, s);
  const FB = layout.PYMEM_FORBIDDENBYTE;

  out(`Debug memory block at address p=${formatPointer(p)}:`);
  if (p === 0) {
    out('\n');
    return;
  }
  const id = space.read8(p - SST);
  out(` API '${String.fromCharCode(id)}'\n`);

  const nbytes = read_size_t(space, p - 2 * SST);
  out(`    ${nbytes.toString()} bytes originally requested\n`);

  const lead = SST - 1;
  out(`    The ${lead} pad bytes at p-${lead} are `);
  let ok = true;
  for (let i = 1; i <= lead; i++) {
    if (space.read8(p - i) !== FB) {
      ok = false;
      break;
    }
  }
  if (ok) out('FORBIDDENBYTE, as expected.\n');
  else {
    out(`not all FORBIDDENBYTE (0x${hex2(FB)}):\n`);
    for (let i = lead; i >= 1; i--) {
      const byte = space.read8(p - i);
      out(`        at p-${i}: 0x${hex2(byte)}`);
      if (byte !== FB) out(' *** OUCH');
      out('\n');
    }
    out('    Because memory is corrupted at the start, the count of bytes requested\n' + '       may be bogus, and checking the trailing pad bytes may segfault.\n');
  }

  const tail = addSize(p, nbytes);
  const tailBits = BigInt.asUintN(64, BigInt(p) + nbytes);
  out(`    The ${SST} pad bytes at tail=${tailBits === 0n ? '(nil)' : '0x' + tailBits.toString(16)} are `);
  ok = true;
  for (let i = 0; i < SST; i++) {
    if (space.read8(tail + i) !== FB) {
      ok = false;
      break;
    }
  }
  if (ok) out('FORBIDDENBYTE, as expected.\n');
  else {
    out(`not all FORBIDDENBYTE (0x${hex2(FB)}):\n`);
    for (let i = 0; i < SST; i++) {
      const byte = space.read8(tail + i);
      out(`        at tail+${i}: 0x${hex2(byte)}`);
      if (byte !== FB) out(' *** OUCH');
      out('\n');
    }
  }
  if (layout.profile.serialNumber) {
    out(`    The block was made by call #${read_size_t(space, tail + SST).toString()} to debug malloc/realloc.\n`);
  }

  if (nbytes > 0n) {
    let q = p;
    let i = 0;
    out('    Data at p:');
    while (q < tail && i < 8) {
      out(` ${hex2(space.read8(q))}`);
      i++;
      q++;
    }
    if (q < tail) {
      if (tail - q > 8) {
        out(' ...');
        q = tail - 8;
      }
      while (q < tail) {
        out(` ${hex2(space.read8(q))}`);
        q++;
      }
    }
    out('\n');
  }
  out('\n');
  // fflush(stderr); _PyMem_DumpTraceback(fileno(stderr), p) with tracemalloc off:
  // SIMPLIFIED: tracemalloc is never tracing in the model.
  if (tracemallocHint) out('Enable tracemalloc to get the memory block allocation traceback\n\n');
}
