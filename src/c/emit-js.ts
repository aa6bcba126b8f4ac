/*
 * Code generation, part 1: typed expressions (ir.ts) -> JavaScript source text, one C function
 * at a time, so V8 sees a C function as one JS function it can optimise and inline.
 * Values follow values.ts (64-bit as normalised number | bigint): the hot shapes are written
 * out inline with a number fast path and a call to the exact values.ts operation otherwise;
 * locals are read and written through the stack's one view (`fv`; fp is at offset `fo`), other
 * scalars through Memory's cached page view, with the faulting closure as the slow path; 64-bit
 * values that are only shifted, xored and stored (or returned) travel as two int32 words.
 * Shapes with no inline form here (struct copies, calls through pointers, compound literals,
 * division, ...) are the closures ExprEmitter (emit-expr.ts) builds, called from the source.
 * Main export: JsExprGen.
 */
import type { Expr, FuncSym } from './ir';
import type { Loc } from './diagnostics';
import { NO_ARGS, type Runtime } from './runtime';
import type { ExprEmitter, EmitContext } from './emit-expr';
import { describe, nativeResult, ptrAdd } from './emit-expr';
import { T, type CType, type IntType } from './types';
import * as V from './values';
import type { CArg } from '../../allocator/native-function';
import type { Machine } from '../../allocator/machine';

/** Where split() leaves a 64-bit value's words: [low, high], each as int32. */
const PAIR = new Int32Array(2);
/** A 64-bit value (values.ts representation) into PAIR. */
function split(v: V.Val): void {
  if (typeof v === 'number') {
    const hi = Math.floor(v * 2.3283064365386963e-10);
    PAIR[0] = v - hi * 4294967296;
    PAIR[1] = hi;
  } else {
    PAIR[0] = Number(BigInt.asIntN(32, v));
    PAIR[1] = Number(BigInt.asIntN(32, v >> 32n));
  }
}
const joinU = V.joinU64;
const joinS = V.joinS64;

/** Names the generated source may use besides its captures (k0, k1, ...). */
export const HELPERS = {
  PAIR, split, joinU, joinS, ptrAdd, NO_ARGS, addS64: V.addS64, addU64: V.addU64, subS64: V.subS64, subU64: V.subU64, mulS64: V.mulS64, mulU64: V.mulU64,
  modS64: V.modS64, modU64: V.modU64, shlS64: V.shlS64, shlU64: V.shlU64, shrS64: V.shrS64, shrU64: V.shrU64,
  and64: V.and64, or64: V.or64, xor64: V.xor64, neg64: V.neg64, not64: V.not64,
};

/** 2^53 - 1 as a literal: a constant of the factory would be a context load and a hole check per use. */
const SAFE = '9007199254740991';

export class JsExprGen {
  /** Values the source refers to as k0, k1, ... */
  readonly caps: unknown[] = [];
  private temps = 0;
  /** Expressions whose value is already in a JS variable (a post-increment's old value). */
  private readonly bound = new Map<Expr, string>();
  /**
   * How many pieces of emitted code may fault without naming their own C line (closures from
   * emit-expr.ts, unguarded accesses outside the frame): a statement that has any sets
   * machine.currentLine first, for run.ts's fallback evidence.
   */
  lineUses = 0;
  /**
   * The words of 64-bit locals as the code emitted just before left them in JS temps (frame
   * offset -> [hi, lo]), for word-wise statements that follow one another (`x ^= x << 13;` ...):
   * the next one takes x's words from the temps instead of reading the frame again. Exact because
   * it is used only where nothing else can have written the frame since: between consecutive
   * statements of one straight-line run that are word stores or `return`s (FunctionSource
   * decides, see wordStatement), and never past a call or any expression emitted by value().
   */
  private readonly words = new Map<number, [string, string]>();
  private wordsOn = false;

  constructor(private readonly R: Runtime, private readonly M: Machine, private readonly ex: ExprEmitter, private readonly ctx: EmitContext) {}

  cap(x: unknown): string {
    const i = this.caps.length;
    this.caps.push(x);
    return `k${i}`;
  }
  tmp(): string {
    return `t${this.temps++}`;
  }
  get tempCount(): number {
    return this.temps;
  }

  /** A closure from the closure emitter, called in place. */
  private closure(e: Expr): string {
    this.lineUses++;
    return `${this.cap(this.ex.value(e))}()`;
  }

  /** Emits a word statement (effect, a pair init, returnWords) with the word cache in use. */
  wordStatement<T>(emit: () => T): T {
    this.wordsOn = true;
    try {
      return emit();
    } finally {
      this.wordsOn = false;
    }
  }

  /** Forgets every local's cached words: what is emitted next may follow other code. */
  forgetWords(): void {
    this.words.clear();
  }

  /** value(e) from inside word code: no cached words in it, none trusted after it. */
  private valueInWords(e: Expr): string {
    const on = this.wordsOn;
    this.wordsOn = false;
    this.words.clear();
    try {
      return this.value(e);
    } finally {
      this.words.clear();
      this.wordsOn = on;
    }
  }

  // ---- locals through the stack's view -----------------------------------------------------------

  /** A load of a scalar local at frame offset off, or null when t has no inline form. */
  loadLocal(off: number, t: CType): string | null {
    const o = `fo + ${off}`;
    const a = `fp + ${off}`;
    if (t.kind === 'ptr') return this.load64(o, a, false);
    if (t.kind === 'float') return t.fk === 'float' ? `fv.getFloat32(${o}, true)` : `fv.getFloat64(${o}, true)`;
    if (t.kind !== 'int') return null;
    switch (t.ik) {
      case 'bool': case 'uchar': return `fv.getUint8(${o})`;
      case 'char': case 'schar': return `fv.getInt8(${o})`;
      case 'short': return `fv.getInt16(${o}, true)`;
      case 'ushort': return `fv.getUint16(${o}, true)`;
      case 'int': return `fv.getInt32(${o}, true)`;
      case 'uint': return `fv.getUint32(${o}, true)`;
      case 'long': case 'llong': return this.load64(o, a, true);
      case 'ulong': case 'ullong': return this.load64(o, a, false);
    }
  }

