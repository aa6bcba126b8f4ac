/*
 * Semantic analysis, part 2: expressions (C99 6.5). Gives every expression its type, applies
 * the integer promotions and usual arithmetic conversions, scales pointer arithmetic, decays
 * arrays and functions, checks lvalues, and warns where gcc warns cheaply (implicit declaration,
 * incompatible pointer types, int/pointer conversions without a cast).
 * tree-sitter cannot know typedef names, so `(T)(x)`, `(T) - x`, `(T) *p` and `sizeof (T)` may
 * arrive as a call, a binary expression or a parenthesised identifier; they are re-read here as
 * casts when T names a type. Main export: ExprChecker.
 */
import type { Node } from 'web-tree-sitter';
import type { Checker } from './check';
import type { ArithOp, CmpOp, Expr } from './ir';
import type { Loc } from './diagnostics';
import { checkInitializer } from './check-init';
import { foldConst } from './const-fold';
import { decodeStringLiteral, parseCharLiteral, parseFloatLiteral, parseIntegerLiteral } from './literals';
import {
  PTRDIFF_T, SIZE_T, T, arrayOf, findMember, isArithmetic, isComplete, isInteger, isScalar, promote,
  ptrTo, qualified, sameType, sizeOf, alignOf, stripAlias, typeName, usualArithmetic,
  type CType, type FuncType, type IntType, type PointerType,
} from './types';
import { converter, type Val } from './values';

export type AssignCtx =
  | { kind: 'assign' }
  | { kind: 'init' }
  | { kind: 'return' }
  | { kind: 'arg'; index: number; fname: string };

const LVALUE_KINDS = new Set(['local', 'global', 'deref', 'str', 'compound']);

const COMPOUND_OPS: Record<string, ArithOp> = {
  '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%', '<<=': '<<', '>>=': '>>', '&=': '&', '|=': '|', '^=': '^',
};

export class ExprChecker {
  constructor(private readonly c: Checker) {}

  private loc(node: Node): Loc {
    return this.c.loc(node);
  }

  private bad(node: Node, message: string): Expr {
    this.c.error(node, message);
    return { k: 'const', t: T.int, v: 0, loc: this.loc(node) };
  }

  // ---- value categories ---------------------------------------------------------------------

  isLvalue(e: Expr): boolean {
    if (e.k === 'member') return this.isLvalue(e.base);
    return LVALUE_KINDS.has(e.k);
  }

  /** Lvalue conversion and array/function decay (6.3.2.1). */
  rvalue(e: Expr): Expr {
    if (e.t.kind === 'array') return { k: 'addr', t: ptrTo(e.t.of), lv: e, loc: e.loc };
    if (e.k === 'func') return { k: 'addr', t: ptrTo(e.t), lv: e, loc: e.loc };
    if (this.isLvalue(e) || e.k === 'member') return { k: 'load', t: unqualified(e.t), lv: e, loc: e.loc };
    return e;
  }

  /** An expression evaluated only for its side effects (expression statements, for clauses). */
  discarded(e: Expr): Expr {
    return e;
  }

  /** The controlling expression of if/while/do/for/?: must be scalar. */
  condition(node: Node): Expr {
    const inner = node.type === 'parenthesized_expression' ? node.namedChildren[0] ?? node : node;
    const e = this.rvalue(this.expr(inner));
    if (!isScalar(e.t)) {
      this.c.error(inner, `used ${typeNameFor(e.t)} type value where scalar is required`);
      return { k: 'const', t: T.int, v: 0, loc: e.loc };
    }
    return e;
  }

  convert(e: Expr, t: CType): Expr {
    if (t.kind === 'void') return { k: 'conv', t: T.void, e, loc: e.loc };
    if (sameType(e.t, t) && e.t.kind !== 'int') return e.t === t ? e : { ...e, t } as Expr;
    if (e.t.kind === 'int' && t.kind === 'int' && e.t.ik === t.ik) return e;
    const conv = converter(e.t, t);
    if (!conv) return retype(e, t);
    if (e.k === 'const' && t.kind !== 'float') return { k: 'const', t, v: conv(e.v), loc: e.loc };
    return { k: 'conv', t, e, loc: e.loc };
  }

  convertConst(v: number, t: CType): Val {
    const f = converter(T.int, t);
    return f ? f(v) : v;
  }

  isNullPointerConstant(e: Expr): boolean {
    if (e.t.kind === 'int') return foldConst(e) === 0;
    if (e.k === 'conv' && e.t.kind === 'ptr' && e.t.to.kind === 'void') return e.e.t.kind === 'int' && foldConst(e.e) === 0;
    return false;
  }

