/*
 * Code generation, part 1: typed expressions (ir.ts) -> JS closures, built once per run.
 * A value closure returns the C value (values.ts representation); an address closure returns
 * where an lvalue lives. Struct values are the address of their bytes. Loads and stores through
 * pointers turn a SegmentationFault into SIGSEGV naming the C expression; integer division by
 * zero (and INT_MIN / -1) raise SIGFPE as x86-64's idiv does.
 * Main export: ExprEmitter.
 */
import type { Machine } from '../../allocator/machine';
import type { CArg, NativeFunction } from '../../allocator/native-function';
import type { Expr, FuncSym, Init } from './ir';
import type { Loc } from './diagnostics';
import { Runtime, type Body, type CompiledFunction, type Ev } from './runtime';
import { T, sizeOf, type CType, type FuncType, type IntType } from './types';
import {
  addS64, addU64, and64, converter, divS64, divU64, modS64, modU64, mulS64, mulU64, neg64, normS64, normU64,
  not64, or64, shlS64, shlU64, shrS64, shrU64, subS64, subU64, xor64, type Val,
} from './values';

type Addr = () => number;
type Load = (a: number) => Val;
type Store = (a: number, v: Val) => void;

const SAFE = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;
/** 2^-32: x * TWO_NEG32 is x / 2^32 exactly (a power-of-two scaling), without a division. */
const TWO_NEG32 = 2 ** -32;

/** p + i * scale on 64-bit addresses. */
export function ptrAdd(p: Val, i: Val, scale: number): Val {
  if (typeof p === 'number' && typeof i === 'number') {
    const r = p + i * scale;
    if (r >= 0 && r <= SAFE) return r;
  }
  return normU64(BigInt(p) + BigInt(i) * BigInt(scale));
}

export interface EmitContext {
  /** The compiled form of a function defined in this program (filled in after emission). */
  compiled(sym: FuncSym): CompiledFunction | undefined;
  /** The program's function bodies by calleeKey (filled in as they are compiled, before the run). */
  readonly bodies: Record<string, Body>;
  /** The key of a defined function in `bodies` (a JS identifier). */
  calleeKey(sym: FuncSym): string;
  /** The machine's function for a declared-only function (bound at link time). */
  native(sym: FuncSym): NativeFunction | undefined;
}

export class ExprEmitter {
  private readonly mem;

  constructor(private readonly R: Runtime, private readonly M: Machine, readonly ctx: EmitContext) {
    this.mem = R.mem;
  }

  // ---- loads and stores by type -------------------------------------------------------------

  loader(t: CType): Load {
    const m = this.mem;
    switch (t.kind) {
      case 'int':
        switch (t.ik) {
          case 'bool': case 'uchar': return (a) => m.u8(a);
          case 'char': case 'schar': return (a) => m.i8(a);
          case 'short': return (a) => m.i16(a);
          case 'ushort': return (a) => m.u16(a);
          case 'int': return (a) => m.i32(a);
          case 'uint': return (a) => m.u32(a);
          case 'long': case 'llong': return (a) => m.i64(a);
          case 'ulong': case 'ullong': return (a) => m.u64(a);
        }
        break;
      case 'ptr': return (a) => m.u64(a);
      case 'float': return t.fk === 'float' ? (a) => m.f32(a) : (a) => m.f64(a);
      default: return (a) => a; // arrays, structs, functions: their address
    }
  }

  storer(t: CType): Store {
    const m = this.mem;
    switch (t.kind) {
      case 'int':
        switch (t.size) {
          case 1: return (a, v) => m.set8(a, v as number);
          case 2: return (a, v) => m.set16(a, v as number);
          case 4: return (a, v) => m.set32(a, v as number);
          case 8: return (a, v) => m.set64(a, v);
        }
        break;
      case 'ptr': return (a, v) => m.set64(a, v);
      case 'float': return t.fk === 'float' ? (a, v) => m.setF32(a, v as number) : (a, v) => m.setF64(a, v as number);
      default: {
        const size = sizeOf(t);
        return (a, v) => m.copy(a, v as number, size);
      }
    }
    return () => undefined;
  }