  private load64(o: string, a: string, signed: boolean): string {
    const h = this.tmp();
    if (signed) {
      return `((${h} = fv.getInt32(${o} + 4, true)) >= -2097152 && ${h} < 2097152 ? ${h} * 4294967296 + fv.getUint32(${o}, true) : mem.i64(${a}))`;
    }
    return `((${h} = fv.getUint32(${o} + 4, true)) < 2097152 ? ${h} * 4294967296 + fv.getUint32(${o}, true) : mem.u64(${a}))`;
  }

  /**
   * A bound on an integer expression's value when it is provably in [0, bound] (a remainder by a
   * constant, a mask, their sums, widening conversions), else null. Lets a 64-bit store of such a
   * value write its words without splitting a number.
   */
  valueBound(e: Expr): number | null {
    if (e.t.kind !== 'int') return null;
    switch (e.k) {
      case 'const':
        return typeof e.v === 'number' && e.v >= 0 ? e.v : null;
      case 'conv': {
        const b = this.valueBound(e.e);
        return b !== null && e.t.size >= 4 && b < 2 ** 31 ? b : null;
      }
      case 'arith': {
        if (e.op === '%' && !(e.t as IntType).signed) {
          const k = positiveConst(e.r);
          return k === null ? null : k - 1;
        }
        if (e.op === '&') {
          const l = this.valueBound(e.l);
          const r = this.valueBound(e.r);
          return l === null ? r : r === null ? l : Math.min(l, r);
        }
        if (e.op === '+') {
          const l = this.valueBound(e.l);
          const r = this.valueBound(e.r);
          return l === null || r === null ? null : l + r;
        }
        return null;
      }
      default:
        return null;
    }
  }

  /** Whether e's value is provably in [0, 2^31). */
  small(e: Expr): boolean {
    const b = this.valueBound(e);
    return b !== null && b < 2 ** 31;
  }

  /** A store of the value of JS expression v to a scalar local; evaluates to the value. */
  storeLocal(off: number, t: CType, v: string, small = false): string | null {
    const x = this.tmp();
    const o = `fo + ${off}`;
    const a = `fp + ${off}`;
    if (t.kind === 'float') {
      return t.fk === 'float'
        ? `(${x} = ${v}, fv.setFloat32(${o}, ${x}, true), ${x})`
        : `(${x} = ${v}, fv.setFloat64(${o}, ${x}, true), ${x})`;
    }
    const size = t.kind === 'ptr' ? 8 : t.kind === 'int' ? t.size : 0;
    switch (size) {
      case 1: return `(${x} = ${v}, fv.setUint8(${o}, ${x} & 255), ${x})`;
      case 2: return `(${x} = ${v}, fv.setUint16(${o}, ${x} & 65535, true), ${x})`;
      case 4: return `(${x} = ${v}, fv.setInt32(${o}, ${x}, true), ${x})`;
      case 8: {
        // A value known to be in [0, 2^31): its words are itself and 0.
        if (small) return `(${x} = ${v}, fv.setInt32(${o}, ${x}, true), fv.setInt32(${o} + 4, 0, true), ${x})`;
        const h = this.tmp();
        return `(${x} = ${v}, typeof ${x} === 'number' ? (${h} = Math.floor(${x} * 2.3283064365386963e-10), fv.setUint32(${o}, ${x} - ${h} * 4294967296, true), fv.setInt32(${o} + 4, ${h}, true)) : mem.set64(${a}, ${x}), ${x})`;
      }
    }
    return null;
  }

  // ---- addresses ------------------------------------------------------------------------------

  private isPlaced(e: Expr): boolean {
    if (e.k === 'local' || e.k === 'global' || e.k === 'str' || e.k === 'compound') return true;
    if (e.k === 'member') return this.isPlaced(e.base);
    return false;
  }
  private isLvalueShape(e: Expr): boolean {
    return e.k === 'local' || e.k === 'global' || e.k === 'str' || e.k === 'deref' || e.k === 'compound' || (e.k === 'member' && this.isLvalueShape(e.base));
  }

  addr(e: Expr): string {
    switch (e.k) {
      case 'local': return `(fp + ${e.slot.off})`;
      case 'global': return `${e.sym.addr}`;
      case 'str': return `${e.lit.addr}`;
      case 'func': return `${this.cap(e.sym)}.addr`;
      case 'deref': {
        const p = this.tmp();
        return `(typeof (${p} = ${this.value(e.p)}) === 'number' ? ${p} : R.ptr(${p}, ${this.cap(e.loc)}, ${JSON.stringify(e.text ?? 'a pointer dereference')}))`;
      }
      case 'member': {
        const base = this.isLvalueShape(e.base) ? this.addr(e.base) : this.value(e.base);
        return e.off === 0 ? base : `(${base} + ${e.off})`;
      }
      default:
        this.lineUses++;
        return `${this.cap(this.ex.addr(e))}()`;
    }
  }

  // ---- values ---------------------------------------------------------------------------------

