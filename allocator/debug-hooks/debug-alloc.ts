/*
 * Models CPython 3.11 Objects/obmalloc.c, the debug hooks: _PyMem_DebugRawAlloc/Malloc/Calloc/
 * Free/Realloc, the GIL-checking _PyMem_DebugMalloc/Calloc/Free/Realloc, _PyMem_DebugCheckAddress
 * and the _PyMem_Debug {raw, mem, obj} contexts (debug_alloc_api_t: char api_id +
 * PyMemAllocatorEx alloc, 48 bytes each, in libpython's .data). Main export: DebugHooks.
 * Each hook wraps the allocator the domain had when PyMem_SetupDebugHooks ran ("alloc"); under
 * PYTHONMALLOC=debug a MEM/OBJ request of N + 24 > 512 bytes falls back through the public,
 * itself hooked, PyMem_RawMalloc, so the block is wrapped twice ('r' outside 'm'/'o').
 * Check order, dump text and fatal messages follow the source exactly; see layout.ts for bytes.
 */

import { SegmentationFault, type AddressSpace } from '../address-space';
import type { Evidence, EvidenceRead, Process } from '../process';
import type { Profile } from '../profile';
import type { PyMemAllocatorEx } from '../c-api/allocator-table';
import { ptr } from '../c-api/allocator-table';
import { DebugLayout, SST, addSize, read_size_t, write_size_t } from './layout';
import { dumpAddress, formatPointer } from './dump-address';

/** What the hooks need from pylifecycle.c: _Py_FatalErrorFunc (never returns). */
export interface FatalErrorSink {
  _Py_FatalErrorFunc(func: string | null, msg: string | null, evidence?: Evidence): never;
}

/** debug_alloc_api_t: its address is the ctx the hook functions receive. */
export interface DebugAllocApi {
  ctx: number;
  api_id: number;
  alloc: PyMemAllocatorEx | null;
}

export class DebugHooks {
  readonly layout: DebugLayout;
  readonly raw: DebugAllocApi;
  readonly mem: DebugAllocApi;
  readonly obj: DebugAllocApi;
  private readonly byCtx = new Map<number, DebugAllocApi>();
  private readonly ssizeMax: number;

  constructor(
    private readonly space: AddressSpace,
    private readonly process: Process,
    readonly profile: Profile,
    /** Address of the static `_PyMem_Debug` (3 x 48 bytes) in libpython's data. */
    _PyMem_Debug: number,
    private readonly fatal: FatalErrorSink,
    /** PyGILState_Check(). */
    private readonly gilHeld: () => boolean,
  ) {
    this.layout = new DebugLayout(profile.debugHooks);
    this.ssizeMax = Number(profile.python.ssizeTMax);
    const ids = profile.debugHooks.apiId;
    const mk = (i: number, id: string): DebugAllocApi => {
      const api = { ctx: _PyMem_Debug + 48 * i, api_id: id.charCodeAt(0), alloc: null };
      space.write8(api.ctx, api.api_id);
      this.byCtx.set(api.ctx, api);
      return api;
    };
    this.raw = mk(0, ids.raw);
    this.mem = mk(1, ids.mem);
    this.obj = mk(2, ids.obj);
  }

  /** The debug_alloc_api_t at ctx. A ctx that is not one of ours is dereferenced like C would. */
  api(ctx: number): DebugAllocApi {
    const api = this.byCtx.get(ctx);
    if (api && api.alloc) return api;
    this.space.read8(ctx);
    return this.process.kill('SIGSEGV', {
      where: '_PyMem_DebugRawAlloc',
      reads: [{ address: ctx, length: 1, bytes: null, meaning: 'debug_alloc_api_t *ctx' }],
      conclusion: `The debug hook was called with ctx ${formatPointer(ctx)}, which is not a debug_alloc_api_t; calling through its garbage "alloc" table crashes.`,
    });
  }

  /** Records which allocator a domain's hook wraps (PyMem_GetAllocator(domain, &api->alloc)). */
  setWrapped(api: DebugAllocApi, alloc: PyMemAllocatorEx, writeStruct: (addr: number, t: PyMemAllocatorEx) => void): void {
    api.alloc = alloc;
    writeStruct(api.ctx + 8, alloc);
  }

  // ---- raw hooks -----------------------------------------------------------------------------

  /** Models _PyMem_DebugRawAlloc(use_calloc, ctx, nbytes). */
  _PyMem_DebugRawAlloc(use_calloc: boolean, ctx: number, nbytes: number): number {
    const api = this.api(ctx);
    const extra = this.layout.PYMEM_DEBUG_EXTRA_BYTES;
    if (nbytes > this.ssizeMax - extra) return 0;
    const total = nbytes + extra;
    const alloc = api.alloc!;
    const p = use_calloc ? ptr(alloc.calloc.call([alloc.ctx, 1, total])) : ptr(alloc.malloc.call([alloc.ctx, total]));
    if (p === 0) return 0;
    const data = p + 2 * SST;
    write_size_t(this.space, p, nbytes);
    this.space.write8(p + SST, api.api_id);
    this.space.fill(p + SST + 1, this.layout.PYMEM_FORBIDDENBYTE, SST - 1);
    if (nbytes > 0 && !use_calloc) this.space.fill(data, this.layout.PYMEM_CLEANBYTE, nbytes);
    const tail = data + nbytes;
    this.space.fill(tail, this.layout.PYMEM_FORBIDDENBYTE, SST);
    if (this.profile.debugHooks.serialNumber) write_size_t(this.space, tail + SST, 0);
    return data;
  }

