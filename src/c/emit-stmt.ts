/*
 * Code generation, part 2: statements and functions -> one JavaScript function per C function
 * (new Function), expressions by emit-js.ts. C's loops, switch, break, continue and return are
 * JS's own, with labels. Every statement and every loop iteration costs one step against the
 * budget (a run of straight-line statements is charged at its start, one check for all);
 * machine.currentLine is set before a statement only when its code can fault without
 * naming its own line (calls into the machine set it themselves). The onStep hook, and with it
 * a line write per statement, is compiled in only when the caller gave one. Each function makes
 * its own frame (R.enter, the parameter stores, R.leave: gcc -O0's prologue and epilogue) and
 * keeps fp and its offset in the stack's view in JS locals; `return` leaves the function's labelled block
 * for the epilogue. Direct calls between compiled functions go through the program's table of
 * bodies (EmitContext.bodies), so V8 sees one target per call site.
 * Main exports: StmtEmitter.
 * DIFFERS: a non-void function that falls off its end returns 0 (gcc -O0 returns whatever is in
 * rax); a fragment that does so has no result.
 */
import type { Machine } from '../../allocator/machine';
import type { CArg } from '../../allocator/native-function';
import type { FuncDef, Stmt } from './ir';
import { type Body, type CompiledFunction, Runtime } from './runtime';
import { ExprEmitter, nativeResult } from './emit-expr';
import { HELPERS, JsExprGen } from './emit-js';
import { sizeOf, type CType } from './types';
import type { Val } from './values';

export class StmtEmitter {
  constructor(private readonly R: Runtime, private readonly M: Machine, private readonly ex: ExprEmitter) {}

  /** A function definition, ready to be called by R.call and registered with the machine. */
  func(def: FuncDef): CompiledFunction {
    const body = new FunctionSource(this.R, new JsExprGen(this.R, this.M, this.ex, this.ex.ctx), this.ex).build(def);
    const fromNative = def.params.map((p) => argFromNative(p.type));
    const ret = def.sym.type.ret;
    const toNative = (v: Val | undefined): CArg | undefined => (ret.kind === 'void' ? undefined : ((v ?? 0) as CArg));
    const retSigned = ret.kind === 'int' && ret.size === 8 ? ret.signed : undefined;
    return { name: def.sym.name, frameSize: def.frameSize, arity: def.params.length, fromNative, toNative, body, address: def.sym.addr, retSigned };
  }
}

/** The JS source of one C function's body. */
class FunctionSource {
  private labels = 0;
  /** Innermost first: where `break` and `continue` go. */
  private readonly breaks: string[] = [];
  private readonly continues: string[] = [];
  /** Whether the function returns a 64-bit integer (returned as words when that avoids a bigint). */
  private ret64 = false;
  /** Statements of the current straight-line run already charged to the budget (see block). */
  private prepaid = 0;

  constructor(private readonly R: Runtime, private readonly g: JsExprGen, private readonly ex: ExprEmitter) {}

  build(def: FuncDef): Body {
    const ret = def.sym.type.ret;
    this.ret64 = ret.kind === 'int' && ret.size === 8;
    const g = this.g;
    // The prologue's parameter stores: each argument into its slot, as the callee's code does.
    const args = def.params.map((_, i) => `a${i}`);
    const stores = def.params.map((p, i) => {
      const off = p.slot.off;
      if (p.type.kind === 'struct') {
        const size = sizeOf(p.type);
        const R = this.R;
        return `${g.cap((fp: number, v: Val) => R.mem.copy(fp + off, v as number, size))}(fp, a${i});\n`;
      }
      const inline = g.storeLocal(off, p.type, `a${i}`);
      if (inline !== null) return `${inline};\n`;
      const st = this.ex.storer(p.type);
      return `${g.cap((fp: number, v: Val) => st(fp + off, v))}(fp, a${i});\n`;
    });
    g.forgetWords();
    const code = this.stmt(def.body);
    const temps = Array.from({ length: g.tempCount }, (_, i) => `t${i}`);
    // What the fast paths use besides the function's own locals comes in as parameters of the
    // factory, not as constants declared in it: a constant of the factory is a context load with
    // a hole check (its temporal dead zone) at every use, a parameter never assigned is an
    // immutable slot. The captured values (k0, k1, ...: slow paths, mostly) stay constants taken
    // from one array: there may be any number of them, and a function's parameters are limited.
    const R = this.R;
    const params: Record<string, unknown> = { R, M: R.machine, mem: R.mem, P: this.ex.ctx.bodies, k: g.caps, onStep: R.onStep, fv: R.fv, dv: R.imageView, DS: R.imageState, ...HELPERS };
    const caps = g.caps.map((_, i) => `k${i} = k[${i}]`);
    const src = [
      "'use strict';",
      // fv: the stack's view (Runtime.fv), one for the whole run; dv: the program's globals
      // (Runtime.imageView), read through it while DS.live.
      caps.length ? `const ${caps.join(', ')};` : '',
      `return function ${safeName(def.sym.name)}(${args.join(', ')}) {`,
      '  const sfp = R.fp, ssp = R.sp;',
      `  R.enter(${def.frameSize}, ${JSON.stringify(def.sym.name)});`,
      // so: sp's offset in fv. [so, end of fv) is mapped: this frame and its callers'.
      `  const fp = R.fp, fo = R.fo | 0, so = (fo - ${def.frameSize}) | 0;`,
      temps.length ? `  let ${temps.join(', ')};` : '',
      stores.join(''),
      `${FUNCTION_LABEL}: {`,
      code,
      '}',
      '  R.leave(sfp, ssp);',
      '  return R.ret;',
      '};',
    ].join('\n');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function(...Object.keys(params), src) as (...a: unknown[]) => Body;
    return factory(...Object.values(params));
  }

