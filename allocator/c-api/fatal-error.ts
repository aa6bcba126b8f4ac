/*
 * Models CPython 3.11 Python/pylifecycle.c: fatal_error(), _Py_FatalErrorFunc,
 * _Py_FatalErrorFormat, fatal_error_dump_runtime and the thread dump of Python/traceback.c
 * (_Py_DumpTracebackThreads for a thread with no Python frame). Main export: FatalError.
 * Text goes to fd 2 line by line: "Fatal Python error: <func>: <msg>", "Python runtime state:
 * <state>", a pending exception if the thread holds the GIL, "\n", "Current thread 0x%016lx
 * (most recent call first):", "  <no Python frame>"; then abort() (134), or exit(status) when
 * called from Py_ExitStatusException with a status >= 0.
 * SIMPLIFIED: one thread (MAIN_THREAD_ID), never a Python frame, no "Extension modules:" line.
 */

import type { Evidence, Process } from '../process';
import type { FatalErrorSink } from '../debug-hooks/debug-alloc';
import { MAIN_THREAD_ID } from './libpython-image';

/** What fatal_error_dump_runtime() can print. */
export type RuntimeState = 'unknown' | 'preinitializing' | 'preinitialized' | 'core initialized' | 'initialized';

export interface FatalErrorEnv {
  process: Process;
  /** 3.9+: "Fatal Python error: func: msg"; older: no function name. */
  withFunction: boolean;
  runtimeState(): RuntimeState;
  /** Whether an interpreter (and so a thread state to dump) exists. */
  hasInterpreter(): boolean;
  /** tstate != NULL && it holds the GIL. */
  holdsGil(): boolean;
  /** _Py_FatalError_PrintExc: prints a pending exception; true if it had a traceback. */
  printPendingException(): boolean;
  /** Called before exit(status) so the C runtime can flush stdio as exit() does. */
  beforeExit?(): void;
}

export class FatalError implements FatalErrorSink {
  private reentrant = false;

  constructor(private readonly env: FatalErrorEnv) {}

  /** Models _Py_FatalErrorFunc(func, msg): fatal_error(fd 2, header 1, func, msg, -1). */
  _Py_FatalErrorFunc(func: string | null, msg: string | null, evidence?: Evidence): never {
    return this.fatal_error(true, func, msg, -1, evidence);
  }

  /** Models _Py_FatalErrorFormat(func, format, ...): the caller has formatted the text. */
  _Py_FatalErrorFormat(func: string | null, text: string, evidence?: Evidence): never {
    return this.fatal_error(true, func, text, -1, evidence);
  }

  /** Models Py_FatalError(msg) (the macro passes __func__). */
  Py_FatalError(func: string, msg: string): never {
    return this.fatal_error(true, func, msg, -1);
  }

  /** Models fatal_error(fd, header, prefix, msg, status). */
  fatal_error(header: boolean, prefix: string | null, msg: string | null, status: number, evidence?: Evidence): never {
    const { process } = this.env;
    const out = (s: string) => process.write(2, s);
    if (this.reentrant) return this.fatal_error_exit(status, evidence);
    this.reentrant = true;
    if (header) {
      out('Fatal Python error: ');
      if (prefix && this.env.withFunction) {
        out(prefix);
        out(': ');
      }
      out(msg ?? '<message not set>');
      out('\n');
    }
    out(`Python runtime state: ${this.env.runtimeState()}\n`);
    const hasGil = this.env.holdsGil();
    if (!hasGil || !this.env.printPendingException()) this.dumpTracebacks();
    return this.fatal_error_exit(status, evidence);
  }

  /** _Py_FatalError_DumpTracebacks: "\n" then every thread (here: the main one, no frame). */
  private dumpTracebacks(): void {
    const out = (s: string) => this.env.process.write(2, s);
    out('\n');
    if (!this.env.hasInterpreter()) return; // "unable to get the interpreter state": nothing printed
    out(`Current thread 0x${MAIN_THREAD_ID.toString(16).padStart(16, '0')} (most recent call first):\n`);
    out('  <no Python frame>\n');
  }

  private fatal_error_exit(status: number, evidence?: Evidence): never {
    const { process } = this.env;
    if (status < 0) return process.abort(evidence ?? null, 'abort() from Py_FatalError');
    this.env.beforeExit?.();
    if (evidence) process.noteEvidence(evidence);
    return process.exit(status);
  }
}
