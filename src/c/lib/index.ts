/*
 * The C library of the simulated machine: everything a sample's #include <stdio.h>, <stdlib.h>,
 * <string.h>, <assert.h>, <errno.h> declares, except the malloc family, which the machine's glibc
 * malloc model defines itself. Main exports: installLibc, Stdio, Libc.
 * installLibc maps libc's data (the FILE objects, errno), defines every function on
 * machine.functions, and returns the data symbols (stdin, stdout, stderr) the C runtime binds
 * `extern FILE *stdout` & co. to, plus exit() for the runtime's return from main().
 */

import type { LibcHost } from './host';
import { LibcData } from './libc-data';
import { installAssert } from './assert';
import { Stdio } from './stdio';
import { installStdioFunctions } from './stdio-functions';
import { installStdlib } from './stdlib';
import { installString } from './string';

export { Stdio, type StdioOptions, type StdoutKind } from './stdio';
export type { LibcHost, LibcMalloc } from './host';
export { LibcData } from './libc-data';
export { formatPrintf } from './printf-format';

export interface LibcOptions {
  /** Page-aligned base of libc's data mapping; default: the two pages at the layout's mmapTop. */
  libcDataBase?: number;
  /** argv[0]'s basename as glibc's __progname holds it (assert messages start with it). */
  programName?: string;
}

export interface Libc {
  readonly data: LibcData;
  readonly stdio: Stdio;
  /** Data symbols: name -> address of the variable (stdin, stdout, stderr hold FILE *). */
  readonly symbols: Readonly<Record<string, number>>;
  /** What returning from main does: exit(status) (flushes stdio, then ends the process). */
  exit(status: number): never;
}

/** Every function name installLibc defines (for the runtime's "is it declared?" checks). */
export const LIBC_FUNCTIONS = [
  'printf', 'fprintf', 'sprintf', 'snprintf', 'puts', 'putchar', 'fputs', 'fputc', 'putc',
  'fwrite', 'fread', 'fflush', 'perror',
  'memset', 'memcpy', 'memmove', 'memcmp', 'strlen', 'strcpy', 'strncpy', 'strcat', 'strncat',
  'strcmp', 'strncmp', 'strchr', 'strrchr', 'strstr', 'strdup', 'strerror',
  'abort', 'exit', 'atoi', 'atol', 'strtol', 'strtoul', 'abs', 'labs', 'rand', 'srand',
  '__errno_location', '__assert_fail',
] as const;

export function installLibc(machine: LibcHost, stdio: Stdio = new Stdio(), options: LibcOptions = {}): Libc {
  const data = new LibcData(machine.space, options.libcDataBase ?? machine.space.layout.mmapTop, machine.libc);
  stdio.attach(machine, data);
  installStdioFunctions(machine, data, stdio);
  installString(machine, data);
  installStdlib(machine, data, stdio);
  installAssert(machine, stdio, options.programName ?? 'a.out');
  // A fatal path of the machine's own that ends in exit() (not abort) flushes stdio too.
  if ('beforeExit' in machine) machine.beforeExit = () => stdio.flushAll();
  return {
    data,
    stdio,
    symbols: data.symbols(),
    exit(status: number): never {
      stdio.flushAll();
      return machine.process.exit(status);
    },
  };
}