  value(e: Expr): string {
    const b = this.bound.get(e);
    if (b !== undefined) return b;
    switch (e.k) {
      case 'const':
        return typeof e.v === 'bigint' ? `${e.v}n` : `(${e.v})`;
      case 'fconst':
        return Number.isFinite(e.v) && !Object.is(e.v, -0) ? `(${e.v})` : this.cap(e.v);
      case 'str': case 'global': case 'local': case 'func': case 'deref': case 'member':
        return this.addr(e);
      case 'addr':
        return this.addr(e.lv);
      case 'load':
        return this.load(e.lv, e.t);
      case 'conv':
        return this.conv(e.e, e.t);
      case 'arith':
        return this.arith(e.t, e.op, e.l, e.r, e.loc) ?? this.closure(e);
      case 'cmp': {
        const op = e.op === '==' ? '===' : e.op === '!=' ? '!==' : e.op;
        return `(${this.value(e.l)} ${op} ${this.value(e.r)} ? 1 : 0)`;
      }
      case 'ptradd': {
        const p = this.tmp();
        const i = this.tmp();
        const r = this.tmp();
        return `(${p} = ${this.value(e.p)}, ${i} = ${this.value(e.i)}, typeof ${p} === 'number' && typeof ${i} === 'number' && (${r} = ${p} + ${i} * ${e.scale}) >= 0 && ${r} <= ${SAFE} ? ${r} : ptrAdd(${p}, ${i}, ${e.scale}))`;
      }
      case 'neg': {
        if (e.t.kind === 'float') return `(-${this.value(e.e)})`;
        const it = e.t as IntType;
        if (it.size === 8) return `neg64(${this.value(e.e)}, ${it.signed})`;
        return it.signed ? `(-${this.value(e.e)} | 0)` : `(-${this.value(e.e)} >>> 0)`;
      }
      case 'bnot': {
        const it = e.t as IntType;
        if (it.size === 8) return `not64(${this.value(e.e)}, ${it.signed})`;
        return it.signed ? `(~${this.value(e.e)})` : `(~${this.value(e.e)} >>> 0)`;
      }
      case 'lnot':
        return `(${this.value(e.e)} === 0 ? 1 : 0)`;
      case 'logic':
        return e.op === '&&'
          ? `(${this.value(e.l)} !== 0 && ${this.value(e.r)} !== 0 ? 1 : 0)`
          : `(${this.value(e.l)} !== 0 || ${this.value(e.r)} !== 0 ? 1 : 0)`;
      case 'cond':
        return `(${this.value(e.c)} !== 0 ? ${this.value(e.a)} : ${this.value(e.b)})`;
      case 'comma':
        return `(${this.value(e.l)}, ${this.value(e.r)})`;
      case 'assign':
        return this.assign(e.lv, e.r, e.t) ?? this.closure(e);
      case 'opassign':
        return this.opassign(e) ?? this.closure(e);
      case 'incdec':
        return this.incdec(e) ?? this.closure(e);
      case 'call':
        return this.call(e) ?? this.closure(e);
      default:
        return this.closure(e);
    }
  }

  private load(lv: Expr, t: CType): string {
    if (lv.k === 'local') {
      const s = this.loadLocal(lv.slot.off, t);
      if (s) return s;
    }
    const elem = this.frameElement(lv, t);
    if (elem) return elem.load;
    if (t.kind === 'struct' || t.kind === 'array' || t.kind === 'func' || t.kind === 'void') return this.addr(lv);
    const ld = this.ex.loader(t);
    let slow: string;
    if (this.isPlaced(lv)) {
      slow = this.cap(ld);
      this.lineUses++;
    } else {
      const R = this.R;
      const loc = lv.loc;
      const what = describe(lv);
      slow = this.cap((a: number): V.Val => {
        try {
          return ld(a);
        } catch (err) {
          throw R.fault(err, loc, what);
        }
      });
    }
    const a = this.tmp();
    const fast = this.viewAccess(t, a);
    if (fast === null) return `${slow}(${this.addr(lv)})`;
    const v = this.tmp();
    const o = this.tmp();
    const viaPage = `(${o} = ${a} & 4095) <= ${4096 - fast.size} && (${v} = mem.pageView(${a})) !== undefined${fast.load(v, o, `${slow}(${a})`)}`;
    const image = this.imageRange(lv, fast.size);
    if (image === null) return `(${a} = ${this.addr(lv)}, ${viaPage})`;
    const d = this.tmp();
    // `| 0` once the range is checked: an int32 offset makes the view's index check a compare (a
    // double one is a conversion checked for loss first).
    return `(${a} = ${this.addr(lv)}, (${d} = ${a} - ${image.base}) >= 0 && ${d} <= ${image.last} && DS.live === true${fast.load('dv', `(${d} | 0)`, `(${viaPage})`)})`;
  }

  /**
   * For an lvalue at a global or inside one (a member, an element of a global array), the
   * image's base address and the last offset in its view (Runtime.imageView) where an access of
   * `size` bytes fits: compiled code then reads and writes it through that one view, with no
   * page lookup. Null otherwise, or when there is no image.
   */
  private imageRange(lv: Expr, size: number): { base: number; last: number } | null {
    const last = this.R.imageView.byteLength - size;
    return last >= 0 && globalBased(lv) ? { base: this.R.imageBase, last } : null;
  }

  /**
   * A scalar load or store at a computed address through Memory's cached page view: the access
   * inlined when the bytes lie in one writable page the cache holds, `slow` (which goes the
   * AddressSpace's way and faults as it does) otherwise. Null for types with no inline form.
   * load(v, o, slow) continues a condition `... && view ok` into a whole conditional expression.
   */
  private viewAccess(t: CType, a: string): { size: number; load: (v: string, o: string, slow: string) => string; store: (v: string, o: string, x: string) => string } | null {
    const word = (get: string, set: string, size: number) => ({
      size,
      load: (v: string, o: string, slow: string) => ` ? ${v}.${get}(${o}, true) : ${slow}`,
      store: (v: string, o: string, x: string) => `${v}.${set}(${o}, ${x}, true)`,
    });
    if (t.kind === 'float') return t.fk === 'double' ? word('getFloat64', 'setFloat64', 8) : null;
    const signed = t.kind === 'int' && t.signed;
    const size = t.kind === 'ptr' ? 8 : t.kind === 'int' && t.ik !== 'bool' ? t.size : 0;
    switch (size) {
      case 1: return word(signed ? 'getInt8' : 'getUint8', 'setUint8', 1);
      case 2: return word(signed ? 'getInt16' : 'getUint16', 'setUint16', 2);
      case 4: return word(signed ? 'getInt32' : 'getUint32', 'setInt32', 4);
      case 8: {
        const h = this.tmp();
        return {
          size: 8,
          load: (v, o, slow) => signed
            ? ` && (${h} = ${v}.getInt32(${o} + 4, true)) >= -2097152 && ${h} < 2097152 ? ${h} * 4294967296 + ${v}.getUint32(${o}, true) : ${slow}`
            : ` && (${h} = ${v}.getUint32(${o} + 4, true)) < 2097152 ? ${h} * 4294967296 + ${v}.getUint32(${o}, true) : ${slow}`,
          store: (v, o, x) => `(${h} = Math.floor(${x} * 2.3283064365386963e-10), ${v}.setUint32(${o}, ${x} - ${h} * 4294967296, true), ${v}.setInt32(${o} + 4, ${h}, true))`,
        };
      }
    }
    return null;
  }