  /**
   * One step against the budget before a statement (or loop iteration). machine.currentLine is
   * set here only when the statement's code (since `mark`) has something that relies on it;
   * calls into the machine set it themselves. With an onStep hook, every tick sets it.
   */
  private tick(line: number, mark: number): string {
    const setLine = this.R.onStep !== null || this.g.lineUses !== mark;
    const charge = this.prepaid > 0 ? (this.prepaid--, '') : 'if (++R.steps > R.stepLimit) R.outOfSteps();';
    return `${charge}${setLine ? ` M.currentLine = ${line};` : ''}${this.R.onStep ? ` onStep(${line});` : ''}\n`;
  }

  /**
   * A block's statements. Without an onStep hook, a run of straight-line statements (expressions
   * and initialisations) is charged against the budget once, at its start, for all of them: the
   * same count, one check. (A run that ends the process partway was charged in full.)
   */
  private block(body: readonly Stmt[]): string {
    let out = '';
    for (let i = 0; i < body.length; ) {
      let n = 0;
      if (this.R.onStep === null) while (i + n < body.length && straightLine(body[i + n]!)) n++;
      if (n < 2) {
        out += this.stmt(body[i]!);
        i++;
        continue;
      }
      out += `if ((R.steps += ${n}) > R.stepLimit) R.outOfSteps();\n`;
      this.prepaid = n;
      for (let j = 0; j < n; j++) out += this.stmt(body[i + j]!);
      this.prepaid = 0;
      i += n;
    }
    return out;
  }

  private label(kind: string): string {
    return `${kind}${this.labels++}`;
  }

  private loop(l: string, f: () => string): string {
    this.breaks.push(l);
    this.continues.push(l);
    const s = f();
    this.breaks.pop();
    this.continues.pop();
    return s;
  }

  /**
   * One statement. The word cache (JsExprGen.wordStatement) lives across consecutive word
   * statements of a straight-line run only: anything else (a branch, a loop, a label, a statement
   * of other code) forgets it before and after, so no cached word is read where other code, or
   * another path, may have run since it was stored.
   */
  stmt(s: Stmt): string {
    if (s.k === 'expr' || s.k === 'init' || s.k === 'return' || s.k === 'nop') return this.simpleStmt(s);
    this.g.forgetWords();
    const out = this.simpleStmt(s);
    this.g.forgetWords();
    return out;
  }

  /**
   * A statement inside another (a branch, a loop body, a case): it runs on its own path, so no
   * cached words go into it or come out of it, even when it is a single word statement.
   */
  private nested(s: Stmt): string {
    this.g.forgetWords();
    const out = this.stmt(s);
    this.g.forgetWords();
    return out;
  }

