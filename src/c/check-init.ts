/*
 * Semantic analysis, part 3: initialisers (C99 6.7.8). Walks a braced list with brace elision
 * and designators (.member = / [index] =), infers the length of `T a[] = {...}` and
 * `char s[] = "..."`, and flattens the result into stores at byte offsets of the object.
 * Static objects' initialisers must be constant (6.7.8p4). Main export: checkInitializer.
 * Left out: GNU range designators ([a ... b] =).
 */
import type { Node } from 'web-tree-sitter';
import type { Checker } from './check';
import type { Expr, Init, InitItem } from './ir';
import { isStaticInitializer } from './const-fold';
import { arrayOf, findMember, isScalar, sizeOf, type CType, type StructType } from './types';

class Cursor {
  i = 0;
  constructor(readonly items: Node[]) {}
  peek(): Node | undefined {
    return this.items[this.i];
  }
  next(): Node | undefined {
    return this.items[this.i++];
  }
  get done(): boolean {
    return this.i >= this.items.length;
  }
}

const listItems = (list: Node): Node[] => list.namedChildren.filter((n) => n.type !== 'comment');

export function checkInitializer(c: Checker, type: CType, node: Node, isStatic = false): Init {
  const items: InitItem[] = [];
  let t = type;
  let zero = false;

  const push = (off: number, ty: CType, e: Expr, at: Node): void => {
    if (isStatic && !isStaticInitializer(e)) c.error(at, 'initializer element is not constant');
    items.push({ off, type: ty, e });
  };

  /** A string literal initialising a char array; returns the array length it needs. */
  const stringInto = (ty: CType, off: number, valueNode: Node): number | null => {
    if (ty.kind !== 'array' || ty.of.kind !== 'int' || ty.of.size !== 1) return null;
    let v = valueNode;
    while (v.type === 'parenthesized_expression' && v.namedChildren.length === 1) v = v.namedChildren[0]!;
    if (v.type !== 'string_literal' && v.type !== 'concatenated_string') return null;
    const e = c.ex.expr(v);
    if (e.k !== 'str') return null;
    const n = e.lit.bytes.length;
    if (ty.length !== null && n - 1 > ty.length) c.warning(valueNode, `initializer-string for array of '${ty.of.ik === 'char' ? 'char' : 'unsigned char'}' is too long`);
    const len = ty.length ?? n;
    zero = true;
    push(off, arrayOf(ty.of, Math.min(len, n)), e, valueNode);
    return len;
  };

  /** One element: a braced list, a string for a char array, or (brace elision) a run of items. */
  const element = (ty: CType, off: number, cur: Cursor): void => {
    const item = cur.peek()!;
    if (item.type === 'initializer_list') {
      cur.next();
      braced(ty, off, item);
      return;
    }
    if (item.type === 'initializer_pair') {
      c.error(item, 'designator in an unexpected place');
      cur.next();
      return;
    }
    if (ty.kind === 'array') {
      if (stringInto(ty, off, item) !== null) {
        cur.next();
        return;
      }
      aggregate(ty, off, cur, false);
      return;
    }
    if (ty.kind === 'struct') {
      const e = c.ex.rvalue(c.ex.expr(item));
      if (e.t.kind === 'struct') {
        cur.next();
        push(off, ty, c.ex.assignConv(e, ty, { kind: 'init' }, item), item);
        return;
      }
      // Brace elision: this item starts the struct's first member.
      aggregate(ty, off, cur, false);
      return;
    }
    cur.next();
    scalar(ty, off, item);
  };

  const scalar = (ty: CType, off: number, item: Node): void => {
    const e = c.ex.rvalue(c.ex.expr(item));
    push(off, ty, c.ex.assignConv(e, ty, { kind: 'init' }, item), item);
  };

  const braced = (ty: CType, off: number, list: Node): number => {
    zero = true;
    const cur = new Cursor(listItems(list));
    if (isScalar(ty)) {
      if (cur.done) {
        c.error(list, 'empty scalar initializer');
        return 0;
      }
      element(ty, off, cur);
      if (!cur.done) c.warning(cur.peek()!, 'excess elements in scalar initializer');
      return 0;
    }
    if (ty.kind === 'array' && cur.items.length === 1) {
      const n = stringInto(ty, off, cur.items[0]!);
      if (n !== null) return n;
    }
    const n = aggregate(ty, off, cur, true);
    if (!cur.done) {
      const what = ty.kind === 'array' ? 'array' : ty.kind === 'struct' && ty.def.union ? 'union' : 'struct';
      c.warning(cur.peek()!, `excess elements in ${what} initializer`);
    }
    return n;
  };

  /** Fills an array or struct from the cursor; returns the number of array elements seen. */
  const aggregate = (ty: CType, off: number, cur: Cursor, explicit: boolean): number => {
    if (ty.kind === 'array') {
      const esize = sizeOf(ty.of);
      let idx = 0;
      let max = 0;
      while (!cur.done) {
        const item = cur.peek()!;
        if (item.type === 'initializer_pair') {
          if (!explicit) break;
          cur.next();
          const ds = item.childrenForFieldName('designator');
          const first = ds[0];
          if (!first || first.type !== 'subscript_designator') {
            c.error(item, first?.type === 'subscript_range_designator' ? 'unsupported: range designators' : 'field name not in record or union initializer');
            continue;
          }
          idx = c.constInt(first.namedChildren[0]!, 'array index in initializer');
          if (idx < 0 || (ty.length !== null && idx >= ty.length)) {
            c.error(first, 'array index in initializer exceeds array bounds');
            continue;
          }
          designated(ty.of, off + idx * esize, ds.slice(1), item.childForFieldName('value')!);
          idx++;
          max = Math.max(max, idx);
          continue;
        }
        if (ty.length !== null && idx >= ty.length) break;
        element(ty.of, off + idx * esize, cur);
        idx++;
        max = Math.max(max, idx);
      }
      return max;
    }
    if (ty.kind === 'struct') {
      const members = ty.def.members ?? [];
      let mi = 0;
      while (!cur.done) {
        const item = cur.peek()!;
        if (item.type === 'initializer_pair') {
          if (!explicit) break;
          cur.next();
          const ds = item.childrenForFieldName('designator');
          const first = ds[0];
          if (!first || first.type !== 'field_designator') {
            c.error(item, 'array index in non-array initializer');
            continue;
          }
          const name = first.namedChildren[0]!.text;
          const m = findMember(ty as StructType, name);
          if (!m) {
            c.error(first, `'${ty.def.union ? 'union' : 'struct'} ${ty.def.tag ?? '<anonymous>'}' has no member named '${name}'`);
            continue;
          }
          designated(m.type, off + m.offset, ds.slice(1), item.childForFieldName('value')!);
          mi = members.findIndex((x) => x.offset === m.offset && x.name === name) + 1 || members.length;
          if (ty.def.union) mi = members.length;
          continue;
        }
        if (mi >= members.length || (ty.def.union && mi >= 1)) break;
        const m = members[mi++]!;
        element(m.type, off + m.offset, cur);
      }
      return 0;
    }
    const item = cur.next()!;
    scalar(ty, off, item);
    return 0;
  };

  const designated = (ty: CType, off: number, rest: Node[], value: Node): void => {
    if (rest.length === 0) {
      if (value.type === 'initializer_list') braced(ty, off, value);
      else {
        const cur = new Cursor([value]);
        element(ty, off, cur);
      }
      return;
    }
    const d = rest[0]!;
    if (d.type === 'field_designator' && ty.kind === 'struct') {
      const m = findMember(ty, d.namedChildren[0]!.text);
      if (!m) {
        c.error(d, `no member named '${d.namedChildren[0]!.text}'`);
        return;
      }
      designated(m.type, off + m.offset, rest.slice(1), value);
    } else if (d.type === 'subscript_designator' && ty.kind === 'array') {
      const idx = c.constInt(d.namedChildren[0]!, 'array index in initializer');
      designated(ty.of, off + idx * sizeOf(ty.of), rest.slice(1), value);
    } else c.error(d, 'unsupported: this designator');
  };

  if (node.type === 'initializer_list') {
    const n = braced(t, 0, node);
    if (t.kind === 'array' && t.length === null) t = arrayOf(t.of, n);
  } else if (t.kind === 'array') {
    const n = stringInto(t, 0, node);
    if (n === null) c.error(node, 'invalid initializer');
    else if (t.length === null) t = arrayOf(t.of, n);
  } else if (t.kind === 'struct') {
    element(t, 0, new Cursor([node]));
  } else {
    scalar(t, 0, node);
  }
  return { type: t, zero, items };
}