  /** A load through an address that may fault; the fault names the C expression. */
  private guardedLoad(addr: Addr, t: CType, loc: Loc, what: string): Ev {
    const ld = this.loader(t);
    const R = this.R;
    return () => {
      const a = addr();
      try {
        return ld(a);
      } catch (e) {
        throw R.fault(e, loc, what);
      }
    };
  }

  // ---- addresses ----------------------------------------------------------------------------

  /** Whether an lvalue is one the compiler placed (no fault possible): a variable or literal. */
  private isPlaced(e: Expr): boolean {
    if (e.k === 'local' || e.k === 'global' || e.k === 'str' || e.k === 'compound') return true;
    if (e.k === 'member') return this.isPlaced(e.base);
    return false;
  }

  addr(e: Expr): Addr {
    const R = this.R;
    switch (e.k) {
      case 'local': {
        const slot = e.slot;
        const off = slot.off;
        return () => R.fp + off;
      }
      case 'global': {
        const a = e.sym.addr;
        return () => a;
      }
      case 'str': {
        const a = e.lit.addr;
        return () => a;
      }
      case 'func': {
        const sym = e.sym;
        return () => sym.addr;
      }
      case 'deref': {
        const p = this.value(e.p);
        const loc = e.loc;
        const what = e.text ?? 'a pointer dereference';
        return () => R.ptr(p(), loc, what);
      }
      case 'member': {
        const base = this.isLvalueShape(e.base) ? this.addr(e.base) : (this.value(e.base) as Addr);
        const off = e.off;
        return off === 0 ? base : () => base() + off;
      }
      case 'compound': {
        const off = e.slot.off;
        const init = this.init(e.init, () => R.fp + off);
        return () => {
          init();
          return R.fp + off;
        };
      }
      default: {
        // An rvalue of struct type (a call's result): its value is its address.
        const v = this.value(e);
        return () => v() as number;
      }
    }
  }

  /**
   * `a[i]` for a local array a of int or long: the element's offset from the frame pointer is
   * computed without forming the address, and read through the stack's view when it falls in
   * [sp, top) (mapped); otherwise (below sp, out of bounds, a fault) the general path.
   */
  private frameElement(lv: Expr, t: CType): { load: Ev; store: (x: Val) => void } | null {
    if (lv.k !== 'deref' || lv.p.k !== 'ptradd') return null;
    const base = lv.p.p;
    if (base.k !== 'addr' || base.lv.k !== 'local' || base.lv.t.kind !== 'array') return null;
    if (!(t.kind === 'int' && (t.size === 4 || t.size === 8))) return null;
    const R = this.R;
    const m = this.mem;
    const off = base.lv.slot.off;
    const scale = lv.p.scale;
    const idx = this.value(lv.p.i);
    const loc = lv.loc;
    const what = lv.text ?? 'an array element';
    const fault = (e: unknown): unknown => R.fault(e, loc, what);
    const offset = (): number => {
      const i = idx();
      lastIndex = i;
      return typeof i === 'number' ? off + i * scale : Number.NaN;
    };
    // Only reached when the index is a bigint (never a number), so evaluating idx again is safe
    // only if it has no side effects; compute from the value instead.
    let lastIndex: Val = 0;
    const slowAddr = (): number => R.ptr(ptrAdd(R.fp + off, lastIndex, scale), loc, what);
    if (t.size === 4) {
      const signed = (t as IntType).signed;
      return {
        load: () => {
          const i = idx();
          lastIndex = i;
          const d = typeof i === 'number' ? off + i * scale : Number.NaN;
          const v = R.fv;
          const o = R.fo + d;
          if (o >= R.sp - R.stack.limit && o <= v.byteLength - 4) return signed ? v.getInt32(o, true) : v.getUint32(o, true);
          try {
            return signed ? m.i32(d === d ? R.fp + d : slowAddr()) : m.u32(d === d ? R.fp + d : slowAddr());
          } catch (e) {
            throw fault(e);
          }
        },
        store: (x) => {
          const i = idx();
          lastIndex = i;
          const d = typeof i === 'number' ? off + i * scale : Number.NaN;
          const v = R.fv;
          const o = R.fo + d;
          if (o >= R.sp - R.stack.limit && o <= v.byteLength - 4) v.setInt32(o, x as number, true);
          else {
            try {
              m.set32(d === d ? R.fp + d : slowAddr(), x as number);
            } catch (e) {
              throw fault(e);
            }
          }
        },
      };
    }
    const ld = this.loader(t);
    const st = this.storer(t);
    return {
      load: () => {
        const d = offset();
        try {
          return ld(d === d ? R.fp + d : slowAddr());
        } catch (e) {
          throw fault(e);
        }
      },
      store: (x) => {
        const d = offset();
        try {
          st(d === d ? R.fp + d : slowAddr(), x);
        } catch (e) {
          throw fault(e);
        }
      },
    };
  }

