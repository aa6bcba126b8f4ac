/*
 * A map from addresses to row numbers for replaying a long allocator event log (findings.ts):
 * what a Map<number, number> does, without a heap object per key. Not a model of anything.
 * Main export: AddressMap. Open addressing with linear probing over typed arrays; keys are
 * integral addresses below 2^53 (the log's pointers), values int32 rows; deletion shifts the
 * following entries back, so a probe never needs tombstones. Iteration order is unspecified.
 */

/** 2^-32: a key's high word by a multiplication. */
const TWO_NEG_32 = 2 ** -32;
/** An empty slot (no address is negative). */
const EMPTY = -1;

export class AddressMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Float64Array(n).fill(EMPTY);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The slot where address a is, or the empty slot where it would go. */
  private slot(a: number): number {
    let i = this.home(a);
    const keys = this.keys;
    for (;;) {
      const k = keys[i]!;
      if (k === a || k === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(a: number): number | undefined {
    const i = this.slot(a);
    return this.keys[i] === a ? this.values[i] : undefined;
  }

  has(a: number): boolean {
    return this.keys[this.slot(a)] === a;
  }

  set(a: number, row: number): void {
    const i = this.slot(a);
    if (this.keys[i] !== a) {
      this.keys[i] = a;
      this.count++;
    }
    this.values[i] = row;
    if (this.count * 2 > this.mask) this.grow();
  }

  delete(a: number): boolean {
    let i = this.slot(a);
    const keys = this.keys;
    if (keys[i] !== a) return false;
    // Backward-shift deletion: move later entries of the probe run into the hole when their home
    // slot is not between the hole and their position.
    const mask = this.mask;
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = keys[j]!;
      if (k === EMPTY) break;
      const home = this.home(k);
      const between = i <= j ? i < home && home <= j : i < home || home <= j;
      if (between) continue;
      keys[i] = k;
      this.values[i] = this.values[j]!;
      i = j;
    }
    keys[i] = EMPTY;
    this.count--;
    return true;
  }

  /** The slot address a hashes to (blocks are 8- or 16-aligned: the low bits are mixed in). */
  private home(a: number): number {
    const lo = a >>> 0;
    const hi = ((a - lo) * TWO_NEG_32) | 0;
    return (Math.imul(lo ^ (lo >>> 16) ^ Math.imul(hi, 0x45d9f3b), 0x9e3779b1) >>> 7) & this.mask;
  }

  /** The rows, in no particular order. */
  *rows(): IterableIterator<number> {
    for (let i = 0; i <= this.mask; i++) if (this.keys[i] !== EMPTY) yield this.values[i]!;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const n = oldKeys.length * 2;
    this.keys = new Float64Array(n).fill(EMPTY);
    this.values = new Int32Array(n);
    this.mask = n - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== EMPTY) this.set(oldKeys[i]!, oldValues[i]!);
  }
}
