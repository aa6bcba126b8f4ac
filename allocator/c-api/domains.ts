/*
 * Models CPython 3.11 Objects/obmalloc.c (first part): the three allocator domains and their
 * public entry points PyMem_Raw*, PyMem_*, PyObject_*; PyMem_GetAllocator/SetAllocator;
 * PyMem_SetupDebugHooks; _PyMem_SetupAllocators and _PyMem_GetAllocatorName (the PYTHONMALLOC
 * names). Main export: PyMemDomains.
 * Each domain is a PyMemAllocatorEx of NativeFunctions (_PyRuntime.allocators.standard.{raw,mem,
 * obj}, written through to libpython's data). Defaults in a release build: RAW = MALLOC_ALLOC
 * (_PyMem_RawMalloc: malloc(n ? n : 1)), MEM = OBJ = PYMALLOC_ALLOC (_PyObject_Malloc...).
 * Every public function first rejects sizes above PY_SSIZE_T_MAX (calloc: nelem > MAX / elsize).
 */

import type { AddressSpace } from '../address-space';
import type { Process } from '../process';
import type { Profile } from '../profile';
import { type CArg, type FunctionTable, type NativeFunction, toSize } from '../native-function';
import type { Obmalloc } from '../pymalloc/obmalloc';
import type { DebugHooks, DebugAllocApi } from '../debug-hooks/debug-alloc';
import {
  PYMEM_ALLOCATOR_DEBUG,
  PYMEM_ALLOCATOR_DEFAULT,
  PYMEM_ALLOCATOR_MALLOC,
  PYMEM_ALLOCATOR_MALLOC_DEBUG,
  PYMEM_ALLOCATOR_NOT_SET,
  PYMEM_ALLOCATOR_PYMALLOC,
  PYMEM_ALLOCATOR_PYMALLOC_DEBUG,
  PYMEM_DOMAIN_MEM,
  PYMEM_DOMAIN_OBJ,
  PYMEM_DOMAIN_RAW,
  type PyMemAllocatorEx,
  type PyMemAllocatorName,
  ptr,
  readAllocatorStruct,
  writeAllocatorStruct,
} from './allocator-table';

/** The C library calls the RAW domain ends in (glibc in the machine). */
export interface Libc {
  malloc(n: number): number;
  calloc(nmemb: number, size: number): number;
  realloc(p: number, n: number): number;
  free(p: number): void;
  malloc_usable_size(p: number): number;
}

const num = (v: CArg | undefined) => (v === undefined ? 0 : typeof v === 'bigint' ? Number(BigInt.asUintN(64, v)) : v);

export class PyMemDomains {
  raw!: PyMemAllocatorEx;
  mem!: PyMemAllocatorEx;
  obj!: PyMemAllocatorEx;
  readonly MALLOC_ALLOC: PyMemAllocatorEx;
  readonly PYMALLOC_ALLOC: PyMemAllocatorEx;
  readonly PYDBGRAW_ALLOC: PyMemAllocatorEx;
  readonly PYDBGMEM_ALLOC: PyMemAllocatorEx;
  readonly PYDBGOBJ_ALLOC: PyMemAllocatorEx;
  private obmalloc!: Obmalloc;
  private readonly ssizeMax: bigint;
  private readonly ssizeMaxNum: number;

