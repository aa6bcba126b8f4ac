/*
 * The state compiled C code runs against: the machine, memory access, the frame and stack
 * pointers, the step budget, and the ways a run ends from the C side (SIGSEGV with the faulting
 * expression as evidence, SIGFPE for integer division by zero, the step limit). One Runtime per
 * run; the functions emit-*.ts generate capture it. Main exports: Runtime, LimitReached,
 * CompiledFunction, Body.
 * Interpreted functions are called like gcc -O0 code: the caller's rsp is 16-aligned, the callee
 * (its generated prologue, R.enter) pushes a return address and the saved rbp (written through
 * the stack's one view, Stack.view), then reserves its frame below; R.leave is the epilogue. A 64-bit
 * integer result may come back as two words in rh, rl (R.toWords).
 * SIMPLIFIED: calls into the machine (printf, malloc, ...) use no simulated stack; a C function's
 * address is its slot in the machine's FunctionTable (libpython's text mapping), not a.out's .text.
 */
import { SegmentationFault, type MappingView } from '../../allocator/address-space';
import type { Machine } from '../../allocator/machine';
import type { CArg, FunctionTable } from '../../allocator/native-function';
import { ProcessEnd, type Evidence } from '../../allocator/process';
import type { Loc } from './diagnostics';
import { Memory } from './memory';
import { Stack } from './image';
import { joinS64, joinU64, type Val } from './values';

const TWO32 = 4294967296;
/** 2^-32: x * TWO_NEG32 is x / 2^32 exactly (a power-of-two scaling), without a division. */
const TWO_NEG32 = 2 ** -32;
/** The argument list of a call with none (never written). */
export const NO_ARGS: readonly Val[] = Object.freeze([]);

/** Ends a run that hit a simulation limit (not something the real program would do). */
export class LimitReached extends Error {
  constructor(readonly limit: 'steps' | 'memory' | 'stack', message: string) {
    super(message);
    this.name = 'LimitReached';
  }
}

export type Ev = () => Val;

/**
 * A compiled C function's JS function: takes the argument values, sets up its own frame
 * (R.enter / R.leave, as gcc -O0's prologue and epilogue), stores the arguments in their
 * parameter slots and returns R.ret (null: a 64-bit result left as words in R.rh, R.rl).
 */
export type Body = (...args: Val[]) => Val | undefined | null;

export interface CompiledFunction {
  name: string;
  frameSize: number;
  /** How many parameters the function has (a call through a pointer may pass fewer). */
  arity: number;
  /** How each CArg from native code becomes a value of the parameter's type. */
  fromNative: ((a: CArg | undefined) => Val)[];
  /** Return value to native code. */
  toNative: (v: Val | undefined) => CArg | undefined;
  body: Body;
  address: number;
  /** For a function returning a 64-bit integer: whether signed (how R.call joins `rh`/`rl`). */
  retSigned?: boolean;
}

/** The return address gcc's `call` would push; any text address will do for the model. */
const FAKE_RETURN_ADDRESS = 0x5555_5555_5200;
const FAKE_RETURN_HI = Math.floor(FAKE_RETURN_ADDRESS / TWO32);
const FAKE_RETURN_LO = FAKE_RETURN_ADDRESS - FAKE_RETURN_HI * TWO32;
/** Runtime's image fields before there is an image: an empty view, never live. */
const NO_IMAGE = { view: new DataView(new ArrayBuffer(0)), state: { live: false } } as const;