  private isLvalueShape(e: Expr): boolean {
    return e.k === 'local' || e.k === 'global' || e.k === 'str' || e.k === 'deref' || e.k === 'compound' || (e.k === 'member' && this.isLvalueShape(e.base));
  }

  // ---- values -------------------------------------------------------------------------------

  value(e: Expr): Ev {
    switch (e.k) {
      case 'const': {
        const v = e.v;
        return () => v;
      }
      case 'fconst': {
        const v = e.v;
        return () => v;
      }
      case 'str': case 'global': case 'local': case 'func': case 'compound':
        return this.addr(e) as Ev;
      case 'deref': case 'member':
        // Not loaded here: as a value an lvalue is its address (load nodes do the reading).
        return this.addr(e) as Ev;
      case 'addr':
        return this.addr(e.lv) as Ev;
      case 'load':
        return this.load(e.lv, e.t);
      case 'conv': {
        const inner = this.value(e.e);
        if (e.t.kind === 'void') return () => (inner(), 0);
        const f = converter(e.e.t, e.t);
        if (!f) return inner;
        if (e.t.kind === 'int' && e.t.ik === 'int' && e.e.t.kind === 'int') {
          return () => {
            const v = inner();
            return typeof v === 'number' ? v | 0 : (f(v) as number);
          };
        }
        if (e.t.kind === 'int' && e.t.size === 8 && e.t.signed && e.e.t.kind === 'int' && e.e.t.signed) return inner;
        return () => f(inner());
      }
      case 'arith':
        return this.arith(e);
      case 'cmp':
        return this.cmp(e);
      case 'ptradd': {
        const p = this.value(e.p);
        const scale = e.scale;
        if (e.i.k === 'const') {
          const k = e.i.v;
          return () => ptrAdd(p(), k, scale);
        }
        const i = this.value(e.i);
        return () => ptrAdd(p(), i(), scale);
      }
      case 'ptrdiff': {
        const l = this.value(e.l);
        const r = this.value(e.r);
        const scale = e.scale;
        const pow2 = (scale & (scale - 1)) === 0;
        return () => {
          const d = subS64(l(), r());
          if (scale === 1) return d;
          if (typeof d === 'number') return pow2 ? Math.floor(d / scale) : Math.trunc(d / scale);
          return divS64(d, scale);
        };
      }
      case 'neg': {
        const v = this.value(e.e);
        const t = e.t;
        if (t.kind === 'float') return () => -(v() as number);
        const it = t as IntType;
        if (it.size === 8) return () => neg64(v(), it.signed);
        return it.signed ? () => -(v() as number) | 0 : () => -(v() as number) >>> 0;
      }
      case 'bnot': {
        const v = this.value(e.e);
        const it = e.t as IntType;
        if (it.size === 8) return () => not64(v(), it.signed);
        return it.signed ? () => ~(v() as number) : () => ~(v() as number) >>> 0;
      }
      case 'lnot': {
        const v = this.value(e.e);
        return () => (v() === 0 ? 1 : 0);
      }
      case 'logic': {
        const l = this.value(e.l);
        const r = this.value(e.r);
        return e.op === '&&' ? () => (l() !== 0 && r() !== 0 ? 1 : 0) : () => (l() !== 0 || r() !== 0 ? 1 : 0);
      }
      case 'cond': {
        const c = this.value(e.c);
        const a = this.value(e.a);
        const b = this.value(e.b);
        return () => (c() !== 0 ? a() : b());
      }
      case 'comma': {
        const l = this.value(e.l);
        const r = this.value(e.r);
        return () => (l(), r());
      }
      case 'assign':
        return this.assign(e.lv, e.r, e.t, e.loc);
      case 'opassign':
        return this.opassign(e);
      case 'incdec':
        return this.incdec(e);
      case 'call':
        return this.call(e);
    }
  }

