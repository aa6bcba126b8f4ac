/*
 * Loads the C parser: web-tree-sitter's runtime wasm plus tree-sitter-c's grammar wasm.
 * The two wasm locations are injected (Node resolves them with createRequire, the browser
 * imports them with Vite's ?url), so this file runs unchanged in both.
 * Main exports: loadParser, ParserWasm, defaultParserWasm.
 */
import { Language, Parser } from 'web-tree-sitter';

export interface ParserWasm {
  /** web-tree-sitter's own runtime (web-tree-sitter.wasm). */
  treeSitter: string;
  /** The C grammar (tree-sitter-c.wasm). */
  language: string;
}

let loading: Promise<Parser> | null = null;
let loadedWith = '';

/** A parser for C; loaded once per process (later calls with other locations reuse it). */
export function loadParser(wasm: ParserWasm): Promise<Parser> {
  if (loading && loadedWith !== '') return loading;
  loadedWith = wasm.treeSitter + '|' + wasm.language;
  loading = (async () => {
    // In a browser, the grammar's fetch goes out alongside the runtime's, not after it.
    const grammar = typeof location !== 'undefined' && typeof fetch === 'function'
      ? fetch(new URL(wasm.language, location.href)).then(async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : wasm.language), () => wasm.language)
      : Promise.resolve(wasm.language);
    await Parser.init({ locateFile: () => wasm.treeSitter });
    const parser = new Parser();
    parser.setLanguage(await Language.load(await grammar));
    return parser;
  })();
  loading.catch(() => {
    loading = null;
    loadedWith = '';
  });
  return loading;
}

/** The wasm locations for this environment: Node (createRequire) or a Vite-bundled browser. */
export async function defaultParserWasm(): Promise<ParserWasm> {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string' && typeof window === 'undefined' && typeof (globalThis as { importScripts?: unknown }).importScripts === 'undefined';
  if (isNode) {
    // Hidden from the bundler: the Node locator uses createRequire, which a browser bundle lacks.
    const nodeLocator = './parser-wasm-node';
    return ((await import(/* @vite-ignore */ nodeLocator)) as typeof import('./parser-wasm-node')).PARSER_WASM;
  }
  return (await import('./parser-wasm-browser')).PARSER_WASM;
}
