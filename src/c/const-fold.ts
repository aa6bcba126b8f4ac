/*
 * Integer constant expressions (C99 6.6): folds a typed expression to its value at compile
 * time, for array sizes, case labels, enumerators, bit tricks in #define'd constants and
 * `&((T *)0)->member` (offsetof). Also decides whether a static initialiser is constant
 * (arithmetic constants, or an address constant: a static object's or function's address
 * plus an offset). Main exports: foldConst, isStaticInitializer.
 */
import type { Expr } from './ir';
import type { IntType } from './types';
import {
  addS64, addU64, and64, converter, divS64, divU64, modS64, modU64, mulS64, mulU64, neg64, not64,
  or64, shlS64, shlU64, shrS64, shrU64, subS64, subU64, xor64, type Val,
} from './values';

export class ConstDivZero extends Error {}

/** The value of a constant expression, or null when it is not one. */
export function foldConst(e: Expr): Val | null {
  switch (e.k) {
    case 'const': return e.v;
    case 'fconst': return e.v;
    case 'conv': {
      if (e.t.kind === 'void') return null;
      const v = foldConst(e.e);
      if (v === null) return null;
      const f = converter(e.e.t, e.t);
      return f ? f(v) : v;
    }
    case 'neg': case 'bnot': case 'lnot': {
      const v = foldConst(e.e);
      if (v === null) return null;
      if (e.k === 'lnot') return v === 0 ? 1 : 0;
      if (e.t.kind === 'float') return -(v as number);
      const t = e.t as IntType;
      const r = e.k === 'neg' ? (t.size === 8 ? neg64(v, t.signed) : -(v as number)) : t.size === 8 ? not64(v, t.signed) : ~(v as number);
      return wrap(t, r);
    }
    case 'arith': {
      const a = foldConst(e.l);
      const b = foldConst(e.r);
      if (a === null || b === null) return null;
      return arith(e.t, e.op, a, b);
    }
    case 'cmp': {
      const a = foldConst(e.l);
      const b = foldConst(e.r);
      if (a === null || b === null) return null;
      switch (e.op) {
        case '<': return a < b ? 1 : 0;
        case '>': return a > b ? 1 : 0;
        case '<=': return a <= b ? 1 : 0;
        case '>=': return a >= b ? 1 : 0;
        case '==': return a === b ? 1 : 0;
        case '!=': return a !== b ? 1 : 0;
      }
      return null;
    }
    case 'logic': {
      const a = foldConst(e.l);
      if (a === null) return null;
      if (e.op === '&&' && a === 0) return 0;
      if (e.op === '||' && a !== 0) return 1;
      const b = foldConst(e.r);
      return b === null ? null : b !== 0 ? 1 : 0;
    }
    case 'cond': {
      const c = foldConst(e.c);
      if (c === null) return null;
      return foldConst(c !== 0 ? e.a : e.b);
    }
    case 'addr': {
      // offsetof: &((T *) K)->member folds to K + offset.
      const base = addrConst(e.lv);
      return base;
    }
    case 'ptradd': {
      const p = foldConst(e.p);
      const i = foldConst(e.i);
      if (p === null || i === null) return null;
      return addU64(p, mulS64(i, e.scale));
    }
    case 'comma': return null;
    default: return null;
  }
}

function addrConst(lv: Expr): Val | null {
  if (lv.k === 'deref') return foldConst(lv.p);
  if (lv.k === 'member') {
    const b = addrConst(lv.base);
    return b === null ? null : addU64(b, lv.off);
  }
  return null;
}

function wrap(t: IntType, v: Val): Val {
  const f = converter({ kind: 'int', ik: 'llong', size: 8, signed: true, rank: 5 }, t);
  if (typeof v === 'number' && t.size <= 4) return f ? f(v) : v;
  return v;
}

export function arith(t: Expr['t'], op: string, a: Val, b: Val): Val {
  if (t.kind === 'float') {
    const x = a as number;
    const y = b as number;
    const r = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y;
    return t.fk === 'float' ? Math.fround(r) : r;
  }
  const it = t as IntType;
  if ((op === '/' || op === '%') && b === 0) throw new ConstDivZero();
  if (it.size === 8) {
    const s = it.signed;
    switch (op) {
      case '+': return s ? addS64(a, b) : addU64(a, b);
      case '-': return s ? subS64(a, b) : subU64(a, b);
      case '*': return s ? mulS64(a, b) : mulU64(a, b);
      case '/': return s ? divS64(a, b) : divU64(a, b);
      case '%': return s ? modS64(a, b) : modU64(a, b);
      case '<<': return s ? shlS64(a, Number(b)) : shlU64(a, Number(b));
      case '>>': return s ? shrS64(a, Number(b)) : shrU64(a, Number(b));
      case '&': return and64(a, b, s);
      case '|': return or64(a, b, s);
      case '^': return xor64(a, b, s);
    }
  }
  const x = a as number;
  const y = b as number;
  const fix = (r: number): number => (it.signed ? r | 0 : r >>> 0);
  switch (op) {
    case '+': return fix(x + y);
    case '-': return fix(x - y);
    case '*': return fix(Math.imul(x, y));
    case '/': return fix(Math.trunc(x / y));
    case '%': return fix(x % y);
    case '<<': return fix(x << (y & 31));
    case '>>': return it.signed ? x >> (y & 31) : x >>> (y & 31);
    case '&': return fix(x & y);
    case '|': return fix(x | y);
    case '^': return fix(x ^ y);
  }
  return 0;
}

/** C99 6.6p7-9: what a static object may be initialised with. */
export function isStaticInitializer(e: Expr): boolean {
  if (foldConst(e) !== null) return true;
  switch (e.k) {
    case 'str': case 'func': return true;
    case 'addr': return isAddressConstant(e.lv);
    case 'conv': return e.t.kind !== 'void' && isStaticInitializer(e.e);
    case 'ptradd': return isStaticInitializer(e.p) && foldConst(e.i) !== null;
    default: return false;
  }
}

function isAddressConstant(lv: Expr): boolean {
  switch (lv.k) {
    case 'global': case 'str': case 'func': return true;
    case 'member': return isAddressConstant(lv.base);
    case 'deref': return isStaticInitializer(lv.p);
    default: return false;
  }
}
