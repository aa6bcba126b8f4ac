/*
 * Code generation, part 2: statements and functions -> JS closures. A statement closure returns
 * a completion code (NORMAL, BREAK, CONTINUE, RETURN) instead of throwing, so loops stay cheap.
 * Every statement and every loop iteration costs one step against the budget and sets
 * machine.currentLine; the onStep hook is compiled in only when the caller gave one.
 * Main exports: StmtEmitter.
 * DIFFERS: a non-void function that falls off its end returns 0 (gcc -O0 returns whatever is in
 * rax); a fragment that does so has no result.
 */
import type { Machine } from '../../allocator/machine';
import type { CArg } from '../../allocator/native-function';
import type { FuncDef, Stmt } from './ir';
import { BREAK, CONTINUE, NORMAL, RETURN, type CompiledFunction, type Exec, Runtime } from './runtime';
import { ExprEmitter, nativeResult } from './emit-expr';
import { T, sizeOf, type CType } from './types';
import { converter, type Val } from './values';

export class StmtEmitter {
  constructor(private readonly R: Runtime, private readonly M: Machine, private readonly ex: ExprEmitter) {}

  /** The per-statement prologue: one step, the current line, the step hook. */
  private tick(line: number): () => void {
    const R = this.R;
    const M = this.M;
    const onStep = R.onStep;
    if (onStep) {
      return () => {
        if (++R.steps > R.stepLimit) R.outOfSteps();
        M.currentLine = line;
        onStep(line);
      };
    }
    return () => {
      if (++R.steps > R.stepLimit) R.outOfSteps();
      M.currentLine = line;
    };
  }

  stmt(s: Stmt): Exec {
    const R = this.R;
    const M = this.M;
    switch (s.k) {
      case 'nop':
        return () => NORMAL;
      case 'expr': {
        const e = this.ex.value(s.e);
        const line = s.loc.line;
        if (R.onStep) {
          const tick = this.tick(line);
          return () => {
            tick();
            e();
            return NORMAL;
          };
        }
        return () => {
          if (++R.steps > R.stepLimit) R.outOfSteps();
          M.currentLine = line;
          e();
          return NORMAL;
        };
      }
      case 'block': {
        const body = s.body.map((x) => this.stmt(x));
        const n = body.length;
        if (n === 0) return () => NORMAL;
        if (n === 1) return body[0]!;
        if (n === 2) {
          const [a, b] = body as [Exec, Exec];
          return () => {
            const c = a();
            return c !== NORMAL ? c : b();
          };
        }
        return () => {
          for (let i = 0; i < n; i++) {
            const c = body[i]!();
            if (c !== NORMAL) return c;
          }
          return NORMAL;
        };
      }
      case 'if': {
        const tick = this.tick(s.loc.line);
        const c = this.ex.value(s.c);
        const a = this.stmt(s.a);
        const b = s.b ? this.stmt(s.b) : null;
        return b
          ? () => {
              tick();
              return c() !== 0 ? a() : b();
            }
          : () => {
              tick();
              return c() !== 0 ? a() : NORMAL;
            };
      }
      case 'while': {
        const tick = this.tick(s.loc.line);
        const c = this.ex.value(s.c);
        const body = this.stmt(s.body);
        return () => {
          for (;;) {
            tick();
            if (c() === 0) return NORMAL;
            const r = body();
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return RETURN;
          }
        };
      }
      case 'do': {
        const tick = this.tick(s.loc.line);
        const c = this.ex.value(s.c);
        const body = this.stmt(s.body);
        return () => {
          for (;;) {
            tick();
            const r = body();
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return RETURN;
            if (c() === 0) return NORMAL;
          }
        };
      }
      case 'for': {
        const tick = this.tick(s.loc.line);
        const init = s.init ? this.stmt(s.init) : null;
        const c = s.c ? this.ex.value(s.c) : null;
        const step = s.step ? this.ex.value(s.step) : null;
        const body = this.stmt(s.body);
        if (!R.onStep && c) {
          const line = s.loc.line;
          return () => {
            if (init) init();
            for (;;) {
              if (++R.steps > R.stepLimit) R.outOfSteps();
              M.currentLine = line;
              if (c() === 0) return NORMAL;
              const r = body();
              if (r === BREAK) return NORMAL;
              if (r === RETURN) return RETURN;
              if (step) step();
            }
          };
        }
        return () => {
          if (init) init();
          for (;;) {
            tick();
            if (c && c() === 0) return NORMAL;
            const r = body();
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return RETURN;
            if (step) step();
          }
        };
      }
      case 'return': {
        const tick = this.tick(s.loc.line);
        if (!s.e) {
          return () => {
            tick();
            R.ret = 0;
            return RETURN;
          };
        }
        const e = this.ex.value(s.e);
        return () => {
          tick();
          R.ret = e();
          return RETURN;
        };
      }
      case 'break': {
        const tick = this.tick(s.loc.line);
        return () => (tick(), BREAK);
      }
      case 'continue': {
        const tick = this.tick(s.loc.line);
        return () => (tick(), CONTINUE);
      }
      case 'switch': {
        const tick = this.tick(s.loc.line);
        const c = this.ex.value(s.c);
        const body = s.body.map((x) => this.stmt(x));
        const table = new Map<Val, number>();
        for (const k of s.cases) table.set(k.v, k.index);
        const dflt = s.dflt;
        const n = body.length;
        return () => {
          tick();
          const v = c();
          let i = table.get(v) ?? dflt;
          if (i < 0) return NORMAL;
          for (; i < n; i++) {
            const r = body[i]!();
            if (r === BREAK) return NORMAL;
            if (r !== NORMAL) return r;
          }
          return NORMAL;
        };
      }
      case 'init': {
        const tick = this.tick(s.loc.line);
        const off = s.slot.off;
        const run = this.ex.init(s.init, () => R.fp + off);
        return () => {
          tick();
          run();
          return NORMAL;
        };
      }
    }
  }

  /** A function definition, ready to be called by R.call and registered with the machine. */
  func(def: FuncDef): CompiledFunction {
    const R = this.R;
    const body = this.stmt(def.body);
    const params = def.params.map((p) => {
      const st = this.ex.storer(p.type);
      const off = p.slot.off;
      if (p.type.kind === 'struct') {
        const size = sizeOf(p.type);
        return (fp: number, v: Val) => R.mem.copy(fp + off, v as number, size);
      }
      return (fp: number, v: Val) => st(fp + off, v);
    });
    const fromNative = def.params.map((p) => argFromNative(p.type));
    const ret = def.sym.type.ret;
    const toNative = (v: Val | undefined): CArg | undefined => (ret.kind === 'void' ? undefined : ((v ?? 0) as CArg));
    return { name: def.sym.name, frameSize: def.frameSize, params, fromNative, toNative, body: () => body(), address: def.sym.addr };
  }
}

/** A CArg from native code (a hook the machine calls back) as a value of the parameter's type. */
function argFromNative(t: CType): (a: CArg | undefined) => Val {
  const res = nativeResult(t);
  if (t.kind === 'struct') return (a) => (a === undefined ? 0 : Number(a));
  void converter;
  void T;
  return (a) => res(a);
}
