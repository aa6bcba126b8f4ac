/*
 * Models CPython 3.11 Objects/bytesobject.c: PyBytesObject in simulated memory and
 * PyBytes_FromStringAndSize, PyBytes_FromString, PyBytes_AsString, PyBytes_Size, bytes_dealloc.
 * Main export: BytesModel.
 *
 *   PyBytesObject: +0 ob_refcnt  +8 ob_type (&PyBytes_Type)  +16 ob_size  +24 ob_shash (-1)
 *                  +32 ob_sval[ob_size + 1] (NUL-terminated)
 *   allocation: PyObject_Malloc(PyBytesObject_SIZE + size), PyBytesObject_SIZE = 33
 * The empty string and the 256 one-byte strings are static singletons (3.11 keeps them in
 * _PyRuntime's global objects), so they never touch the allocator.
 */

import type { AddressSpace } from '../address-space';
import type { LibpythonImage } from './libpython-image';
import type { ErrorState } from './errors';
import {
  IMMORTAL_REFCNT,
  OB_REFCNT,
  OB_SIZE,
  OB_TYPE,
  type ObjectModel,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BYTES_SUBCLASS,
  Py_TPFLAGS_DEFAULT,
  Py_TPFLAGS_READY,
  SIZEOF_PYTYPEOBJECT,
} from './object';
import type { CArg, FunctionTable } from '../native-function';

export const OB_SHASH = 24;
export const OB_SVAL = 32;
export const PyBytesObject_SIZE = 33;

export interface BytesAllocator {
  PyObject_Malloc(size: CArg): number;
}

export class BytesModel {
  readonly PyBytes_Type: number;
  private readonly singletons: number;
  private readonly ssizeMax: bigint;

  constructor(
    private readonly space: AddressSpace,
    functions: FunctionTable,
    image: LibpythonImage,
    private readonly objects: ObjectModel,
    private readonly errors: ErrorState,
    private readonly alloc: BytesAllocator,
    ssizeMax: bigint,
  ) {
    this.ssizeMax = ssizeMax;
    this.PyBytes_Type = image.place('PyBytes_Type', SIZEOF_PYTYPEOBJECT, 32);
    const dealloc = functions.define('bytes_dealloc', (a) => void objects.callTpFree(Number(a[0])));
    objects.initType(this.PyBytes_Type, 'bytes', PyBytesObject_SIZE, 1, dealloc.address, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_READY);
    // bytes_empty, then characters[256]: each a 40-byte static PyBytesObject.
    this.singletons = image.place('_Py_SINGLETON(bytes)', 257 * 40, 16);
    for (let i = 0; i < 257; i++) {
      const op = this.singletons + 40 * i;
      space.writeWord(op + OB_REFCNT, IMMORTAL_REFCNT);
      space.writeWord(op + OB_TYPE, this.PyBytes_Type);
      space.writeWord(op + OB_SIZE, i === 0 ? 0 : 1);
      space.writeU64(op + OB_SHASH, -1n);
      if (i > 0) space.write8(op + OB_SVAL, i - 1);
    }
  }

  private empty(): number {
    return this.singletons;
  }
  private character(c: number): number {
    return this.singletons + 40 * (1 + c);
  }

  /** _PyBytes_FromSize(size, 0) followed by an optional copy. */
  private fromSize(size: number): number {
    if (BigInt(size) > this.ssizeMax - BigInt(PyBytesObject_SIZE)) {
      this.errors.PyErr_SetString(this.errors.types.get('OverflowError')!, 'byte string is too large');
      return 0;
    }
    const op = this.alloc.PyObject_Malloc(PyBytesObject_SIZE + size);
    if (op === 0) return this.errors.PyErr_NoMemory();
    this.space.writeWord(op + OB_SIZE, size);
    this.objects._PyObject_Init(op, this.PyBytes_Type);
    this.space.writeU64(op + OB_SHASH, -1n);
    this.space.write8(op + OB_SVAL + size, 0);
    return op;
  }

  /** Models PyBytes_FromStringAndSize(str, size). */
  PyBytes_FromStringAndSize(str: number, size: number): number {
    if (size < 0) {
      this.errors.PyErr_SetString(this.errors.types.get('SystemError')!, 'Negative size passed to PyBytes_FromStringAndSize');
      return 0;
    }
    if (size === 1 && str !== 0) return this.character(this.space.read8(str));
    if (size === 0) return this.empty();
    const op = this.fromSize(size);
    if (op === 0) return 0;
    if (str !== 0) this.space.copy(op + OB_SVAL, str, size);
    return op;
  }

  /** Models PyBytes_FromString(str). */
  PyBytes_FromString(str: number): number {
    const size = this.space.readCString(str).length;
    if (BigInt(size) > this.ssizeMax - BigInt(PyBytesObject_SIZE)) {
      this.errors.PyErr_SetString(this.errors.types.get('OverflowError')!, 'byte string is too large');
      return 0;
    }
    if (size === 0) return this.empty();
    if (size === 1) return this.character(this.space.read8(str));
    const op = this.alloc.PyObject_Malloc(PyBytesObject_SIZE + size);
    if (op === 0) return this.errors.PyErr_NoMemory();
    this.objects._PyObject_Init(op, this.PyBytes_Type);
    this.space.writeWord(op + OB_SIZE, size);
    this.space.writeU64(op + OB_SHASH, -1n);
    this.space.copy(op + OB_SVAL, str, size + 1);
    return op;
  }

  private check(op: number): boolean {
    return (this.objects.typeFlags(this.objects.typeOf(op)) & Py_TPFLAGS_BYTES_SUBCLASS) !== 0;
  }

  /** Models PyBytes_AsString(op). */
  PyBytes_AsString(op: number): number {
    if (!this.check(op)) {
      this.errors.PyErr_SetString(this.errors.types.get('TypeError')!, `expected bytes, ${this.objects.typeName(this.objects.typeOf(op)).slice(0, 200)} found`);
      return 0;
    }
    return op + OB_SVAL;
  }

  /** Models PyBytes_Size(op): ob_size, or -1 with TypeError. */
  PyBytes_Size(op: number): number {
    if (!this.check(op)) {
      this.errors.PyErr_SetString(this.errors.types.get('TypeError')!, `expected bytes, ${this.objects.typeName(this.objects.typeOf(op)).slice(0, 200)} found`);
      return -1;
    }
    return this.space.readWord(op + OB_SIZE);
  }
}
