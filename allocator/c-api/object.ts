/*
 * Models CPython 3.11 Include/object.h and Objects/object.c: the PyObject / PyVarObject headers
 * in simulated memory, static type objects (PyTypeObject, 408 bytes), PyObject_Init/InitVar,
 * _PyObject_New/_PyObject_NewVar (PyObject_New/NewVar), Py_IncRef/Py_DecRef and _Py_Dealloc.
 * Main export: ObjectModel.
 *
 *   PyObject:     +0 ob_refcnt (Py_ssize_t)  +8 ob_type (PyTypeObject*)
 *   PyVarObject:  PyObject + 16 ob_size (Py_ssize_t)
 *   PyTypeObject: PyVarObject, +24 tp_name, +32 tp_basicsize, +40 tp_itemsize, +48 tp_dealloc,
 *                 +168 tp_flags, +304 tp_alloc, +320 tp_free   (offsets from the 3.11 headers)
 * Deallocation reads tp_dealloc from the type object's bytes and calls whatever function lives
 * at that address, so C code can define its own static types with the same layout.
 */

import type { AddressSpace } from '../address-space';
import type { Process } from '../process';
import type { CArg, FunctionTable } from '../native-function';
import type { LibpythonImage } from './libpython-image';

export const OB_REFCNT = 0;
export const OB_TYPE = 8;
export const OB_SIZE = 16;
export const SIZEOF_PYOBJECT = 16;
export const SIZEOF_PYVAROBJECT = 24;
export const SIZEOF_PYTYPEOBJECT = 408;
export const TP_NAME = 24;
export const TP_BASICSIZE = 32;
export const TP_ITEMSIZE = 40;
export const TP_DEALLOC = 48;
export const TP_FLAGS = 168;
export const TP_ALLOC = 304;
export const TP_FREE = 320;

export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_DEFAULT = 1 << 18; // Py_TPFLAGS_HAVE_VERSION_TAG
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;

/** Reference count given to statically allocated objects (3.11 _PyObject_IMMORTAL_INIT). */
export const IMMORTAL_REFCNT = 999999999;

export interface ObjectAllocator {
  PyObject_Malloc(size: CArg): number;
  PyObject_Free(p: number): void;
  PyErr_NoMemory(): number;
}

export class ObjectModel {
  readonly PyType_Type: number;
  readonly PyBaseObject_Type: number;

  constructor(
    private readonly space: AddressSpace,
    private readonly process: Process,
    private readonly functions: FunctionTable,
    private readonly image: LibpythonImage,
    private readonly alloc: ObjectAllocator,
  ) {
    this.PyType_Type = image.place('PyType_Type', SIZEOF_PYTYPEOBJECT, 32);
    this.PyBaseObject_Type = image.place('PyBaseObject_Type', SIZEOF_PYTYPEOBJECT, 32);
    const objectDealloc = functions.define('object_dealloc', (a) => void this.callTpFree(Number(a[0])));
    this.initType(this.PyType_Type, 'type', 880, 40, 0, Py_TPFLAGS_DEFAULT);
    this.initType(this.PyBaseObject_Type, 'object', SIZEOF_PYOBJECT, 0, objectDealloc.address, Py_TPFLAGS_DEFAULT);
  }

  /** Fills a static PyTypeObject: ob_refcnt immortal, ob_type &PyType_Type, names and slots. */
  initType(tp: number, name: string, basicsize: number, itemsize: number, dealloc: number, flags: number): void {
    const s = this.space;
    s.writeWord(tp + OB_REFCNT, IMMORTAL_REFCNT);
    s.writeWord(tp + OB_TYPE, this.PyType_Type);
    s.writeWord(tp + TP_NAME, this.image.cstring(`${name}.tp_name`, name));
    s.writeWord(tp + TP_BASICSIZE, basicsize);
    s.writeWord(tp + TP_ITEMSIZE, itemsize);
    s.writeWord(tp + TP_DEALLOC, dealloc);
    s.writeWord(tp + TP_FLAGS, flags);
    s.writeWord(tp + TP_FREE, this.functions.get('PyObject_Free')?.address ?? 0);
  }

  typeOf(op: number): number {
    return this.space.readWord(op + OB_TYPE);
  }
  typeName(tp: number): string {
    const b = this.space.readCString(this.space.readWord(tp + TP_NAME), 500);
    return String.fromCharCode(...b);
  }
  typeFlags(tp: number): number {
    return this.space.readU32(tp + TP_FLAGS);
  }