  _PyMem_DebugRawMalloc(ctx: number, nbytes: number): number {
    return this._PyMem_DebugRawAlloc(false, ctx, nbytes);
  }

  _PyMem_DebugRawCalloc(ctx: number, nelem: number, elsize: number): number {
    return this._PyMem_DebugRawAlloc(true, ctx, nelem * elsize);
  }

  /** Models _PyMem_DebugRawFree(ctx, p). */
  _PyMem_DebugRawFree(ctx: number, p: number): void {
    if (p === 0) return;
    const api = this.api(ctx);
    const q = p - 2 * SST;
    this._PyMem_DebugCheckAddress('_PyMem_DebugRawFree', api.api_id, p);
    const nbytes = Number(read_size_t(this.space, q)) + this.layout.PYMEM_DEBUG_EXTRA_BYTES;
    this.space.fill(q, this.layout.PYMEM_DEADBYTE, nbytes);
    const alloc = api.alloc!;
    alloc.free.call([alloc.ctx, q]);
  }

  /** Models _PyMem_DebugRawRealloc(ctx, p, nbytes). */
  _PyMem_DebugRawRealloc(ctx: number, p: number, nbytes: number): number {
    if (p === 0) return this._PyMem_DebugRawAlloc(false, ctx, nbytes);
    const api = this.api(ctx);
    const s = this.space;
    const L = this.layout;
    const ERASED_SIZE = 64;
    this._PyMem_DebugCheckAddress('_PyMem_DebugRawRealloc', api.api_id, p);
    let data = p;
    let head = data - 2 * SST;
    const original_nbytes = Number(read_size_t(s, head));
    if (nbytes > this.ssizeMax - L.PYMEM_DEBUG_EXTRA_BYTES) return 0;
    const total = nbytes + L.PYMEM_DEBUG_EXTRA_BYTES;
    let tail = data + original_nbytes;
    // Mark the header, the trailer, ERASED_SIZE bytes at the start and at the end as dead.
    let save: Uint8Array;
    let saveTail: Uint8Array | null = null;
    if (original_nbytes <= 2 * ERASED_SIZE) {
      save = s.readBytes(data, original_nbytes);
      s.fill(data - 2 * SST, L.PYMEM_DEADBYTE, original_nbytes + L.PYMEM_DEBUG_EXTRA_BYTES);
    } else {
      save = s.readBytes(data, ERASED_SIZE);
      s.fill(head, L.PYMEM_DEADBYTE, ERASED_SIZE + 2 * SST);
      saveTail = s.readBytes(tail - ERASED_SIZE, ERASED_SIZE);
      s.fill(tail - ERASED_SIZE, L.PYMEM_DEADBYTE, ERASED_SIZE + L.PYMEM_DEBUG_EXTRA_BYTES - 2 * SST);
    }
    const alloc = api.alloc!;
    const r = ptr(alloc.realloc.call([alloc.ctx, head, total]));
    let n = nbytes;
    if (r === 0) n = original_nbytes;
    else head = r;
    data = head + 2 * SST;
    write_size_t(s, head, n);
    s.write8(head + SST, api.api_id);
    s.fill(head + SST + 1, L.PYMEM_FORBIDDENBYTE, SST - 1);
    tail = data + n;
    s.fill(tail, L.PYMEM_FORBIDDENBYTE, SST);
    // Restore saved bytes.
    if (saveTail === null) {
      s.writeBytes(data, save.subarray(0, Math.min(n, original_nbytes)));
    } else {
      const i = original_nbytes - ERASED_SIZE;
      s.writeBytes(data, save.subarray(0, Math.min(n, ERASED_SIZE)));
      if (n > i) s.writeBytes(data + i, saveTail.subarray(0, Math.min(n - i, ERASED_SIZE)));
    }
    if (r === 0) return 0;
    if (n > original_nbytes) s.fill(data + original_nbytes, L.PYMEM_CLEANBYTE, n - original_nbytes);
    return data;
  }

  // ---- mem/obj hooks: the same plus the GIL check ---------------------------------------------

  private _PyMem_DebugCheckGIL(func: string): void {
    if (!this.gilHeld()) {
      this.fatal._Py_FatalErrorFunc(func, 'Python memory allocator called without holding the GIL', {
        where: func,
        reads: [],
        conclusion: 'PyGILState_Check() is false: this thread does not hold the GIL, and the debug hooks check it on every PyMem_/PyObject_ call.',
      });
    }
  }

