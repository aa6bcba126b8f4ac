/*
 * C99 types on x86-64 Linux (LP64, System V ABI): sizes, alignments, struct and union layout,
 * integer ranks, the integer promotions and usual arithmetic conversions (6.3.1.1, 6.3.1.8),
 * and gcc's spelling of a type in diagnostics. Main exports: CType and its constructors.
 * DIFFERS: long double has x87's size and alignment (16) but holds a double's value.
 */

export type IntKind =
  | 'bool' | 'char' | 'schar' | 'uchar' | 'short' | 'ushort'
  | 'int' | 'uint' | 'long' | 'ulong' | 'llong' | 'ullong';

interface TypeBase {
  /** The typedef name this type was spelt with, kept for gcc-style messages. */
  alias?: string;
  isConst?: boolean;
}

export interface VoidType extends TypeBase { kind: 'void' }
export interface IntType extends TypeBase {
  kind: 'int';
  ik: IntKind;
  size: 1 | 2 | 4 | 8;
  signed: boolean;
  /** Conversion rank (6.3.1.1): bool < char < short < int < long = long long here by size. */
  rank: number;
  /** An enum's tag when the type was spelt `enum tag`. */
  enumTag?: string;
}
export interface FloatType extends TypeBase { kind: 'float'; fk: 'float' | 'double' | 'ldouble'; size: 4 | 8 | 16 }
export interface PointerType extends TypeBase { kind: 'ptr'; to: CType }
export interface ArrayType extends TypeBase { kind: 'array'; of: CType; length: number | null }
export interface Member {
  name: string | null;
  type: CType;
  offset: number;
}
/** The one definition a struct type's copies (typedef names, const) share; completed in place. */
export interface StructDef {
  union: boolean;
  tag: string | null;
  /** null while incomplete (declared but not yet defined). */
  members: Member[] | null;
  size: number;
  align: number;
}
export interface StructType extends TypeBase {
  kind: 'struct';
  def: StructDef;
}
export interface FuncType extends TypeBase {
  kind: 'func';
  ret: CType;
  params: CType[];
  variadic: boolean;
  /** Declared without a prototype (`int f()`): arguments get the default promotions. */
  oldStyle: boolean;
}

export type CType = VoidType | IntType | FloatType | PointerType | ArrayType | StructType | FuncType;

const mkInt = (ik: IntKind, size: 1 | 2 | 4 | 8, signed: boolean, rank: number): IntType =>
  ({ kind: 'int', ik, size, signed, rank });

export const T = {
  void: { kind: 'void' } as VoidType,
  bool: mkInt('bool', 1, false, 0),
  char: mkInt('char', 1, true, 1),
  schar: mkInt('schar', 1, true, 1),
  uchar: mkInt('uchar', 1, false, 1),
  short: mkInt('short', 2, true, 2),
  ushort: mkInt('ushort', 2, false, 2),
  int: mkInt('int', 4, true, 3),
  uint: mkInt('uint', 4, false, 3),
  long: mkInt('long', 8, true, 4),
  ulong: mkInt('ulong', 8, false, 4),
  llong: mkInt('llong', 8, true, 5),
  ullong: mkInt('ullong', 8, false, 5),
  float: { kind: 'float', fk: 'float', size: 4 } as FloatType,
  double: { kind: 'float', fk: 'double', size: 8 } as FloatType,
  ldouble: { kind: 'float', fk: 'ldouble', size: 16 } as FloatType,
};

export const ptrTo = (to: CType): PointerType => ({ kind: 'ptr', to });
export const arrayOf = (of: CType, length: number | null): ArrayType => ({ kind: 'array', of, length });

/** size_t, ptrdiff_t as the compiler produces them (sizeof, pointer subtraction). */
export const SIZE_T: IntType = { ...T.ulong, alias: 'size_t' };
export const PTRDIFF_T: IntType = { ...T.long, alias: 'ptrdiff_t' };

export function sizeOf(t: CType): number {
  switch (t.kind) {
    case 'void': return 1; // gcc's extension: sizeof(void) == 1, void * arithmetic by bytes
    case 'int': return t.size;
    case 'float': return t.size;
    case 'ptr': return 8;
    case 'array': return t.length === null ? 0 : t.length * sizeOf(t.of);
    case 'struct': return t.def.size;
    case 'func': return 1;
  }
}

export function alignOf(t: CType): number {
  switch (t.kind) {
    case 'void': return 1;
    case 'int': return t.size;
    case 'float': return t.size;
    case 'ptr': return 8;
    case 'array': return alignOf(t.of);
    case 'struct': return t.def.align;
    case 'func': return 1;
  }
}

export const isInteger = (t: CType): t is IntType => t.kind === 'int';
export const isFloat = (t: CType): t is FloatType => t.kind === 'float';
export const isArithmetic = (t: CType): t is IntType | FloatType => t.kind === 'int' || t.kind === 'float';
export const isPointer = (t: CType): t is PointerType => t.kind === 'ptr';
export const isScalar = (t: CType): boolean => t.kind === 'int' || t.kind === 'float' || t.kind === 'ptr';
export const isStruct = (t: CType): t is StructType => t.kind === 'struct';
export const isVoidPtr = (t: CType): boolean => t.kind === 'ptr' && t.to.kind === 'void';
export const isComplete = (t: CType): boolean =>
  !(t.kind === 'void' || (t.kind === 'struct' && t.def.members === null) || (t.kind === 'array' && t.length === null));