  /**
   * `a[i]` for a local array a of int or long: the element's offset from fp is computed without
   * forming the address and used through the stack's view when it falls in [sp, top) (mapped);
   * otherwise (below sp, past the top, a bigint index) the general, faulting path.
   */
  private frameElement(lv: Expr, t: CType): { load: string; store: (v: string) => string } | null {
    if (lv.k !== 'deref' || lv.p.k !== 'ptradd') return null;
    const base = lv.p.p;
    if (base.k !== 'addr' || base.lv.k !== 'local' || base.lv.t.kind !== 'array') return null;
    if (!(t.kind === 'int' && (t.size === 4 || t.size === 8))) return null;
    const R = this.R;
    const off = base.lv.slot.off;
    const scale = lv.p.scale;
    const loc = lv.loc;
    const what = lv.text ?? 'an array element';
    const ld = this.ex.loader(t);
    const st = this.ex.storer(t);
    const at = (i: V.Val): number => R.ptr(ptrAdd(R.fp + off, i, scale), loc, what);
    const slowLoad = this.cap((i: V.Val): V.Val => {
      try {
        return ld(at(i));
      } catch (err) {
        throw R.fault(err, loc, what);
      }
    });
    const slowStore = this.cap((i: V.Val, x: V.Val): void => {
      try {
        st(at(i), x);
      } catch (err) {
        throw R.fault(err, loc, what);
      }
    });
    const i = this.tmp();
    const o = this.tmp();
    const idx = this.value(lv.p.i);
    // Inside [sp, top): mapped (this frame and its callers'); anything else goes the slow way.
    const limit = this.R.fv.byteLength - t.size;
    const fast = `typeof (${i} = ${idx}) === 'number' && (${o} = fo + ${off} + ${i} * ${scale}) >= so && ${o} <= ${limit}`;
    // The offset as int32 once it is known to be inside the view (see load()).
    const oi = `(${o} | 0)`;
    const signed = (t as IntType).signed;
    if (t.size === 4) {
      return {
        load: `(${fast} ? fv.${signed ? 'getInt32' : 'getUint32'}(${oi}, true) : ${slowLoad}(${i}))`,
        store: (v) => {
          const x = this.tmp();
          return `(${x} = ${v}, ${fast} ? fv.setInt32(${oi}, ${x}, true) : ${slowStore}(${i}, ${x}), ${x})`;
        },
      };
    }
    const h = this.tmp();
    const load = signed
      ? `(${fast} && (${h} = fv.getInt32(${oi} + 4, true)) >= -2097152 && ${h} < 2097152 ? ${h} * 4294967296 + fv.getUint32(${oi}, true) : ${slowLoad}(${i}))`
      : `(${fast} && (${h} = fv.getUint32(${oi} + 4, true)) < 2097152 ? ${h} * 4294967296 + fv.getUint32(${oi}, true) : ${slowLoad}(${i}))`;
    return {
      load,
      store: (v) => {
        const x = this.tmp();
        return `(${x} = ${v}, ${fast} && typeof ${x} === 'number' ? (${h} = Math.floor(${x} * 2.3283064365386963e-10), fv.setUint32(${oi}, ${x} - ${h} * 4294967296, true), fv.setInt32(${oi} + 4, ${h}, true)) : ${slowStore}(${i}, ${x}), ${x})`;
      },
    };
  }

  private conv(inner: Expr, to: CType): string {
    const v = this.value(inner);
    const from = inner.t;
    if (to.kind === 'void') return `(${v}, 0)`;
    const f = V.converter(from, to);
    if (!f) return v;
    const fromInt = from.kind === 'int' || from.kind === 'ptr';
    const small = from.kind === 'int' && from.size <= 4;
    if (to.kind === 'int' && fromInt && to.ik !== 'bool') {
      const narrow: Partial<Record<IntType['ik'], (x: string) => string>> = {
        int: (x) => `(${x} | 0)`, uint: (x) => `(${x} >>> 0)`, short: (x) => `(${x} << 16 >> 16)`, ushort: (x) => `(${x} & 65535)`,
        char: (x) => `(${x} << 24 >> 24)`, schar: (x) => `(${x} << 24 >> 24)`, uchar: (x) => `(${x} & 255)`,
      };
      const n = narrow[to.ik];
      if (n && small) return n(v);
      const t = this.tmp();
      // ToInt32 of any integral double is exact modulo 2^32, so numbers narrow inline.
      if (n) return `(typeof (${t} = ${v}) === 'number' ? ${n(t)} : ${this.cap(f)}(${t}))`;
      if (to.size === 8 && !to.signed) return `(typeof (${t} = ${v}) === 'number' && ${t} >= 0 ? ${t} : ${this.cap(f)}(${t}))`;
      if (to.size === 8) return `(typeof (${t} = ${v}) === 'number' ? ${t} : ${this.cap(f)}(${t}))`;
    }
    if (to.kind === 'float' && to.fk === 'double' && fromInt) return small ? v : `Number(${v})`;
    return `${this.cap(f)}(${v})`;
  }

