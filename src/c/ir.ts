/*
 * The typed intermediate form between semantic analysis (check-*.ts) and closure generation
 * (emit-*.ts): every expression carries its C type, every implicit conversion is explicit
 * (`conv`), lvalues are distinct from values (`load`), pointer arithmetic is scaled, and
 * locals are frame offsets. Main exports: Expr, Stmt, symbols, Program.
 */
import type { Loc } from './diagnostics';
import type { CType, FuncType, PointerType } from './types';
import type { Val } from './values';

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^';
export type CmpOp = '<' | '>' | '<=' | '>=' | '==' | '!=';

export interface StringLit {
  bytes: Uint8Array; // including the terminating NUL
  addr: number; // assigned when the image is laid out
}

export interface GlobalSym {
  kind: 'global';
  name: string;
  type: CType;
  isStatic: boolean;
  /** Has a definition here (with or without initialiser); otherwise resolved from the machine. */
  defined: boolean;
  init: Init | null;
  addr: number;
  loc: Loc;
  /** First use, for "undefined reference" messages about extern data. */
  usedAt?: Loc | null;
}

export interface FuncSym {
  kind: 'func';
  name: string;
  type: FuncType;
  isStatic: boolean;
  def: FuncDef | null;
  /** Address in the machine's function table (set at link time). */
  addr: number;
  loc: Loc;
  /** First call site, for "undefined reference" messages. */
  usedAt: Loc | null;
}

/** A frame offset (from the frame pointer, negative), fixed once the whole function is seen. */
export interface Slot {
  off: number;
}

export interface FuncDef {
  sym: FuncSym;
  params: { slot: Slot; type: CType }[];
  frameSize: number;
  body: Stmt;
  loc: Loc;
}

/** A local object's bytes, set by a list of stores (after zero-filling when `zero`). */
export interface Init {
  type: CType;
  zero: boolean;
  items: InitItem[];
}
export interface InitItem {
  off: number;
  type: CType; // scalar, or struct/union copied from an address
  e: Expr;
}

export type Expr =
  | { k: 'const'; t: CType; v: Val; loc: Loc }
  | { k: 'fconst'; t: CType; v: number; loc: Loc }
  | { k: 'local'; t: CType; slot: Slot; loc: Loc }
  | { k: 'global'; t: CType; sym: GlobalSym; loc: Loc }
  | { k: 'func'; t: FuncType; sym: FuncSym; loc: Loc }
  | { k: 'str'; t: CType; lit: StringLit; loc: Loc }
  | { k: 'deref'; t: CType; p: Expr; loc: Loc; text?: string }
  | { k: 'member'; t: CType; base: Expr; off: number; loc: Loc }
  | { k: 'addr'; t: PointerType; lv: Expr; loc: Loc }
  | { k: 'load'; t: CType; lv: Expr; loc: Loc }
  | { k: 'conv'; t: CType; e: Expr; loc: Loc }
  | { k: 'arith'; t: CType; op: ArithOp; l: Expr; r: Expr; loc: Loc }
  | { k: 'cmp'; t: CType; op: CmpOp; l: Expr; r: Expr; loc: Loc }
  | { k: 'ptradd'; t: CType; p: Expr; i: Expr; scale: number; loc: Loc }
  | { k: 'ptrdiff'; t: CType; l: Expr; r: Expr; scale: number; loc: Loc }
  | { k: 'neg' | 'bnot' | 'lnot'; t: CType; e: Expr; loc: Loc }
  | { k: 'logic'; t: CType; op: '&&' | '||'; l: Expr; r: Expr; loc: Loc }
  | { k: 'cond'; t: CType; c: Expr; a: Expr; b: Expr; loc: Loc }
  | { k: 'comma'; t: CType; l: Expr; r: Expr; loc: Loc }
  | { k: 'assign'; t: CType; lv: Expr; r: Expr; loc: Loc }
  /** lv = (lv.t)((ot)lv op (ot)r); for a pointer lv, op is + or - and r is scaled by `scale`. */
  | { k: 'opassign'; t: CType; lv: Expr; op: ArithOp; r: Expr; ot: CType; scale: number; loc: Loc }
  | { k: 'incdec'; t: CType; lv: Expr; delta: number; post: boolean; loc: Loc }
  | { k: 'call'; t: CType; fn: Expr; args: Expr[]; ft: FuncType; tmp: Slot | null; loc: Loc }
  | { k: 'compound'; t: CType; slot: Slot; init: Init; loc: Loc };

export type Stmt =
  | { k: 'expr'; e: Expr; loc: Loc }
  | { k: 'block'; body: Stmt[] }
  | { k: 'if'; c: Expr; a: Stmt; b: Stmt | null; loc: Loc }
  | { k: 'while'; c: Expr; body: Stmt; loc: Loc }
  | { k: 'do'; body: Stmt; c: Expr; loc: Loc }
  | { k: 'for'; init: Stmt | null; c: Expr | null; step: Expr | null; body: Stmt; loc: Loc }
  | { k: 'return'; e: Expr | null; loc: Loc }
  | { k: 'break'; loc: Loc }
  | { k: 'continue'; loc: Loc }
  | { k: 'switch'; c: Expr; body: Stmt[]; cases: { v: Val; index: number }[]; dflt: number; loc: Loc }
  | { k: 'init'; slot: Slot; init: Init; loc: Loc }
  | { k: 'nop' };

export interface Program {
  globals: GlobalSym[];
  functions: FuncSym[];
  strings: StringLit[];
  /** The fragment's wrapper or main. */
  entry: FuncSym | null;
}
