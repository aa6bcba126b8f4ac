// Turns trace.c's output into allocator/c-api/py-initialize-warmup.ts (see record.sh).
// Encoding (one space-separated token per event, numbers base 36, ids implicit: the n-th
// allocation event creates block n; a block is referenced by delta = nextId - id):
//   M<size> | C<nmemb>,<size> | R<delta|->,<size> | F<delta>      glibc malloc/calloc/realloc/free
//   m<D><size> | c<D><nmemb>,<size> | r<D><delta|->,<size> | f<D><delta>   domain D in r/m/o
// then '|' and the last words: W<id>:b<id>+<off> | W<id>:l<off> | W<id>:v<value>
import { readFileSync, writeFileSync } from 'node:fs';

const [, , input, output, prefix] = process.argv;
const lines = readFileSync(input, 'utf8').trim().split('\n');
const b36 = (n) => BigInt(n).toString(36);
const ev = [];
const words = [];
let nextId = 1;
for (const line of lines) {
  const f = line.split(' ');
  const op = f[0];
  const ref = (id) => (id === '0' ? '-' : b36(nextId - Number(id)));
  switch (op) {
    case 'M': ev.push('M' + b36(f[2])); nextId++; break;
    case 'C': ev.push('C' + b36(f[2]) + ',' + b36(f[3])); nextId++; break;
    case 'R': ev.push('R' + ref(f[2]) + ',' + b36(f[3])); nextId++; break;
    case 'F': ev.push('F' + ref(f[1])); break;
    case 'm': ev.push('m' + f[1] + b36(f[3])); nextId++; break;
    case 'c': ev.push('c' + f[1] + b36(f[3]) + ',' + b36(f[4])); nextId++; break;
    case 'r': ev.push('r' + f[1] + ref(f[3]) + ',' + b36(f[4])); nextId++; break;
    case 'f': ev.push('f' + f[1] + ref(f[2])); break;
    case 'W': {
      const kind = f[2];
      const v = kind === 'b' ? f[3].split('+').map(b36).join('+') : b36(f[3]);
      words.push('W' + b36(f[1]) + ':' + kind + v);
      break;
    }
    default: throw new Error('bad line ' + line);
  }
}
const data = ev.join(' ') + ' | ' + words.join(' ');
const chunks = data.match(/.{1,120}(\s|$)/g) ?? [data];
const text = `/*
 * The allocator calls real CPython 3.11.7 Py_Initialize() made on Debian 12 / glibc 2.36 x86-64
 * (ASLR off, PYTHONHASHSEED=0, PYTHONMALLOC unset, prefix ${prefix}), as recorded by
 * scripts/py-initialize-warmup/record.sh (trace.c interposes malloc & co and wraps the three
 * PyMem domains). Main export: PY_INITIALIZE_WARMUP, decoded by c-api/warmup.ts.
 * ${ev.length} calls; ${words.length} last words of pymalloc blocks. GENERATED - do not edit.
 * Encoding: see scripts/py-initialize-warmup/gen.mjs.
 */
export const PY_INITIALIZE_WARMUP_EVENTS = ${ev.length};
export const PY_INITIALIZE_WARMUP =
${chunks.map((c) => '  ' + JSON.stringify(c.trimEnd() + (c.endsWith(' ') ? ' ' : ''))).join(' +\n')};
`;
writeFileSync(output, text);
console.error(`wrote ${output}: ${ev.length} events, ${words.length} words, ${data.length} chars`);
