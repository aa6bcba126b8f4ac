/*
 * Speed of compiled C: the loop below, run through runC, in ns per iteration.
 * `for (long i = 0; i < n; i++) { a[i % 16] = (int) i; sum += a[i % 16] & 1; }`
 * Usage: npx tsx bench/c-loop.ts [n]   (default 20 million). Prints JSON lines: this runtime, then
 * bench/build/loop (gcc -O0, built by bench/native/build.sh if missing) and the ratio.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runC } from '../src/c/run';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000_000);
const source = (count: number): string => `#include <stdio.h>
int main(void)
{
    int a[16];
    long sum = 0;
    long n = ${count}L;
    for (long i = 0; i < n; i++) {
        a[i % 16] = (int) i;
        sum += a[i % 16] & 1;
    }
    printf("%ld\\n", sum);
    return 0;
}
`;

async function timeRun(count: number): Promise<number> {
  const t0 = performance.now();
  const r = await runC(source(count), { fileName: 'c-loop.c', snapshot: false, stepLimit: 10 * count + 1000 });
  const t1 = performance.now();
  if (r.stdout.trim() !== String(Math.floor(count / 2))) throw new Error(`wrong result: ${r.stdout} ${r.stderr}`);
  return t1 - t0;
}

// Warm up (parser load, JIT), then subtract a tiny run's fixed cost (compile, machine setup).
await timeRun(100_000);
const base = await timeRun(1);
const ms = await timeRun(n);
const nsPerIter = ((ms - base) * 1e6) / n;
console.log(JSON.stringify({ bench: 'c-loop', iterations: n, ns_per_iter: Number(nsPerIter.toFixed(1)) }));

// bench/build/loop (bench/native/build.sh): the same loop built by gcc -O0.
const native = join(import.meta.dirname, 'build', 'loop');
if (!existsSync(native)) {
  try {
    console.log(execFileSync('bash', [join(import.meta.dirname, 'native', 'build.sh')]).toString().trim());
  } catch (e) {
    console.log(`bench/native/build.sh failed: ${(e as Error).message}`);
  }
}
if (existsSync(native)) {
  const line = JSON.parse(execFileSync(native).toString().trim()) as { ns_per_iter: number; n: number };
  console.log(JSON.stringify({ bench: 'c-loop-gcc', iterations: line.n, ns_per_iter: line.ns_per_iter, ratio: Number((nsPerIter / line.ns_per_iter).toFixed(1)) }));
} else console.log('c-loop: no gcc build (bench/build/loop); skipping the native comparison');

if (process.argv.includes('--gcc')) {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'c-loop-'));
    writeFileSync(join(dir, 'loop.c'), source(n * 10));
    execFileSync('gcc', ['-O0', '-o', join(dir, 'loop'), join(dir, 'loop.c')]);
    const t0 = performance.now();
    execFileSync(join(dir, 'loop'));
    const gccNs = ((performance.now() - t0) * 1e6) / (n * 10);
    console.log(`gcc -O0: ${gccNs.toFixed(2)} ns/iteration; ratio ${(nsPerIter / gccNs).toFixed(1)}x`);
  } catch (e) {
    console.log(`gcc comparison unavailable: ${(e as Error).message}`);
  }
}
