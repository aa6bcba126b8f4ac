/*
 * The hex view's model for one drawn box: its bytes in 16-byte rows, each byte tagged with the
 * part it belongs to (chunk header, debug pad, data...) and with the debug hooks' fill patterns
 * (0xCD CLEANBYTE, 0xDD DEADBYTE, 0xFD FORBIDDENBYTE), the bytes a failing check read marked,
 * and the header decoded as glibc reads it (prev_size, size word, A|M|P) and as the debug hooks
 * read theirs (N big-endian, API id). Main export: hexView(layout item, snapshot, highlights).
 * Only bytes the snapshot copied are shown; the rest print as "??".
 */

import { hex, type HeapSnapshot, type MemoryImage } from './input';
import type { HighlightBox, MapItem, SegmentKind } from './layout';

export type BytePattern = 'clean' | 'dead' | 'forbidden' | null;

export interface HexByte {
  address: number;
  value: number | null;
  part: SegmentKind | null;
  pattern: BytePattern;
  /** Inside the range a failing check read. */
  read: boolean;
}

export interface HexRow {
  address: number;
  bytes: HexByte[];
}

export interface DecodedField {
  name: string;
  address: number;
  value: string;
  note: string;
}

export interface HexViewModel {
  title: string;
  lines: string[];
  rows: HexRow[];
  /** Where rows are skipped: the row index after which "…" is drawn. */
  gaps: number[];
  fields: DecodedField[];
  /** For each read of the failing check inside this box: the bytes found and what they meant. */
  reads: { address: number; length: number; where: string; bytes: string; meaning: string; asGlibcSizeWord: string | null }[];
}

const HEAD_BYTES = 96;
const TAIL_BYTES = 48;

function patternOf(v: number | null): BytePattern {
  return v === 0xcd ? 'clean' : v === 0xdd ? 'dead' : v === 0xfd ? 'forbidden' : null;
}

