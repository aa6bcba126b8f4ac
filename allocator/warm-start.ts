/*
 * A cache, not a model: replaying Py_Initialize's recorded 124,922 allocations costs about half a
 * second, and on a process whose allocators are still untouched it always leaves the same bytes
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

const templates = new Map<string, Machine | 'unusable'>();

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
      t.lifecycle.Py_Initialize();
      template = t;
    } catch {
      template = 'unusable';
    }
    templates.set(key, template);
  }
  if (template === 'unusable') return false;
  copyMachineState(template, machine);
  return true;
}

/** Copies the allocator state of `from` into `to` (both built by the same constructor). */
export function copyMachineState(from: Machine, to: Machine): void {
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
  to.space.adoptPagesFrom(from.space);
  const src = from as unknown as Obj;
  const dst = to as unknown as Obj;
  for (const key of Object.keys(src)) {
    if (NOT_COPIED.has(key)) continue;
    dst[key] = cloneInto(src[key], dst[key], seen);
  }
}

function cloneInto(value: unknown, existing: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'function') {
    if (typeof existing !== 'function') throw new Error('warm start: a closure exists only in the template');
    return existing;
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
    const old = existing instanceof Map ? existing : undefined;
    for (const [k, v] of value) out.set(k, cloneInto(v, old?.get(k), seen));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(cloneInto(v, undefined, seen));
    return out;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    const old = Array.isArray(existing) ? existing : [];
    for (let i = 0; i < value.length; i++) out[i] = cloneInto(value[i], old[i], seen);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  const target = (existing !== null && typeof existing === 'object' && Object.getPrototypeOf(existing) === proto ? existing : Object.create(proto)) as Obj;
  seen.set(value, target);
  const src = value as Obj;
  for (const key of Object.keys(src)) target[key] = cloneInto(src[key], target[key], seen);
  return target;
}