  /** Conversion as if by assignment (6.5.16.1), with gcc 12's warnings for the loose cases. */
  assignConv(e: Expr, t: CType, ctx: AssignCtx, node: Node): Expr {
    const to = unqualified(t);
    const from = e.t;
    const what = (): string => {
      switch (ctx.kind) {
        case 'assign': return `assignment to '${typeName(to)}' from`;
        case 'init': return `initialization of '${typeName(to)}' from`;
        case 'return': return `returning '${typeName(from)}' from a function with`;
        case 'arg': return `passing argument ${ctx.index + 1} of '${ctx.fname}'`;
      }
    };
    if (to.kind === 'struct' || from.kind === 'struct') {
      if (!sameType(to, from)) {
        const msg = ctx.kind === 'arg' ? `incompatible type for argument ${ctx.index + 1} of '${ctx.fname}'` : ctx.kind === 'return' ? `incompatible types when returning type '${typeName(from)}' but '${typeName(to)}' was expected` : `incompatible types when ${ctx.kind === 'init' ? 'initializing' : 'assigning to'} type '${typeName(to)}' from type '${typeName(from)}'`;
        this.c.error(node, msg);
      }
      return e;
    }
    if (from.kind === 'void') {
      this.c.error(node, 'void value not ignored as it ought to be');
      return { k: 'const', t: to, v: 0, loc: e.loc };
    }
    if (to.kind === 'ptr') {
      if (from.kind === 'ptr') {
        const a = to.to;
        const b = from.to;
        if (a.kind !== 'void' && b.kind !== 'void' && !sameType(stripQual(a), stripQual(b))) {
          if (ctx.kind === 'return') this.c.warning(node, `returning '${typeName(from)}' from a function with incompatible return type '${typeName(to)}' [-Wincompatible-pointer-types]`);
          else if (ctx.kind === 'arg') this.c.warning(node, `${what()} from incompatible pointer type [-Wincompatible-pointer-types]`);
          else this.c.warning(node, `${what()} incompatible pointer type '${typeName(from)}' [-Wincompatible-pointer-types]`);
        } else if (b.isConst && !a.isConst) {
          const lead = ctx.kind === 'arg' ? `${what()} discards` : ctx.kind === 'return' ? 'return discards' : `${ctx.kind === 'init' ? 'initialization' : 'assignment'} discards`;
          this.c.warning(node, `${lead} 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]`);
        }
        return this.convert(e, to);
      }
      if (from.kind === 'int') {
        if (!this.isNullPointerConstant(e)) this.intConversionWarning(node, ctx, what(), to, from, 'pointer from integer');
        return this.convert(e, to);
      }
      this.c.error(node, `incompatible types when ${ctx.kind === 'init' ? 'initializing' : 'assigning to'} type '${typeName(to)}' from type '${typeName(from)}'`);
      return e;
    }
    if (from.kind === 'ptr' && to.kind === 'int' && to.ik !== 'bool') {
      this.intConversionWarning(node, ctx, what(), to, from, 'integer from pointer');
      return this.convert(e, to);
    }
    if (from.kind === 'ptr' && to.kind === 'float') {
      this.c.error(node, `incompatible types when ${ctx.kind === 'init' ? 'initializing' : 'assigning to'} type '${typeName(to)}' from type '${typeName(from)}'`);
      return e;
    }
    return this.convert(e, to);
  }

  private intConversionWarning(node: Node, ctx: AssignCtx, lead: string, to: CType, from: CType, what: string): void {
    if (ctx.kind === 'return') this.c.warning(node, `returning '${typeName(from)}' from a function with return type '${typeName(to)}' makes ${what} without a cast [-Wint-conversion]`);
    else if (ctx.kind === 'arg') this.c.warning(node, `${lead} makes ${what} without a cast [-Wint-conversion]`);
    else this.c.warning(node, `${lead} '${typeName(from)}' makes ${what} without a cast [-Wint-conversion]`);
  }

  // ---- expressions --------------------------------------------------------------------------