  constructor(
    private readonly space: AddressSpace,
    private readonly process: Process,
    readonly profile: Profile,
    private readonly functions: FunctionTable,
    private readonly libc: Libc,
    private readonly debug: DebugHooks,
    /** Address of _PyRuntime.allocators.standard: raw, mem, obj (3 x 40 bytes). */
    private readonly standardAddr: number,
  ) {
    this.ssizeMax = profile.python.ssizeTMax;
    this.ssizeMaxNum = Number(profile.python.ssizeTMax);
    const f = (name: string, call: (a: readonly CArg[]) => CArg | undefined) => functions.define(name, call);
    const a = (args: readonly CArg[], i: number) => num(args[i]);

    // obmalloc.c's static allocator functions (their addresses are what PyMem_GetAllocator reports).
    const rawMalloc = f('_PyMem_RawMalloc', (x) => this._PyMem_RawMalloc(a(x, 1)));
    const rawCalloc = f('_PyMem_RawCalloc', (x) => this._PyMem_RawCalloc(a(x, 1), a(x, 2)));
    const rawRealloc = f('_PyMem_RawRealloc', (x) => this._PyMem_RawRealloc(a(x, 1), a(x, 2)));
    const rawFree = f('_PyMem_RawFree', (x) => void this.libc.free(a(x, 1)));
    this.MALLOC_ALLOC = { ctx: 0, malloc: rawMalloc, calloc: rawCalloc, realloc: rawRealloc, free: rawFree };
    this.PYMALLOC_ALLOC = {
      ctx: 0,
      malloc: f('_PyObject_Malloc', (x) => this.obmalloc._PyObject_Malloc(a(x, 1))),
      calloc: f('_PyObject_Calloc', (x) => this.obmalloc._PyObject_Calloc(a(x, 1), a(x, 2))),
      realloc: f('_PyObject_Realloc', (x) => this.obmalloc._PyObject_Realloc(a(x, 1), a(x, 2))),
      free: f('_PyObject_Free', (x) => void this.obmalloc._PyObject_Free(a(x, 1))),
    };
    const d = debug;
    const dbgRaw = {
      malloc: f('_PyMem_DebugRawMalloc', (x) => d._PyMem_DebugRawMalloc(a(x, 0), a(x, 1))),
      calloc: f('_PyMem_DebugRawCalloc', (x) => d._PyMem_DebugRawCalloc(a(x, 0), a(x, 1), a(x, 2))),
      realloc: f('_PyMem_DebugRawRealloc', (x) => d._PyMem_DebugRawRealloc(a(x, 0), a(x, 1), a(x, 2))),
      free: f('_PyMem_DebugRawFree', (x) => void d._PyMem_DebugRawFree(a(x, 0), a(x, 1))),
    };
    const dbg = {
      malloc: f('_PyMem_DebugMalloc', (x) => d._PyMem_DebugMalloc(a(x, 0), a(x, 1))),
      calloc: f('_PyMem_DebugCalloc', (x) => d._PyMem_DebugCalloc(a(x, 0), a(x, 1), a(x, 2))),
      realloc: f('_PyMem_DebugRealloc', (x) => d._PyMem_DebugRealloc(a(x, 0), a(x, 1), a(x, 2))),
      free: f('_PyMem_DebugFree', (x) => void d._PyMem_DebugFree(a(x, 0), a(x, 1))),
    };
    this.PYDBGRAW_ALLOC = { ctx: debug.raw.ctx, ...dbgRaw };
    this.PYDBGMEM_ALLOC = { ctx: debug.mem.ctx, ...dbg };
    this.PYDBGOBJ_ALLOC = { ctx: debug.obj.ctx, ...dbg };
    // Release-build defaults (PYRAW_ALLOC, PYMEM_ALLOC, PYOBJ_ALLOC).
    this.setTable(PYMEM_DOMAIN_RAW, this.MALLOC_ALLOC);
    this.setTable(PYMEM_DOMAIN_MEM, profile.pymalloc.enabled && profile.pymalloc.servesMemDomain ? this.PYMALLOC_ALLOC : this.MALLOC_ALLOC);
    this.setTable(PYMEM_DOMAIN_OBJ, profile.pymalloc.enabled ? this.PYMALLOC_ALLOC : this.MALLOC_ALLOC);
  }

  /** Obmalloc needs the domains (its RAW fallback) and the domains need it: wired after both exist. */
  attachObmalloc(o: Obmalloc): void {
    this.obmalloc = o;
  }

  // ---- the default RAW allocator (obmalloc.c _PyMem_Raw*) ------------------------------------

  _PyMem_RawMalloc(size: number): number {
    // PyMem_RawMalloc(0) means malloc(1): some systems would return NULL for malloc(0).
    return this.libc.malloc(size === 0 ? 1 : size);
  }
  _PyMem_RawCalloc(nelem: number, elsize: number): number {
    if (nelem === 0 || elsize === 0) {
      nelem = 1;
      elsize = 1;
    }
    return this.libc.calloc(nelem, elsize);
  }
  _PyMem_RawRealloc(p: number, size: number): number {
    return this.libc.realloc(p, size === 0 ? 1 : size);
  }

  // ---- size checks ---------------------------------------------------------------------------

  /** A size_t argument, or -1 when it exceeds PY_SSIZE_T_MAX. */
  private size(v: CArg): number {
    if (typeof v === 'number' && v >= 0 && v <= 9007199254740991) return v <= this.ssizeMaxNum ? v : -1;
    const s = toSize(v);
    return s > this.ssizeMax ? -1 : Number(s);
  }

