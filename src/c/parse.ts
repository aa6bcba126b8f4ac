/*
 * Phase 2 of the front end: preprocessed text -> tree-sitter-c syntax tree, with tree-sitter's
 * ERROR and MISSING nodes turned into gcc-style syntax errors at the user's file:line:col.
 * Main exports: parseUnit, ParsedUnit, nodeLoc.
 * The tree is the compiler's syntax tree; check.ts reads it directly (no second AST).
 */
import type { Node, Parser, Tree } from 'web-tree-sitter';
import type { DiagnosticSink, Loc } from './diagnostics';
import type { PreprocessResult, SourceMap } from './preprocess';

export interface ParsedUnit {
  tree: Tree;
  text: string;
  map: SourceMap;
}

export function nodeLoc(map: SourceMap, node: Node): Loc {
  return map.locAt(node.startIndex);
}

/** The token that starts at or after `index` in the preprocessed text, for messages. */
function tokenAt(text: string, index: number): string | null {
  const m = /^\s*([A-Za-z_$][A-Za-z0-9_$]*|[0-9][A-Za-z0-9_.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-&^|]=|\S)/.exec(text.slice(index, index + 200));
  return m ? m[1]! : null;
}

function describeToken(tok: string | null): string {
  if (tok === null) return 'end of input';
  return /^[A-Za-z_$]/.test(tok) || /^["'0-9]/.test(tok) ? `'${tok}'` : `'${tok}' token`;
}

export function parseUnit(parser: Parser, pre: PreprocessResult, diags: DiagnosticSink): ParsedUnit | null {
  const tree = parser.parse(pre.text);
  if (!tree) {
    diags.error(null, 'the C parser failed on this input');
    return null;
  }
  const unit: ParsedUnit = { tree, text: pre.text, map: pre.map };
  if (tree.rootNode.hasError) reportSyntaxErrors(unit, tree.rootNode, diags);
  return unit;
}

function reportSyntaxErrors(unit: ParsedUnit, node: Node, diags: DiagnosticSink): void {
  if (node.isMissing) {
    const next = tokenAt(unit.text, node.startIndex);
    const what = /^[A-Za-z_]/.test(node.type) ? node.type.replace(/_/g, ' ') : `'${node.type}'`;
    diags.error(nodeLoc(unit.map, node), next === null ? `expected ${what} at end of input` : `expected ${what} before ${describeToken(next)}`);
    return;
  }
  if (node.type === 'ERROR') {
    const first = tokenAt(unit.text, node.startIndex);
    const at = nodeLoc(unit.map, node);
    // An error running to the end of the input is almost always an unclosed brace.
    if (unit.text.slice(node.endIndex).trim() === '' && /\{/.test(node.text) && countChar(node.text, '{') > countChar(node.text, '}')) {
      diags.error(unit.map.locAt(Math.max(0, node.endIndex - 1)), 'expected declaration or statement at end of input');
      return;
    }
    if (first === null) diags.error(at, 'expected declaration or statement at end of input');
    else diags.error(at, `syntax error near ${describeToken(first).replace(/ token$/, '')}`);
    return;
  }
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) reportSyntaxErrors(unit, child, diags);
  }
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