  expr(node: Node): Expr {
    const loc = this.loc(node);
    switch (node.type) {
      case 'number_literal':
        return this.numberLiteral(node);
      case 'char_literal': {
        const v = parseCharLiteral(node.text);
        if (v === null) return this.bad(node, 'empty character constant');
        return { k: 'const', t: T.int, v, loc };
      }
      case 'string_literal': case 'concatenated_string':
        return this.stringLiteral(node);
      case 'identifier':
        return this.identifier(node);
      case 'true': case 'false': case 'null':
        return this.bad(node, `'${node.text}' undeclared (first use in this function)`);
      case 'parenthesized_expression': {
        const inner = node.namedChildren[0];
        if (!inner) return this.bad(node, 'expected expression');
        if (inner.type === 'compound_statement') {
          this.c.unsupported(node, 'statement expressions ({ ... })');
          return { k: 'const', t: T.int, v: 0, loc };
        }
        if (inner.type === 'identifier' && this.c.isTypedefName(inner.text)) return this.bad(inner, `expected expression before '${inner.text}'`);
        return this.expr(inner);
      }
      case 'comma_expression': {
        const l = this.rvalue(this.expr(node.childForFieldName('left')!));
        const r = this.rvalue(this.expr(node.childForFieldName('right')!));
        return { k: 'comma', t: r.t, l, r, loc };
      }
      case 'binary_expression':
        return this.binary(node);
      case 'unary_expression':
        return this.unary(node);
      case 'pointer_expression':
        return this.pointerExpression(node);
      case 'update_expression':
        return this.update(node);
      case 'assignment_expression':
        return this.assignment(node);
      case 'conditional_expression':
        return this.conditional(node);
      case 'call_expression':
        return this.call(node);
      case 'subscript_expression': {
        const a = this.rvalue(this.expr(node.childForFieldName('argument')!));
        const i = this.rvalue(this.expr(node.childForFieldName('index')!));
        const [p, idx] = a.t.kind === 'ptr' ? [a, i] : [i, a];
        if (p.t.kind !== 'ptr' || idx.t.kind !== 'int') return this.bad(node, 'subscripted value is neither array nor pointer nor vector');
        return this.deref(this.pointerAdd(p, idx, '+', node), node);
      }
      case 'field_expression':
        return this.field(node);
      case 'cast_expression': {
        const t = this.c.typeDescriptor(node.childForFieldName('type')!);
        return this.cast(t, this.expr(node.childForFieldName('value')!), node);
      }
      case 'sizeof_expression':
        return this.sizeofExpr(node);
      case 'alignof_expression': {
        const t = this.c.typeDescriptor(node.childForFieldName('type')!);
        return { k: 'const', t: SIZE_T, v: alignOf(t), loc };
      }
      case 'offsetof_expression': {
        const t = this.c.typeDescriptor(node.childForFieldName('type')!);
        const m = t.kind === 'struct' ? findMember(t, node.childForFieldName('member')!.text) : null;
        if (!m) return this.bad(node, `'${typeName(t)}' has no member named '${node.childForFieldName('member')!.text}'`);
        return { k: 'const', t: SIZE_T, v: m.offset, loc };
      }
      case 'compound_literal_expression': {
        if (!this.c.fn) {
          this.c.unsupported(node, 'compound literals at file scope');
          return { k: 'const', t: T.int, v: 0, loc };
        }
        const t = this.c.typeDescriptor(node.childForFieldName('type')!);
        const init = checkInitializer(this.c, t, node.childForFieldName('value')!);
        const slot = this.c.allocSlot(init.type);
        return { k: 'compound', t: init.type, slot, init, loc };
      }
      case 'initializer_list':
        return this.bad(node, 'expected expression before \'{\' token');
      case 'generic_expression':
        this.c.unsupported(node, '_Generic');
        return { k: 'const', t: T.int, v: 0, loc };
      case 'gnu_asm_expression':
        this.c.unsupported(node, 'inline assembly (asm)');
        return { k: 'const', t: T.int, v: 0, loc };
      case 'extension_expression':
        return this.expr(node.namedChildren[node.namedChildren.length - 1]!);
      case 'ERROR':
        return { k: 'const', t: T.int, v: 0, loc };
      default:
        this.c.unsupported(node, `expression '${node.type.replace(/_/g, ' ')}'`);
        return { k: 'const', t: T.int, v: 0, loc };
    }
  }

  private numberLiteral(node: Node): Expr {
    const loc = this.loc(node);
    const text = node.text;
    const lit = parseIntegerLiteral(text);
    if (!lit) {
      const f = parseFloatLiteral(text);
      if (!f) return this.bad(node, `invalid suffix on constant '${text}'`);
      const t = f.isFloat ? T.float : f.isLong ? T.ldouble : T.double;
      return { k: 'fconst', t, v: f.isFloat ? Math.fround(f.value) : f.value, loc };
    }
    let v = lit.value;
    if (v > 0xffff_ffff_ffff_ffffn) {
      this.c.warning(node, 'integer constant is too large for its type');
      v = BigInt.asUintN(64, v);
    }
    // C99 6.4.4.1p5: the first type in the list that can represent the value.
    const candidates: IntType[] = [];
    const u = lit.unsigned;
    if (lit.longs === 0) candidates.push(...(u ? [T.uint, T.ulong] : lit.decimal ? [T.int, T.long] : [T.int, T.uint, T.long, T.ulong]));
    else if (lit.longs === 1) candidates.push(...(u ? [T.ulong] : lit.decimal ? [T.long] : [T.long, T.ulong]));
    else candidates.push(...(u ? [T.ullong] : lit.decimal ? [T.llong] : [T.llong, T.ullong]));
    for (const t of candidates) if (fits(v, t)) return { k: 'const', t, v: norm(v), loc };
    if (lit.decimal && !u) this.c.warning(node, 'integer constant is so large that it is unsigned');
    return { k: 'const', t: lit.longs === 2 ? T.ullong : T.ulong, v: norm(v), loc };
  }

