/*
 * The `pymem` command line: runs a C file (a whole program or a docs fragment) against the
 * simulated machine, as `gcc -O0 file.c && PYTHONMALLOC=mode ./a.out </dev/null` would.
 * Main export: main(argv) -> exit code. Without --json it writes the program's own output bytes
 * to its stdout/stderr, in order, and exits with the program's status (134 abort, 139 SIGSEGV,
 * ...); compile errors go to stderr with status 1, like gcc failing; its own usage errors exit 2.
 */
import { readFileSync } from 'node:fs';
import { MODES } from '../runner/protocol';
import type { RunCOptions } from '../c/run';
import { runCWithBigStack } from './big-stack';

const USAGE = `usage: pymem run FILE.c [options]
  FILE.c may be - to read the source from stdin.
options:
  --pythonmalloc MODE   ${MODES.join('|')} (default: PYTHONMALLOC unset)
  --python VERSION      CPython version profile (default 3.11)
  --json                print one JSON object with the outcome instead of the output
  --step-limit N        stop after N statements/iterations (default 200000000)
  --memory-cap BYTES    stop when the process maps more than this
  --elision KEY=CODE    code for an elided line (\`...\`), by its text or index (repeatable)
`;

class UsageError extends Error {}

interface Args {
  file: string;
  json: boolean;
  options: RunCOptions;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] !== 'run') throw new UsageError(`unknown command '${argv[0]}' (expected: run)`);
  let file: string | null = null;
  let json = false;
  const options: RunCOptions = { snapshot: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = (): string => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case '--json': json = true; break;
      case '--pythonmalloc': {
        const m = take();
        if (!(MODES as readonly string[]).includes(m)) throw new UsageError(`bad --pythonmalloc mode '${m}' (expected one of: ${MODES.join(', ')})`);
        options.pythonmalloc = m === 'default' ? null : m;
        break;
      }
      case '--python': {
        const v = take();
        if (v !== '3.11' && v !== 'cpython-3.11') throw new UsageError(`unsupported --python version '${v}' (available: 3.11)`);
        options.profile = v;
        break;
      }
      case '--step-limit': {
        const n = Number(take());
        if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError('--step-limit needs a positive integer');
        options.stepLimit = n;
        break;
      }
      case '--memory-cap': {
        const n = Number(take());
        if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError('--memory-cap needs a positive integer (bytes)');
        options.memoryCap = n;
        break;
      }
      case '--elision': {
        const kv = take();
        const eq = kv.indexOf('=');
        if (eq < 0) throw new UsageError('--elision needs KEY=CODE');
        (options.elisions ??= {})[kv.slice(0, eq)] = kv.slice(eq + 1);
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        if (file !== null) throw new UsageError(`more than one file given ('${file}', '${a}')`);
        file = a;
    }
  }
  if (file === null) throw new UsageError('no C file given');
  return { file, json, options };
}

function readSource(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file === '-' ? 0 : file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: No such file or directory` : code === 'EISDIR' ? `${file}: is a directory` : `${file}: ${(e as Error).message}`);
  }
}

function write(fd: 1 | 2, data: Uint8Array | string): Promise<void> {
  const stream = fd === 1 ? process.stdout : process.stderr;
  return new Promise((resolve) => {
    if (!stream.write(data)) stream.once('drain', resolve);
    else resolve();
  });
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  let source: Uint8Array;
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      await write(1, USAGE);
      return 0;
    }
    source = readSource(args.file);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await write(2, `pymem: ${e.message}\n${e.message.includes('No such file') ? '' : USAGE}`);
    return 2;
  }
  const fileName = args.file === '-' ? '<stdin>' : args.file.replace(/^.*[\\/]/, '');
  // A worker with a big JS stack, so deep C recursion meets the simulated stack's limit first.
  let r;
  try {
    r = await runCWithBigStack(source, { ...args.options, fileName, rawOutput: !args.json, events: args.json });
  } catch (e) {
    // A bug in pymem itself, not in the C program: say so, with the JS stack (EX_SOFTWARE).
    await write(2, `pymem: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
  if (args.json) {
    const out: Record<string, unknown> = {
      exitStatus: r.exitStatus, signal: r.signal, stdout: r.stdout, stderr: r.stderr,
      result: r.result ?? null, diagnostics: r.diagnostics, compileFailed: r.compileFailed,
    };
    if (r.limit) out.limit = r.limit;
    if (r.evidence) out.evidence = r.evidence;
    if (r.findings && r.findings.length > 0) out.findings = r.findings;
    await write(1, JSON.stringify(out) + '\n');
    return 0;
  }
  if (r.compileFailed) {
    await write(2, r.stderr);
    return 1;
  }
  for (const chunk of r.outputBytes ?? []) await write(chunk.fd, chunk.bytes);
  return r.exitStatus;
}
