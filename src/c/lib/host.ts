/*
 * What the C library needs from the machine it runs on: the address space, the process (for
 * write(2), abort and exit), glibc's malloc (stdio's buffers and strdup allocate through it, so
 * they change the heap exactly as the real ones do) and the function table it defines its
 * functions in. Main export: LibcHost. allocator/machine.ts's Machine satisfies it.
 */

import type { AddressSpace } from '../../../allocator/address-space';
import type { FunctionTable } from '../../../allocator/native-function';
import type { Process } from '../../../allocator/process';

/** The part of the glibc malloc model the C library calls (its own internal mallocs). */
export interface LibcMalloc {
  malloc(size: number): number;
  free(ptr: number): void;
  /** Where the model records ENOMEM (GlibcMalloc has it); carried into errno on each read. */
  errno?: number;
}

export interface LibcHost {
  readonly space: AddressSpace;
  readonly process: Process;
  readonly libc: LibcMalloc;
  readonly functions: FunctionTable;
  /** Machine's hook run before a non-abort exit it causes itself; installLibc sets it to flush stdio. */
  beforeExit?: (() => void) | undefined;
}