  private stringLiteral(node: Node): Expr {
    const parts = node.type === 'concatenated_string' ? node.namedChildren.filter((c) => c.type === 'string_literal') : [node];
    const bytes: number[] = [];
    for (const p of parts) {
      if (/^(u8|u|U|L)"/.test(p.text) && !p.text.startsWith('u8')) {
        this.c.unsupported(p, 'wide string literals');
        break;
      }
      bytes.push(...decodeStringLiteral(p.text));
    }
    if (node.type === 'concatenated_string' && node.namedChildren.some((c) => c.type !== 'string_literal')) {
      return this.bad(node, `expected ')' before '${node.namedChildren.find((c) => c.type !== 'string_literal')!.text}'`);
    }
    const lit = this.c.internString(bytes);
    return { k: 'str', t: arrayOf(T.char, bytes.length + 1), lit, loc: this.loc(node) };
  }

  private identifier(node: Node): Expr {
    const name = node.text;
    const loc = this.loc(node);
    const b = this.c.lookup(name);
    if (!b) {
      if (name === '__func__' && this.c.fn) {
        const fname = this.c.fn.sym.name;
        const lit = this.c.internString([...fname].map((ch) => ch.charCodeAt(0)));
        return { k: 'str', t: arrayOf(qualified(T.char, true), fname.length + 1), lit, loc };
      }
      return this.bad(node, this.c.fn ? `'${name}' undeclared (first use in this function)` : `'${name}' undeclared here (not in a function)`);
    }
    switch (b.kind) {
      case 'local': return { k: 'local', t: b.type, slot: b.slot, loc };
      case 'global':
        if (!b.sym.usedAt) b.sym.usedAt = loc;
        return { k: 'global', t: b.sym.type, sym: b.sym, loc };
      case 'func':
        if (!b.sym.usedAt) b.sym.usedAt = loc;
        return { k: 'func', t: b.sym.type, sym: b.sym, loc };
      case 'enumconst': return { k: 'const', t: T.int, v: b.value, loc };
      case 'typedef': return this.bad(node, `expected expression before '${name}'`);
    }
  }

  /** `(T)` written as a parenthesised identifier naming a typedef, or null. */
  private typedefInParens(node: Node | null): CType | null {
    if (!node || node.type !== 'parenthesized_expression') return null;
    const inner = node.namedChildren[0];
    if (!inner || node.namedChildren.length !== 1 || inner.type !== 'identifier') return null;
    const b = this.c.lookup(inner.text);
    return b?.kind === 'typedef' ? b.type : null;
  }

  private cast(t: CType, operand: Expr, node: Node): Expr {
    const e = this.rvalue(operand);
    if (t.kind === 'void') return { k: 'conv', t: T.void, e, loc: this.loc(node) };
    if (!isScalar(t)) return this.bad(node, `conversion to non-scalar type requested`);
    if (!isScalar(e.t)) return this.bad(node, e.t.kind === 'void' ? 'void value not ignored as it ought to be' : `aggregate value used where ${t.kind === 'float' ? 'a floating-point' : t.kind === 'ptr' ? 'a pointer' : 'an integer'} was expected`);
    if (t.kind === 'float' && e.t.kind === 'ptr') return this.bad(node, 'pointer value used where a floating-point was expected');
    if (t.kind === 'ptr' && e.t.kind === 'float') return this.bad(node, 'cannot convert to a pointer type');
    const ut = unqualified(t);
    const r = this.convert(e, ut);
    return r.t === ut ? r : retype(r, ut);
  }

  // ---- operators ----------------------------------------------------------------------------

  private binary(node: Node): Expr {
    const opNode = node.childForFieldName('operator')!;
    const op = opNode.type;
    const leftNode = node.childForFieldName('left')!;
    const rightNode = node.childForFieldName('right')!;
    // `(T) - x`, `(T) *p`, `(T) &x`, `(T) + x`: really a cast of a unary expression.
    const castTo = this.typedefInParens(leftNode);
    if (castTo && (op === '-' || op === '+' || op === '*' || op === '&')) {
      const inner = this.unaryOp(op, this.expr(rightNode), node);
      return this.cast(castTo, inner, node);
    }
    const l = this.rvalue(this.expr(leftNode));
    const r = this.rvalue(this.expr(rightNode));
    return this.binaryOp(op, l, r, node, opNode);
  }