  /** The C binary operation op of type t on JS expressions, or null (the closure does it). */
  private arith(t: CType, op: string, le: Expr, re: Expr, loc: Loc): string | null {
    const l = this.value(le);
    const r = this.value(re);
    if (t.kind === 'float') {
      const js = op === '+' || op === '-' || op === '*' || op === '/' ? op : null;
      if (!js) return null;
      return t.fk === 'float' ? `Math.fround(${l} ${js} ${r})` : `(${l} ${js} ${r})`;
    }
    if (t.kind !== 'int') return null;
    const s = t.signed;
    if (t.size <= 4) {
      const fix = s ? '| 0' : '>>> 0';
      switch (op) {
        case '+': case '-': return `((${l} ${op} ${r}) ${fix})`;
        case '*': return s ? `Math.imul(${l}, ${r})` : `(Math.imul(${l}, ${r}) >>> 0)`;
        case '&': case '|': case '^': return `((${l} ${op} ${r}) ${fix})`;
        case '<<': return `((${l} << (${r} & 31)) ${fix})`;
        case '>>': return s ? `(${l} >> (${r} & 31))` : `(${l} >>> (${r} & 31))`;
        case '/': case '%': {
          const a = this.tmp();
          const b = this.tmp();
          const fpe = this.cap((why: string) => this.R.sigfpe(loc, why));
          const trap = s ? ` || ${a} === -2147483648 && ${b} === -1 ? ${fpe}(${b} === 0 ? 'by zero' : 'overflow (INT_MIN ${op} -1)')` : ` ? ${fpe}('by zero')`;
          return `(${a} = ${l}, ${b} = ${r}, ${b} === 0${trap} : (${a} ${op} ${b}) ${fix})`;
        }
      }
      return null;
    }
    const a = this.tmp();
    const b = this.tmp();
    const x = this.tmp();
    const S = s ? 'S64' : 'U64';
    const lo = s ? `-${SAFE}` : '0';
    switch (op) {
      case '+': case '-': case '*': {
        const name = { '+': 'add', '-': 'sub', '*': 'mul' }[op];
        const fix = op === '*' ? ` + 0` : '';
        return `(${a} = ${l}, ${b} = ${r}, typeof ${a} === 'number' && typeof ${b} === 'number' && (${x} = ${a} ${op} ${b}) <= ${SAFE} && ${x} >= ${lo} ? ${x}${fix} : ${name}${S}(${a}, ${b}))`;
      }
      case '%': case '/': {
        const k = positiveConst(re);
        if (k === null) return null;
        // JS's % on a number that is not an int32 is a call to fmod (tens of ns); these forms are
        // exact without it: for integers |a| < 2^53, the rounded quotient a / k truncates to the
        // true one (the error of the division is below 1/k, the distance to the next integer).
        if (op === '%' && !s && k < 2097152 && this.pairable(le, false) && le.k !== 'const') {
          const h = this.tmp();
          const w = this.tmp();
          const pair = this.pair(le, h, w);
          // A power of two keeps the low bits of the low word.
          if ((k & (k - 1)) === 0) return `(${pair}, (${w} & ${k - 1}))`;
          // x mod k from x's four 16-bit digits and 2^48, 2^32, 2^16 mod k, when the weighted sum
          // stays below 2^31: int32 arithmetic, and V8 turns `%` by a literal into a multiplication.
          const r48 = Number((1n << 48n) % BigInt(k));
          const r32 = 2 ** 32 % k;
          const r16 = 2 ** 16 % k;
          if (65535 * (r48 + r32 + r16 + 1) < 2 ** 31) {
            return `(${pair}, ((${h} >>> 16) * ${r48} + (${h} & 65535) * ${r32} + (${w} >>> 16) * ${r16} + (${w} & 65535)) % ${k})`;
          }
          // (hi * 2^32 + lo) mod k = ((hi mod k) * (2^32 mod k) + lo) mod k, all below 2^53. Each
          // mod multiplies by 1/k: for u < 2^53 the floor is off by at most one, put right after.
          const u = this.tmp();
          const inv = 1 / k;
          const modK = (x: string) => `(${x} = ${x} - Math.floor(${x} * ${inv}) * ${k}, ${x} < 0 ? ${x} + ${k} : ${x} >= ${k} ? ${x} - ${k} : ${x})`;
          return `(${pair}, ${u} = ${h} >>> 0, ${u} = ${modK(u)} * ${2 ** 32 % k} + (${w} >>> 0), ${modK(u)})`;
        }
        const small = s ? `${a} <= 2147483647 && ${a} >= -2147483648` : `${a} <= 2147483647`;
        if (op === '%') {
          return `(typeof (${a} = ${l}) === 'number' ? (${small} ? ${a} % ${k} + 0 : ${a} - Math.trunc(${a} / ${k}) * ${k} + 0) : mod${S}(${a}, ${k}))`;
        }
        const div = this.cap(s ? V.divS64 : V.divU64);
        return `(typeof (${a} = ${l}) === 'number' ? Math.trunc(${a} / ${k}) + 0 : ${div}(${a}, ${k}))`;
      }
      case '<<': return `shl${S}(${l}, Number(${r}))`;
      case '>>': {
        if (re.k === 'const' && typeof re.v === 'number') {
          const sh = re.v & 63;
          if (sh >= 53) return `shr${S}(${l}, ${sh})`;
          return `(typeof (${a} = ${l}) === 'number' ? Math.floor(${a} / ${2 ** sh}) : shr${S}(${a}, ${sh}))`;
        }
        return `shr${S}(${l}, Number(${r}))`;
      }
      case '&': case '|': case '^': {
        const name = { '&': 'and64', '|': 'or64', '^': 'xor64' }[op];
        // Both in int32 and the result non-negative: the JS operator is exact.
        return `(${a} = ${l}, ${b} = ${r}, typeof ${a} === 'number' && typeof ${b} === 'number' && ${a} >= 0 && ${a} <= 2147483647 && ${b} >= 0 && ${b} <= 2147483647 ? ${a} ${op} ${b} : ${name}(${a}, ${b}, ${s}))`;
      }
    }
    return null;
  }