  private load(lv: Expr, t: CType): Ev {
    const R = this.R;
    const m = this.mem;
    if (lv.k === 'local' && t.kind !== 'struct' && t.kind !== 'array') {
      const off = lv.slot.off;
      // The common cases, through the stack's view, free of closure calls.
      if (t.kind === 'int' && t.ik === 'int') {
        return () => {
          return R.fv.getInt32(R.fo + off, true);
        };
      }
      if (t.kind === 'int' && (t.ik === 'long' || t.ik === 'llong')) {
        return () => {
          const v = R.fv;
          const o = R.fo + off;
          const hi = v.getInt32(o + 4, true);
          // Beyond 2^53 the value is a bigint: read the ordinary way.
          return hi >= -2097152 && hi < 2097152 ? hi * TWO32 + v.getUint32(o, true) : m.i64(R.fp + off);
        };
      }
      if (t.kind === 'ptr' || (t.kind === 'int' && t.size === 8)) {
        return () => {
          const v = R.fv;
          const o = R.fo + off;
          const hi = v.getUint32(o + 4, true);
          return hi < 2097152 ? hi * TWO32 + v.getUint32(o, true) : m.u64(R.fp + off);
        };
      }
      const ld = this.loader(t);
      return () => ld(R.fp + off);
    }
    const elem = this.frameElement(lv, t);
    if (elem) return elem.load;
    const a = this.addr(lv);
    if (this.isPlaced(lv)) {
      const ld = this.loader(t);
      return () => ld(a());
    }
    return this.guardedLoad(a, t, lv.loc, describe(lv));
  }

  private assign(lv: Expr, r: Expr, t: CType, loc: Loc): Ev {
    const R = this.R;
    const v = this.value(r);
    const st = this.storer(t);
    const placed = this.isPlaced(lv);
    if (lv.k === 'local' && t.kind !== 'struct') {
      const off = lv.slot.off;
      const m = this.mem;
      if (t.kind === 'int' && t.size === 4) {
        return () => {
          const x = v();
          R.fv.setInt32(R.fo + off, x as number, true);
          return x;
        };
      }
      if ((t.kind === 'int' && t.size === 8) || t.kind === 'ptr') {
        return () => {
          const x = v();
          if (typeof x === 'number') {
            const fv = R.fv;
            const o = R.fo + off;
            const hi = Math.floor(x * TWO_NEG32);
            fv.setUint32(o, x - hi * TWO32, true);
            fv.setInt32(o + 4, hi, true);
          } else m.set64(R.fp + off, x);
          return x;
        };
      }
      return () => {
        const x = v();
        st(R.fp + off, x);
        return x;
      };
    }
    const elem = this.frameElement(lv, t);
    if (elem) {
      const store = elem.store;
      return () => {
        const x = v();
        store(x);
        return x;
      };
    }
    const a = this.addr(lv);
    const what = describe(lv);
    if (t.kind === 'struct') {
      return () => {
        const src = v();
        const dst = a();
        try {
          st(dst, src);
        } catch (e) {
          throw R.fault(e, loc, what);
        }
        return dst;
      };
    }
    if (placed) {
      return () => {
        const x = v();
        st(a(), x);
        return x;
      };
    }
    return () => {
      const x = v();
      const p = a();
      try {
        st(p, x);
      } catch (e) {
        throw R.fault(e, loc, what);
      }
      return x;
    };
  }

