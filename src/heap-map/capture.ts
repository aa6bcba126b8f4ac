/*
 * Which bytes the heap map shows, so the runtime can copy just those into a step's snapshot:
 * every chunk header (prev_size, size) and the next header after it, the head and tail of each
 * live block with its debug pads, each pool_header, the free-list links, and the evidence reads.
 * Main exports: bytesWanted(snapshot, evidence) -> ranges, captureMemory(ranges, read) -> regions.
 * The reader is injected (the runtime passes AddressSpace.readBytes); unreadable pages are skipped.
 */

import type { HeapSnapshot as MachineSnapshot } from '../../allocator/machine';
import { bytesToHex, type EvidenceView, type MemoryRegion } from './input';

export interface ByteRange {
  address: number;
  length: number;
}

const HEAD = 64;
const TAIL = 48;
/** Up to this many free-list links per pool are copied (the map draws the first few one by one). */
const FREE_LINKS = 16;

export function bytesWanted(s: MachineSnapshot, evidence?: EvidenceView | null): ByteRange[] {
  const out: ByteRange[] = [];
  const want = (address: number, length: number) => {
    if (length > 0 && Number.isSafeInteger(address) && address >= 0) out.push({ address, length });
  };
  for (const c of s.glibc.chunks) {
    if (c.state === 'top') {
      want(c.address, 32);
      continue;
    }
    // Header + first bytes, and the end of the chunk with the next chunk's header (glibc reads it).
    want(c.address, Math.min(c.size, 16 + HEAD));
    if (c.size > 16 + HEAD) want(c.address + c.size - TAIL, TAIL + 16);
    else want(c.address + c.size, 16);
  }
  for (const m of s.glibc.mmapped) {
    want(m.address, Math.min(m.size, 16 + HEAD));
    if (m.size > 16 + HEAD) want(m.address + m.size - TAIL, TAIL);
  }
  for (const b of s.blocks) {
    const n = typeof b.size === 'number' ? b.size : Number(b.size);
    // Two debug headers at most (PYTHONMALLOC=debug wraps large MEM/OBJ blocks twice).
    want(b.address - 48, 48 + Math.min(Number.isFinite(n) ? n : 0, HEAD));
    if (Number.isFinite(n) && n < 2 ** 40) want(b.address + n - TAIL, TAIL + 24);
  }
  for (const a of s.pymalloc?.arenas ?? []) {
    for (const p of a.pools) {
      want(p.address, 48);
      for (const f of p.freeList.slice(0, FREE_LINKS)) want(f, 16);
    }
  }
  for (const r of evidence?.reads ?? []) want(r.address - 16, r.length + 32);
  return mergeRanges(out);
}

export function mergeRanges(ranges: ByteRange[]): ByteRange[] {
  const sorted = [...ranges].sort((a, b) => a.address - b.address);
  const out: ByteRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.address <= last.address + last.length) {
      last.length = Math.max(last.length, r.address + r.length - last.address);
    } else out.push({ ...r });
  }
  return out;
}

/**
 * Copies ranges through `read` (which throws or returns null for unmapped memory). A range that
 * cannot be read whole is copied page by page, keeping what is mapped.
 */
export function captureMemory(ranges: ByteRange[], read: (address: number, length: number) => Uint8Array | null): MemoryRegion[] {
  const out: MemoryRegion[] = [];
  const tryRead = (a: number, n: number): Uint8Array | null => {
    try {
      return read(a, n);
    } catch {
      return null;
    }
  };
  for (const r of ranges) {
    const whole = tryRead(r.address, r.length);
    if (whole) {
      out.push({ address: r.address, hex: bytesToHex(whole) });
      continue;
    }
    let a = r.address;
    const end = r.address + r.length;
    while (a < end) {
      const pageEnd = Math.min(end, (Math.floor(a / 4096) + 1) * 4096);
      const part = tryRead(a, pageEnd - a);
      if (part) out.push({ address: a, hex: bytesToHex(part) });
      a = pageEnd;
    }
  }
  return out;
}