  private assign(lv: Expr, r: Expr, t: CType): string | null {
    if (t.kind === 'struct' || t.kind === 'array') return null;
    if (lv.k === 'local') return this.storeLocal(lv.slot.off, t, this.value(r), this.small(r));
    const elem = this.frameElement(lv, t);
    if (elem) return elem.store(this.value(r));
    const st = this.ex.storer(t);
    const x = this.tmp();
    const v = this.value(r);
    let slow: string;
    if (this.isPlaced(lv)) {
      slow = this.cap(st);
      this.lineUses++;
    } else {
      const R = this.R;
      const loc = lv.loc;
      const what = describe(lv);
      slow = this.cap((a: number, y: V.Val): void => {
        try {
          st(a, y);
        } catch (err) {
          throw R.fault(err, loc, what);
        }
      });
    }
    const a = this.tmp();
    const fast = this.viewAccess(t, a);
    if (fast === null) return `(${x} = ${v}, ${slow}(${this.addr(lv)}, ${x}), ${x})`;
    const pv = this.tmp();
    const o = this.tmp();
    const num = fast.size === 8 && t.kind !== 'float' ? ` && typeof ${x} === 'number'` : '';
    const viaPage = `(${o} = ${a} & 4095) <= ${4096 - fast.size} && (${pv} = mem.pageView(${a})) !== undefined${num} ? ${fast.store(pv, o, x)} : ${slow}(${a}, ${x})`;
    const image = this.imageRange(lv, fast.size);
    if (image === null) return `(${x} = ${v}, ${a} = ${this.addr(lv)}, ${viaPage}, ${x})`;
    const d = this.tmp();
    return `(${x} = ${v}, ${a} = ${this.addr(lv)}, (${d} = ${a} - ${image.base}) >= 0 && ${d} <= ${image.last} && DS.live === true${num} ? ${fast.store('dv', `(${d} | 0)`, x)} : (${viaPage}), ${x})`;
  }

  /** `x op= r` on a local: x = (t)((ot)x op r), read and written through the frame. */
  private opassign(e: Extract<Expr, { k: 'opassign' }>): string | null {
    if (e.lv.k !== 'local' || e.t.kind === 'struct') return null;
    const load: Expr = { k: 'load', t: e.t, lv: e.lv, loc: e.loc };
    let rhs: Expr;
    if (e.t.kind === 'ptr') {
      rhs = { k: 'ptradd', t: e.t, p: load, i: e.r, scale: e.op === '-' ? -e.scale : e.scale, loc: e.loc };
    } else {
      const arith: Expr = { k: 'arith', t: e.ot, op: e.op, l: { k: 'conv', t: e.ot, e: load, loc: e.loc }, r: e.r, loc: e.loc };
      rhs = { k: 'conv', t: e.t, e: arith, loc: e.loc };
    }
    const v = this.value(rhs);
    return this.storeLocal(e.lv.slot.off, e.t, v);
  }

  /** ++x / x-- on a local integer or pointer. */
  private incdec(e: Extract<Expr, { k: 'incdec' }>): string | null {
    const t = e.t;
    if (e.lv.k !== 'local' || !(t.kind === 'ptr' || (t.kind === 'int' && t.ik !== 'bool'))) return null;
    const load: Expr = { k: 'load', t, lv: e.lv, loc: e.loc };
    let rhs: Expr;
    if (t.kind === 'ptr') rhs = { k: 'ptradd', t, p: load, i: { k: 'const', t: T.long, v: e.delta, loc: e.loc }, scale: 1, loc: e.loc };
    else {
      const ot = t.size < 4 ? T.int : t;
      const arith: Expr = { k: 'arith', t: ot, op: '+', l: { k: 'conv', t: ot, e: load, loc: e.loc }, r: { k: 'const', t: ot, v: e.delta, loc: e.loc }, loc: e.loc };
      rhs = { k: 'conv', t, e: arith, loc: e.loc };
    }
    if (!e.post) return this.storeLocal(e.lv.slot.off, t, this.value(rhs));
    // The new value is computed from the saved old one, not by reading the slot twice.
    const old = this.tmp();
    const save = `${old} = ${this.value(load)}`;
    this.bound.set(load, old);
    const store = this.storeLocal(e.lv.slot.off, t, this.value(rhs));
    this.bound.delete(load);
    return `(${save}, ${store}, ${old})`;
  }

  // ---- 64-bit integers as two int32 words ----------------------------------------------------
  // xorshift-style code (shifts and xors of full 64-bit values) would make a bigint per
  // operation; on words it makes none. Used where the value is stored or reduced (%), not kept.

  /** Whether e is a 64-bit integer expression worth evaluating as words. */
  private pairable(e: Expr, top = true): boolean {
    if (!is64(e.t)) return false;
    switch (e.k) {
      case 'const': return !top;
      case 'load': return e.lv.k === 'local' || e.lv.k === 'global';
      case 'call': return this.definedCallee(e) !== null;
      case 'conv': return is64(e.e.t) ? this.pairable(e.e, false) : !top && e.e.t.kind === 'int';
      case 'arith':
        if (e.op === '^' || e.op === '&' || e.op === '|') return this.pairable(e.l, false) && this.pairable(e.r, false);
        if (e.op === '<<' || e.op === '>>') return this.pairable(e.l, false) && e.r.k === 'const' && typeof e.r.v === 'number';
        return false;
      default: return false;
    }
  }

