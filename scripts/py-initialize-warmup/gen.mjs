// Turns trace.c's output into allocator/c-api/py-initialize-warmup.ts (see record.sh).
// Encoding: one byte stream, base64 in the generated file (a string literal V8 parses in
// microseconds, unlike ~125k tokens to split and parseInt). Numbers are unsigned LEB128 varints.
// Ids are implicit: the n-th allocation event creates block n; a block is referenced by
// delta = nextId - id (>= 1), and delta 0 is a NULL pointer (realloc(NULL, n)).
// Events (PY_INITIALIZE_WARMUP_EVENTS of them), each an op byte = call + 4 * target, then args:
//   call   0 malloc <size> | 1 calloc <nmemb> <size> | 2 realloc <delta> <size> | 3 free <delta>
//   target 0 glibc (malloc & co) | 1 PyMem_Raw* | 2 PyMem_* | 3 PyObject_*
// then the last words of pymalloc blocks (PY_INITIALIZE_WARMUP_WORDS of them), each
//   <id> <kind> ...: kind 0 <target id> <offset> (pointer into a traced block)
//                    kind 1 <offset>             (pointer into libpython's data)
//                    kind 2 <low> <high>         (anything else: its low and high 32 bits)
import { readFileSync, writeFileSync } from 'node:fs';

const [, , input, output, prefix] = process.argv;
const lines = readFileSync(input, 'utf8').trim().split('\n');
const bytes = [];
const varint = (v) => {
  let n = BigInt(v);
  if (n < 0n) throw new Error('negative ' + v);
  do {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    bytes.push(n ? b | 0x80 : b);
  } while (n);
};
const TARGET = { r: 1, m: 2, o: 3 };
const words = [];
let events = 0;
let nextId = 1;
const ref = (id) => (id === '0' ? 0 : nextId - Number(id));
const op = (call, target, ...args) => {
  if (target === undefined) throw new Error('bad domain');
  bytes.push(call + 4 * target);
  for (const a of args) varint(a);
  events++;
};
for (const line of lines) {
  const f = line.split(' ');
  switch (f[0]) {
    case 'M': op(0, 0, f[2]); nextId++; break;
    case 'C': op(1, 0, f[2], f[3]); nextId++; break;
    case 'R': op(2, 0, ref(f[2]), f[3]); nextId++; break;
    case 'F': op(3, 0, ref(f[1])); break;
    case 'm': op(0, TARGET[f[1]], f[3]); nextId++; break;
    case 'c': op(1, TARGET[f[1]], f[3], f[4]); nextId++; break;
    case 'r': op(2, TARGET[f[1]], ref(f[3]), f[4]); nextId++; break;
    case 'f': op(3, TARGET[f[1]], ref(f[2])); break;
    case 'W': words.push(f); break;
    default: throw new Error('bad line ' + line);
  }
}
for (const f of words) {
  varint(f[1]);
  if (f[2] === 'b') {
    const [tid, off] = f[3].split('+');
    bytes.push(0);
    varint(tid);
    varint(off);
  } else if (f[2] === 'l') {
    bytes.push(1);
    varint(f[3]);
  } else {
    const v = BigInt(f[3]);
    bytes.push(2);
    varint(v & 0xffffffffn);
    varint(v >> 32n);
  }
}
const base64 = Buffer.from(bytes).toString('base64');
const chunks = base64.match(/.{1,120}/g) ?? [];
const text = `/*
 * The allocator calls real CPython 3.11.7 Py_Initialize() made on Debian 12 / glibc 2.36 x86-64
 * (ASLR off, PYTHONHASHSEED=0, PYTHONMALLOC unset, prefix ${prefix}), as recorded by
 * scripts/py-initialize-warmup/record.sh (trace.c interposes malloc & co and wraps the three
 * PyMem domains). Main export: PY_INITIALIZE_WARMUP, decoded by c-api/warmup.ts.
 * ${events} calls; ${words.length} last words of pymalloc blocks. GENERATED - do not edit.
 * Encoding (base64 of a byte stream; line breaks are not data): see scripts/py-initialize-warmup/gen.mjs.
 */
export const PY_INITIALIZE_WARMUP_EVENTS = ${events};
export const PY_INITIALIZE_WARMUP_WORDS = ${words.length};
export const PY_INITIALIZE_WARMUP = \`
${chunks.join('\n')}
\`;
`;
writeFileSync(output, text);
console.error(`wrote ${output}: ${events} events, ${words.length} words, ${bytes.length} bytes`);