  /** The binary operation of type t, as a function of two values. */
  private binop(t: CType, op: string, loc: Loc): (a: Val, b: Val) => Val {
    const R = this.R;
    if (t.kind === 'float') {
      const f32 = t.fk === 'float';
      switch (op) {
        case '+': return f32 ? (a, b) => Math.fround((a as number) + (b as number)) : (a, b) => (a as number) + (b as number);
        case '-': return f32 ? (a, b) => Math.fround((a as number) - (b as number)) : (a, b) => (a as number) - (b as number);
        case '*': return f32 ? (a, b) => Math.fround((a as number) * (b as number)) : (a, b) => (a as number) * (b as number);
        default: return f32 ? (a, b) => Math.fround((a as number) / (b as number)) : (a, b) => (a as number) / (b as number);
      }
    }
    const it = t as IntType;
    const s = it.signed;
    if (it.size === 8) {
      const MIN = -9223372036854775808n;
      switch (op) {
        case '+': return s ? addS64 : addU64;
        case '-': return s ? subS64 : subU64;
        case '*': return s ? mulS64 : mulU64;
        case '/': return (a, b) => {
          if (b === 0) R.sigfpe(loc, 'by zero');
          if (s && a === MIN && b === -1) R.sigfpe(loc, 'overflow (LONG_MIN / -1)');
          return s ? divS64(a, b) : divU64(a, b);
        };
        case '%': return (a, b) => {
          if (b === 0) R.sigfpe(loc, 'by zero');
          if (s && a === MIN && b === -1) R.sigfpe(loc, 'overflow (LONG_MIN % -1)');
          return s ? modS64(a, b) : modU64(a, b);
        };
        case '<<': return s ? (a, b) => shlS64(a, Number(b)) : (a, b) => shlU64(a, Number(b));
        case '>>': return s ? (a, b) => shrS64(a, Number(b)) : (a, b) => shrU64(a, Number(b));
        case '&': return (a, b) => and64(a, b, s);
        case '|': return (a, b) => or64(a, b, s);
        case '^': return (a, b) => xor64(a, b, s);
      }
    }
    // int / unsigned int (narrower types were promoted by the checker)
    const fix = s ? (r: number): number => r | 0 : (r: number): number => r >>> 0;
    switch (op) {
      case '+': return s ? (a, b) => ((a as number) + (b as number)) | 0 : (a, b) => ((a as number) + (b as number)) >>> 0;
      case '-': return s ? (a, b) => ((a as number) - (b as number)) | 0 : (a, b) => ((a as number) - (b as number)) >>> 0;
      case '*': return s ? (a, b) => Math.imul(a as number, b as number) : (a, b) => Math.imul(a as number, b as number) >>> 0;
      case '/': return (a, b) => {
        if (b === 0) R.sigfpe(loc, 'by zero');
        if (s && a === -2147483648 && b === -1) R.sigfpe(loc, 'overflow (INT_MIN / -1)');
        return fix((a as number) / (b as number));
      };
      case '%': return (a, b) => {
        if (b === 0) R.sigfpe(loc, 'by zero');
        if (s && a === -2147483648 && b === -1) R.sigfpe(loc, 'overflow (INT_MIN % -1)');
        return fix((a as number) % (b as number));
      };
      case '<<': return (a, b) => fix((a as number) << ((b as number) & 31));
      case '>>': return s ? (a, b) => (a as number) >> ((b as number) & 31) : (a, b) => (a as number) >>> ((b as number) & 31);
      case '&': return (a, b) => fix((a as number) & (b as number));
      case '|': return (a, b) => fix((a as number) | (b as number));
      case '^': return (a, b) => fix((a as number) ^ (b as number));
    }
    return () => 0;
  }

  private arith(e: Extract<Expr, { k: 'arith' }>): Ev {
    const l = this.value(e.l);
    const t = e.t;
    // Hot shapes: int + - * & with a constant or variable right operand.
    if (t.kind === 'int' && t.ik === 'int') {
      if (e.r.k === 'const') {
        const k = e.r.v as number;
        switch (e.op) {
          case '+': return () => ((l() as number) + k) | 0;
          case '-': return () => ((l() as number) - k) | 0;
          case '&': return () => (l() as number) & k;
          case '*': return () => Math.imul(l() as number, k);
        }
      }
      const r = this.value(e.r);
      switch (e.op) {
        case '+': return () => ((l() as number) + (r() as number)) | 0;
        case '-': return () => ((l() as number) - (r() as number)) | 0;
        case '*': return () => Math.imul(l() as number, r() as number);
        case '&': return () => (l() as number) & (r() as number);
      }
    }
    if (t.kind === 'int' && t.size === 8 && t.signed && e.r.k === 'const' && typeof e.r.v === 'number' && e.r.v > 0) {
      const k = e.r.v;
      if (e.op === '%') return () => { const a = l(); return typeof a === 'number' ? (a % k === 0 ? 0 : a % k) : modS64(a, k); };
      if (e.op === '+') return () => { const a = l(); if (typeof a === 'number') { const x = a + k; if (x <= SAFE) return x; } return addS64(a, k); };
    }
    const r = this.value(e.r);
    const f = this.binop(t, e.op, e.loc);
    return () => {
      const a = l();
      return f(a, r());
    };
  }

