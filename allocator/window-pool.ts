/*
 * Where the mmap windows' bytes live: not a model of anything in CPython or glibc. Each address
 * space keeps the pages of its mmap window in one WebAssembly.Memory (see AddressSpace's
 * MmapWindow), and pymalloc's WebAssembly fast paths run over it. This pool puts the windows of
 * up to POOL_SLOTS spaces in one shared memory, a slot each, so that every machine of a process
 * calls the same WebAssembly functions: a call site in the allocator then sees one target, and
 * V8 inlines its JS-to-WebAssembly wrapper (with one instance per machine, every call went
 * through the generic call builtins and a wrapper stub). Main export: acquireWindow.
 *
 * Layout of a memory: byte q of its first MiB is the flag of the memory's page q (1 when that page
 * is mapped writable from a window, else 0; the flag pages themselves are never flagged); slot s
 * starts at (1 + s * slotMiB) MiB, a multiple of 1 MiB, so an address's offset within a pool or
 * an arena is the same in the slot as in the simulated space. A slot returns to the pool when its
 * owner is garbage-collected (FinalizationRegistry); a space that finds the pool full gets a
 * memory of its own, laid out the same way with one slot. Which slot a space gets depends on when
 * the collector ran; nothing the machine shows does (addresses are the simulated ones, and a
 * slot's bytes are reached only through its own space).
 */

/** Slots of the shared memory: the bench keeps nine spaces alive at once (a template and eight passes). */
export const POOL_SLOTS = 12;
const MIB = 1 << 20;
/** The flags of every page of a memory fit in its first MiB (4 GiB / 4 KiB = 1 Mi pages). */
const FLAGS_BYTES = MIB;

/** A window's place: `memory`'s bytes [offset, offset + bytes), and its pages' flags. */
export interface WindowSlot {
  readonly memory: WebAssembly.Memory;
  /** Byte offset of the window's first byte in `memory` (a multiple of 1 MiB). */
  readonly offset: number;
  /** The flags of the window's pages: byte i is the flag of the window's page i. */
  readonly flags: Uint8Array;
}

interface Pool {
  memory: WebAssembly.Memory;
  slotBytes: number;
  free: number[];
}

/** One shared pool per slot size (a layout whose window differs in size gets a pool of its own). */
const pools = new Map<number, Pool | 'unavailable'>();
const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<{ pool: Pool; slot: number }>((s) => s.pool.free.push(s.slot)) : undefined;

/** A zero-filled memory with `slots` slots of `slotBytes`, or undefined where the host refuses one. */
function newMemory(slotBytes: number, slots: number): WebAssembly.Memory | undefined {
  if (typeof WebAssembly !== 'object') return undefined;
  try {
    return new WebAssembly.Memory({ initial: (FLAGS_BYTES + slots * slotBytes) / 65536 });
  } catch {
    return undefined;
  }
}

function slotOf(memory: WebAssembly.Memory, slotBytes: number, slot: number, bytes: number): WindowSlot {
  const offset = FLAGS_BYTES + slot * slotBytes;
  return { memory, offset, flags: new Uint8Array(memory.buffer, offset / 4096, bytes / 4096) };
}

/**
 * A window of `bytes` (a multiple of 4 KiB) for `owner`: a slot of the shared memory while one is
 * free (it goes back when `owner` is collected), else a memory of its own; undefined where the host
 * has no WebAssembly memory to give. The slot's page flags are all 0; its other bytes are whatever
 * an earlier owner left, which no reader sees: a page is zero-filled when it is mapped, and only a
 * flagged (mapped) page's bytes are read.
 */
export function acquireWindow(owner: object, bytes: number): WindowSlot | undefined {
  const slotBytes = Math.ceil(bytes / MIB) * MIB;
  let pool = pools.get(slotBytes);
  if (pool === undefined) {
    const memory = registry === undefined ? undefined : newMemory(slotBytes, POOL_SLOTS);
    pool = memory === undefined ? 'unavailable' : { memory, slotBytes, free: Array.from({ length: POOL_SLOTS }, (_, i) => POOL_SLOTS - 1 - i) };
    pools.set(slotBytes, pool);
  }
  if (pool !== 'unavailable') {
    const slot = pool.free.pop();
    if (slot !== undefined) {
      registry!.register(owner, { pool, slot });
      const s = slotOf(pool.memory, slotBytes, slot, bytes);
      s.flags.fill(0);
      return s;
    }
  }
  const own = newMemory(slotBytes, 1);
  return own === undefined ? undefined : slotOf(own, slotBytes, 0, bytes);
}

/** Free slots of the shared pool for windows of `bytes` (for tests), or undefined before its first use. */
export function freeSharedSlots(bytes: number): number | undefined {
  const pool = pools.get(Math.ceil(bytes / MIB) * MIB);
  return pool === undefined || pool === 'unavailable' ? undefined : pool.free.length;
}
