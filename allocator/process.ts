/*
 * The simulated process around the machine: its two output descriptors and the ways it ends.
 * Models what the kernel and libc do at the edge: write(2) on fd 1/2 (unbuffered here; stdio
 * buffering is the C library's job, above this), abort() -> SIGABRT (status 134), a fault ->
 * SIGSEGV (139), exit(n). Main exports: Process, ProcessEnd, Evidence.
 * A failing check records Evidence (which bytes it read and what it concluded) so the site can
 * explain the crash from the machine's state rather than from a per-sample text.
 */

export type SignalName = 'SIGSEGV' | 'SIGABRT' | 'SIGFPE' | 'SIGBUS' | 'SIGKILL';

export const SIGNAL_NUMBERS: Record<SignalName, number> = {
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGSEGV: 11,
};

/** One memory read that a check based its decision on. */
export interface EvidenceRead {
  address: number;
  length: number;
  /** The bytes found, or null when the read itself faulted. */
  bytes: number[] | null;
  /** What the reader took them for, e.g. "chunk size word (flags A|P)". */
  meaning: string;
}

/** Why the process ended, as the machine saw it at the failing call. */
export interface Evidence {
  /** The modelled function that decided, by its upstream name: "_int_free", "heap_for_ptr", ... */
  where: string;
  /** The C-level call that led there, e.g. "free(0x5555555592a0)". */
  call?: string;
  reads: EvidenceRead[];
  /** One or more sentences: what the check concluded from the bytes. */
  conclusion: string;
}

export interface OutputChunk {
  fd: 1 | 2;
  bytes: Uint8Array;
}

/** Thrown to unwind the interpreter when the process ends; caught by the runner, never by user code. */
export class ProcessEnd extends Error {
  constructor(
    readonly status: number,
    readonly signal: SignalName | null,
    readonly evidence: Evidence | null = null,
    readonly reason = '',
  ) {
    super(signal ? `process killed by ${signal}` : `process exited with status ${status}`);
    this.name = 'ProcessEnd';
  }
}

export class Process {
  /** Everything written to fd 1 and fd 2, in order. */
  readonly output: OutputChunk[] = [];
  /** The last Evidence noted before the end; attached to the ProcessEnd. */
  private pendingEvidence: Evidence | null = null;

  /** Models write(2) to fd 1 or 2. */
  write(fd: 1 | 2, bytes: Uint8Array | string): void {
    const data = typeof bytes === 'string' ? latin1Bytes(bytes) : bytes;
    if (data.length > 0) this.output.push({ fd, bytes: data.slice() });
  }

  /** How many times noteEvidence was called: a caller compares it around a call to know whether that call noted why it is about to fail. */
  evidenceNotes = 0;

  /** Remember why the next termination happens (a check that is about to fail). */
  noteEvidence(evidence: Evidence): void {
    this.pendingEvidence = evidence;
    this.evidenceNotes++;
  }

  /** Models abort(): raise SIGABRT; exit status 128+6. Buffered stdio is not flushed. */
  abort(evidence: Evidence | null = null, reason = 'abort()'): never {
    throw new ProcessEnd(134, 'SIGABRT', evidence ?? this.pendingEvidence, reason);
  }

  /** A fatal signal (SIGSEGV from a fault, SIGFPE from division by zero). */
  kill(signal: SignalName, evidence: Evidence | null = null, reason = ''): never {
    throw new ProcessEnd(128 + SIGNAL_NUMBERS[signal], signal, evidence ?? this.pendingEvidence, reason);
  }

  /** Models _exit(status): status is taken modulo 256, as the kernel does. */
  exit(status: number): never {
    throw new ProcessEnd(((status % 256) + 256) % 256, null, this.pendingEvidence, `exit(${status})`);
  }

  stdoutBytes(): Uint8Array {
    return concat(this.output.filter((c) => c.fd === 1).map((c) => c.bytes));
  }

  stderrBytes(): Uint8Array {
    return concat(this.output.filter((c) => c.fd === 2).map((c) => c.bytes));
  }
}

/** Each char code below 256 becomes one byte (C strings in the model are byte strings). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
