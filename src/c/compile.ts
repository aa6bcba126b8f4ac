/*
 * The front end as one call: source bytes -> (elisions) -> preprocess -> parse -> check, for a
 * program or a docs fragment. No machine is involved; the result is the typed program plus
 * every diagnostic. Main exports: compileC, CompileResult.
 */
import type { Parser } from 'web-tree-sitter';
import { CompileAbort, DiagnosticSink } from './diagnostics';
import { preprocess } from './preprocess';
import { parseUnit } from './parse';
import { checkUnit } from './check';
import type { Program } from './ir';
import {
  FRAGMENT_FUNCTION, FRAGMENT_POSTLUDE, FRAGMENT_PRELUDE, blankElisions, elisionInsertions, findElisions, type Elision,
} from './fragment';

export interface CompileOptions {
  fileName: string;
  headers: Readonly<Record<string, string>>;
  elisions?: Readonly<Record<string, string>>;
}

export interface CompileResult {
  kind: 'program' | 'fragment';
  program: Program | null;
  diags: DiagnosticSink;
  elisions: Elision[];
}

/** Compiles a byte string (one char per source byte). */
export function compileC(parser: Parser, source: string, options: CompileOptions): CompileResult {
  const elisions = findElisions(source);
  const text = blankElisions(source, elisions);
  const insertions = elisionInsertions(elisions, options.elisions);

  // First as a whole program: does it define main()?
  let diags = new DiagnosticSink();
  let kind: 'program' | 'fragment' = 'program';
  try {
    const pre = preprocess({ fileName: options.fileName, source: text, headers: options.headers, diags, insertions });
    const unit = parseUnit(parser, pre, diags);
    const definesMain = unit?.tree.rootNode.namedChildren.some((n) => n.type === 'function_definition' && declaredName(n) === 'main');
    const hasTopLevelStatements = unit?.tree.rootNode.namedChildren.some((n) => isStatement(n.type));
    if (!definesMain && hasTopLevelStatements) {
      kind = 'fragment';
      unit?.tree.delete();
    } else if (unit && !diags.hasErrors) {
      const { program } = checkUnit(unit, diags);
      const main = program.functions.find((f) => f.name === 'main' && f.def);
      program.entry = main ?? null;
      unit.tree.delete();
      return { kind, program, diags, elisions };
    } else {
      unit?.tree.delete();
      return { kind, program: null, diags, elisions };
    }
  } catch (e) {
    if (!(e instanceof CompileAbort)) throw e;
    if (kind === 'program') return { kind, program: null, diags, elisions };
  }

  // A fragment: the body of PyObject *__pymem_sample(void).
  diags = new DiagnosticSink();
  try {
    const pre = preprocess({
      fileName: options.fileName, source: text, headers: options.headers, diags, insertions,
      prelude: FRAGMENT_PRELUDE, postlude: FRAGMENT_POSTLUDE,
    });
    const unit = parseUnit(parser, pre, diags);
    if (!unit || diags.hasErrors) {
      unit?.tree.delete();
      return { kind, program: null, diags, elisions };
    }
    const { program } = checkUnit(unit, diags);
    program.entry = program.functions.find((f) => f.name === FRAGMENT_FUNCTION && f.def) ?? null;
    unit.tree.delete();
    return { kind, program, diags, elisions };
  } catch (e) {
    if (!(e instanceof CompileAbort)) throw e;
    return { kind, program: null, diags, elisions };
  }
}

function isStatement(type: string): boolean {
  return type.endsWith('_statement') && type !== 'compound_statement' || type === 'compound_statement';
}

function declaredName(fn: import('web-tree-sitter').Node): string | null {
  let d = fn.childForFieldName('declarator');
  while (d && d.type !== 'identifier') {
    if (d.type === 'function_declarator' || d.type === 'pointer_declarator' || d.type === 'parenthesized_declarator') {
      d = d.type === 'parenthesized_declarator' ? d.namedChildren[0] ?? null : d.childForFieldName('declarator');
    } else return null;
  }
  return d ? d.text : null;
}