  binaryOp(op: string, l: Expr, r: Expr, node: Node, opNode: Node = node): Expr {
    const loc = this.loc(opNode);
    const invalid = (): Expr => this.bad(opNode, `invalid operands to binary ${op} (have '${typeName(l.t)}' and '${typeName(r.t)}')`);
    if (l.t.kind === 'void' || r.t.kind === 'void') return this.bad(opNode, 'void value not ignored as it ought to be');
    switch (op) {
      case '&&': case '||':
        if (!isScalar(l.t) || !isScalar(r.t)) return invalid();
        return { k: 'logic', t: T.int, op, l, r, loc };
      case '+': case '-': {
        if (l.t.kind === 'ptr' && r.t.kind === 'int') return this.pointerAdd(l, r, op, opNode);
        if (op === '+' && l.t.kind === 'int' && r.t.kind === 'ptr') return this.pointerAdd(r, l, op, opNode);
        if (op === '-' && l.t.kind === 'ptr' && r.t.kind === 'ptr') {
          if (!sameType(stripQual(l.t.to), stripQual(r.t.to))) return invalid();
          const size = sizeOf(l.t.to);
          return { k: 'ptrdiff', t: PTRDIFF_T, l, r, scale: size || 1, loc };
        }
        if (!isArithmetic(l.t) || !isArithmetic(r.t)) return invalid();
        return this.arith(op, l, r, loc);
      }
      case '*': case '/':
        if (!isArithmetic(l.t) || !isArithmetic(r.t)) return invalid();
        if (op === '/' && r.t.kind === 'int' && foldConst(r) === 0) this.c.warning(opNode, 'division by zero [-Wdiv-by-zero]');
        return this.arith(op, l, r, loc);
      case '%': case '&': case '|': case '^':
        if (!isInteger(l.t) || !isInteger(r.t)) return invalid();
        if (op === '%' && foldConst(r) === 0) this.c.warning(opNode, 'division by zero [-Wdiv-by-zero]');
        return this.arith(op, l, r, loc);
      case '<<': case '>>': {
        if (!isInteger(l.t) || !isInteger(r.t)) return invalid();
        const lt = promote(l.t);
        return { k: 'arith', t: lt, op, l: this.convert(l, lt), r: this.convert(r, T.int), loc };
      }
      case '<': case '>': case '<=': case '>=': case '==': case '!=': {
        if (isArithmetic(l.t) && isArithmetic(r.t)) {
          const t = usualArithmetic(l.t, r.t);
          return { k: 'cmp', t: T.int, op, l: this.convert(l, t), r: this.convert(r, t), loc };
        }
        if (l.t.kind === 'ptr' && r.t.kind === 'ptr') {
          const a = l.t.to;
          const b = r.t.to;
          if (a.kind !== 'void' && b.kind !== 'void' && !sameType(stripQual(a), stripQual(b))) {
            this.c.warning(opNode, 'comparison of distinct pointer types lacks a cast');
          }
          return { k: 'cmp', t: T.int, op, l, r, loc };
        }
        if (l.t.kind === 'ptr' || r.t.kind === 'ptr') {
          const [p, i] = l.t.kind === 'ptr' ? [l, r] : [r, l];
          if (i.t.kind !== 'int') return invalid();
          if (!this.isNullPointerConstant(i)) this.c.warning(opNode, 'comparison between pointer and integer');
          const ic = this.convert(i, p.t);
          return { k: 'cmp', t: T.int, op, l: l === p ? p : ic, r: r === p ? p : ic, loc };
        }
        return invalid();
      }
    }
    return this.bad(opNode, `unknown operator '${op}'`);
  }

  private arith(op: ArithOp, l: Expr, r: Expr, loc: Loc): Expr {
    const t = usualArithmetic(l.t, r.t);
    return { k: 'arith', t, op, l: this.convert(l, t), r: this.convert(r, t), loc };
  }

  pointerAdd(p: Expr, i: Expr, op: '+' | '-', node: Node): Expr {
    const pt = p.t as PointerType;
    if (pt.to.kind === 'struct' && !isComplete(pt.to)) return this.bad(node, `invalid use of undefined type '${typeName(pt.to)}'`);
    let idx = this.convert(i, i.t.kind === 'int' && !i.t.signed && i.t.size === 8 ? T.ulong : T.long);
    if (op === '-') idx = { k: 'neg', t: idx.t, e: idx, loc: idx.loc };
    return { k: 'ptradd', t: unqualified(pt), p, i: idx, scale: sizeOf(pt.to) || 1, loc: this.loc(node) };
  }

  deref(p: Expr, node: Node): Expr {
    if (p.t.kind !== 'ptr') return this.bad(node, `invalid type argument of unary '*' (have '${typeName(p.t)}')`);
    const to = p.t.to;
    if (to.kind === 'void') {
      this.c.warning(node, "dereferencing 'void *' pointer");
    } else if (to.kind === 'struct' && !isComplete(to)) {
      return this.bad(node, `invalid use of undefined type '${typeName(to)}'`);
    }
    if (to.kind === 'func') return { k: 'addr', t: p.t, lv: { k: 'deref', t: to, p, loc: p.loc }, loc: p.loc };
    return { k: 'deref', t: to, p, loc: this.loc(node), text: exprText(node) };
  }