  private cmp(e: Extract<Expr, { k: 'cmp' }>): Ev {
    const l = this.value(e.l);
    const r = this.value(e.r);
    if (e.op === '<' && isLocalLong(e.l) && isLocalLong(e.r)) {
      // `i < n` on two local longs: the loop condition, read straight from the frame.
      const R = this.R;
      const a = (e.l as { lv: { slot: { off: number } } }).lv.slot.off;
      const b = (e.r as { lv: { slot: { off: number } } }).lv.slot.off;
      return () => {
        const v = R.fv;
        const ha = v.getInt32(R.fo + a + 4, true);
        const hb = v.getInt32(R.fo + b + 4, true);
        if (ha >= -2097152 && ha < 2097152 && hb >= -2097152 && hb < 2097152) {
          return ha * TWO32 + v.getUint32(R.fo + a, true) < hb * TWO32 + v.getUint32(R.fo + b, true) ? 1 : 0;
        }
        return l() < r() ? 1 : 0;
      };
    }
    switch (e.op) {
      case '<': return () => (l() < r() ? 1 : 0);
      case '>': return () => (l() > r() ? 1 : 0);
      case '<=': return () => (l() <= r() ? 1 : 0);
      case '>=': return () => (l() >= r() ? 1 : 0);
      case '==': return () => (l() === r() ? 1 : 0);
      case '!=': return () => (l() !== r() ? 1 : 0);
    }
  }

  private opassign(e: Extract<Expr, { k: 'opassign' }>): Ev {
    const R = this.R;
    // sum += x on a local long or int: read-modify-write through the stack's view.
    if (e.lv.k === 'local' && e.t.kind === 'int' && (e.t.ik === 'long' || e.t.ik === 'int') && e.ot === e.t) {
      const off = e.lv.slot.off;
      const f = this.binop(e.t, e.op, e.loc);
      const r = this.value(e.r);
      const m = this.mem;
      if (e.t.ik === 'int') {
        return () => {
          const x = r();
          const fv = R.fv;
          const o = R.fo + off;
          const v = f(fv.getInt32(o, true), x) as number;
          fv.setInt32(o, v, true);
          return v;
        };
      }
      return () => {
        const x = r();
        const fv = R.fv;
        const o = R.fo + off;
        const hi = fv.getInt32(o + 4, true);
        if (hi >= -2097152 && hi < 2097152) {
          const v = f(hi * TWO32 + fv.getUint32(o, true), x);
          if (typeof v === 'number') {
            const h2 = Math.floor(v * TWO_NEG32);
            fv.setUint32(o, v - h2 * TWO32, true);
            fv.setInt32(o + 4, h2, true);
            return v;
          }
        }
        // Beyond 2^53 (a bigint): the ordinary way.
        const v = f(m.i64(R.fp + off), x);
        m.set64(R.fp + off, v);
        return v;
      };
    }
    const a = this.addr(e.lv);
    const ld = this.loader(e.t);
    const st = this.storer(e.t);
    const r = this.value(e.r);
    const what = describe(e.lv);
    const loc = e.loc;
    let compute: (old: Val, x: Val) => Val;
    if (e.t.kind === 'ptr') {
      const scale = e.op === '-' ? -e.scale : e.scale;
      compute = (old, x) => ptrAdd(old, x, scale);
    } else {
      const to = converter(e.t, e.ot);
      const back = converter(e.ot, e.t);
      const f = this.binop(e.ot, e.op, loc);
      compute = (old, x) => {
        const v = f(to ? to(old) : old, x);
        return back ? back(v) : v;
      };
    }
    const placed = this.isPlaced(e.lv);
    return () => {
      const x = r();
      const p = a();
      if (placed) {
        const v = compute(ld(p), x);
        st(p, v);
        return v;
      }
      try {
        const v = compute(ld(p), x);
        st(p, v);
        return v;
      } catch (err) {
        throw R.fault(err, loc, what);
      }
    };
  }

