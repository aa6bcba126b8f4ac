/*
 * Models CPython 3.11 Python/errors.c and pythonrun.c for the few calls the docs' samples use:
 * PyErr_NoMemory, PyErr_SetString, PyErr_SetNone, PyErr_Occurred, PyErr_Clear, PyErr_Print,
 * plus the exception type objects (PyExc_MemoryError, PyExc_TypeError, PyExc_SystemError,
 * PyExc_OverflowError: PyObject* variables in libpython's data pointing at static types).
 * Main export: ErrorState.
 * SIMPLIFIED: the thread state's curexc_type/curexc_value live in JS fields, not in a
 * PyThreadState in memory; an exception value is kept as its message text (no instance object is
 * allocated); PyErr_Print writes "Type: message" (or "Type") in one write, as sys.stderr's
 * line-buffered TextIOWrapper would, without a traceback (C code has no Python frame).
 */

import type { AddressSpace } from '../address-space';
import type { Process } from '../process';
import type { LibpythonImage } from './libpython-image';
import { type ObjectModel, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_DEFAULT, SIZEOF_PYTYPEOBJECT } from './object';

export const EXCEPTION_NAMES = ['MemoryError', 'TypeError', 'SystemError', 'OverflowError', 'ValueError'] as const;
export type ExceptionName = (typeof EXCEPTION_NAMES)[number];

export class ErrorState {
  /** Address of each PyExc_X variable, and of the type object it points to. */
  readonly variables = new Map<ExceptionName, number>();
  readonly types = new Map<ExceptionName, number>();
  private curexcType = 0;
  private curexcValue: string | null = null;

  constructor(
    private readonly space: AddressSpace,
    private readonly process: Process,
    image: LibpythonImage,
    objects: ObjectModel,
    /** tstate != NULL: the error indicator exists only once Python is initialised. */
    private readonly hasThreadState: () => boolean,
  ) {
    for (const name of EXCEPTION_NAMES) {
      const tp = image.place(`_PyExc_${name}`, SIZEOF_PYTYPEOBJECT, 32);
      objects.initType(tp, name, 64, 0, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASE_EXC_SUBCLASS);
      const v = image.place(`PyExc_${name}`, 8, 8);
      space.writeWord(v, tp);
      this.variables.set(name, v);
      this.types.set(name, tp);
    }
  }

  private requireTstate(fn: string): void {
    if (this.hasThreadState()) return;
    this.process.kill('SIGSEGV', {
      where: fn,
      reads: [],
      conclusion: `${fn} was called before Py_Initialize: there is no thread state (tstate is NULL), and writing the error indicator through it dereferences NULL.`,
    });
  }

  /** Models PyErr_NoMemory(): sets MemoryError and returns NULL. */
  PyErr_NoMemory(): number {
    this.requireTstate('_PyErr_NoMemory');
    this.curexcType = this.types.get('MemoryError')!;
    this.curexcValue = null;
    return 0;
  }

  PyErr_SetNone(type: number): void {
    this.requireTstate('_PyErr_SetObject');
    this.curexcType = type;
    this.curexcValue = null;
  }

  PyErr_SetString(type: number, message: string): void {
    this.requireTstate('_PyErr_SetObject');
    this.curexcType = type;
    this.curexcValue = message;
  }

  /** Models PyErr_Occurred(): the current exception type, or NULL. */
  PyErr_Occurred(): number {
    return this.hasThreadState() ? this.curexcType : 0;
  }

  /**
   * Models PyErr_ExceptionMatches(exc) = PyErr_GivenExceptionMatches(PyErr_Occurred(), exc).
   * SIMPLIFIED: a class matches only itself (the model has no class hierarchy), which is exact
   * for MemoryError against PyExc_MemoryError, the case the samples use.
   */
  PyErr_ExceptionMatches(exc: number): number {
    const current = this.PyErr_Occurred();
    return current !== 0 && current === exc ? 1 : 0;
  }

  PyErr_Clear(): void {
    this.curexcType = 0;
    this.curexcValue = null;
  }

  /** The pending exception as Python would print it ("MemoryError", "TypeError: ..."). */
  pendingText(): string | null {
    if (this.curexcType === 0) return null;
    const name = [...this.types].find(([, tp]) => tp === this.curexcType)?.[0] ?? this.typeNameAt(this.curexcType);
    return this.curexcValue === null ? name : `${name}: ${this.curexcValue}`;
  }

  private typeNameAt(tp: number): string {
    try {
      const name = this.space.readCString(this.space.readWord(tp + 24), 200);
      return String.fromCharCode(...name);
    } catch {
      return '<unknown>';
    }
  }

  /**
   * Models PyErr_Print() (PyErr_PrintEx(1)): fetches and clears the exception and prints it
   * through sys.excepthook. With nothing set it prints nothing (checked on 3.11.7).
   */
  PyErr_Print(): void {
    const text = this.pendingText();
    this.PyErr_Clear();
    if (text === null) return;
    this.process.write(2, text + '\n');
  }

  /** For fatal_error: _Py_FatalError_PrintExc (prints, returns whether it had a traceback). */
  printPendingForFatal(): boolean {
    const text = this.pendingText();
    if (text === null) return false;
    this.process.write(2, text + '\n');
    return false;
  }
}