  private unary(node: Node): Expr {
    const op = node.childForFieldName('operator')!.type;
    return this.unaryOp(op, this.expr(node.childForFieldName('argument')!), node);
  }

  private unaryOp(op: string, operand: Expr, node: Node): Expr {
    const loc = this.loc(node);
    if (op === '&') return this.addressOf(operand, node);
    const e = this.rvalue(operand);
    if (op === '*') return this.deref(e, node);
    switch (op) {
      case '-': case '+': {
        if (!isArithmetic(e.t)) return this.bad(node, `wrong type argument to unary ${op === '-' ? 'minus' : 'plus'}`);
        const t = e.t.kind === 'int' ? promote(e.t) : e.t;
        const pe = this.convert(e, t);
        return op === '+' ? pe : { k: 'neg', t, e: pe, loc };
      }
      case '~': {
        if (e.t.kind !== 'int') return this.bad(node, 'wrong type argument to bit-complement');
        const t = promote(e.t);
        return { k: 'bnot', t, e: this.convert(e, t), loc };
      }
      case '!':
        if (!isScalar(e.t)) return this.bad(node, 'wrong type argument to unary exclamation mark');
        return { k: 'lnot', t: T.int, e, loc };
    }
    return this.bad(node, `unknown unary operator '${op}'`);
  }

  private pointerExpression(node: Node): Expr {
    const op = node.childForFieldName('operator')!.type;
    return this.unaryOp(op, this.expr(node.childForFieldName('argument')!), node);
  }

  private addressOf(e: Expr, node: Node): Expr {
    const loc = this.loc(node);
    if (e.k === 'func') return { k: 'addr', t: ptrTo(e.t), lv: e, loc };
    if (e.k === 'addr' && e.lv.k === 'deref' && e.lv.t.kind === 'func') return e; // &*fp
    if (!this.isLvalue(e)) return this.bad(node, "lvalue required as unary '&' operand");
    return { k: 'addr', t: ptrTo(e.t), lv: e, loc };
  }

  private checkModifiable(e: Expr, node: Node, what: string): boolean {
    if (!this.isLvalue(e)) {
      this.c.error(node, `lvalue required as ${what}`);
      return false;
    }
    if (e.t.kind === 'array') {
      this.c.error(node, what === 'left operand of assignment' ? 'assignment to expression with array type' : `lvalue required as ${what}`);
      return false;
    }
    if (e.t.isConst || (e.k === 'member' && isConstBase(e))) {
      const name = e.k === 'local' || e.k === 'global' ? nodeName(node) : null;
      const verb = what.startsWith('increment') ? 'increment' : what.startsWith('decrement') ? 'decrement' : 'assignment';
      this.c.error(node, name ? `${verb} of read-only variable '${name}'` : `${verb} of read-only location`);
      return false;
    }
    return true;
  }

  private update(node: Node): Expr {
    const opNode = node.childForFieldName('operator')!;
    const argNode = node.childForFieldName('argument')!;
    const inc = opNode.type === '++';
    const post = node.children[0] !== undefined && node.children[0]!.startIndex === argNode.startIndex;
    const lv = this.expr(argNode);
    const what = `${inc ? 'increment' : 'decrement'} operand`;
    if (!this.checkModifiable(lv, argNode, what)) return { k: 'const', t: T.int, v: 0, loc: this.loc(node) };
    if (!isScalar(lv.t)) return this.bad(node, `wrong type argument to ${inc ? 'increment' : 'decrement'}`);
    const step = lv.t.kind === 'ptr' ? sizeOf(lv.t.to) || 1 : 1;
    return { k: 'incdec', t: unqualified(lv.t), lv, delta: inc ? step : -step, post, loc: this.loc(node) };
  }

  private assignment(node: Node): Expr {
    const op = node.childForFieldName('operator')!.type;
    const leftNode = node.childForFieldName('left')!;
    const rightNode = node.childForFieldName('right')!;
    const lv = this.expr(leftNode);
    const r = this.rvalue(this.expr(rightNode));
    const loc = this.loc(node);
    if (!this.checkModifiable(lv, this.isLvalue(lv) ? leftNode : node.childForFieldName('operator') ?? leftNode, 'left operand of assignment')) return { k: 'const', t: T.int, v: 0, loc };
    const t = unqualified(lv.t);
    if (op === '=') {
      if (t.kind === 'struct' && !isComplete(t)) return this.bad(node, `invalid use of undefined type '${typeName(t)}'`);
      // gcc points assignment diagnostics at the '=' operator.
      return { k: 'assign', t, lv, r: this.assignConv(r, t, { kind: 'assign' }, node.childForFieldName('operator') ?? rightNode), loc };
    }
    const aop = COMPOUND_OPS[op]!;
    if (t.kind === 'ptr' && (aop === '+' || aop === '-')) {
      if (r.t.kind !== 'int') return this.bad(node, `invalid operands to binary ${aop} (have '${typeName(t)}' and '${typeName(r.t)}')`);
      const idx = this.convert(r, T.long);
      return { k: 'opassign', t, lv, op: aop, r: idx, ot: t, scale: sizeOf(t.to) || 1, loc };
    }
    // Type-check as the binary operator would, then store back with conversion.
    const probe = this.binaryOp(aop, { k: 'const', t, v: 0, loc }, r, node);
    if (probe.k !== 'arith') return { k: 'const', t: T.int, v: 0, loc };
    return { k: 'opassign', t, lv, op: aop, r: probe.r, ot: probe.t, scale: 1, loc };
  }