  /** Both calloc arguments, or null when nelem > PY_SSIZE_T_MAX / elsize. */
  private callocArgs(nelem: CArg, elsize: CArg): [number, number] | null {
    const n = toSize(nelem);
    const e = toSize(elsize);
    if (e !== 0n && n > this.ssizeMax / e) return null;
    return [Number(n), Number(e)];
  }

  // ---- dispatch through a table --------------------------------------------------------------

  private tMalloc(t: PyMemAllocatorEx, n: number): number {
    if (t.malloc === this.PYMALLOC_ALLOC.malloc) return this.obmalloc._PyObject_Malloc(n);
    // `+` on the other returns: see Obmalloc._PyObject_Malloc (keeps an inlined pymalloc block unboxed).
    if (t.malloc === this.MALLOC_ALLOC.malloc) return +this._PyMem_RawMalloc(n);
    return +ptr(t.malloc.call([t.ctx, n]));
  }
  private tCalloc(t: PyMemAllocatorEx, a: number, b: number): number {
    return ptr(t.calloc.call([t.ctx, a, b]));
  }
  private tRealloc(t: PyMemAllocatorEx, p: number, n: number): number {
    return ptr(t.realloc.call([t.ctx, p, n]));
  }
  private tFree(t: PyMemAllocatorEx, p: number): void {
    if (t.free === this.PYMALLOC_ALLOC.free) return this.obmalloc._PyObject_Free(p);
    if (t.free === this.MALLOC_ALLOC.free) return this.libc.free(p);
    t.free.call([t.ctx, p]);
  }

  // ---- public API ----------------------------------------------------------------------------

  PyMem_RawMalloc(size: CArg): number {
    const n = this.size(size);
    return n < 0 ? 0 : this.tMalloc(this.raw, n);
  }
  PyMem_RawCalloc(nelem: CArg, elsize: CArg): number {
    const a = this.callocArgs(nelem, elsize);
    return a ? this.tCalloc(this.raw, a[0], a[1]) : 0;
  }
  PyMem_RawRealloc(p: number, size: CArg): number {
    const n = this.size(size);
    return n < 0 ? 0 : this.tRealloc(this.raw, p, n);
  }
  PyMem_RawFree(p: number): void {
    this.tFree(this.raw, p);
  }

  PyMem_Malloc(size: CArg): number {
    const n = this.size(size);
    return n < 0 ? 0 : this.tMalloc(this.mem, n);
  }
  PyMem_Calloc(nelem: CArg, elsize: CArg): number {
    const a = this.callocArgs(nelem, elsize);
    return a ? this.tCalloc(this.mem, a[0], a[1]) : 0;
  }
  PyMem_Realloc(p: number, size: CArg): number {
    const n = this.size(size);
    return n < 0 ? 0 : this.tRealloc(this.mem, p, n);
  }
  PyMem_Free(p: number): void {
    this.tFree(this.mem, p);
  }

  PyObject_Malloc(size: CArg): number {
    // The common case in one step: OBJ is the default pymalloc table and the size a non-negative
    // int32 (so below PY_SSIZE_T_MAX of any profile). Kept small, so that V8 inlines it and the
    // whole pymalloc free path into a caller's loop; everything else is PyObject_MallocAny.
    if (this.obj === this.PYMALLOC_ALLOC && typeof size === 'number' && (size | 0) === size && size >= 0) return this.obmalloc._PyObject_Malloc(size);
    // `+`: see Obmalloc._PyObject_Malloc (keeps the inlined fast path's result unboxed).
    return +this.PyObject_MallocAny(size);
  }
  /** PyObject_Malloc for any table and any size argument. */
  private PyObject_MallocAny(size: CArg): number {
    const t = this.obj;
    if (typeof size === 'number' && (size | 0) === size && size >= 0 && t.malloc === this.PYMALLOC_ALLOC.malloc) return this.obmalloc._PyObject_Malloc(size);
    const n = this.size(size);
    return n < 0 ? 0 : this.tMalloc(t, n);
  }
  PyObject_Calloc(nelem: CArg, elsize: CArg): number {
    const a = this.callocArgs(nelem, elsize);
    return a ? this.tCalloc(this.obj, a[0], a[1]) : 0;
  }
  PyObject_Realloc(p: number, size: CArg): number {
    const n = this.size(size);
    return n < 0 ? 0 : this.tRealloc(this.obj, p, n);
  }
  PyObject_Free(p: number): void {
    if (this.obj === this.PYMALLOC_ALLOC) return this.obmalloc._PyObject_Free(p);
    this.tFree(this.obj, p);
  }

  // ---- PyMem_GetAllocator / PyMem_SetAllocator ------------------------------------------------

