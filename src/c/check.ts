/*
 * Semantic analysis, part 1: declarations, scopes and statements (C99 6.7-6.9) over the
 * tree-sitter syntax tree, producing the typed IR of ir.ts. Locals get frame offsets laid out
 * downward roughly as gcc -O0 does (locals in declaration order below the saved frame pointer,
 * parameters spilled below them). Expressions are checked by check-expr.ts, initialisers by
 * check-init.ts. Main exports: checkUnit, Checker.
 * Unsupported constructs (goto, VLAs, bit-fields, K&R definitions, _Generic, asm, ...) get a
 * diagnostic naming them; nothing is silently dropped.
 */
import type { Node } from 'web-tree-sitter';
import type { DiagnosticSink, Loc } from './diagnostics';
import type { Expr, FuncDef, FuncSym, GlobalSym, Init, Program, Slot, Stmt, StringLit } from './ir';
import { nodeLoc, type ParsedUnit } from './parse';
import {
  T, alignOf, alignUp, arrayOf, isComplete, isScalar, layoutStruct, promote, ptrTo, qualified, sameType,
  sizeOf, typeName, type CType, type FuncType, type IntType, type StructType,
} from './types';
import { ExprChecker } from './check-expr';
import { checkInitializer } from './check-init';
import { ConstDivZero, foldConst } from './const-fold';
import type { Val } from './values';

export type Binding =
  | { kind: 'local'; type: CType; slot: Slot }
  | { kind: 'global'; sym: GlobalSym }
  | { kind: 'func'; sym: FuncSym }
  | { kind: 'typedef'; type: CType }
  | { kind: 'enumconst'; value: number };

class Scope {
  readonly names = new Map<string, Binding>();
  readonly tags = new Map<string, CType>();
  constructor(readonly parent: Scope | null) {}
}

interface SwitchCtx {
  cases: { v: Val; index: number }[];
  dflt: number;
  type: CType;
}

export interface FnCtx {
  sym: FuncSym;
  ret: CType;
  /** Lowest frame offset used so far (negative). */
  bottom: number;
  breakable: number;
  loops: number;
  switches: SwitchCtx[];
  slots: Slot[];
}

interface Specs {
  type: CType;
  storage: string | null;
  isConst: boolean;
  /** The specifier defined a struct/union/enum (so a declaration without declarators is fine). */
  definesTag: boolean;
}

interface Declared {
  name: string | null;
  node: Node | null;
  type: CType;
  params: { name: string | null; type: CType; node: Node }[] | null;
}

const IGNORED_NODES = new Set(['comment', 'attribute_specifier', 'attribute_declaration', 'ms_declspec_modifier', ';']);

export class Checker {
  readonly globals: GlobalSym[] = [];
  readonly functions: FuncSym[] = [];
  private readonly strings = new Map<string, StringLit>();
  scope = new Scope(null);
  private readonly fileScope = this.scope;
  fn: FnCtx | null = null;
  readonly ex: ExprChecker;
  private staticCounter = 0;

  constructor(readonly unit: ParsedUnit, readonly diags: DiagnosticSink) {
    this.ex = new ExprChecker(this);
  }

  loc(node: Node): Loc {
    return nodeLoc(this.unit.map, node);
  }

  error(node: Node | Loc, message: string): void {
    this.diags.error('startIndex' in node ? this.loc(node) : node, message);
  }

  warning(node: Node | Loc, message: string): void {
    this.diags.warning('startIndex' in node ? this.loc(node) : node, message);
  }

  unsupported(node: Node, what: string): void {
    this.error(node, `unsupported: ${what} (pymem-live's C subset does not implement it)`);
  }