  private conditional(node: Node): Expr {
    const c = this.condition(node.childForFieldName('condition')!);
    const an = node.childForFieldName('consequence');
    if (!an) {
      this.c.unsupported(node, "the GNU '?:' operator with an omitted middle operand");
      return { k: 'const', t: T.int, v: 0, loc: this.loc(node) };
    }
    let a = this.rvalue(this.expr(an));
    let b = this.rvalue(this.expr(node.childForFieldName('alternative')!));
    let t: CType;
    if (isArithmetic(a.t) && isArithmetic(b.t)) {
      t = usualArithmetic(a.t, b.t);
      a = this.convert(a, t);
      b = this.convert(b, t);
    } else if (a.t.kind === 'void' || b.t.kind === 'void') {
      t = T.void;
    } else if (a.t.kind === 'struct' && b.t.kind === 'struct' && sameType(a.t, b.t)) {
      t = a.t;
    } else if (a.t.kind === 'ptr' && b.t.kind === 'ptr') {
      if (isVoidPointer(a.t)) t = a.t;
      else if (isVoidPointer(b.t)) t = b.t;
      else {
        if (!sameType(stripQual(a.t.to), stripQual(b.t.to))) this.c.warning(node, 'pointer type mismatch in conditional expression');
        t = a.t;
      }
      // A null pointer constant takes the other operand's type (6.5.15p6).
      if (this.isNullPointerConstant(a) && !isVoidPointer(b.t)) t = b.t;
      else if (this.isNullPointerConstant(b) && !isVoidPointer(a.t)) t = a.t;
      b = this.convert(b, t);
      a = this.convert(a, t);
    } else if (a.t.kind === 'ptr' && b.t.kind === 'int') {
      if (!this.isNullPointerConstant(b)) this.c.warning(node, 'pointer/integer type mismatch in conditional expression');
      t = a.t;
      b = this.convert(b, t);
    } else if (b.t.kind === 'ptr' && a.t.kind === 'int') {
      if (!this.isNullPointerConstant(a)) this.c.warning(node, 'pointer/integer type mismatch in conditional expression');
      t = b.t;
      a = this.convert(a, t);
    } else {
      return this.bad(node, 'type mismatch in conditional expression');
    }
    return { k: 'cond', t, c, a, b, loc: this.loc(node) };
  }

  private call(node: Node): Expr {
    const fnNode = node.childForFieldName('function')!;
    const argNodes = node.childForFieldName('arguments')!.namedChildren.filter((a) => a.type !== 'comment');
    const loc = this.loc(node);
    // `(T)(x)`: a cast that tree-sitter read as a call.
    const castTo = this.typedefInParens(fnNode);
    if (castTo) {
      if (argNodes.length !== 1) return this.bad(node, `expected expression`);
      return this.cast(castTo, this.expr(argNodes[0]!), node);
    }
    let callee: Expr;
    if (fnNode.type === 'identifier' && !this.c.lookup(fnNode.text) && fnNode.text !== '__func__') {
      const sym = this.c.implicitFunction(fnNode.text, fnNode);
      if (!sym.usedAt) sym.usedAt = this.loc(fnNode);
      callee = { k: 'func', t: sym.type, sym, loc: this.loc(fnNode) };
    } else callee = this.expr(fnNode);
    const f = this.rvalue(callee);
    let ft: FuncType;
    if (f.t.kind === 'ptr' && f.t.to.kind === 'func') ft = f.t.to;
    else return this.bad(fnNode, `called object is not a function or function pointer`);
    const fname = callee.k === 'func' ? callee.sym.name : fnNode.text;
    const args: Expr[] = [];
    if (!ft.oldStyle) {
      if (argNodes.length < ft.params.length) return this.bad(node, `too few arguments to function '${fname}'`);
      if (argNodes.length > ft.params.length && !ft.variadic) return this.bad(node, `too many arguments to function '${fname}'`);
    }
    argNodes.forEach((an, i) => {
      const a = this.rvalue(this.expr(an));
      const pt = ft.oldStyle ? undefined : ft.params[i];
      if (pt) args.push(this.assignConv(a, pt, { kind: 'arg', index: i, fname }, an));
      else {
        // Default argument promotions (6.5.2.2p6-7).
        if (a.t.kind === 'void') {
          this.c.error(an, 'void value not ignored as it ought to be');
          args.push({ k: 'const', t: T.int, v: 0, loc: a.loc });
        } else if (a.t.kind === 'float' && a.t.fk === 'float') args.push(this.convert(a, T.double));
        else if (a.t.kind === 'int') args.push(this.convert(a, promote(a.t)));
        else args.push(a);
      }
    });
    if (ft.ret.kind === 'struct' && !isComplete(ft.ret)) return this.bad(node, `invalid use of undefined type '${typeName(ft.ret)}'`);
    const tmp = ft.ret.kind === 'struct' && this.c.fn ? this.c.allocSlot(ft.ret) : null;
    return { k: 'call', t: unqualified(ft.ret), fn: f, args, ft, tmp, loc };
  }