  /** JS that leaves e's words in hi and lo (int32 each). Only for pairable(e). */
  private pair(e: Expr, hi: string, lo: string): string {
    switch (e.k) {
      case 'const': {
        const w = BigInt.asUintN(64, BigInt(e.v));
        return `(${hi} = ${Number(BigInt.asIntN(32, w >> 32n))}, ${lo} = ${Number(BigInt.asIntN(32, w))})`;
      }
      case 'load': {
        if (e.lv.k === 'local') {
          const off = e.lv.slot.off;
          const known = this.wordsOn ? this.words.get(off) : undefined;
          if (known !== undefined) return `(${lo} = ${known[1]}, ${hi} = ${known[0]})`;
          if (this.wordsOn) this.rememberWords(off, hi, lo);
          return `(${lo} = fv.getInt32(fo + ${off}, true), ${hi} = fv.getInt32(fo + ${off + 4}, true))`;
        }
        const a = (e.lv as Extract<Expr, { k: 'global' }>).sym.addr;
        const slow = `(${lo} = mem.i32(${a}), ${hi} = mem.i32(${a + 4}))`;
        const d = this.imageOffset(a, 8);
        return d === null ? slow : `(DS.live === true ? (${lo} = dv.getInt32(${d}, true), ${hi} = dv.getInt32(${d + 4}, true)) : ${slow})`;
      }
      case 'call': {
        const c = e as Extract<Expr, { k: 'call' }>;
        const r = this.tmp();
        // The arguments are emitted by value() and the callee may write any local: no cached words
        // in or after the call.
        const on = this.wordsOn;
        this.wordsOn = false;
        this.words.clear();
        const call = this.calleeCall(this.definedCallee(c)!, c);
        this.words.clear();
        this.wordsOn = on;
        return `(${r} = ${call}, M.currentLine = ${c.loc.line}, ${r} !== null && R.toWords(${r}), ${hi} = R.rh, ${lo} = R.rl)`;
      }
      case 'conv': {
        if (is64(e.e.t)) return this.pair(e.e, hi, lo);
        const signed = (e.e.t as IntType).signed;
        return `(${lo} = ${this.valueInWords(e.e)} | 0, ${hi} = ${signed ? `${lo} >> 31` : '0'})`;
      }
      case 'arith': {
        const h = this.tmp();
        const l = this.tmp();
        const left = this.pair(e.l, h, l);
        if (e.op === '<<' || e.op === '>>') {
          const sh = (e.r as { v: number }).v & 63;
          if (sh === 0) return `(${left}, ${hi} = ${h}, ${lo} = ${l})`;
          if (e.op === '<<') {
            return sh < 32
              ? `(${left}, ${hi} = (${h} << ${sh}) | (${l} >>> ${32 - sh}), ${lo} = ${l} << ${sh})`
              : `(${left}, ${hi} = ${l} << ${sh - 32}, ${lo} = 0)`;
          }
          if ((e.t as IntType).signed) {
            return sh < 32
              ? `(${left}, ${lo} = (${l} >>> ${sh}) | (${h} << ${32 - sh}), ${hi} = ${h} >> ${sh})`
              : `(${left}, ${lo} = ${h} >> ${sh - 32}, ${hi} = ${h} >> 31)`;
          }
          return sh < 32
            ? `(${left}, ${lo} = (${l} >>> ${sh}) | (${h} << ${32 - sh}), ${hi} = ${h} >>> ${sh} | 0)`
            : `(${left}, ${lo} = ${h} >>> ${sh - 32} | 0, ${hi} = 0)`;
        }
        const h2 = this.tmp();
        const l2 = this.tmp();
        const right = this.pair(e.r, h2, l2);
        return `(${left}, ${right}, ${hi} = ${h} ${e.op} ${h2}, ${lo} = ${l} ${e.op} ${l2})`;
      }
      default:
        return `(split(${this.valueInWords(e)}), ${lo} = PAIR[0], ${hi} = PAIR[1])`;
    }
  }

  /**
   * `lv = r` (or `lv op= r`) for a 64-bit local or global with a word-wise right side, as a
   * statement: the words are stored, no value is formed. Null when the shape does not apply.
   */
  effect(e: Expr): string | null {
    let lv: Expr;
    let r: Expr;
    if (e.k === 'incdec' && e.lv.k === 'local' && e.t.kind === 'int' && e.t.size === 8 && (e.delta === 1 || e.delta === -1)) {
      // A 64-bit local's ++/-- as words: the low word wraps, the carry (or borrow) goes up.
      this.words.clear();
      const on = this.wordsOn;
      this.wordsOn = false;
      const slow = this.incdec(e);
      this.wordsOn = on;
      if (slow === null) return null;
      const o = `fo + ${e.lv.slot.off}`;
      const l = this.tmp();
      const d = e.delta;
      return `((${l} = fv.getInt32(${o}, true)) === ${d > 0 ? -1 : 0} && fv.setInt32(${o} + 4, (fv.getInt32(${o} + 4, true) + ${d}) | 0, true), fv.setInt32(${o}, (${l} + ${d}) | 0, true))`;
    }
    if (e.k === 'assign') {
      lv = e.lv;
      r = e.r;
    } else if (e.k === 'opassign' && (e.op === '^' || e.op === '&' || e.op === '|' || e.op === '<<' || e.op === '>>') && is64(e.ot) && is64(e.t)) {
      lv = e.lv;
      const load: Expr = { k: 'load', t: e.t, lv: e.lv, loc: e.loc };
      r = { k: 'arith', t: e.ot, op: e.op, l: { k: 'conv', t: e.ot, e: load, loc: e.loc }, r: e.r, loc: e.loc };
    } else return null;
    if (!(lv.k === 'local' || lv.k === 'global') || !is64(lv.t) || !this.pairable(r)) return null;
    return this.storePair(lv, r);
  }

  /** Stores pairable r's words into the 64-bit local or global lv. */
  storePair(lv: Expr, r: Expr): string {
    const h = this.tmp();
    const l = this.tmp();
    const words = this.pair(r, h, l);
    if (lv.k === 'local') {
      const off = lv.slot.off;
      if (this.wordsOn) this.rememberWords(off, h, l);
      else this.words.clear();
      return `(${words}, fv.setInt32(fo + ${off}, ${l}, true), fv.setInt32(fo + ${off + 4}, ${h}, true))`;
    }
    const a = (lv as Extract<Expr, { k: 'global' }>).sym.addr;
    this.lineUses++;
    const slow = `(mem.set32(${a}, ${l}), mem.set32(${a + 4}, ${h}))`;
    const d = this.imageOffset(a, 8);
    return d === null ? `(${words}, ${slow})` : `(${words}, DS.live === true ? (dv.setInt32(${d}, ${l}, true), dv.setInt32(${d + 4}, ${h}, true)) : ${slow})`;
  }

