/*
 * The call boundary between interpreted C and the machine's own functions.
 * Every C library and Python C API function the machine provides (malloc, PyMem_Malloc,
 * Py_Initialize, ...) is a NativeFunction with an address in a simulated text segment, so C code
 * can take its address, store it in a PyMemAllocatorEx and call it back through a pointer; and
 * the C runtime registers interpreted functions here so the machine can call them in turn.
 * Main exports: NativeFunction, CArg, FunctionTable.
 */

/** A C argument or return value: pointers and integers as numbers; 64-bit values beyond 2^53 as bigint. */
export type CArg = number | bigint;

export interface NativeFunction {
  readonly name: string;
  readonly address: number;
  call(args: readonly CArg[]): CArg | undefined;
}

/** Text addresses handed out to functions, 16 bytes apart, inside a read-only mapping the owner made. */
export class FunctionTable {
  private readonly byName = new Map<string, NativeFunction>();
  private readonly byAddress = new Map<number, NativeFunction>();
  private next: number;

  constructor(textBase: number, private readonly textEnd: number) {
    this.next = textBase;
  }

  define(name: string, call: (args: readonly CArg[]) => CArg | undefined): NativeFunction {
    const existing = this.byName.get(name);
    if (existing) {
      const replaced: NativeFunction = { name, address: existing.address, call };
      this.byName.set(name, replaced);
      this.byAddress.set(existing.address, replaced);
      return replaced;
    }
    if (this.next >= this.textEnd) throw new RangeError('function table full');
    const fn: NativeFunction = { name, address: this.next, call };
    this.next += 16;
    this.byName.set(name, fn);
    this.byAddress.set(fn.address, fn);
    return fn;
  }

  get(name: string): NativeFunction | undefined {
    return this.byName.get(name);
  }

  at(address: number): NativeFunction | undefined {
    return this.byAddress.get(address);
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}

/** size_t from a C argument: bigints above 2^53 stay exact for comparisons via this helper. */
export function toSize(v: CArg): bigint {
  return BigInt.asUintN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v)));
}