export class Runtime {
  readonly mem: Memory;
  readonly functions: FunctionTable;
  readonly stack: Stack;
  fp: number;
  sp: number;
  /**
   * The whole stack as one DataView (Stack.view: byte 0 is address stack.limit), and `fo`, fp's
   * offset in it. Locals are read and written through it: a frame is always inside [sp, top),
   * which is mapped.
   */
  readonly fv: DataView;
  fo = 0;
  /** Copies of stack.limit (fv's byte 0) and stack.low, one load each for enter(). */
  private readonly stackBase: number;
  private stackLow: number;
  /**
   * The program's .data/.bss mapping as one DataView (byte 0 is address imageBase), for compiled
   * code's globals, while imageState.live (AddressSpace.mappingView); an empty view before
   * useImage or when there is none.
   */
  imageView: DataView = NO_IMAGE.view;
  imageBase = 0;
  imageState: { readonly live: boolean } = NO_IMAGE.state;
  steps = 0;
  stepLimit: number;
  /**
   * The value of the last `return e;` (undefined: fell off the end; null: a 64-bit integer left
   * as its two words in `rh`, `rl`, so that a value beyond 2^53 makes no bigint on the way).
   */
  ret: Val | undefined | null = undefined;
  rh = 0;
  rl = 0;
  depth = 0;
  readonly byAddress = new Map<number, CompiledFunction>();
  /** Source lines by file, to quote the faulting line in evidence. */
  sourceLines: (file: string, line: number) => string | undefined = () => undefined;

  constructor(readonly machine: Machine, stepLimit: number, readonly onStep: ((line: number) => void) | null) {
    this.mem = new Memory(machine.space);
    this.functions = machine.functions;
    this.stack = new Stack(machine.space);
    this.sp = this.stack.initialSp;
    this.fp = this.sp;
    this.fv = this.stack.view;
    this.stackBase = this.stack.limit;
    this.stackLow = this.stack.low;
    this.fo = this.fp - this.stackBase;
    this.stepLimit = stepLimit;
  }

  /** The program's globals are in this mapping (from image.ts's layout). */
  useImage(m: MappingView | undefined): void {
    if (m === undefined) return;
    this.imageView = m.view;
    this.imageBase = m.base;
    this.imageState = m.state;
  }

  outOfSteps(): never {
    throw new LimitReached('steps', `pymem: stopped after ${this.stepLimit} steps (the step limit); the program may loop forever`);
  }

  /** A pointer value as an address; a non-canonical one (beyond 2^53 here) faults on use. */
  ptr(v: Val, loc: Loc, what: string): number {
    if (typeof v === 'number') return v;
    throw this.segv(Number(BigInt.asUintN(64, v)), 'read', loc, what);
  }

  /** SIGSEGV from compiled code: evidence names the C expression and line that touched memory. */
  segv(address: number, access: 'read' | 'write', loc: Loc, what: string): ProcessEnd {
    const region = this.machine.space.regionOf(address);
    const line = this.sourceLines(loc.file, loc.line)?.trim();
    const evidence: Evidence = {
      where: 'C code',
      call: `${loc.file}:${loc.line}: ${what}`,
      reads: [{ address, length: 1, bytes: null, meaning: `the ${access} by \`${what}\`` }],
      conclusion:
        `${loc.file}:${loc.line}${line ? ` (\`${line}\`)` : ''}: \`${what}\` ${access === 'write' ? 'writes' : 'reads'} address 0x${address.toString(16)}, ` +
        (region ? `which is in the read-only mapping ${region.name}` : address < 0x10000 ? 'which is unmapped (a NULL or near-NULL pointer)' : 'which is not mapped') +
        ': the kernel sends SIGSEGV.',
    };
    return new ProcessEnd(139, 'SIGSEGV', evidence, `segmentation fault: ${access} at 0x${address.toString(16)}`);
  }

  /** Turns a SegmentationFault thrown during `what` into SIGSEGV; other throws pass through. */
  fault(e: unknown, loc: Loc, what: string): unknown {
    if (e instanceof SegmentationFault) return this.segv(e.address, e.access, loc, what);
    return e;
  }