  /** _PyObject_Init(op, typeobj): set ob_type, INCREF heap types, _Py_NewReference (refcnt 1). */
  _PyObject_Init(op: number, tp: number): void {
    this.space.writeWord(op + OB_TYPE, tp);
    if (this.typeFlags(tp) & Py_TPFLAGS_HEAPTYPE) this.Py_IncRef(tp);
    this.space.writeWord(op + OB_REFCNT, 1);
  }

  /** Models PyObject_Init(op, tp). */
  PyObject_Init(op: number, tp: number): number {
    if (op === 0) return this.alloc.PyErr_NoMemory();
    this._PyObject_Init(op, tp);
    return op;
  }

  /** Models PyObject_InitVar(op, tp, size). */
  PyObject_InitVar(op: number, tp: number, size: number): number {
    if (op === 0) return this.alloc.PyErr_NoMemory();
    this.space.writeWord(op + OB_SIZE, size < 0 ? 2 ** 64 + size : size);
    this._PyObject_Init(op, tp);
    return op;
  }

  /** Models _PyObject_New(tp) (PyObject_New): PyObject_Malloc(tp_basicsize) + init. */
  _PyObject_New(tp: number): number {
    const op = this.alloc.PyObject_Malloc(this.space.readWord(tp + TP_BASICSIZE));
    if (op === 0) return this.alloc.PyErr_NoMemory();
    this._PyObject_Init(op, tp);
    return op;
  }

  /** Models _PyObject_NewVar(tp, nitems) (PyObject_NewVar): _PyObject_VAR_SIZE rounded to 8. */
  _PyObject_NewVar(tp: number, nitems: number): number {
    const basic = BigInt(this.space.readWord(tp + TP_BASICSIZE));
    const item = BigInt(this.space.readWord(tp + TP_ITEMSIZE));
    const size = BigInt.asUintN(64, ((basic + BigInt(nitems) * item + 7n) & ~7n));
    const op = this.alloc.PyObject_Malloc(size);
    if (op === 0) return this.alloc.PyErr_NoMemory();
    this.space.writeWord(op + OB_SIZE, nitems);
    this._PyObject_Init(op, tp);
    return op;
  }

  /** Py_INCREF / Py_IncRef: ob_refcnt++ (no NULL check for the macro form). */
  Py_IncRef(op: number): void {
    const rc = this.space.readU64(op + OB_REFCNT);
    this.space.writeU64(op + OB_REFCNT, rc + 1n);
  }

  /** Py_DECREF / Py_DecRef: when ob_refcnt reaches 0, _Py_Dealloc(op). */
  Py_DecRef(op: number): void {
    const rc = BigInt.asUintN(64, this.space.readU64(op + OB_REFCNT) - 1n);
    this.space.writeU64(op + OB_REFCNT, rc);
    if (rc === 0n) this._Py_Dealloc(op);
  }

  /** Models _Py_Dealloc(op): (*Py_TYPE(op)->tp_dealloc)(op). */
  _Py_Dealloc(op: number): void {
    const tp = this.typeOf(op);
    const dealloc = this.space.readWord(tp + TP_DEALLOC);
    const fn = this.functions.at(dealloc);
    if (!fn) {
      this.process.kill('SIGSEGV', {
        where: '_Py_Dealloc',
        call: `_Py_Dealloc(0x${op.toString(16)})`,
        reads: [
          { address: op + OB_TYPE, length: 8, bytes: [...this.space.readBytes(op + OB_TYPE, 8)], meaning: 'ob_type' },
          { address: tp + TP_DEALLOC, length: 8, bytes: [...this.space.readBytes(tp + TP_DEALLOC, 8)], meaning: 'tp_dealloc' },
        ],
        conclusion: `tp_dealloc of the object's type is 0x${dealloc.toString(16)}, not a function: the call jumps into the void.`,
      });
    }
    fn.call([op]);
  }

  /** Calls Py_TYPE(op)->tp_free(op), as object_dealloc and bytes_dealloc do. */
  callTpFree(op: number): void {
    const tp = this.typeOf(op);
    const free = this.functions.at(this.space.readWord(tp + TP_FREE));
    if (free) free.call([op]);
    else this.alloc.PyObject_Free(op);
  }
}