  _PyMem_DebugMalloc(ctx: number, nbytes: number): number {
    this._PyMem_DebugCheckGIL('_PyMem_DebugMalloc');
    return this._PyMem_DebugRawMalloc(ctx, nbytes);
  }
  _PyMem_DebugCalloc(ctx: number, nelem: number, elsize: number): number {
    this._PyMem_DebugCheckGIL('_PyMem_DebugCalloc');
    return this._PyMem_DebugRawCalloc(ctx, nelem, elsize);
  }
  _PyMem_DebugFree(ctx: number, p: number): void {
    this._PyMem_DebugCheckGIL('_PyMem_DebugFree');
    this._PyMem_DebugRawFree(ctx, p);
  }
  _PyMem_DebugRealloc(ctx: number, p: number, nbytes: number): number {
    this._PyMem_DebugCheckGIL('_PyMem_DebugRealloc');
    return this._PyMem_DebugRawRealloc(ctx, p, nbytes);
  }

  // ---- checking ---------------------------------------------------------------------------------

  /**
   * Models _PyMem_DebugCheckAddress(func, api, p): API id, then the leading pad (p-7..p-1), then
   * the trailing pad at p+N. A failure dumps the block and ends in a fatal error; a read that
   * faults (typically the tail of a bogus N) ends the process with SIGSEGV.
   */
  _PyMem_DebugCheckAddress(func: string, api: number, p: number): void {
    const s = this.space;
    const reads: EvidenceRead[] = [];
    const segv = (e: SegmentationFault): never =>
      this.process.kill('SIGSEGV', {
        where: '_PyMem_DebugCheckAddress',
        call: `${func}(${formatPointer(p)})`,
        reads: [...reads, { address: e.address, length: 1, bytes: null, meaning: 'a byte the check (or the dump) had to read' }],
        conclusion: `Reading 0x${e.address.toString(16)} faulted: the header in front of ${formatPointer(p)} is not a debug-hook header, so the size it stores (and the tail address p + size) is garbage.`,
      }, 'segmentation fault');
    try {
      const id = s.read8(p - SST);
      reads.push({ address: p - SST, length: 1, bytes: [id], meaning: `API id byte (expected '${String.fromCharCode(api)}')` });
      if (id !== api) {
        this.dump(p);
        const c = (b: number) => String.fromCharCode(b);
        this.fatal._Py_FatalErrorFunc(func, `bad ID: Allocated using API '${c(id)}', verified using API '${c(api)}'`, {
          where: '_PyMem_DebugCheckAddress',
          call: `${func}(${formatPointer(p)})`,
          reads,
          conclusion: `The byte at p-8 is 0x${id.toString(16).padStart(2, '0')}, not the API id 0x${api.toString(16)} ('${c(api)}') this function expects: the block was not allocated by this family's debug hook (or was already freed).`,
        });
      }
      const lead = s.readBytes(p - (SST - 1), SST - 1);
      reads.push({ address: p - (SST - 1), length: SST - 1, bytes: [...lead], meaning: 'leading pad (7 x 0xfd expected)' });
      for (let i = SST - 1; i >= 1; i--) {
        if (s.read8(p - i) !== this.layout.PYMEM_FORBIDDENBYTE) {
          this.dump(p);
          this.fatal._Py_FatalErrorFunc(func, 'bad leading pad byte', {
            where: '_PyMem_DebugCheckAddress',
            call: `${func}(${formatPointer(p)})`,
            reads,
            conclusion: `The byte at p-${i} is not 0xfd: something wrote in front of the block (an underflow).`,
          });
        }
      }
      const nbytes = read_size_t(s, p - 2 * SST);
      reads.push({ address: p - 2 * SST, length: SST, bytes: [...s.readBytes(p - 2 * SST, SST)], meaning: `requested size N, big-endian (${nbytes})` });
      const tail = addSize(p, nbytes);
      for (let i = 0; i < SST; i++) {
        if (s.read8(tail + i) !== this.layout.PYMEM_FORBIDDENBYTE) {
          reads.push({ address: tail, length: SST, bytes: [...s.readBytes(tail, SST)], meaning: 'trailing pad (8 x 0xfd expected)' });
          this.dump(p);
          this.fatal._Py_FatalErrorFunc(func, 'bad trailing pad byte', {
            where: '_PyMem_DebugCheckAddress',
            call: `${func}(${formatPointer(p)})`,
            reads,
            conclusion: `The byte at tail+${i} (p+${nbytes + BigInt(i)}) is not 0xfd: something wrote past the ${nbytes} requested bytes (an overflow).`,
          });
        }
      }
    } catch (e) {
      if (e instanceof SegmentationFault) segv(e);
      throw e;
    }
  }

  private dump(p: number): void {
    dumpAddress(this.space, this.process, this.layout, p, this.profile.debugHooks.tracemallocHint);
  }
}