  private incdec(e: Extract<Expr, { k: 'incdec' }>): Ev {
    const R = this.R;
    const m = this.mem;
    const t = e.t;
    const delta = e.delta;
    const post = e.post;
    // The loop counter case: a local int or long.
    if (e.lv.k === 'local' && t.kind === 'int' && (t.ik === 'int' || t.ik === 'long' || t.ik === 'llong')) {
      const off = e.lv.slot.off;
      if (t.ik === 'int') {
        return () => {
          const fv = R.fv;
          const o = R.fo + off;
          const old = fv.getInt32(o, true);
          const v = (old + delta) | 0;
          fv.setInt32(o, v, true);
          return post ? old : v;
        };
      }
      return () => {
        const fv = R.fv;
        const o = R.fo + off;
        const hi = fv.getInt32(o + 4, true);
        const was = hi * TWO32 + fv.getUint32(o, true);
        const now = was + delta;
        if (hi >= -2097152 && hi < 2097152 && now <= SAFE && now >= -SAFE) {
          const h2 = Math.floor(now * TWO_NEG32);
          fv.setUint32(o, now - h2 * TWO32, true);
          fv.setInt32(o + 4, h2, true);
          return post ? was : now;
        }
        // Beyond 2^53 (a bigint) or past it: the ordinary way.
        const p = R.fp + off;
        const old = m.i64(p);
        let v: Val;
        if (typeof old === 'number' && old + delta <= SAFE && old + delta >= -SAFE) v = old + delta;
        else v = addS64(old, delta);
        m.set64(p, v);
        return post ? old : v;
      };
    }
    const a = this.addr(e.lv);
    const ld = this.loader(t);
    const st = this.storer(t);
    let step: (v: Val) => Val;
    if (t.kind === 'ptr') step = (v) => ptrAdd(v, delta, 1);
    else if (t.kind === 'float') step = t.fk === 'float' ? (v) => Math.fround((v as number) + delta) : (v) => (v as number) + delta;
    else {
      const it = t as IntType;
      if (it.size === 8) step = it.signed ? (v) => addS64(v, delta) : (v) => addU64(v, delta);
      else {
        const back = converter(T.int, it)!;
        step = back ? (v) => back((v as number) + delta) : (v) => (v as number) + delta;
        if (it.ik === 'bool') step = (v) => ((v as number) + delta !== 0 ? 1 : 0);
      }
    }
    const what = describe(e.lv);
    const loc = e.loc;
    return () => {
      const p = a();
      try {
        const old = ld(p);
        const v = step(old);
        st(p, v);
        return post ? old : v;
      } catch (err) {
        throw R.fault(err, loc, what);
      }
    };
  }

  // ---- calls --------------------------------------------------------------------------------

