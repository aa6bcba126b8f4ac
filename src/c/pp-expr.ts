/*
 * The constant expression of #if / #elif (C99 6.10.1), evaluated in intmax_t / uintmax_t
 * (64-bit) after `defined` has been resolved and macros expanded; identifiers left over are 0.
 * Main export: evalPPExpr. Grammar: C's conditional-expression over integer constants.
 * Left out: nothing the C library's headers use; floating constants are an error, as in gcc.
 */
import type { DiagnosticSink, Loc } from './diagnostics';
import type { PPToken } from './pp-lex';
import { parseIntegerLiteral, parseCharLiteral } from './literals';

interface PPValue {
  v: bigint;
  unsigned: boolean;
}

class PPExprError extends Error {}

const BINARY_PREC: Record<string, number> = {
  '*': 10, '/': 10, '%': 10,
  '+': 9, '-': 9,
  '<<': 8, '>>': 8,
  '<': 7, '>': 7, '<=': 7, '>=': 7,
  '==': 6, '!=': 6,
  '&': 5, '^': 4, '|': 3, '&&': 2, '||': 1,
};

/** Evaluates the tokens of an #if line; reports and returns false on a malformed expression. */
export function evalPPExpr(tokens: PPToken[], at: Loc, diags: DiagnosticSink): boolean {
  let pos = 0;
  const peek = (): PPToken | undefined => tokens[pos];
  const fail = (msg: string): never => {
    throw new PPExprError(msg);
  };
  const norm = (v: bigint, unsigned: boolean): PPValue => ({
    v: unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v),
    unsigned,
  });

  // primary: integer-constant | character-constant | identifier (0) | ( expression ) | unary-op primary
  function unary(): PPValue {
    const t = tokens[pos++];
    if (!t) return fail('#if with no expression');
    if (t.kind === 'punct') {
      if (t.text === '(') {
        const v = conditional();
        if (peek()?.text !== ')') fail("missing ')' in expression");
        pos++;
        return v;
      }
      if (t.text === '-') { const a = unary(); return norm(-a.v, a.unsigned); }
      if (t.text === '+') return unary();
      if (t.text === '~') { const a = unary(); return norm(~a.v, a.unsigned); }
      if (t.text === '!') { const a = unary(); return { v: a.v === 0n ? 1n : 0n, unsigned: false }; }
    }
    if (t.kind === 'num') {
      const lit = parseIntegerLiteral(t.text);
      if (!lit) return fail(/[.eEpP]/.test(t.text) && !/^0[xX]/.test(t.text) ? 'floating constant in preprocessor expression' : `invalid integer constant "${t.text}" in #if`);
      return norm(lit.value, lit.unsigned);
    }
    if (t.kind === 'chr') {
      const c = parseCharLiteral(t.text);
      return { v: BigInt(c ?? 0), unsigned: false };
    }
    if (t.kind === 'id') return { v: 0n, unsigned: false };
    return fail(`token "${t.text}" is not valid in preprocessor expressions`);
  }

  function binary(minPrec: number): PPValue {
    let left = unary();
    for (;;) {
      const op = peek();
      const prec = op && op.kind === 'punct' ? BINARY_PREC[op.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      pos++;
      if (op!.text === '&&' || op!.text === '||') {
        const right = binary(prec + 1);
        const l = left.v !== 0n;
        const r = right.v !== 0n;
        left = { v: (op!.text === '&&' ? l && r : l || r) ? 1n : 0n, unsigned: false };
        continue;
      }
      const right = binary(prec + 1);
      const u = left.unsigned || right.unsigned;
      const a = u ? BigInt.asUintN(64, left.v) : left.v;
      const b = u ? BigInt.asUintN(64, right.v) : right.v;
      let r: bigint;
      switch (op!.text) {
        case '*': r = a * b; break;
        case '/': if (b === 0n) fail('division by zero in #if'); r = a / b; break;
        case '%': if (b === 0n) fail('division by zero in #if'); r = a % b; break;
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '<<': r = a << (b & 63n); left = norm(r, left.unsigned); continue;
        case '>>': r = a >> (b & 63n); left = norm(r, left.unsigned); continue;
        case '<': left = { v: a < b ? 1n : 0n, unsigned: false }; continue;
        case '>': left = { v: a > b ? 1n : 0n, unsigned: false }; continue;
        case '<=': left = { v: a <= b ? 1n : 0n, unsigned: false }; continue;
        case '>=': left = { v: a >= b ? 1n : 0n, unsigned: false }; continue;
        case '==': left = { v: a === b ? 1n : 0n, unsigned: false }; continue;
        case '!=': left = { v: a !== b ? 1n : 0n, unsigned: false }; continue;
        case '&': r = a & b; break;
        case '^': r = a ^ b; break;
        default: r = a | b; break;
      }
      left = norm(r, u);
    }
  }

  // conditional-expression: logical-OR-expression ( ? expression : conditional-expression )?
  function conditional(): PPValue {
    const c = binary(1);
    if (peek()?.text !== '?') return c;
    pos++;
    const a = conditional();
    if (peek()?.text !== ':') fail("expected ':' in conditional expression");
    pos++;
    const b = conditional();
    return c.v !== 0n ? a : b;
  }

  try {
    if (tokens.length === 0) fail('#if with no expression');
    const v = conditional();
    if (pos < tokens.length) fail(`missing binary operator before token "${tokens[pos]!.text}"`);
    return v.v !== 0n;
  } catch (e) {
    if (!(e instanceof PPExprError)) throw e;
    diags.error(at, e.message);
    return false;
  }
}
