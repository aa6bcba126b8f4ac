/*
 * Models glibc 2.36 malloc.c malloc_printerr() and __malloc_assert(): how a failed heap check
 * ends the process. __libc_message(do_abort, "%s\n", msg) writes "<msg>\n" with one writev to
 * fd 2, then abort() raises SIGABRT (status 134). Main exports: malloc_printerr, __malloc_assert,
 * and evidenceRead, which re-reads the bytes a failed check looked at so the site can show them.
 * SIMPLIFIED: only the 2.27+ format; __abort_msg and the pre-2.27 "*** Error in" text are not modelled.
 */

import { SegmentationFault } from '../address-space';
import type { EvidenceRead } from '../process';
import type { MallocState } from './malloc-state';

/** What a failed check read: [address, length, meaning]. */
export type ReadSpec = readonly [address: number, length: number, meaning: string];

/** Re-reads bytes for Evidence; a read that would fault is recorded with bytes null. */
export function evidenceRead(m: MallocState, address: number, length: number, meaning: string): EvidenceRead {
  let bytes: number[] | null;
  try {
    bytes = Array.from(m.space.readBytes(address, length));
  } catch (e) {
    if (!(e instanceof SegmentationFault)) throw e;
    bytes = null;
  }
  return { address, length, bytes, meaning };
}

/**
 * Models malloc_printerr(str): "<str>\n" to fd 2, then abort().
 * `where` is the modelled function that made the check; `conclusion` says in plain words why.
 */
export function malloc_printerr(
  m: MallocState,
  str: string,
  where: string,
  reads: readonly ReadSpec[],
  conclusion: string,
): never {
  const evidence = {
    where,
    call: m.describeCall(),
    reads: reads.map(([a, n, meaning]) => evidenceRead(m, a, n, meaning)),
    conclusion,
  };
  m.process.write(2, `${str}\n`);
  return m.process.abort(evidence, `malloc_printerr: ${str}`);
}

/** Models __malloc_assert(): glibc's own assert() inside malloc.c, compiled in on Debian. */
export function __malloc_assert(
  m: MallocState,
  fn: string,
  assertion: string,
  reads: readonly ReadSpec[],
  conclusion: string,
): never {
  return malloc_printerr(m, `Fatal glibc error: malloc assertion failure in ${fn}: ${assertion}`, fn, reads, conclusion);
}

/**
 * Where glibc would loop forever on a corrupted list (for example a small bin whose bk is NULL):
 * DIFFERS: the real process hangs until something kills it; the model ends it at once with
 * SIGKILL (status 137), as a timeout would, and says why.
 */
export function malloc_hangs(m: MallocState, where: string, reads: readonly ReadSpec[], conclusion: string): never {
  return m.process.kill(
    'SIGKILL',
    { where, call: m.describeCall(), reads: reads.map(([a, n, meaning]) => evidenceRead(m, a, n, meaning)), conclusion },
    `${where}: endless loop`,
  );
}