  table(domain: number): PyMemAllocatorEx | null {
    return domain === PYMEM_DOMAIN_RAW ? this.raw : domain === PYMEM_DOMAIN_MEM ? this.mem : domain === PYMEM_DOMAIN_OBJ ? this.obj : null;
  }

  setTable(domain: number, t: PyMemAllocatorEx): void {
    if (domain === PYMEM_DOMAIN_RAW) this.raw = t;
    else if (domain === PYMEM_DOMAIN_MEM) this.mem = t;
    else if (domain === PYMEM_DOMAIN_OBJ) this.obj = t;
    else return;
    writeAllocatorStruct(this.space, this.standardAddr + 40 * domain, t);
  }

  /** Models PyMem_GetAllocator(domain, allocator): copies the table into the C struct. */
  PyMem_GetAllocator(domain: number, allocator: number): void {
    writeAllocatorStruct(this.space, allocator, this.table(domain));
  }

  /** Models PyMem_SetAllocator(domain, allocator): the table is read from the C struct. */
  PyMem_SetAllocator(domain: number, allocator: number): void {
    if (this.table(domain) === null) return;
    const t = readAllocatorStruct(this.space, allocator, this.functions, (address) =>
      this.process.kill('SIGSEGV', {
        where: 'PyMem_SetAllocator',
        reads: [{ address: allocator, length: 40, bytes: [...this.space.readBytes(allocator, 40)], meaning: 'PyMemAllocatorEx' }],
        conclusion: `An allocator function pointer (0x${address.toString(16)}) does not point at a function; calling it jumps into unmapped or non-code memory.`,
      }),
    );
    this.setTable(domain, t);
  }

  // ---- debug hooks and PYTHONMALLOC ----------------------------------------------------------

  /** Models _PyMem_SetupDebugHooksDomain(domain). */
  private setupDebugHooksDomain(domain: number): void {
    const d = this.debug;
    const [api, hooks]: [DebugAllocApi, PyMemAllocatorEx] =
      domain === PYMEM_DOMAIN_RAW ? [d.raw, this.PYDBGRAW_ALLOC] : domain === PYMEM_DOMAIN_MEM ? [d.mem, this.PYDBGMEM_ALLOC] : [d.obj, this.PYDBGOBJ_ALLOC];
    const current = this.table(domain)!;
    if (domain === PYMEM_DOMAIN_RAW ? current.malloc === this.PYDBGRAW_ALLOC.malloc : current.malloc === this.PYDBGMEM_ALLOC.malloc) return;
    d.setWrapped(api, current, (addr, t) => writeAllocatorStruct(this.space, addr, t));
    this.setTable(domain, hooks);
  }

  /** Models PyMem_SetupDebugHooks(). */
  PyMem_SetupDebugHooks(): void {
    this.setupDebugHooksDomain(PYMEM_DOMAIN_RAW);
    this.setupDebugHooksDomain(PYMEM_DOMAIN_MEM);
    this.setupDebugHooksDomain(PYMEM_DOMAIN_OBJ);
  }

  /** Models pymem_set_default_allocator(domain, debug, NULL). */
  private setDefault(domain: number, debug: boolean): void {
    const p = this.profile.pymalloc;
    const t = domain === PYMEM_DOMAIN_RAW ? this.MALLOC_ALLOC : p.enabled && (domain === PYMEM_DOMAIN_OBJ || p.servesMemDomain) ? this.PYMALLOC_ALLOC : this.MALLOC_ALLOC;
    this.setTable(domain, t);
    if (debug) this.setupDebugHooksDomain(domain);
  }

  /** Models _PyMem_SetupAllocators(allocator); false for an unknown name. */
  _PyMem_SetupAllocators(name: PyMemAllocatorName): boolean {
    switch (name) {
      case PYMEM_ALLOCATOR_NOT_SET:
        break;
      case PYMEM_ALLOCATOR_DEFAULT:
        // SIMPLIFIED: a release build (Py_DEBUG would install the hooks here too).
        [PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ].forEach((dm) => this.setDefault(dm, false));
        break;
      case PYMEM_ALLOCATOR_DEBUG:
        [PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ].forEach((dm) => this.setDefault(dm, true));
        break;
      case PYMEM_ALLOCATOR_PYMALLOC:
      case PYMEM_ALLOCATOR_PYMALLOC_DEBUG:
        this.setTable(PYMEM_DOMAIN_RAW, this.MALLOC_ALLOC);
        this.setTable(PYMEM_DOMAIN_MEM, this.PYMALLOC_ALLOC);
        this.setTable(PYMEM_DOMAIN_OBJ, this.PYMALLOC_ALLOC);
        if (name === PYMEM_ALLOCATOR_PYMALLOC_DEBUG) this.PyMem_SetupDebugHooks();
        break;
      case PYMEM_ALLOCATOR_MALLOC:
      case PYMEM_ALLOCATOR_MALLOC_DEBUG:
        this.setTable(PYMEM_DOMAIN_RAW, this.MALLOC_ALLOC);
        this.setTable(PYMEM_DOMAIN_MEM, this.MALLOC_ALLOC);
        this.setTable(PYMEM_DOMAIN_OBJ, this.MALLOC_ALLOC);
        if (name === PYMEM_ALLOCATOR_MALLOC_DEBUG) this.PyMem_SetupDebugHooks();
        break;
      default:
        return false;
    }
    return true;
  }