  // ---- scopes -------------------------------------------------------------------------------

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) return b;
    }
    return undefined;
  }

  isTypedefName(name: string): boolean {
    return this.lookup(name)?.kind === 'typedef';
  }

  private lookupTag(name: string): CType | undefined {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      const t = s.tags.get(name);
      if (t) return t;
    }
    return undefined;
  }

  pushScope(): void {
    this.scope = new Scope(this.scope);
  }

  popScope(): void {
    this.scope = this.scope.parent!;
  }

  // ---- storage ------------------------------------------------------------------------------

  /** A new frame slot below everything allocated so far in this function. */
  allocSlot(type: CType): Slot {
    const fn = this.fn!;
    const size = Math.max(sizeOf(type), 1);
    fn.bottom = -alignUp(-fn.bottom + size, Math.max(alignOf(type), size >= 16 ? 16 : 1));
    const slot = { off: fn.bottom };
    fn.slots.push(slot);
    return slot;
  }

  internString(bytes: number[]): StringLit {
    const key = bytes.join(',');
    let lit = this.strings.get(key);
    if (!lit) {
      lit = { bytes: Uint8Array.from([...bytes, 0]), addr: 0 };
      this.strings.set(key, lit);
    }
    return lit;
  }

  /** `foo(...)` with no declaration in scope: C89's implicit `int foo()`, as gcc warns. */
  implicitFunction(name: string, node: Node): FuncSym {
    this.warning(node, `implicit declaration of function '${name}' [-Wimplicit-function-declaration]`);
    const existing = this.fileScope.names.get(name);
    if (existing?.kind === 'func') return existing.sym;
    const sym: FuncSym = {
      kind: 'func', name, type: { kind: 'func', ret: T.int, params: [], variadic: false, oldStyle: true },
      isStatic: false, def: null, addr: 0, loc: this.loc(node), usedAt: null,
    };
    this.functions.push(sym);
    this.fileScope.names.set(name, { kind: 'func', sym });
    return sym;
  }

  // ---- translation unit ---------------------------------------------------------------------

  run(): Program {
    const root = this.unit.tree.rootNode;
    for (const item of root.namedChildren) {
      if (IGNORED_NODES.has(item.type)) continue;
      this.topLevel(item);
    }
    return {
      globals: this.globals,
      functions: this.functions,
      strings: [...this.strings.values()],
      entry: null,
    };
  }

  private topLevel(node: Node): void {
    switch (node.type) {
      case 'function_definition':
        this.functionDefinition(node);
        return;
      case 'declaration':
        this.declaration(node, true);
        return;
      case 'type_definition':
        this.typeDefinition(node);
        return;
      case 'struct_specifier': case 'union_specifier': case 'enum_specifier':
        this.specType(node);
        return;
      case 'ERROR':
        return; // reported by parse.ts
      default:
        if (node.type.endsWith('_statement') || node.type === 'expression_statement') {
          this.error(node, 'expected identifier or \'(\' before ' + describeStart(node));
          return;
        }
        this.unsupported(node, `'${node.type.replace(/_/g, ' ')}' at file scope`);
    }
  }

  // ---- declaration specifiers ---------------------------------------------------------------

  /** The specifiers of a declaration-like node: its `type` field plus storage and qualifiers. */
  specs(node: Node): Specs {
    let storage: string | null = null;
    let isConst = false;
    for (const c of node.children) {
      if (c.type === 'storage_class_specifier') {
        const s = c.text;
        if (s === 'inline' || s === '__inline' || s === '__inline__') continue;
        if (s === 'thread_local' || s === '__thread' || s === '__forceinline') {
          this.unsupported(c, `'${s}'`);
          continue;
        }
        if (storage && storage !== s) this.error(c, 'multiple storage classes in declaration specifiers');
        storage = s;
      } else if (c.type === 'type_qualifier') {
        if (c.text === 'const') isConst = true;
        else if (c.text.startsWith('_Alignas') || c.text.startsWith('alignas')) this.unsupported(c, '_Alignas');
      }
    }
    const typeNode = node.childForFieldName('type');
    if (!typeNode) {
      // C89 implicit int: gcc warns "type defaults to 'int'".
      this.warning(node, "type defaults to 'int' in declaration [-Wimplicit-int]");
      return { type: T.int, storage, isConst, definesTag: false };
    }
    const definesTag = (typeNode.type === 'struct_specifier' || typeNode.type === 'union_specifier' || typeNode.type === 'enum_specifier') && typeNode.childForFieldName('body') !== null;
    return { type: qualified(this.specType(typeNode), isConst), storage, isConst, definesTag };
  }

  specType(node: Node): CType {
    switch (node.type) {
      case 'primitive_type': {
        switch (node.text) {
          case 'int': return T.int;
          case 'char': return T.char;
          case 'float': return T.float;
          case 'double': return T.double;
          case 'void': return T.void;
          default: return this.typedefType(node);
        }
      }
      case 'type_identifier':
        if (node.text === '_Bool') return T.bool;
        return this.typedefType(node);
      case 'sized_type_specifier':
        return this.sizedType(node);
      case 'struct_specifier': case 'union_specifier':
        return this.structSpecifier(node);
      case 'enum_specifier':
        return this.enumSpecifier(node);
      default:
        this.unsupported(node, `type specifier '${node.text}'`);
        return T.int;
    }
  }

  private typedefType(node: Node): CType {
    const b = this.lookup(node.text);
    if (b?.kind === 'typedef') return b.type;
    if (node.text === '__builtin_va_list' || node.text === 'va_list') {
      this.unsupported(node, 'variable argument lists (va_list)');
      return T.int;
    }
    this.error(node, `unknown type name '${node.text}'`);
    return T.int;
  }

  private sizedType(node: Node): CType {
    let signed: boolean | null = null;
    let longs = 0;
    let short = false;
    for (const c of node.children) {
      if (c.type === 'signed') signed = true;
      else if (c.type === 'unsigned') signed = false;
      else if (c.type === 'long') longs++;
      else if (c.type === 'short') short = true;
    }
    const base = node.childForFieldName('type')?.text ?? 'int';
    if (base === 'double') return longs > 0 ? T.ldouble : T.double;
    if (base === 'char') return signed === null ? T.char : signed ? T.schar : T.uchar;
    if (base !== 'int') {
      this.error(node, `'${node.text}' is not a valid type`);
      return T.int;
    }
    const u = signed === false;
    if (short) return u ? T.ushort : T.short;
    if (longs >= 2) return u ? T.ullong : T.llong;
    if (longs === 1) return u ? T.ulong : T.long;
    return u ? T.uint : T.int;
  }

  // struct-or-union-specifier: struct identifier? { struct-declaration-list } | struct identifier
  private structSpecifier(node: Node): CType {
    const isUnion = node.type === 'union_specifier';
    const kw = isUnion ? 'union' : 'struct';
    const name = node.childForFieldName('name')?.text ?? null;
    const body = node.childForFieldName('body');
    if (!body) {
      if (name === null) {
        this.error(node, `expected '{' after '${kw}'`);
        return T.int;
      }
      const found = this.lookupTag(kw + ' ' + name);
      if (found) return found;
      const st: StructType = { kind: 'struct', def: { union: isUnion, tag: name, members: null, size: 0, align: 1 } };
      this.scope.tags.set(kw + ' ' + name, st);
      return st;
    }
    let st: StructType;
    const existing = name !== null ? this.scope.tags.get(kw + ' ' + name) : undefined;
    if (existing && existing.kind === 'struct' && existing.def.members === null) st = existing;
    else {
      if (existing) this.error(node, `redefinition of '${kw} ${name}'`);
      st = { kind: 'struct', def: { union: isUnion, tag: name, members: null, size: 0, align: 1 } };
      if (name !== null) this.scope.tags.set(kw + ' ' + name, st);
    }
    const members: { name: string | null; type: CType }[] = [];
    const fieldNodes = body.namedChildren.filter((f) => !IGNORED_NODES.has(f.type));
    fieldNodes.forEach((f, idx) => {
      if (f.type !== 'field_declaration') {
        this.unsupported(f, `'${f.type.replace(/_/g, ' ')}' in a ${kw}`);
        return;
      }
      if (f.children.some((c) => c.type === 'bitfield_clause')) {
        this.unsupported(f, 'bit-fields');
        return;
      }
      const sp = this.specs(f);
      const decls = f.childrenForFieldName('declarator');
      if (decls.length === 0) {
        if (sp.type.kind === 'struct' && sp.type.def.tag === null) members.push({ name: null, type: sp.type });
        else this.warning(f, 'declaration does not declare anything');
        return;
      }
      for (const dn of decls) {
        const d = this.declarator(sp.type, dn);
        if (d.type.kind === 'func') {
          this.error(dn, `field '${d.name}' declared as a function`);
          continue;
        }
        const flexible = d.type.kind === 'array' && d.type.length === null;
        if (flexible && (isUnion || idx !== fieldNodes.length - 1)) {
          this.error(dn, 'flexible array member not at end of struct');
          continue;
        }
        if (!flexible && !isComplete(d.type)) {
          this.error(dn, `field '${d.name}' has incomplete type`);
          continue;
        }
        if (d.name && members.some((m) => m.name === d.name)) this.error(dn, `duplicate member '${d.name}'`);
        members.push({ name: d.name, type: d.type });
      }
    });
    layoutStruct(st.def, members);
    return st;
  }

  // enum-specifier: enum identifier? { enumerator-list } | enum identifier
  private enumSpecifier(node: Node): CType {
    const name = node.childForFieldName('name')?.text ?? null;
    const body = node.childForFieldName('body');
    const t: IntType = name ? { ...T.int, enumTag: name } : T.int;
    if (!body) {
      if (name && !this.lookupTag('enum ' + name)) this.scope.tags.set('enum ' + name, t);
      return t;
    }
    if (name) this.scope.tags.set('enum ' + name, t);
    let next = 0;
    for (const e of body.namedChildren) {
      if (e.type !== 'enumerator') continue;
      const nm = e.childForFieldName('name')!.text;
      const vn = e.childForFieldName('value');
      if (vn) next = this.constInt(vn, 'enumerator value');
      if (this.scope.names.has(nm)) this.error(e, `redeclaration of enumerator '${nm}'`);
      this.scope.names.set(nm, { kind: 'enumconst', value: next | 0 });
      next = (next + 1) | 0;
    }
    return t;
  }

  /** An integer constant expression's value (array sizes, enumerators, case labels). */
  constInt(node: Node, what: string): number {
    const e = this.ex.rvalue(this.ex.expr(node));
    if (e.t.kind !== 'int') {
      this.error(node, `${what} is not an integer constant`);
      return 0;
    }
    let v: Val | null;
    try {
      v = foldConst(e);
    } catch (err) {
      if (!(err instanceof ConstDivZero)) throw err;
      this.error(node, 'division by zero');
      return 0;
    }
    if (v === null) {
      this.error(node, `${what} is not an integer constant`);
      return 0;
    }
    return Number(v);
  }

  // ---- declarators --------------------------------------------------------------------------

  declarator(base: CType, node: Node | null): Declared {
    if (!node) return { name: null, node: null, type: base, params: null };
    switch (node.type) {
      case 'identifier': case 'field_identifier': case 'type_identifier': case 'primitive_type':
        return { name: node.text, node, type: base, params: null };
      case 'pointer_declarator': case 'abstract_pointer_declarator': {
        const isConst = node.children.some((c) => c.type === 'type_qualifier' && c.text === 'const');
        return this.declarator(qualified(ptrTo(base), isConst), node.childForFieldName('declarator'));
      }
      case 'array_declarator': case 'abstract_array_declarator': {
        const sizeNode = node.childForFieldName('size');
        let length: number | null = null;
        if (sizeNode) {
          if (sizeNode.type === '*') {
            this.unsupported(node, 'variable length arrays');
          } else {
            const e = this.ex.rvalue(this.ex.expr(sizeNode));
            const v = e.t.kind === 'int' ? foldConst(e) : null;
            if (e.t.kind !== 'int') this.error(sizeNode, 'size of array has non-integer type');
            else if (v === null) this.unsupported(sizeNode, 'variable length arrays (array size is not a constant)');
            else if (v < 0) this.error(sizeNode, 'size of array is negative');
            else if (Number(v) * sizeOf(base) > 2 ** 40) this.error(sizeNode, 'size of array is too large');
            else length = Number(v);
          }
        }
        if (base.kind === 'func') this.error(node, 'declaration of array of functions');
        else if (!isComplete(base)) this.error(node, `array type has incomplete element type '${typeName(base)}'`);
        return this.declarator(arrayOf(base, length), node.childForFieldName('declarator'));
      }
      case 'function_declarator': case 'abstract_function_declarator': {
        const { type, params } = this.paramList(base, node.childForFieldName('parameters'));
        const inner = node.childForFieldName('declarator');
        if (base.kind === 'func') this.error(node, 'function returning a function');
        if (base.kind === 'array') this.error(node, 'function returning an array');
        const d = this.declarator(type, inner);
        if (d.params === null && (inner === null || inner.type === 'identifier' || inner.type === 'field_identifier')) d.params = params;
        return d;
      }
      case 'parenthesized_declarator': case 'abstract_parenthesized_declarator': case 'attributed_declarator':
        return this.declarator(base, node.namedChildren.find((c) => !IGNORED_NODES.has(c.type)) ?? null);
      default:
        this.unsupported(node, `declarator '${node.type}'`);
        return { name: null, node, type: base, params: null };
    }
  }

  // parameter-type-list: parameter-declaration (, parameter-declaration)* (, ...)?
  private paramList(ret: CType, node: Node | null): { type: FuncType; params: { name: string | null; type: CType; node: Node }[] } {
    const params: { name: string | null; type: CType; node: Node }[] = [];
    let variadic = false;
    let oldStyle = true;
    for (const p of node?.namedChildren ?? []) {
      if (IGNORED_NODES.has(p.type)) continue;
      if (p.type === 'variadic_parameter') {
        variadic = true;
        continue;
      }
      if (p.type === 'identifier') {
        this.unsupported(p, 'old-style (K&R) parameter lists');
        continue;
      }
      if (p.type !== 'parameter_declaration') {
        this.unsupported(p, `'${p.type}' in a parameter list`);
        continue;
      }
      oldStyle = false;
      const sp = this.specs(p);
      const d = this.declarator(sp.type, p.childForFieldName('declarator'));
      let t = d.type;
      if (t.kind === 'array') t = ptrTo(t.of);
      else if (t.kind === 'func') t = ptrTo(t);
      params.push({ name: d.name, type: t, node: p });
    }
    if (params.length === 1 && params[0]!.type.kind === 'void' && params[0]!.name === null) params.length = 0;
    else if (params.some((p) => p.type.kind === 'void')) this.error(node!, "'void' must be the only parameter");
    if (variadic) oldStyle = false;
    return { type: { kind: 'func', ret, params: params.map((p) => p.type), variadic, oldStyle }, params };
  }

  /** A type_descriptor (in casts, sizeof, compound literals). */
  typeDescriptor(node: Node): CType {
    const sp = this.specs(node);
    return this.declarator(sp.type, node.childForFieldName('declarator')).type;
  }

  // ---- declarations -------------------------------------------------------------------------

  private typeDefinition(node: Node): void {
    const sp = this.specs(node);
    for (const dn of node.childrenForFieldName('declarator')) {
      const d = this.declarator(sp.type, dn);
      if (!d.name) continue;
      const prev = this.scope.names.get(d.name);
      if (prev && !(prev.kind === 'typedef' && sameType(prev.type, d.type))) {
        this.error(dn, `conflicting types for '${d.name}'`);
        continue;
      }
      this.scope.names.set(d.name, { kind: 'typedef', type: withAlias(d.type, d.name) });
    }
  }

  /** A declaration at file scope (`fileScope`) or in a block; returns statements for locals. */
  declaration(node: Node, fileScope: boolean): Stmt[] {
    const sp = this.specs(node);
    const out: Stmt[] = [];
    const decls = node.childrenForFieldName('declarator');
    if (decls.length === 0 && !sp.definesTag && !(sp.type.kind === 'struct' || sp.type.kind === 'int' && sp.type.enumTag)) {
      this.warning(node, 'useless type name in empty declaration');
    }
    if (sp.storage === 'typedef') {
      this.typeDefinition(node);
      return out;
    }
    for (const dn of decls) {
      const init = dn.type === 'init_declarator' ? dn.childForFieldName('value') : null;
      const d = this.declarator(sp.type, dn.type === 'init_declarator' ? dn.childForFieldName('declarator') : dn);
      if (!d.name || !d.node) continue;
      if (d.type.kind === 'func') {
        if (init) this.error(dn, `function '${d.name}' is initialized like a variable`);
        this.declareFunction(d.name, d.type, sp.storage === 'static', d.node, false);
        continue;
      }
      if (fileScope || sp.storage === 'static' || sp.storage === 'extern') {
        this.declareStatic(d, sp.storage, init, fileScope);
        continue;
      }
      if (sp.storage === 'register' || sp.storage === 'auto' || sp.storage === null) {
        const stmt = this.declareLocal(d, init);
        if (stmt) out.push(stmt);
      }
    }
    return out;
  }

  private declareLocal(d: Declared, initNode: Node | null): Stmt | null {
    const name = d.name!;
    if (this.scope.names.has(name)) {
      const prev = this.scope.names.get(name)!;
      this.error(d.node!, prev.kind === 'local' ? `redefinition of '${name}'` : `'${name}' redeclared as different kind of symbol`);
      return null;
    }
    let type = d.type;
    let init: Init | null = null;
    if (initNode) {
      // The name is in scope in its own initialiser (int x = x; is legal C, and garbage).
      init = checkInitializer(this, type, initNode);
      type = init.type;
    }
    if (type.kind === 'void') {
      this.error(d.node!, `variable or field '${name}' declared void`);
      return null;
    }
    if (!isComplete(type)) {
      this.error(d.node!, type.kind === 'array' ? `array size missing in '${name}'` : `storage size of '${name}' isn't known`);
      return null;
    }
    const slot = this.allocSlot(type);
    this.scope.names.set(name, { kind: 'local', type, slot });
    return init ? { k: 'init', slot, init, loc: this.loc(initNode!) } : null;
  }

  private declareStatic(d: Declared, storage: string | null, initNode: Node | null, fileScope: boolean): void {
    const name = d.name!;
    const isExtern = storage === 'extern';
    const local = !fileScope;
    const scope = this.scope;
    const prev = scope.names.get(name) ?? (local && isExtern ? this.fileScope.names.get(name) : undefined);
    let sym: GlobalSym;
    if (prev && prev.kind === 'global') {
      sym = prev.sym;
      if (!sameType(sym.type, d.type) && !(sym.type.kind === 'array' && d.type.kind === 'array' && sameType(sym.type.of, d.type.of))) {
        this.error(d.node!, `conflicting types for '${name}'; have '${typeName(d.type)}'`);
        return;
      }
      if (d.type.kind === 'array' && d.type.length !== null) sym.type = d.type;
    } else if (prev) {
      this.error(d.node!, `'${name}' redeclared as different kind of symbol`);
      return;
    } else {
      sym = {
        kind: 'global', name: local && !isExtern ? `${name}.${++this.staticCounter}` : name, type: d.type,
        isStatic: storage === 'static', defined: false, init: null, addr: 0, loc: this.loc(d.node!),
      };
      this.globals.push(sym);
    }
    scope.names.set(name, { kind: 'global', sym });
    if (local && isExtern && !this.fileScope.names.has(name)) this.fileScope.names.set(name, { kind: 'global', sym });
    if (initNode) {
      if (local && isExtern) {
        this.error(initNode, `'${name}' has both 'extern' and initializer`);
        return;
      }
      if (sym.init) {
        this.error(d.node!, `redefinition of '${name}'`);
        return;
      }
      const saveFn = this.fn;
      const init = checkInitializer(this, sym.type, initNode, true);
      this.fn = saveFn;
      sym.type = init.type;
      sym.init = init;
      sym.defined = true;
    } else if (!isExtern) {
      sym.defined = true; // a tentative definition: zero-initialised in .bss
    }
    if (sym.defined && sym.type.kind === 'void') this.error(d.node!, `variable or field '${name}' declared void`);
    else if (sym.defined && !isComplete(sym.type) && !(sym.type.kind === 'array' && fileScope)) {
      this.error(d.node!, `storage size of '${name}' isn't known`);
    }
  }

  private declareFunction(name: string, type: FuncType, isStatic: boolean, node: Node, defining: boolean): FuncSym {
    const prev = this.scope.names.get(name) ?? this.fileScope.names.get(name);
    if (prev && prev.kind === 'func') {
      const sym = prev.sym;
      if (!sameType(sym.type, type)) {
        this.error(node, `conflicting types for '${name}'; have '${typeName(type)}'`);
      } else if (sym.type.oldStyle && !type.oldStyle) sym.type = type;
      if (this.scope !== this.fileScope) this.scope.names.set(name, prev);
      return sym;
    }
    if (prev && this.scope.names.get(name) === prev) {
      this.error(node, `'${name}' redeclared as different kind of symbol`);
    }
    const sym: FuncSym = { kind: 'func', name, type, isStatic, def: null, addr: 0, loc: this.loc(node), usedAt: null };
    this.functions.push(sym);
    this.fileScope.names.set(name, { kind: 'func', sym });
    if (this.scope !== this.fileScope) this.scope.names.set(name, { kind: 'func', sym });
    void defining;
    return sym;
  }

  // function-definition: declaration-specifiers declarator compound-statement
  private functionDefinition(node: Node): void {
    const sp = this.specs(node);
    const declNode = node.childForFieldName('declarator');
    if (node.children.some((c) => c.type === 'declaration')) {
      this.unsupported(node, 'old-style (K&R) function definitions');
      return;
    }
    const d = this.declarator(sp.type, declNode);
    if (!d.name || d.type.kind !== 'func') {
      this.error(node, 'expected a function declarator');
      return;
    }
    const ft = d.type;
    if (ft.variadic) {
      this.unsupported(declNode!, `defining variadic function '${d.name}' (va_list)`);
      return;
    }
    const sym = this.declareFunction(d.name, ft, sp.storage === 'static', d.node!, true);
    if (sym.def) {
      this.error(d.node!, `redefinition of '${d.name}'`);
      return;
    }
    if (ft.ret.kind !== 'void' && !isComplete(ft.ret)) this.error(d.node!, `return type is an incomplete type`);
    this.fn = { sym, ret: ft.ret, bottom: 0, breakable: 0, loops: 0, switches: [], slots: [] };
    this.pushScope();
    const params: { slot: Slot; type: CType; name: string | null; node: Node }[] = [];
    for (const p of d.params ?? []) {
      if (!p.name) {
        if (p.type.kind !== 'void') this.error(p.node, 'parameter name omitted');
        continue;
      }
      if (!isComplete(p.type)) this.error(p.node, `parameter '${p.name}' has incomplete type`);
      const slot: Slot = { off: 0 };
      if (this.scope.names.has(p.name)) this.error(p.node, `redefinition of parameter '${p.name}'`);
      this.scope.names.set(p.name, { kind: 'local', type: p.type, slot });
      params.push({ slot, type: p.type, name: p.name, node: p.node });
    }
    const bodyNode = node.childForFieldName('body')!;
    const body = this.compound(bodyNode, false);
    // gcc -O0 spills the parameters below the locals.
    for (const p of params) {
      const s = this.allocSlot(p.type);
      p.slot.off = s.off;
    }
    const frameSize = alignUp(-this.fn.bottom, 16);
    this.popScope();
    const def: FuncDef = { sym, params: params.map((p) => ({ slot: p.slot, type: p.type })), frameSize, body, loc: this.loc(node) };
    sym.def = def;
    this.fn = null;
  }

  // ---- statements ---------------------------------------------------------------------------

  private compound(node: Node, newScope = true): Stmt {
    if (newScope) this.pushScope();
    const body: Stmt[] = [];
    for (const item of node.namedChildren) {
      if (IGNORED_NODES.has(item.type)) continue;
      body.push(...this.blockItem(item));
    }
    if (newScope) this.popScope();
    return { k: 'block', body };
  }

  private blockItem(node: Node): Stmt[] {
    switch (node.type) {
      case 'declaration':
        return this.declaration(node, false);
      case 'type_definition':
        this.typeDefinition(node);
        return [];
      case 'struct_specifier': case 'union_specifier': case 'enum_specifier':
        this.specType(node);
        return [];
      case 'function_definition':
        this.unsupported(node, 'nested function definitions (in a fragment, define functions in a whole program with main)');
        return [];
      default:
        return [this.statement(node)];
    }
  }

  statement(node: Node): Stmt {
    const loc = this.loc(node);
    switch (node.type) {
      case 'compound_statement':
        return this.compound(node);
      case 'expression_statement': {
        const en = node.namedChildren.find((c) => !IGNORED_NODES.has(c.type));
        if (!en) return { k: 'nop' };
        return { k: 'expr', e: this.ex.discarded(this.ex.expr(en)), loc };
      }
      case 'if_statement': {
        const c = this.ex.condition(node.childForFieldName('condition')!);
        const a = this.substatement(node.childForFieldName('consequence')!);
        const alt = node.childForFieldName('alternative');
        const b = alt ? this.substatement(alt.type === 'else_clause' ? alt.namedChildren[0]! : alt) : null;
        return { k: 'if', c, a, b, loc };
      }
      case 'while_statement': {
        const c = this.ex.condition(node.childForFieldName('condition')!);
        const body = this.loopBody(node.childForFieldName('body')!);
        return { k: 'while', c, body, loc };
      }
      case 'do_statement': {
        const body = this.loopBody(node.childForFieldName('body')!);
        const c = this.ex.condition(node.childForFieldName('condition')!);
        return { k: 'do', body, c, loc };
      }
      case 'for_statement': {
        this.pushScope();
        const initNode = node.childForFieldName('initializer');
        let init: Stmt | null = null;
        if (initNode) {
          if (initNode.type === 'declaration') init = { k: 'block', body: this.declaration(initNode, false) };
          else init = { k: 'expr', e: this.ex.discarded(this.ex.expr(initNode)), loc: this.loc(initNode) };
        }
        const cn = node.childForFieldName('condition');
        const c = cn ? this.ex.condition(cn) : null;
        const un = node.childForFieldName('update');
        const step = un ? this.ex.discarded(this.ex.expr(un)) : null;
        const body = this.loopBody(node.childForFieldName('body')!);
        this.popScope();
        return { k: 'for', init, c, step, body, loc };
      }
      case 'return_statement': {
        const en = node.namedChildren[0];
        const fn = this.fn!;
        if (!en) {
          if (fn.ret.kind !== 'void') this.warning(node, "'return' with no value, in function returning non-void [-Wreturn-type]");
          return { k: 'return', e: null, loc };
        }
        const e = this.ex.expr(en);
        if (fn.ret.kind === 'void') {
          if (e.t.kind !== 'void') this.warning(node, "'return' with a value, in function returning void [-Wreturn-type]");
          return { k: 'return', e: this.ex.discarded(e), loc };
        }
        return { k: 'return', e: this.ex.assignConv(this.ex.rvalue(e), fn.ret, { kind: 'return' }, en), loc };
      }
      case 'break_statement':
        if (this.fn!.breakable === 0) this.error(node, 'break statement not within loop or switch');
        return { k: 'break', loc };
      case 'continue_statement':
        if (this.fn!.loops === 0) this.error(node, 'continue statement not within a loop');
        return { k: 'continue', loc };
      case 'switch_statement':
        return this.switchStatement(node);
      case 'case_statement':
        this.error(node, node.childForFieldName('value') ? "case label not within a switch statement, or not directly in the switch's { } body (unsupported)" : "'default' label not within a switch statement, or not directly in the switch's { } body (unsupported)");
        return { k: 'nop' };
      case 'labeled_statement':
        this.unsupported(node, 'labels and goto');
        return { k: 'nop' };
      case 'goto_statement':
        this.unsupported(node, 'goto');
        return { k: 'nop' };
      case 'declaration':
      case 'type_definition':
        return { k: 'block', body: this.blockItem(node) };
      case 'ERROR':
        return { k: 'nop' };
      default:
        this.unsupported(node, `'${node.type.replace(/_/g, ' ')}'`);
        return { k: 'nop' };
    }
  }

  private substatement(node: Node): Stmt {
    if (node.type === 'declaration') {
      this.error(node, 'a declaration is not a statement here (put it in braces)');
      return { k: 'nop' };
    }
    return this.statement(node);
  }

  private loopBody(node: Node): Stmt {
    const fn = this.fn!;
    fn.loops++;
    fn.breakable++;
    const s = this.substatement(node);
    fn.loops--;
    fn.breakable--;
    return s;
  }

  // switch ( expression ) { (case constant-expression : | default :)? statement ... }
  private switchStatement(node: Node): Stmt {
    const loc = this.loc(node);
    const cn = node.childForFieldName('condition')!;
    let c = this.ex.rvalue(this.ex.expr(cn.type === 'parenthesized_expression' ? cn.namedChildren[0]! : cn));
    if (c.t.kind !== 'int') {
      this.error(cn, 'switch quantity not an integer');
      return { k: 'nop' };
    }
    const ct = promote(c.t);
    c = this.ex.convert(c, ct);
    const fn = this.fn!;
    const sw: SwitchCtx = { cases: [], dflt: -1, type: ct };
    fn.switches.push(sw);
    fn.breakable++;
    const bodyNode = node.childForFieldName('body')!;
    const body: Stmt[] = [];
    this.pushScope();
    if (bodyNode.type !== 'compound_statement') {
      body.push(this.statement(bodyNode));
    } else {
      for (const item of bodyNode.namedChildren) {
        if (IGNORED_NODES.has(item.type)) continue;
        if (item.type !== 'case_statement') {
          body.push(...this.blockItem(item));
          continue;
        }
        const vn = item.childForFieldName('value');
        if (vn) {
          const v = this.ex.convertConst(this.constInt(vn, 'case label'), ct);
          if (sw.cases.some((x) => x.v === v)) this.error(vn, 'duplicate case value');
          sw.cases.push({ v, index: body.length });
        } else {
          if (sw.dflt >= 0) this.error(item, "multiple default labels in one switch");
          sw.dflt = body.length;
        }
        for (const s of item.namedChildren) {
          if ((vn && s.id === vn.id) || IGNORED_NODES.has(s.type)) continue;
          body.push(...this.blockItem(s));
        }
      }
    }
    this.popScope();
    fn.breakable--;
    fn.switches.pop();
    return { k: 'switch', c, body, cases: sw.cases, dflt: sw.dflt, loc };
  }
}

function withAlias(t: CType, alias: string): CType {
  // A typedef of a typedef keeps the newest name, as gcc prints it.
  return { ...t, alias };
}

function describeStart(node: Node): string {
  const first = node.children[0];
  return first ? `'${first.text.slice(0, 20)}'` : 'end of input';
}

export function checkUnit(unit: ParsedUnit, diags: DiagnosticSink): { program: Program; checker: Checker } {
  const checker = new Checker(unit, diags);
  const program = checker.run();
  return { program, checker };
}

// Re-exported so check-expr/check-init can build expressions without importing ir twice.
export type { Expr, Init };
export { isScalar };
