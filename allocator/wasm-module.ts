/*
 * A small WebAssembly binary writer: enough of the format (WebAssembly Core Specification 1.0,
 * chapter 5, "Binary Format") to write one module that imports a memory and immutable i32
 * globals and exports functions over i32/i64 values. Not a model of anything in CPython or glibc:
 * it lets a hot path of the model run as WebAssembly over the very bytes of simulated memory
 * (see pymalloc/wasm-fast-paths.ts), written here in TypeScript, without a toolchain.
 * Main exports: Asm (one function body, instruction by instruction) and wasmModule.
 */

export const enum ValType {
  I32 = 0x7f,
  I64 = 0x7e,
}

/** Unsigned LEB128 (indexes, counts, sizes, memory offsets). */
function uleb(n: number, out: number[]): void {
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
}

/** Signed LEB128 of an integer that fits in 53 bits (i32.const, i64.const). */
function sleb(n: number, out: number[]): void {
  for (;;) {
    const byte = ((n % 128) + 128) % 128;
    n = Math.floor(n / 128);
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return;
  }
}

function name(s: string, out: number[]): void {
  uleb(s.length, out);
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

/**
 * One function body as it is written: each method appends one instruction (its opcode from the
 * specification's instruction index) and returns this, so a body reads as a stack program.
 * Loads and stores take the byte offset of their memory operand; alignment hints are the
 * natural ones.
 */
export class Asm {
  readonly code: number[] = [];
  private op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }
  // control
  if_(): this { return this.op(0x04, 0x40); }
  end(): this { return this.op(0x0b); }
  return_(): this { return this.op(0x0f); }
  // variables
  get(i: number): this { this.op(0x20); uleb(i, this.code); return this; }
  set(i: number): this { this.op(0x21); uleb(i, this.code); return this; }
  tee(i: number): this { this.op(0x22); uleb(i, this.code); return this; }
  global(i: number): this { this.op(0x23); uleb(i, this.code); return this; }
  // memory
  i32_load(offset = 0): this { this.op(0x28, 2); uleb(offset, this.code); return this; }
  i32_load8_u(offset = 0): this { this.op(0x2d, 0); uleb(offset, this.code); return this; }
  i32_store(offset = 0): this { this.op(0x36, 2); uleb(offset, this.code); return this; }
  i64_store(offset = 0): this { this.op(0x37, 3); uleb(offset, this.code); return this; }
  // constants
  i32(n: number): this { this.op(0x41); sleb(n, this.code); return this; }
  i64(n: number): this { this.op(0x42); sleb(n, this.code); return this; }
  // i32 arithmetic and comparison
  i32_eqz(): this { return this.op(0x45); }
  i32_eq(): this { return this.op(0x46); }
  i32_ne(): this { return this.op(0x47); }
  i32_lt_u(): this { return this.op(0x49); }
  i32_ge_u(): this { return this.op(0x4f); }
  i32_le_u(): this { return this.op(0x4d); }
  i32_add(): this { return this.op(0x6a); }
  i32_sub(): this { return this.op(0x6b); }
  i32_and(): this { return this.op(0x71); }
  i32_or(): this { return this.op(0x72); }
  i32_xor(): this { return this.op(0x73); }
  i32_shl(): this { return this.op(0x74); }
  i32_shr_u(): this { return this.op(0x76); }
}

export interface WasmFunction {
  name: string;
  params: ValType[];
  results: ValType[];
  /** Types of the locals after the parameters. */
  locals: ValType[];
  body: Asm;
}

function section(id: number, content: number[], out: number[]): void {
  out.push(id);
  uleb(content.length, out);
  out.push(...content);
}

/**
 * A module importing memory `m.memory` (no maximum) and the immutable i32 globals `g.<name>`
 * (global index = position in `globals`), exporting `functions` by name (function index =
 * position).
 */
export function wasmModule(globals: readonly string[], functions: readonly WasmFunction[]): Uint8Array<ArrayBuffer> {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types: number[] = [];
  uleb(functions.length, types);
  for (const f of functions) {
    types.push(0x60);
    uleb(f.params.length, types);
    types.push(...f.params);
    uleb(f.results.length, types);
    types.push(...f.results);
  }
  section(1, types, out);
  const imports: number[] = [];
  uleb(1 + globals.length, imports);
  name('m', imports);
  name('memory', imports);
  imports.push(0x02, 0x00, 0x00); // memory, limits {min 0}
  for (const g of globals) {
    name('g', imports);
    name(g, imports);
    imports.push(0x03, ValType.I32, 0x00); // global, i32, immutable
  }
  section(2, imports, out);
  const funcs: number[] = [];
  uleb(functions.length, funcs);
  functions.forEach((_, i) => uleb(i, funcs));
  section(3, funcs, out);
  const exports: number[] = [];
  uleb(functions.length, exports);
  functions.forEach((f, i) => {
    name(f.name, exports);
    exports.push(0x00);
    uleb(i, exports);
  });
  section(7, exports, out);
  const code: number[] = [];
  uleb(functions.length, code);
  for (const f of functions) {
    const body: number[] = [];
    uleb(f.locals.length, body);
    for (const t of f.locals) body.push(0x01, t);
    body.push(...f.body.code, 0x0b);
    uleb(body.length, code);
    code.push(...body);
  }
  section(10, code, out);
  return new Uint8Array(out);
}
