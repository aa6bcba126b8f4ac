/*
 * Models CPython 3.11 Objects/obmalloc.c: the debug hooks' block layout, read_size_t and
 * write_size_t. Main exports: DebugLayout, read_size_t, write_size_t, readDebugPads.
 * With S = sizeof(size_t) = 8 and no PYMEM_DEBUG_SERIALNO, the wrapped allocator returns q and
 * the caller gets p = q + 2*S:
 *
 *   [SSSS SSSS | I FFFFFFF | CCCC....CCCC | FFFF FFFF]
 *    q[0..7]     q[8] q[9..15] p[0..N-1]     p[N..N+7]
 *    N, big-endian  API id ('r' raw, 'm' mem, 'o' obj) + 7 x FORBIDDENBYTE 0xFD
 *                             data: CLEANBYTE 0xCD on malloc (not calloc)   8 x 0xFD
 *   PYMEM_DEBUG_EXTRA_BYTES = 3*S = 24. Freed blocks are filled with DEADBYTE 0xDD.
 * The constants come from profile.debugHooks (4*S and a trailing serial number in older builds).
 */

import type { AddressSpace } from '../address-space';
import type { DebugHooksProfile } from '../profile';

export const SST = 8;

export class DebugLayout {
  readonly PYMEM_DEBUG_EXTRA_BYTES: number;
  readonly PYMEM_CLEANBYTE: number;
  readonly PYMEM_DEADBYTE: number;
  readonly PYMEM_FORBIDDENBYTE: number;
  /** Leading pad bytes (SST - 1 after the API id). */
  readonly leadingPad: number;
  constructor(readonly profile: DebugHooksProfile) {
    this.PYMEM_DEBUG_EXTRA_BYTES = profile.extraBytes;
    this.PYMEM_CLEANBYTE = profile.cleanByte;
    this.PYMEM_DEADBYTE = profile.deadByte;
    this.PYMEM_FORBIDDENBYTE = profile.forbiddenByte;
    this.leadingPad = profile.leadingPadBytes;
  }
}

/** read_size_t(p): S bytes at p as a big-endian size_t. */
export function read_size_t(space: AddressSpace, p: number): bigint {
  let r = 0n;
  for (let i = 0; i < SST; i++) r = (r << 8n) | BigInt(space.read8(p + i));
  return r;
}

/** write_size_t(p, n): n big-endian, MSB at p. */
export function write_size_t(space: AddressSpace, p: number, n: bigint | number): void {
  let v = BigInt.asUintN(64, BigInt(n));
  for (let i = SST - 1; i >= 0; i--) {
    space.write8(p + i, Number(v & 0xffn));
    v >>= 8n;
  }
}

/** An address computed as p + N in size_t arithmetic, as a number (beyond 2^53 it is non-canonical anyway). */
export function addSize(p: number, n: bigint): number {
  return Number(BigInt.asUintN(64, BigInt(p) + n));
}

export interface DebugPads {
  /** Requested size N from the header. */
  size: string;
  apiId: number;
  leadingOk: boolean;
  trailingOk: boolean | null;
}

/** The decorations of the block at p, for snapshots (null when they cannot be read). */
export function readDebugPads(space: AddressSpace, layout: DebugLayout, p: number): DebugPads | null {
  try {
    const n = read_size_t(space, p - 2 * SST);
    const apiId = space.read8(p - SST);
    let leadingOk = true;
    for (let i = 1; i <= layout.leadingPad; i++) if (space.read8(p - i) !== layout.PYMEM_FORBIDDENBYTE) leadingOk = false;
    let trailingOk: boolean | null = null;
    if (n < 1n << 40n) {
      trailingOk = true;
      const tail = addSize(p, n);
      for (let i = 0; i < SST; i++) if (space.read8(tail + i) !== layout.PYMEM_FORBIDDENBYTE) trailingOk = false;
    }
    return { size: n.toString(), apiId, leadingOk, trailingOk };
  } catch {
    return null;
  }
}
