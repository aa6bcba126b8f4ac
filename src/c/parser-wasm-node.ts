/*
 * Where the parser's two wasm files are in Node: resolved from node_modules with createRequire.
 * Main export: PARSER_WASM. Only parser-loader.ts imports this, and only when running in Node.
 */
import { createRequire } from 'node:module';
import type { ParserWasm } from './parser-loader';

const require = createRequire(import.meta.url);

export const PARSER_WASM: ParserWasm = {
  treeSitter: require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  language: require.resolve('tree-sitter-c/tree-sitter-c.wasm'),
};