  private field(node: Node): Expr {
    const baseNode = node.childForFieldName('argument')!;
    const name = node.childForFieldName('field')!.text;
    const arrow = node.children.some((c) => c.type === '->');
    let base = this.expr(baseNode);
    if (arrow) {
      const p = this.rvalue(base);
      if (p.t.kind !== 'ptr') return this.bad(node, `invalid type argument of '->' (have '${typeName(p.t)}')`);
      if (p.t.to.kind !== 'struct') return this.bad(node, `request for member '${name}' in something not a structure or union`);
      base = this.deref(p, node);
      if (base.k === 'const') return base;
    } else if (base.t.kind === 'ptr' && base.t.to.kind === 'struct') {
      return this.bad(node, `'${typeName(base.t)}' is a pointer; did you mean to use '->'?`);
    }
    const st = base.t;
    if (st.kind !== 'struct') return this.bad(node, `request for member '${name}' in something not a structure or union`);
    if (!isComplete(st)) return this.bad(node, `invalid use of undefined type '${typeName(st)}'`);
    const m = findMember(st, name);
    if (!m) return this.bad(node.childForFieldName('field')!, `'${typeName(st)}' has no member named '${name}'`);
    const t = st.isConst ? qualified(m.type, true) : m.type;
    return { k: 'member', t, base, off: m.offset, loc: this.loc(node) };
  }

  private sizeofExpr(node: Node): Expr {
    const loc = this.loc(node);
    const tn = node.childForFieldName('type');
    let t: CType;
    if (tn) t = this.c.typeDescriptor(tn);
    else {
      const vn = node.childForFieldName('value')!;
      const asType = this.typedefInParens(vn);
      t = asType ?? this.expr(vn).t;
    }
    if (t.kind === 'func') return this.bad(node, "invalid application of 'sizeof' to a function type");
    if (!isComplete(t) && t.kind !== 'void') return this.bad(node, `invalid application of 'sizeof' to incomplete type '${typeName(t)}'`);
    return { k: 'const', t: SIZE_T, v: sizeOf(t), loc };
  }
}

// ---- helpers ------------------------------------------------------------------------------

function fits(v: bigint, t: IntType): boolean {
  const bits = BigInt(t.size * 8);
  return t.signed ? v < 1n << (bits - 1n) : v < 1n << bits;
}

function norm(v: bigint): Val {
  return v <= 9007199254740991n ? Number(v) : v;
}

function unqualified<X extends CType>(t: X): X {
  if (!t.isConst) return t;
  const { isConst: _c, ...rest } = t;
  return rest as X;
}

function stripQual(t: CType): CType {
  return stripAlias(t);
}

function isVoidPointer(t: CType): boolean {
  return t.kind === 'ptr' && t.to.kind === 'void';
}

function isConstBase(e: Expr): boolean {
  if (e.k !== 'member') return !!e.t.isConst;
  return !!e.t.isConst || isConstBase(e.base);
}

function nodeName(node: Node): string {
  return node.type === 'identifier' ? node.text : node.text.slice(0, 30);
}

function typeNameFor(t: CType): string {
  return t.kind === 'struct' ? (t.def.union ? 'union' : 'struct') : t.kind === 'array' ? 'array' : t.kind === 'void' ? 'void' : typeName(t);
}

/** The C text of an expression for messages, from the (token-spaced) preprocessed text. */
function exprText(node: Node): string {
  let t = node.text.replace(/\s+/g, ' ');
  t = t.replace(/ ?(\[|\]|\(|\)|->|\.) ?/g, '$1').replace(/ ,/g, ',').replace(/^([*&]) /, '$1');
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}

/** An expression with the same value but another type of identical representation. */
function retype(e: Expr, t: CType): Expr {
  if (e.k === 'const' || e.k === 'fconst') return { ...e, t };
  return { k: 'conv', t, e, loc: e.loc };
}
