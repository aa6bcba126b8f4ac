/*
 * Loads and stores of C scalars in the simulated address space, for compiled code.
 * Not a model of anything: a direct-mapped cache of DataViews over the AddressSpace's own page
 * bytes (AddressSpace.pageBytes), dropped whenever AddressSpace.generation changes, so every
 * access still lands in simulated memory and faults exactly where the AddressSpace would.
 * Accesses that straddle a page, touch a read-only page or miss go the AddressSpace's way.
 * Main export: Memory. Values follow values.ts (64-bit as normalised number | bigint).
 */
import type { AddressSpace } from '../../allocator/address-space';
import { normS64, normU64, type Val } from './values';

const SLOT_BITS = 10;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const TWO32 = 4294967296;
/** 2^-32: x * TWO_NEG32 is x / 2^32 exactly (a power-of-two scaling), without a division. */
const TWO_NEG32 = 2 ** -32;

export class Memory {
  private readonly tags = new Float64Array(SLOTS).fill(-1);
  private readonly views: (DataView | undefined)[] = new Array<DataView | undefined>(SLOTS).fill(undefined);
  private readonly viewOf = new WeakMap<Uint8Array, DataView>();
  private generation = -1;
  private readonly scratch = new DataView(new ArrayBuffer(8));

  constructor(readonly space: AddressSpace) {}

  /** The DataView of the writable page holding addr, or undefined (unmapped / read-only). */
  pageView(addr: number): DataView | undefined {
    return this.view(addr);
  }

  private view(addr: number): DataView | undefined {
    if (this.space.generation !== this.generation) {
      this.tags.fill(-1);
      this.generation = this.space.generation;
    }
    // addr * 2^-12 is addr / 4096 exactly (a power-of-two scaling), without a division.
    const pno = Math.floor(addr * 0.000244140625);
    const slot = pno & SLOT_MASK;
    if (this.tags[slot] === pno) return this.views[slot];
    const bytes = this.space.pageBytes(addr);
    if (bytes === undefined) return undefined;
    let v = this.viewOf.get(bytes);
    if (v === undefined) {
      v = new DataView(bytes.buffer, bytes.byteOffset, 4096);
      this.viewOf.set(bytes, v);
    }
    this.tags[slot] = pno;
    this.views[slot] = v;
    return v;
  }

  // ---- loads ------------------------------------------------------------------------------

  i8(a: number): number {
    const v = this.view(a);
    return v !== undefined ? v.getInt8(a & 4095) : (this.space.read8(a) << 24) >> 24;
  }
  u8(a: number): number {
    const v = this.view(a);
    return v !== undefined ? v.getUint8(a & 4095) : this.space.read8(a);
  }
  i16(a: number): number {
    const o = a & 4095;
    if (o <= 4094) {
      const v = this.view(a);
      if (v !== undefined) return v.getInt16(o, true);
    }
    return (this.space.readU16(a) << 16) >> 16;
  }
  u16(a: number): number {
    const o = a & 4095;
    if (o <= 4094) {
      const v = this.view(a);
      if (v !== undefined) return v.getUint16(o, true);
    }
    return this.space.readU16(a);
  }
  i32(a: number): number {
    const o = a & 4095;
    if (o <= 4092) {
      const v = this.view(a);
      if (v !== undefined) return v.getInt32(o, true);
    }
    return this.space.readU32(a) | 0;
  }
  u32(a: number): number {
    const o = a & 4095;
    if (o <= 4092) {
      const v = this.view(a);
      if (v !== undefined) return v.getUint32(o, true);
    }
    return this.space.readU32(a);
  }
  i64(a: number): Val {
    let lo: number;
    let hi: number;
    const o = a & 4095;
    const v = o <= 4088 ? this.view(a) : undefined;
    if (v !== undefined) {
      lo = v.getUint32(o, true);
      hi = v.getInt32(o + 4, true);
    } else {
      lo = this.space.readU32(a);
      hi = this.space.readU32(a + 4) | 0;
    }
    if (hi >= -2097152 && hi < 2097152) return hi * TWO32 + lo;
    return normS64((BigInt(hi) << 32n) | BigInt(lo));
  }
  u64(a: number): Val {
    let lo: number;
    let hi: number;
    const o = a & 4095;
    const v = o <= 4088 ? this.view(a) : undefined;
    if (v !== undefined) {
      lo = v.getUint32(o, true);
      hi = v.getUint32(o + 4, true);
    } else {
      lo = this.space.readU32(a);
      hi = this.space.readU32(a + 4);
    }
    if (hi < 2097152) return hi * TWO32 + lo;
    return normU64((BigInt(hi) << 32n) | BigInt(lo));
  }
  f32(a: number): number {
    this.scratch.setUint32(0, this.u32(a), true);
    return this.scratch.getFloat32(0, true);
  }
  f64(a: number): number {
    const o = a & 4095;
    if (o <= 4088) {
      const v = this.view(a);
      if (v !== undefined) return v.getFloat64(o, true);
    }
    this.scratch.setUint32(0, this.space.readU32(a), true);
    this.scratch.setUint32(4, this.space.readU32(a + 4), true);
    return this.scratch.getFloat64(0, true);
  }

  // ---- stores -----------------------------------------------------------------------------

  set8(a: number, x: number): void {
    const v = this.view(a);
    if (v !== undefined) v.setUint8(a & 4095, x & 255);
    else this.space.write8(a, x);
  }
  set16(a: number, x: number): void {
    const o = a & 4095;
    if (o <= 4094) {
      const v = this.view(a);
      if (v !== undefined) {
        v.setUint16(o, x & 65535, true);
        return;
      }
    }
    this.space.writeU16(a, x & 65535);
  }
  set32(a: number, x: number): void {
    const o = a & 4095;
    if (o <= 4092) {
      const v = this.view(a);
      if (v !== undefined) {
        v.setUint32(o, x >>> 0, true);
        return;
      }
    }
    this.space.writeU32(a, x >>> 0);
  }
  set64(a: number, x: Val): void {
    let lo: number;
    let hi: number;
    if (typeof x === 'number') {
      hi = Math.floor(x * TWO_NEG32);
      lo = x - hi * TWO32;
    } else {
      const w = BigInt.asUintN(64, x);
      lo = Number(w & 0xffffffffn);
      hi = Number(w >> 32n);
    }
    const o = a & 4095;
    if (o <= 4088) {
      const v = this.view(a);
      if (v !== undefined) {
        v.setUint32(o, lo >>> 0, true);
        v.setUint32(o + 4, hi >>> 0, true);
        return;
      }
    }
    this.space.writeU32(a, lo >>> 0);
    this.space.writeU32(a + 4, hi >>> 0);
  }
  setF32(a: number, x: number): void {
    this.scratch.setFloat32(0, x, true);
    this.set32(a, this.scratch.getUint32(0, true));
  }
  setF64(a: number, x: number): void {
    this.scratch.setFloat64(0, x, true);
    this.set32(a, this.scratch.getUint32(0, true));
    this.set32(a + 4, this.scratch.getUint32(4, true));
  }

  /** memmove of n bytes (struct assignment, initialisers). */
  copy(dst: number, src: number, n: number): void {
    this.space.copy(dst, src, n);
  }

  fill(dst: number, byte: number, n: number): void {
    if (n > 0) this.space.fill(dst, byte, n);
  }
}
