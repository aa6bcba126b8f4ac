/*
 * The allocation trace (bench/allocation-trace.ts) through the model in Node. Prints one JSON line
 * per allocator: {"bench":"trace-model","allocator":...}; on a busy machine cpu_ns_per_step
 * (process CPU time, GC threads included) is the steadier figure.
 * Usage: tsx bench/allocator-trace.ts [steps] [pymalloc|pymalloc-js|malloc|none] (default: pymalloc,
 * malloc). pymalloc-js: with pymalloc's WebAssembly fast paths off (its JavaScript paths only).
 * `none` runs the loop with no allocator (slots get a fake pointer): the harness's own cost.
 */
import { runTrace, type TraceKind } from './allocation-trace';

const STEPS = Number(process.argv[2] ?? 10_000_000);
const ARG_KIND = process.argv[3];
const KINDS: readonly TraceKind[] = ARG_KIND === 'pymalloc' || ARG_KIND === 'pymalloc-js' || ARG_KIND === 'malloc' || ARG_KIND === 'none' ? [ARG_KIND] : ['pymalloc', 'malloc'];
const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (const kind of KINDS) {
  const r = runTrace(kind, STEPS, cpuMicros);
  console.log(JSON.stringify({ bench: 'trace-model', allocator: kind, steps: STEPS, ns_per_step: Number(r.nsPerStep.toFixed(1)), cpu_ns_per_step: Number(r.cpuNsPerStep.toFixed(1)), runs: r.runs, checksum: r.checksum }));
}