  sigfpe(loc: Loc, what: string): never {
    const line = this.sourceLines(loc.file, loc.line)?.trim();
    throw new ProcessEnd(136, 'SIGFPE', {
      where: 'C code',
      call: `${loc.file}:${loc.line}: ${what}`,
      reads: [],
      conclusion: `${loc.file}:${loc.line}${line ? ` (\`${line}\`)` : ''}: integer division ${what} traps (x86-64 idiv raises #DE): the kernel sends SIGFPE.`,
    }, 'integer divide error');
  }

  /** Calls an interpreted C function with already-converted argument values. */
  call(f: CompiledFunction, args: readonly Val[]): Val | undefined {
    const r = this.invoke(f, args);
    return r !== null ? r : f.retSigned === true ? joinS64(this.rh, this.rl) : joinU64(this.rh, this.rl);
  }

  /** Puts a returned value (undefined: none) into rh, rl as two int32 words. */
  toWords(r: Val | undefined): void {
    if (typeof r === 'number') {
      const hi = Math.floor(r * TWO_NEG32);
      this.rl = (r - hi * TWO32) | 0;
      this.rh = hi | 0;
    } else if (r === undefined) {
      this.rl = 0;
      this.rh = 0;
    } else {
      this.rl = Number(BigInt.asIntN(32, r));
      this.rh = Number(BigInt.asIntN(32, r >> 32n));
    }
  }

  private invoke(f: CompiledFunction, args: readonly Val[]): Val | undefined | null {
    if (args.length >= f.arity) return f.body(...args);
    // Called through a pointer with fewer arguments: the missing ones read as 0.
    const padded = args.slice();
    while (padded.length < f.arity) padded.push(0);
    return f.body(...padded);
  }

  /**
   * A compiled function's prologue: below the caller's 16-aligned rsp, push a return address
   * and the saved rbp (written into simulated stack memory, through the stack's view), then
   * reserve frameSize bytes. The caller's fp and sp are kept in the callee's JS locals and given
   * back to leave().
   */
  enter(frameSize: number, name: string): void {
    const savedFp = this.fp;
    const fp = this.sp - 16;
    const sp = fp - frameSize;
    if (sp < this.stackLow) this.growStack(sp, name);
    const fv = this.fv;
    const fo = fp - this.stackBase;
    fv.setUint32(fo + 8, FAKE_RETURN_LO, true);
    fv.setUint32(fo + 12, FAKE_RETURN_HI, true);
    const sh = Math.floor(savedFp * TWO_NEG32);
    fv.setUint32(fo, savedFp - sh * TWO32, true);
    fv.setUint32(fo + 4, sh, true);
    this.fo = fo;
    this.fp = fp;
    this.sp = sp;
    this.ret = undefined;
    this.depth++;
  }

  /** The epilogue: the caller's frame again. */
  leave(fp: number, sp: number): void {
    this.depth--;
    this.fp = fp;
    this.sp = sp;
    this.fo = fp - this.stackBase;
  }

  private growStack(sp: number, name: string): void {
    const ok = this.stack.grow(sp);
    this.stackLow = this.stack.low;
    if (ok === null) throw new LimitReached('memory', 'pymem: the memory cap was reached growing the stack');
    if (!ok) {
      throw new ProcessEnd(139, 'SIGSEGV', {
        where: 'C code',
        call: `${name}()`,
        reads: [{ address: sp, length: 16, bytes: null, meaning: `the frame of ${name}()` }],
        conclusion: `Stack overflow: calling ${name}() at depth ${this.depth} needs the stack down to 0x${sp.toString(16)}, below the 8 MiB stack limit (0x${this.stack.limit.toString(16)}); the access hits the guard gap and the kernel sends SIGSEGV.`,
      }, 'stack overflow');
    }
  }

  /** What native code (the machine) calling back into C runs: CArgs in, CArg out. */
  callFromNative(f: CompiledFunction, args: readonly CArg[]): CArg | undefined {
    const vals: Val[] = [];
    for (let i = 0; i < f.fromNative.length; i++) vals.push(f.fromNative[i]!(args[i]));
    return f.toNative(this.call(f, vals));
  }
}
