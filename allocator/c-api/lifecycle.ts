/*
 * Models CPython 3.11 Python/pylifecycle.c and Python/preconfig.c as far as memory is concerned:
 * Py_Initialize (pre-initialisation reads PYTHONMALLOC in preconfig_init_allocator and installs
 * the allocators with _PyMem_SetupAllocators; then the interpreter's own allocations, replayed
 * from a real recording), Py_Finalize, Py_IsInitialized and the runtime state the fatal-error
 * text reports. Main export: Lifecycle.
 * An unknown PYTHONMALLOC name ends pre-initialisation with
 *   "Fatal Python error: preconfig_init_allocator: PYTHONMALLOC: unknown allocator"
 * via Py_ExitStatusException -> fatal_error(..., status 1): exit(1), not abort().
 * SIMPLIFIED: Py_Finalize releases nothing (real finalisation frees most interpreter memory)
 * and leaves the runtime state "unknown"; the GIL is held from Py_Initialize to Py_Finalize.
 */

import type { PyMemDomains } from './domains';
import type { FatalError, RuntimeState } from './fatal-error';
import { replayWarmup, type WarmupResult, type WarmupTarget } from './warmup';

export class Lifecycle {
  state: RuntimeState = 'unknown';
  initialized = false;
  /** Whether the allocators were set up by a pre-initialisation (PYTHONMALLOC is read once). */
  private preinitialized = false;
  warmup: WarmupResult | null = null;

  constructor(
    private readonly domains: PyMemDomains,
    private readonly fatal: FatalError,
    /** The raw PYTHONMALLOC environment value; null = unset. */
    private readonly pythonmalloc: string | null,
    private readonly warmupTarget: (() => WarmupTarget) | null,
  ) {}

  /** Models preconfig_init_allocator + _PyPreConfig_Write's allocator part. */
  private preinitialize(): void {
    this.state = 'preinitializing';
    // config_get_env(): an empty value counts as unset.
    const env = this.pythonmalloc === '' ? null : this.pythonmalloc;
    let name = this.domains._PyMem_GetAllocatorName(null);
    if (env !== null) {
      const n = this.domains._PyMem_GetAllocatorName(env);
      if (n === null) {
        this.fatal.fatal_error(true, 'preconfig_init_allocator', 'PYTHONMALLOC: unknown allocator', 1, {
          where: 'preconfig_init_allocator',
          call: 'Py_Initialize()',
          reads: [],
          conclusion: `PYTHONMALLOC=${JSON.stringify(env)} is not one of default, debug, pymalloc, pymalloc_debug, malloc, malloc_debug; pre-initialization fails and Py_ExitStatusException exits with status 1.`,
        });
      }
      name = n;
      // _PyPreConfig_Write: allocator != PYMEM_ALLOCATOR_NOT_SET -> _PyMem_SetupAllocators.
      this.domains._PyMem_SetupAllocators(name);
    }
    this.preinitialized = true;
    this.state = 'preinitialized';
  }

  /** Models Py_Initialize() (Py_InitializeEx(1)). */
  Py_Initialize(): void {
    if (this.initialized) return;
    if (!this.preinitialized) this.preinitialize();
    this.state = 'core initialized';
    if (this.warmupTarget) this.warmup = replayWarmup(this.warmupTarget());
    this.initialized = true;
    this.state = 'initialized';
  }

  /** Models Py_FinalizeEx(); returns 0. */
  Py_FinalizeEx(): number {
    if (!this.initialized) return 0;
    this.initialized = false;
    this.state = 'unknown';
    return 0;
  }

  Py_Finalize(): void {
    this.Py_FinalizeEx();
  }

  Py_IsInitialized(): number {
    return this.initialized ? 1 : 0;
  }

  /** The main thread's state was detached by PyEval_SaveThread (the GIL is released). */
  private gilReleased = false;

  /**
   * PyGILState_Check(): true before initialisation (the TSS key does not exist yet), false while
   * PyEval_SaveThread has detached the thread state.
   */
  gilHeld(): boolean {
    return !this.initialized || !this.gilReleased;
  }

  /** Models PyEval_SaveThread(): detach the thread state, release the GIL, return the state. */
  PyEval_SaveThread(tstate: number): number {
    this.gilReleased = true;
    return tstate;
  }

  /** Models PyEval_RestoreThread(tstate): take the GIL back. */
  PyEval_RestoreThread(): void {
    this.gilReleased = false;
  }
}
