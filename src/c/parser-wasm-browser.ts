/*
 * Where the parser's two wasm files are in the browser: Vite copies them into the build and
 * these ?url imports give their addresses. Main export: PARSER_WASM. Only imported in a browser
 * or worker (parser-loader.ts decides); Node cannot resolve ?url imports.
 */
import treeSitterWasmUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import cWasmUrl from 'tree-sitter-c/tree-sitter-c.wasm?url';
import type { ParserWasm } from './parser-loader';

export const PARSER_WASM: ParserWasm = { treeSitter: treeSitterWasmUrl, language: cWasmUrl };
