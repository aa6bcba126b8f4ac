/*
 * What a fragment's `return res;` shows: the returned PyObject * as Python's repr() would print
 * it, read back from simulated memory (a bytes object is its ob_size bytes at ob_sval, +32), or
 * the pending exception's type name (`MemoryError`) when NULL came back with an error set, or
 * `NULL` without one. Main export: fragmentResult.
 * SIMPLIFIED: types other than bytes and None show as `<TYPE object at 0x...>`.
 */
import type { Machine } from '../../allocator/machine';

const OB_TYPE = 8;
const OB_SIZE = 16;
const OB_SVAL = 32;
const TP_NAME = 24;

export function fragmentResult(machine: Machine, value: number): string {
  const space = machine.space;
  const cstr = (p: number): string => String.fromCharCode(...space.readCString(p, 200));
  if (value === 0) {
    const occurred = machine.functions.get('PyErr_Occurred')?.call([]);
    const tp = typeof occurred === 'bigint' ? Number(occurred) : occurred ?? 0;
    if (!tp) return 'NULL';
    try {
      return cstr(space.readWord(tp + TP_NAME));
    } catch {
      return 'NULL (with an exception set)';
    }
  }
  try {
    if (value === machine.symbol('_Py_NoneStruct')) return 'None';
    const type = space.readWord(value + OB_TYPE);
    if (type === machine.symbol('PyBytes_Type')) {
      const n = space.readWord(value + OB_SIZE);
      return bytesRepr(space.readBytes(value + OB_SVAL, Math.min(n, 1 << 20)));
    }
    return `<${cstr(space.readWord(type + TP_NAME))} object at 0x${value.toString(16)}>`;
  } catch {
    return `<object at 0x${value.toString(16)}>`;
  }
}

/** Python's bytes.__repr__: b'...' (or b"..." when it holds ' but not "). */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let s = 'b' + quote;
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === quote.charCodeAt(0)) s += '\\' + quote;
    else if (c === 9) s += '\\t';
    else if (c === 10) s += '\\n';
    else if (c === 13) s += '\\r';
    else if (c < 32 || c >= 127) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + quote;
}