/** Lays out members in order with natural alignment (System V); a union overlays them. */
export function layoutStruct(st: StructDef, members: { name: string | null; type: CType }[]): void {
  let offset = 0;
  let size = 0;
  let align = 1;
  const out: Member[] = [];
  for (const m of members) {
    const a = alignOf(m.type);
    align = Math.max(align, a);
    if (st.union) {
      out.push({ name: m.name, type: m.type, offset: 0 });
      size = Math.max(size, sizeOf(m.type));
    } else {
      offset = alignUp(offset, a);
      out.push({ name: m.name, type: m.type, offset });
      offset += sizeOf(m.type);
      size = offset;
    }
  }
  st.members = out;
  st.align = align;
  st.size = alignUp(size, align);
}

export const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Finds a member, looking inside anonymous struct/union members (C11, gcc in C99 mode). */
export function findMember(st: StructType, name: string): Member | null {
  for (const m of st.def.members ?? []) {
    if (m.name === name) return m;
    if (m.name === null && m.type.kind === 'struct') {
      const inner = findMember(m.type, name);
      if (inner) return { name, type: inner.type, offset: m.offset + inner.offset };
    }
  }
  return null;
}

/** 6.3.1.1p2: types of lower rank than int become int (all their values fit). */
export function promote(t: CType): CType {
  if (t.kind === 'int' && t.rank < 3) return T.int;
  if (t.kind === 'int' && t.enumTag) return T.int;
  return t;
}

/** 6.3.1.8: the common real type of two arithmetic operands. */
export function usualArithmetic(a: CType, b: CType): CType {
  if (a.kind === 'float' || b.kind === 'float') {
    const fa = a.kind === 'float' ? a.size : 0;
    const fb = b.kind === 'float' ? b.size : 0;
    const s = Math.max(fa, fb);
    return s === 16 ? T.ldouble : s === 8 ? T.double : T.float;
  }
  const x = promote(a) as IntType;
  const y = promote(b) as IntType;
  if (x.ik === y.ik) return stripAlias(x);
  if (x.signed === y.signed) return stripAlias(x.rank >= y.rank ? x : y);
  const [u, s] = x.signed ? [y, x] : [x, y];
  if (u.rank >= s.rank) return stripAlias(u);
  if (s.size > u.size) return stripAlias(s);
  return unsignedOf(s);
}

export function unsignedOf(t: IntType): IntType {
  switch (t.ik) {
    case 'char': case 'schar': return T.uchar;
    case 'short': return T.ushort;
    case 'int': return T.uint;
    case 'long': return T.ulong;
    case 'llong': return T.ullong;
    default: return t;
  }
}

export function stripAlias<X extends CType>(t: X): X {
  if (t.alias === undefined && !t.isConst) return t;
  const { alias: _a, isConst: _c, ...rest } = t;
  return rest as X;
}

export const qualified = <X extends CType>(t: X, isConst: boolean): X => (isConst ? { ...t, isConst: true } : t);

/** Same type, ignoring typedef names and top-level qualifiers (6.2.7 compatibility, roughly). */
export function sameType(a: CType, b: CType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'void': return true;
    case 'int': return a.ik === (b as IntType).ik;
    case 'float': return a.fk === (b as FloatType).fk;
    case 'ptr': return sameType(a.to, (b as PointerType).to);
    case 'array': {
      const bb = b as ArrayType;
      return sameType(a.of, bb.of) && (a.length === null || bb.length === null || a.length === bb.length);
    }
    case 'struct': return a.def === (b as StructType).def;
    case 'func': {
      const bf = b as FuncType;
      if (!sameType(a.ret, bf.ret)) return false;
      if (a.oldStyle || bf.oldStyle) return true;
      return a.variadic === bf.variadic && a.params.length === bf.params.length && a.params.every((p, i) => sameType(p, bf.params[i]!));
    }
  }
}

const INT_NAMES: Record<IntKind, string> = {
  bool: '_Bool', char: 'char', schar: 'signed char', uchar: 'unsigned char', short: 'short int',
  ushort: 'short unsigned int', int: 'int', uint: 'unsigned int', long: 'long int',
  ulong: 'long unsigned int', llong: 'long long int', ullong: 'long long unsigned int',
};

/** gcc's spelling: 'char *', 'const char *', 'int (*)(int)', 'struct foo', 'PyObject *'. */
export function typeName(t: CType): string {
  return spell(t, '').trim();
}

function spell(t: CType, inner: string): string {
  const c = t.isConst ? 'const ' : '';
  if (t.alias) return `${c}${t.alias}${inner ? ' ' + inner : ''}`;
  switch (t.kind) {
    case 'void': return `${c}void${inner ? ' ' + inner : ''}`;
    case 'int': return `${c}${t.enumTag ? 'enum ' + t.enumTag : INT_NAMES[t.ik]}${inner ? ' ' + inner : ''}`;
    case 'float': return `${c}${t.fk === 'ldouble' ? 'long double' : t.fk}${inner ? ' ' + inner : ''}`;
    case 'struct': return `${c}${t.def.union ? 'union' : 'struct'} ${t.def.tag ?? '<anonymous>'}${inner ? ' ' + inner : ''}`;
    case 'ptr': {
      const q = t.isConst ? ' const' : '';
      const needParens = t.to.kind === 'array' || t.to.kind === 'func';
      const s = `*${q}${inner}`;
      return spell(t.to, needParens ? `(${s})` : s);
    }
    case 'array': return spell(t.of, `${inner}[${t.length ?? ''}]`);
    case 'func': {
      const ps = t.oldStyle ? '' : t.params.length === 0 && !t.variadic ? 'void' : [...t.params.map(typeName), ...(t.variadic ? ['...'] : [])].join(', ');
      return spell(t.ret, `${inner}(${ps})`);
    }
  }
}