/** Little-endian 64-bit word from 8 bytes (null if any is missing). */
function le64(bytes: (number | null)[]): bigint | null {
  if (bytes.length < 8 || bytes.some((b) => b === null)) return null;
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

function be64(bytes: (number | null)[]): bigint | null {
  if (bytes.length < 8 || bytes.some((b) => b === null)) return null;
  let v = 0n;
  for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

/** A size word as glibc's macros see it: chunksize and the A|M|P bits. */
export function decodeSizeWord(w: bigint): string {
  const bits = Number(w & 7n);
  const size = w & ~7n;
  const letters = `A=${bits & 4 ? 1 : 0} M=${bits & 2 ? 1 : 0} P=${bits & 1 ? 1 : 0}`;
  return `chunksize 0x${size.toString(16)}, ${letters}`;
}

function apiName(id: number): string {
  const ch = id >= 0x20 && id < 0x7f ? String.fromCharCode(id) : '';
  const which = id === 0x72 ? 'raw' : id === 0x6d ? 'mem' : id === 0x6f ? 'obj' : 'no known API';
  return `${ch ? `'${ch}' ` : ''}0x${id.toString(16).padStart(2, '0')} (${which})`;
}

function windows(item: MapItem, highlights: HighlightBox[]): [number, number][] {
  const start = item.address;
  const end = item.address + item.length;
  const ws: [number, number][] = [];
  const glibc = item.kind === 'chunk' || item.kind === 'mmapped';
  if (item.length <= HEAD_BYTES + TAIL_BYTES) ws.push([start, end + (glibc && item.state !== 'top' ? 16 : 0)]);
  else {
    ws.push([start, start + HEAD_BYTES]);
    // The end of the block (trailing pads) and, for a chunk, the next chunk's header.
    ws.push([end - TAIL_BYTES, end + (glibc && item.state !== 'top' ? 16 : 0)]);
  }
  for (const h of highlights) {
    if (h.address < end + 16 && h.address + h.length > start - 16) ws.push([h.address - 8, h.address + h.length + 8]);
  }
  // Align to rows of 16 and merge.
  const rows = ws.map(([a, b]) => [a - (((a % 16) + 16) % 16), b + ((16 - (b % 16)) % 16)] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const w of rows) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([...w]);
  }
  return out;
}

export function hexView(item: MapItem, snap: HeapSnapshot, highlights: HighlightBox[] = []): HexViewModel {
  const mem: MemoryImage = snap.memory;
  const partAt = (a: number): SegmentKind | null => {
    for (const s of item.segments) if (a >= s.address && a < s.address + s.length) return s.kind;
    return null;
  };
  const mine = highlights.filter((h) => h.address < item.address + item.length + 16 && h.address + h.length > item.address - 16);
  const readAt = (a: number) => mine.some((h) => a >= h.address && a < h.address + h.length);
  const found = (a: number): number | null => {
    for (const h of mine) if (h.bytes && a >= h.address && a < h.address + h.length) return h.bytes[a - h.address] ?? null;
    return null;
  };
  const rows: HexRow[] = [];
  const gaps: number[] = [];
  for (const [a, b] of windows(item, mine)) {
    if (rows.length) gaps.push(rows.length - 1);
    for (let r = a; r < b; r += 16) {
      const bytes: HexByte[] = [];
      for (let i = 0; i < 16; i++) {
        const addr = r + i;
        const value = mem.byte(addr) ?? found(addr);
        bytes.push({ address: addr, value, part: partAt(addr), pattern: patternOf(value), read: readAt(addr) });
      }
      rows.push({ address: r, bytes });
    }
  }

  const fields: DecodedField[] = [];
  if (item.kind === 'chunk' || item.kind === 'mmapped') {
    const c = item.address;
    const prev = le64(mem.read(c, 8));
    const size = le64(mem.read(c + 8, 8));
    fields.push({
      name: 'prev_size',
      address: c,
      value: prev === null ? '??' : `0x${prev.toString(16)}`,
      note: item.flags?.P ? 'P is set: these are the previous chunk\'s last user bytes' : 'P is clear: size of the free previous chunk',
    });
    fields.push({
      name: 'size',
      address: c + 8,
      value: size === null ? '??' : `0x${size.toString(16)}`,
      note: size === null ? '' : decodeSizeWord(size),
    });
    if (item.state === 'free' && item.list) {
      const fd = le64(mem.read(c + 16, 8));
      const kind = item.list.startsWith('tcache') ? 'next (tcache_entry, safe-linked)' : item.list.startsWith('fastbin') ? 'fd (safe-linked)' : 'fd';
      fields.push({ name: kind, address: c + 16, value: fd === null ? '??' : `0x${fd.toString(16)}`, note: `${item.list}, position ${(item.listPosition ?? 0) + 1}` });
      if (item.list.startsWith('tcache')) {
        const key = le64(mem.read(c + 24, 8));
        fields.push({ name: 'key', address: c + 24, value: key === null ? '??' : `0x${key.toString(16)}`, note: 'tcache_key while the chunk is in the tcache' });
      }
    }
  }
  if (item.kind === 'block' && item.state === 'free') {
    const next = le64(mem.read(item.address, 8));
    fields.push({
      name: 'next free block',
      address: item.address,
      value: next === null ? '??' : `0x${next.toString(16)}`,
      note: next !== null && Number(next) === item.address ? 'points at the block itself' : `free-list position ${(item.freeIndex ?? 0) + 1}`,
    });
  }
  for (const pad of item.pads ?? []) {
    const p = pad.address;
    const n = be64(mem.read(p - 16, 8));
    const id = mem.byte(p - 8);
    fields.push({ name: 'N (p-16, big-endian)', address: p - 16, value: n === null ? pad.size : n.toString(), note: `bytes requested, block p=${hex(p)}` });
    fields.push({
      name: 'API id (p-8)',
      address: p - 8,
      value: id === null ? apiName(pad.apiId) : apiName(id),
      note: pad.leadingOk ? 'then 7 x 0xFD, as expected' : 'leading pad bytes damaged',
    });
    if (pad.trailingOk !== null) {
      fields.push({ name: 'tail (p+N)', address: p + Number(pad.size), value: pad.trailingOk ? '8 x 0xFD' : 'damaged', note: '' });
    }
  }

  const lines: string[] = [];
  const labels = item.labels.length ? `${item.labels.join(', ')} · ` : '';
  lines.push(`${labels}${item.owner}`);
  const sizeLine = [`${item.length} bytes (${hex(item.length)})`];
  if (item.requested !== undefined) sizeLine.push(`${item.requested} requested`);
  if (item.api) sizeLine.push(`allocated by ${item.api}`);
  lines.push(sizeLine.join(' · '));
  if (item.userPointer !== undefined && item.userPointer !== item.address) lines.push(`user pointer ${hex(item.userPointer)}`);

  const reads = mine.map((h) => {
    const w = h.bytes && h.length === 8 ? le64(h.bytes) : null;
    return {
      address: h.address,
      length: h.length,
      where: h.where,
      bytes: h.bytes ? h.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ') : 'unreadable',
      meaning: h.meaning,
      asGlibcSizeWord: w !== null && /size/.test(h.meaning) ? decodeSizeWord(w) : null,
    };
  });
  return { title: item.labels[0] ?? item.title, lines, rows, gaps, fields, reads };
}