  private call(e: Extract<Expr, { k: 'call' }>): Ev {
    const R = this.R;
    const M = this.M;
    const args = e.args.map((a) => this.value(a));
    const n = args.length;
    const ft = e.ft;
    const line = e.loc.line;
    const loc = e.loc;
    const ret = e.t;
    const fromNative = nativeResult(ret);
    const copyTmp = e.tmp ? this.structResult(e.tmp.off, ret) : null;
    // Direct call of a named function?
    const direct = e.fn.k === 'addr' && e.fn.lv.k === 'func' ? e.fn.lv.sym : null;
    if (direct) {
      const ctx = this.ctx;
      const sym = direct;
      let compiled: CompiledFunction | undefined;
      if (sym.def) {
        return () => {
          const vals: Val[] = new Array(n);
          for (let i = 0; i < n; i++) vals[i] = args[i]!();
          compiled ??= ctx.compiled(sym)!;
          const r = R.call(compiled, vals);
          M.currentLine = line;
          return copyTmp ? copyTmp(r) : (r ?? 0);
        };
      }
      const nf = ctx.native(sym);
      if (!nf) return () => 0; // a link error was reported
      const name = sym.name;
      return () => {
        const vals: CArg[] = new Array(n);
        for (let i = 0; i < n; i++) vals[i] = args[i]!() as CArg;
        M.currentLine = line;
        let r: CArg | undefined;
        try {
          r = nf.call(vals);
        } catch (err) {
          throw R.fault(err, loc, `${name}()`);
        }
        return fromNative(r);
      };
    }
    // Through a pointer: an interpreted function, a machine function, or a crash.
    const fnv = this.value(e.fn);
    const what = 'call through a function pointer';
    return () => {
      const target = fnv();
      const vals: Val[] = new Array(n);
      for (let i = 0; i < n; i++) vals[i] = args[i]!();
      const addr = typeof target === 'number' ? target : -1;
      const cf = R.byAddress.get(addr);
      if (cf) {
        const r = R.call(cf, adaptArgs(cf, vals, ft));
        M.currentLine = line;
        return copyTmp ? copyTmp(r) : (r ?? 0);
      }
      const nf = R.functions.at(addr);
      if (!nf) throw R.segv(addr < 0 ? 0 : addr, 'read', loc, `${what} (0x${addr.toString(16)} is not a function)`);
      M.currentLine = line;
      let r: CArg | undefined;
      try {
        r = nf.call(vals as CArg[]);
      } catch (err) {
        throw R.fault(err, loc, `${nf.name}()`);
      }
      return fromNative(r);
    };
  }

  /** Copies a struct returned by a callee (its address in the dead frame) into the caller's slot. */
  private structResult(off: number, t: CType): (r: Val | undefined) => Val {
    const R = this.R;
    const size = sizeOf(t);
    return (r) => {
      const dst = R.fp + off;
      if (typeof r === 'number') R.mem.copy(dst, r, size);
      return dst;
    };
  }

  // ---- initialisers -------------------------------------------------------------------------

  /** Runs an initialiser into the object at base(): zero-fill, then each store. */
  init(init: Init, base: () => number): () => void {
    const m = this.mem;
    const size = sizeOf(init.type);
    const items = init.items.map((it) => {
      const v = this.value(it.e);
      const off = it.off;
      if (it.type.kind === 'array') {
        // A string literal into a char array: its bytes (as many as fit).
        const n = sizeOf(it.type);
        return (b: number) => m.copy(b + off, v() as number, n);
      }
      const st = this.storer(it.type);
      return (b: number) => st(b + off, v());
    });
    const zero = init.zero;
    return () => {
      const b = base();
      if (zero) m.fill(b, 0, size);
      for (let i = 0; i < items.length; i++) items[i]!(b);
    };
  }
}

/** How a native function's CArg result becomes a C value of the declared return type. */
export function nativeResult(t: CType): (r: CArg | undefined) => Val {
  if (t.kind === 'void') return () => 0;
  if (t.kind === 'float') return (r) => (r === undefined ? 0 : Number(r));
  const target = t.kind === 'ptr' ? T.ulong : t;
  const fromS = converter(T.llong, target);
  const fromU = converter(T.ullong, target);
  return (r) => {
    if (r === undefined) return 0;
    let v: Val = r;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) v = BigInt(Math.trunc(v));
    if (typeof v === 'bigint') v = v < 0n ? normS64(v) : normU64(v);
    if (v < 0) return fromS ? fromS(v) : v;
    return fromU ? fromU(v) : v;
  };
}

/** Arguments for an interpreted function called through a pointer of another prototype. */
function adaptArgs(cf: CompiledFunction, vals: Val[], ft: FuncType): Val[] {
  void ft;
  if (vals.length >= cf.arity) return vals;
  const out = vals.slice();
  while (out.length < cf.arity) out.push(0);
  return out;
}

function isLocalLong(e: Expr): boolean {
  return e.k === 'load' && e.lv.k === 'local' && e.t.kind === 'int' && (e.t.ik === 'long' || e.t.ik === 'llong');
}

export function describe(lv: Expr): string {
  if (lv.k === 'deref') return lv.text ?? '*p';
  if (lv.k === 'member') return describe(lv.base);
  return 'a memory access';
}