  private simpleStmt(s: Stmt): string {
    const g = this.g;
    const mark = g.lineUses;
    switch (s.k) {
      case 'nop':
        return '';
      case 'expr': {
        let code = g.wordStatement(() => g.effect(s.e));
        if (code === null) {
          g.forgetWords();
          code = g.value(s.e);
          g.forgetWords();
        }
        return `${this.tick(s.loc.line, mark)}${code};\n`;
      }
      case 'block':
        return this.block(s.body);
      case 'if': {
        const c = g.value(s.c);
        const tick = this.tick(s.loc.line, mark);
        const a = this.nested(s.a);
        const b = s.b ? this.nested(s.b) : null;
        return `${tick}if (${c} !== 0) {\n${a}}${b !== null ? ` else {\n${b}}` : ''}\n`;
      }
      case 'while': {
        const l = this.label('L');
        const c = g.value(s.c);
        const tick = this.tick(s.loc.line, mark);
        const body = this.loop(l, () => this.nested(s.body));
        return `${l}: for (;;) {\n${tick}if (${c} === 0) break;\n${body}}\n`;
      }
      case 'do': {
        const l = this.label('L');
        const c = g.value(s.c);
        const tick = this.tick(s.loc.line, mark);
        const body = this.loop(l, () => this.nested(s.body));
        return `${l}: do {\n${tick}${body}} while (${c} !== 0);\n`;
      }
      case 'for': {
        const l = this.label('L');
        const init = s.init ? this.nested(s.init) : '';
        const stepMark = g.lineUses;
        // The step runs after the body: emitted here, it must neither use nor leave cached words.
        g.forgetWords();
        const step0 = s.step ? g.effect(s.step) ?? g.value(s.step) : '';
        g.forgetWords();
        const step = step0 !== '' && (g.lineUses !== stepMark || this.R.onStep !== null) ? `M.currentLine = ${s.loc.line}, ${step0}` : step0;
        const condMark = g.lineUses;
        const c = s.c ? `if (${g.value(s.c)} === 0) break;\n` : '';
        const tick = this.tick(s.loc.line, condMark);
        const body = this.loop(l, () => this.nested(s.body));
        return `{\n${init}${l}: for (;; ${step}) {\n${tick}${c}${body}}\n}\n`;
      }
      case 'return': {
        const e = s.e;
        const words = e && this.ret64 ? g.wordStatement(() => g.returnWords(e)) : null;
        if (words !== null) return `${this.tick(s.loc.line, mark)}${words};\nbreak ${FUNCTION_LABEL};\n`;
        g.forgetWords();
        const v = e ? g.value(e) : '0';
        return `${this.tick(s.loc.line, mark)}R.ret = ${v};\nbreak ${FUNCTION_LABEL};\n`;
      }
      case 'break':
        return `${this.tick(s.loc.line, mark)}break ${this.breaks[this.breaks.length - 1]};\n`;
      case 'continue':
        return `${this.tick(s.loc.line, mark)}continue ${this.continues[this.continues.length - 1]};\n`;
      case 'switch': {
        const l = this.label('S');
        const c = g.value(s.c);
        const tick = this.tick(s.loc.line, mark);
        const at = new Map<number, string[]>();
        const add = (i: number, label: string): void => {
          const list = at.get(i) ?? [];
          list.push(label);
          at.set(i, list);
        };
        for (const k of s.cases) add(k.index, `case ${typeof k.v === 'bigint' ? `${k.v}n` : `(${k.v})`}:`);
        if (s.dflt >= 0) add(s.dflt, 'default:');
        this.breaks.push(l);
        let started = false;
        let body = '';
        s.body.forEach((x, i) => {
          const labels = at.get(i);
          if (labels) {
            body += `${labels.join(' ')}\n`;
            started = true;
          }
          // Statements before the first label are never reached. A label can be jumped to: no
          // cached words across one.
          if (started) body += `{\n${this.nested(x)}}\n`;
        });
        this.breaks.pop();
        return `${tick}${l}: switch (${c}) {\n${body}}\n`;
      }
      case 'init': {
        const off = s.slot.off;
        const init = s.init;
        const item = init.items[0];
        const scalar = init.items.length === 1 && !init.zero && item!.off === 0 && isScalar(init.type) && isScalar(item!.type);
        const e = item?.e;
        const words = scalar && e && init.type.kind === 'int' && init.type.size === 8 && g.pairStore(e)
          ? g.wordStatement(() => g.storePair({ k: 'local', t: init.type, slot: s.slot, loc: s.loc }, e))
          : null;
        if (words !== null) return `${this.tick(s.loc.line, mark)}${words};\n`;
        g.forgetWords();
        const store = !scalar || !e ? null : g.storeLocal(off, init.type, g.value(e), g.small(e));
        g.forgetWords();
        if (store !== null) return `${this.tick(s.loc.line, mark)}${store};\n`;
        const R = this.R;
        const run = this.ex.init(init, () => R.fp + off);
        g.lineUses++;
        return `${this.tick(s.loc.line, mark)}${g.cap(run)}();\n`;
      }
    }
  }
}

/** A statement that runs straight through: no branch, loop or jump of its own. */
function straightLine(s: Stmt): boolean {
  return s.k === 'expr' || s.k === 'init';
}

/** The labelled block around a function's statements: `return` leaves it for the epilogue. */
const FUNCTION_LABEL = 'FN';

function isScalar(t: CType): boolean {
  return t.kind === 'int' || t.kind === 'ptr' || t.kind === 'float';
}

function safeName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `c_${name}` : 'c_function';
}

/** A CArg from native code (a hook the machine calls back) as a value of the parameter's type. */
function argFromNative(t: CType): (a: CArg | undefined) => Val {
  if (t.kind === 'struct') return (a) => (a === undefined ? 0 : Number(a));
  return nativeResult(t);
}
