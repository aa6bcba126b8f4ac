/*
 * Models CPython 3.11 Include/cpython/pymem.h: PyMemAllocatorDomain, PyMemAllocatorName and
 * PyMemAllocatorEx, the table each domain dispatches through. Main exports: PyMemAllocatorEx,
 * PYMEM_DOMAIN_*, PYMEM_ALLOCATOR_*, readAllocatorStruct/writeAllocatorStruct.
 * Table entries are NativeFunctions, so PyMem_GetAllocator writes real text addresses into a C
 * struct and PyMem_SetAllocator can install functions the C runtime registered.
 *
 *   typedef struct {            offset
 *       void *ctx;              0
 *       void* (*malloc)(...);   8
 *       void* (*calloc)(...);   16
 *       void* (*realloc)(...);  24
 *       void  (*free)(...);     32
 *   } PyMemAllocatorEx;         sizeof = 40
 */

import type { AddressSpace } from '../address-space';
import type { CArg, FunctionTable, NativeFunction } from '../native-function';

export const PYMEM_DOMAIN_RAW = 0;
export const PYMEM_DOMAIN_MEM = 1;
export const PYMEM_DOMAIN_OBJ = 2;
export type PyMemAllocatorDomain = 0 | 1 | 2;

export const PYMEM_ALLOCATOR_NOT_SET = 0;
export const PYMEM_ALLOCATOR_DEFAULT = 1;
export const PYMEM_ALLOCATOR_DEBUG = 2;
export const PYMEM_ALLOCATOR_MALLOC = 3;
export const PYMEM_ALLOCATOR_MALLOC_DEBUG = 4;
export const PYMEM_ALLOCATOR_PYMALLOC = 5;
export const PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6;
export type PyMemAllocatorName = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SIZEOF_PYMEMALLOCATOREX = 40;

export interface PyMemAllocatorEx {
  ctx: number;
  malloc: NativeFunction;
  calloc: NativeFunction;
  realloc: NativeFunction;
  free: NativeFunction;
}

/** A C return value as a pointer number (NULL = 0). */
export function ptr(v: CArg | undefined): number {
  if (v === undefined) return 0;
  return typeof v === 'bigint' ? Number(BigInt.asUintN(64, v)) : v;
}

/** Stores a table as the 5 pointers of a PyMemAllocatorEx at addr. */
export function writeAllocatorStruct(space: AddressSpace, addr: number, t: PyMemAllocatorEx | null): void {
  space.writeWord(addr, t ? t.ctx : 0);
  space.writeWord(addr + 8, t ? t.malloc.address : 0);
  space.writeWord(addr + 16, t ? t.calloc.address : 0);
  space.writeWord(addr + 24, t ? t.realloc.address : 0);
  space.writeWord(addr + 32, t ? t.free.address : 0);
}

/**
 * Reads a PyMemAllocatorEx from memory. A function pointer that names no known function becomes
 * a stand-in that faults when called (a call through a garbage pointer jumps into the void).
 */
export function readAllocatorStruct(space: AddressSpace, addr: number, functions: FunctionTable, onBadCall: (address: number) => never): PyMemAllocatorEx {
  const fn = (off: number): NativeFunction => {
    const a = space.readWord(addr + off);
    return functions.at(a) ?? { name: `<0x${a.toString(16)}>`, address: a, call: () => onBadCall(a) };
  };
  return { ctx: space.readWord(addr), malloc: fn(8), calloc: fn(16), realloc: fn(24), free: fn(32) };
}