  /** After code that leaves the local at off's words in temps hi, lo (replacing any overlap). */
  private rememberWords(off: number, hi: string, lo: string): void {
    for (const k of this.words.keys()) if (k > off - 8 && k < off + 8) this.words.delete(k);
    this.words.set(off, [hi, lo]);
  }

  /** The offset in the image's view of `size` bytes at constant address a, when they lie in it. */
  private imageOffset(a: number, size: number): number | null {
    const d = a - this.R.imageBase;
    return d >= 0 && d + size <= this.R.imageView.byteLength ? d : null;
  }

  /** `return e;` from a function returning a 64-bit integer, as words (R.ret = null), or null. */
  returnWords(e: Expr): string | null {
    if (!this.pairable(e)) return null;
    const h = this.tmp();
    const l = this.tmp();
    return `(${this.pair(e, h, l)}, R.rh = ${h}, R.rl = ${l}, R.ret = null)`;
  }

  /** Whether r is worth storing as words into a 64-bit local (its value may be a bigint). */
  pairStore(r: Expr): boolean {
    return this.pairable(r);
  }

  /** The defined C function a call names directly (not through a pointer), or null. */
  private definedCallee(e: Extract<Expr, { k: 'call' }>): FuncSym | null {
    const direct = e.fn.k === 'addr' && e.fn.lv.k === 'func' ? e.fn.lv.sym : null;
    return direct && direct.def && !e.tmp ? direct : null;
  }

  /** JS calling the body of the defined function sym with the call's arguments (P: EmitContext.bodies). */
  private calleeCall(sym: FuncSym, e: Extract<Expr, { k: 'call' }>): string {
    return `P.${this.ctx.calleeKey(sym)}(${e.args.map((a) => this.value(a)).join(', ')})`;
  }

  private call(e: Extract<Expr, { k: 'call' }>): string | null {
    const direct = e.fn.k === 'addr' && e.fn.lv.k === 'func' ? e.fn.lv.sym : null;
    if (!direct || e.tmp) return null;
    const line = e.loc.line;
    const R = this.R;
    const M = this.M;
    const ctx = this.ctx;
    if (direct.def) {
      const r = this.tmp();
      const ret = direct.type.ret;
      // null: a 64-bit result left as words (R.rh, R.rl).
      const words = ret.kind === 'int' && ret.size === 8 ? `${r} === null ? ${ret.signed ? 'joinS' : 'joinU'}(R.rh, R.rl) : ` : '';
      return `(${r} = ${this.calleeCall(direct, e)}, M.currentLine = ${line}, ${words}${r} === undefined ? 0 : ${r})`;
    }
    const args = e.args.map((a) => this.value(a)).join(', ');
    const nf = ctx.native(direct);
    if (!nf) return '0'; // a link error was reported
    const fromNative = nativeResult(e.t);
    const loc = e.loc;
    const what = `${direct.name}()`;
    const callNative = (vals: CArg[]): V.Val => {
      M.currentLine = line;
      let r: CArg | undefined;
      try {
        r = nf.call(vals);
      } catch (err) {
        throw R.fault(err, loc, what);
      }
      return fromNative(r);
    };
    const n = e.args.length;
    // An allocator function: the machine's own method, called in place with the argument words
    // (no array, no closure between). A fault inside it reaches runCSync, which names the call
    // from machine.failedCall.
    const id = M.allocatorId(direct.name);
    if (id !== undefined && n === M.allocatorArgc(id) && nf === M.functions.get(direct.name) && (e.t.kind === 'ptr' || e.t.kind === 'void')) {
      // callFree / callMalloc: a call site's own entry, by kind (see Machine.callAllocator).
      const entry = n === 2 ? 'callAllocator' : M.allocatorFrees(id) ? 'callFree' : 'callMalloc';
      return `(M.currentLine = ${line}, M.${entry}(${id}, ${args}))`;
    }
    if (n === 0 || n > 2) return `${this.cap(callNative)}(${n === 0 ? 'NO_ARGS' : `[${args}]`})`;
    // One argument array per call site, reused unless the site is re-entered (a callback into
    // C reaching it again while the machine still has the array): no allocation per call.
    const buf = new Array<CArg>(n).fill(0);
    let busy = false;
    const viaBuf = (vals: CArg[]): V.Val => {
      busy = true;
      try {
        return callNative(vals);
      } finally {
        busy = false;
      }
    };
    const site = n === 1
      ? (a0: CArg): V.Val => {
        if (busy) return callNative([a0]);
        buf[0] = a0;
        return viaBuf(buf);
      }
      : (a0: CArg, a1: CArg): V.Val => {
        if (busy) return callNative([a0, a1]);
        buf[0] = a0;
        buf[1] = a1;
        return viaBuf(buf);
      };
    return `${this.cap(site)}(${args})`;
  }
}

function is64(t: CType): boolean {
  return t.kind === 'int' && t.size === 8;
}

/** A divisor known to be a positive number: no trap, and the number path is exact. */
function positiveConst(e: Expr): number | null {
  const c = e.k === 'conv' && e.e.k === 'const' && e.e.t.kind === 'int' ? e.e : e;
  return c.k === 'const' && typeof c.v === 'number' && c.v > 0 ? c.v : null;
}

/**
 * Whether lvalue lv is a global or lies inside one by construction: a member of one, or `*p`
 * where p is a global array's address plus an index (a[i]). Where it really lands is checked
 * when it runs; this only picks where that check is worth making.
 */
function globalBased(lv: Expr): boolean {
  switch (lv.k) {
    case 'global': return true;
    case 'member': return globalBased(lv.base);
    case 'deref': return pointsIntoGlobal(lv.p);
    default: return false;
  }
}

function pointsIntoGlobal(p: Expr): boolean {
  switch (p.k) {
    case 'global': return true;
    case 'addr': return globalBased(p.lv);
    case 'ptradd': return pointsIntoGlobal(p.p);
    case 'conv': return pointsIntoGlobal(p.e);
    default: return false;
  }
}
