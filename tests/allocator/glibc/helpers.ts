/*
 * Test harness for the glibc model: a fresh process (AddressSpace + Process + GlibcMalloc), and
 * `outcome`, which runs C-like steps the way the runner does: a SegmentationFault becomes SIGSEGV,
 * a ProcessEnd is caught, and stderr is returned as text. `checked` wraps the allocator so the
 * heap invariants are verified after every operation.
 */
import { expect } from 'vitest';
import { AddressSpace, SegmentationFault } from '../../../allocator/address-space';
import { Process, ProcessEnd } from '../../../allocator/process';
import { GLIBC_2_36_X86_64, type GlibcProfile } from '../../../allocator/profile';
import { GlibcMalloc } from '../../../allocator/glibc/glibc-malloc';

export interface Machine {
  space: AddressSpace;
  process: Process;
  g: GlibcMalloc;
}

export function fresh(profile: GlibcProfile = GLIBC_2_36_X86_64): Machine {
  const space = new AddressSpace();
  const process = new Process();
  return { space, process, g: new GlibcMalloc(space, process, profile) };
}

export interface Outcome {
  end: ProcessEnd | null;
  stderr: string;
}

/** Runs steps like the C runner: faults become SIGSEGV, the process end is caught. */
export function outcome(m: Machine, steps: (g: GlibcMalloc) => void): Outcome {
  let end: ProcessEnd | null = null;
  try {
    try {
      steps(m.g);
    } catch (e) {
      if (e instanceof SegmentationFault) m.process.kill('SIGSEGV', null, e.message);
      throw e;
    }
  } catch (e) {
    if (!(e instanceof ProcessEnd)) throw e;
    end = e;
  }
  return { end, stderr: new TextDecoder('latin1').decode(m.process.stderrBytes()) };
}

/** Asserts an abort with exactly glibc's message (134, SIGABRT). */
export function expectAbort(o: Outcome, message: string): void {
  expect(o.stderr).toBe(`${message}\n`);
  expect(o.end).not.toBeNull();
  expect(o.end!.status).toBe(134);
  expect(o.end!.signal).toBe('SIGABRT');
  expect(o.end!.evidence).not.toBeNull();
  expect(o.end!.evidence!.conclusion.length).toBeGreaterThan(20);
}

/** Asserts a silent SIGSEGV (139). */
export function expectSegv(o: Outcome): void {
  expect(o.stderr).toBe('');
  expect(o.end).not.toBeNull();
  expect(o.end!.status).toBe(139);
  expect(o.end!.signal).toBe('SIGSEGV');
}

/** The invariant checker, run after an operation. */
export function sound(g: GlibcMalloc): void {
  expect(g.check()).toEqual([]);
}

export const HEAP_START = 0x5555_5555_9000;