  /** Models _PyMem_GetAllocatorName(name, &allocator): the name, or null if unknown. */
  _PyMem_GetAllocatorName(name: string | null): PyMemAllocatorName | null {
    if (name === null || name === '') return PYMEM_ALLOCATOR_DEFAULT;
    const withPymalloc = this.profile.pymalloc.enabled;
    switch (name) {
      case 'default':
        return PYMEM_ALLOCATOR_DEFAULT;
      case 'debug':
        return PYMEM_ALLOCATOR_DEBUG;
      case 'pymalloc':
        return withPymalloc ? PYMEM_ALLOCATOR_PYMALLOC : null;
      case 'pymalloc_debug':
        return withPymalloc ? PYMEM_ALLOCATOR_PYMALLOC_DEBUG : null;
      case 'malloc':
        return PYMEM_ALLOCATOR_MALLOC;
      case 'malloc_debug':
        return PYMEM_ALLOCATOR_MALLOC_DEBUG;
      default:
        return null;
    }
  }

  /** Models _PyMem_GetCurrentAllocatorName(): "pymalloc", "malloc_debug"... or null (custom). */
  _PyMem_GetCurrentAllocatorName(): string | null {
    const eq = (a: PyMemAllocatorEx | null, b: PyMemAllocatorEx) =>
      !!a && a.ctx === b.ctx && a.malloc === b.malloc && a.calloc === b.calloc && a.realloc === b.realloc && a.free === b.free;
    const M = this.MALLOC_ALLOC;
    const P = this.PYMALLOC_ALLOC;
    if (eq(this.raw, M) && eq(this.mem, M) && eq(this.obj, M)) return 'malloc';
    if (eq(this.raw, M) && eq(this.mem, P) && eq(this.obj, P)) return 'pymalloc';
    if (eq(this.raw, this.PYDBGRAW_ALLOC) && eq(this.mem, this.PYDBGMEM_ALLOC) && eq(this.obj, this.PYDBGOBJ_ALLOC)) {
      const d = this.debug;
      if (eq(d.raw.alloc, M) && eq(d.mem.alloc, M) && eq(d.obj.alloc, M)) return 'malloc_debug';
      if (eq(d.raw.alloc, M) && eq(d.mem.alloc, P) && eq(d.obj.alloc, P)) return 'pymalloc_debug';
    }
    return null;
  }

  /** Whether a domain's table is the debug hook (for event records and snapshots). */
  isHooked(domain: number): boolean {
    const t = this.table(domain);
    return !!t && (t.malloc === this.PYDBGRAW_ALLOC.malloc || t.malloc === this.PYDBGMEM_ALLOC.malloc);
  }

  /** _PyMem_PymallocEnabled(): whether OBJ (directly or under the hooks) is pymalloc. */
  _PyMem_PymallocEnabled(): boolean {
    if (this.obj.malloc === this.PYDBGMEM_ALLOC.malloc) return this.debug.obj.alloc?.malloc === this.PYMALLOC_ALLOC.malloc;
    return this.obj.malloc === this.PYMALLOC_ALLOC.malloc;
  }

  /** Fallback-free accessors the machine's function table uses. */
  static readonly PUBLIC = [
    'PyMem_RawMalloc',
    'PyMem_RawCalloc',
    'PyMem_RawRealloc',
    'PyMem_RawFree',
    'PyMem_Malloc',
    'PyMem_Calloc',
    'PyMem_Realloc',
    'PyMem_Free',
    'PyObject_Malloc',
    'PyObject_Calloc',
    'PyObject_Realloc',
    'PyObject_Free',
  ] as const;
}

export type { NativeFunction };
