/*
 * A cache, not a model: replaying Py_Initialize's recorded 124,922 allocations costs 25-400 ms
 * (mode and JIT warmth), and on a process whose allocators are still untouched it leaves the same bytes
 * and the same allocator state. So it is computed once per (profile, PYTHONMALLOC) on a private
 * template machine and copied into each new process at its Py_Initialize. Main export:
 * warmStartPyInitialize. A process that allocated before Py_Initialize replays in full instead.
 * The copy walks the template's allocator objects and the machine's in parallel (same
 * constructor, same shape), copying data and keeping the target's own closures and identities.
 */

import type { Machine, MachineOptions } from './machine';

type Obj = Record<string, unknown>;

/** Top-level Machine fields that belong to the process or the runner, never copied. */
const NOT_COPIED = new Set(['space', 'process', 'functions', 'events', 'currentLine', 'recordEvents', 'beforeExit', 'seq', 'live', 'profile']);

interface Template {
  machine: Machine;
  /** Where each object of the template sat in the pristine machine, as a path of keys from the root. */
  paths: Map<object, PathStep[]>;
}
type PathStep = string | { mapKey: unknown };

const templates = new Map<string, Template | 'unusable'>();

/**
 * Gives `machine` the state a full Py_Initialize would leave, from the cache when the machine is
 * pristine. Returns false when the caller must run the real Py_Initialize (not pristine, or no
 * template can be made for this configuration, e.g. an unknown PYTHONMALLOC).
 */
export function warmStartPyInitialize(machine: Machine, make: (o: MachineOptions) => Machine, options: MachineOptions): boolean {
  if (!machine.allocatorsPristine()) return false;
  const key = `${machine.profile.id}\u0000${machine.pythonmalloc ?? ''}\u0000${options.memoryCap ?? ''}`;
  let template = templates.get(key);
  if (template === undefined) {
    try {
      const t = make({ ...options, warmStart: false });
      t.recordEvents = false;
      // Objects are matched by where they sat when both machines were pristine (same constructor,
      // same shape); matching them by where they sit afterwards would confuse aliases, such as a
      // domain table that now points at the debug hook's table instead of the default one.
      const paths = pristinePaths(t);
      t.lifecycle.Py_Initialize();
      template = { machine: t, paths };
    } catch {
      template = 'unusable';
    }
    templates.set(key, template);
  }
  if (template === 'unusable') return false;
  copyMachineState(template, machine);
  return true;
}

function seeded(from: Machine, to: Machine): Map<object, unknown> {
  const seen = new Map<object, unknown>();
  seen.set(from.process, to.process);
  seen.set(from.space, to.space);
  seen.set(from.functions, to.functions);
  seen.set(from.profile, to.profile);
  for (const name of from.functions.names()) {
    const a = from.functions.get(name);
    const b = to.functions.get(name);
    if (a && b) seen.set(a, b);
  }
  return seen;
}

function pristinePaths(m: Machine): Map<object, PathStep[]> {
  const paths = new Map<object, PathStep[]>();
  const skip = new Set<object>([m.process, m.space, m.functions, m.profile]);
  const visit = (v: unknown, path: PathStep[]): void => {
    if (typeof v === 'function') {
      if (!paths.has(v)) paths.set(v, path);
      return;
    }
    if (v === null || typeof v !== 'object' || skip.has(v) || paths.has(v) || ArrayBuffer.isView(v)) return;
    paths.set(v, path);
    if (v instanceof Map) for (const [k, x] of v) visit(x, [...path, { mapKey: k }]);
    else if (v instanceof Set) return;
    else for (const k of Object.keys(v)) visit((v as Obj)[k], [...path, k]);
  };
  const root = m as unknown as Obj;
  for (const k of Object.keys(root)) if (!NOT_COPIED.has(k)) visit(root[k], [k]);
  return paths;
}

function resolve(root: unknown, path: PathStep[]): unknown {
  let at: unknown = root;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = typeof step === 'string' ? (at as Obj)[step] : at instanceof Map ? at.get(step.mapKey) : undefined;
  }
  return at;
}

/** Copies the allocator state of the template into `to` (a pristine machine built the same way). */
function copyMachineState(template: Template, to: Machine): void {
  const from = template.machine;
  const seen = seeded(from, to);
  // Resolve every counterpart before anything in `to` changes: the copy reassigns fields that
  // later paths would otherwise walk through.
  const counterparts = new Map<object, unknown>();
  for (const [obj, path] of template.paths) counterparts.set(obj, resolve(to, path));
  const counterpart = (v: object): unknown => counterparts.get(v);
  to.space.adoptPagesFrom(from.space);
  const src = from as unknown as Obj;
  const dst = to as unknown as Obj;
  for (const key of Object.keys(src)) {
    if (NOT_COPIED.has(key)) continue;
    dst[key] = cloneInto(src[key], seen, counterpart);
  }
}

function cloneInto(value: unknown, seen: Map<object, unknown>, counterpart: (v: object) => unknown): unknown {
  if (typeof value === 'function') {
    const mine = counterpart(value);
    if (typeof mine !== 'function') throw new Error('warm start: a closure exists only in the template');
    return mine;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (ArrayBuffer.isView(value)) {
    const copy = (value as unknown as Uint8Array).slice();
    seen.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(k, cloneInto(v, seen, counterpart));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(cloneInto(v, seen, counterpart));
    return out;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = cloneInto(value[i], seen, counterpart);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  const mine = counterpart(value);
  const target = (mine !== null && typeof mine === 'object' && Object.getPrototypeOf(mine) === proto ? mine : Object.create(proto)) as Obj;
  seen.set(value, target);
  const src = value as Obj;
  for (const key of Object.keys(src)) target[key] = cloneInto(src[key], seen, counterpart);
  return target;
}
