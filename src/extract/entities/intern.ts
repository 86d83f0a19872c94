// A table of values keyed by a stretch of a string, found without slicing it: news repeats the same few thousand
// syllables and separators, so each is sliced and analysed once per process instead of once per occurrence.

// FNV-1a, kept to int32 so it compares equal to what the table stores (the empty text hashes to the seed alone).
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/**
 * Open addressing over a power-of-two table of entry numbers (0 marks an empty slot, entry e is stored as e + 1).
 * Keys and lookups are code units in typed arrays, so a probe compares numbers, never strings of mixed kinds.
 */
export class Interner<T> {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  /** Entry e's characters are chars[starts[e] .. starts[e + 1]). */
  private starts = new Int32Array(513);
  private chars = new Uint16Array(4096);
  private readonly values: T[] = [];

  /**
   * @param make builds the value for a text seen for the first time.
   * @param capacity entries kept at most; texts beyond it get a fresh value each time, so memory stays bounded.
   */
  constructor(
    private readonly make: (text: string) => T,
    private readonly capacity = 100_000,
  ) {}

  /** The value for s.slice(start, end); `units` holds s's code units (see codeUnits). */
  at(s: string, units: Uint16Array, start: number, end: number): T {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = hashStep(h, units[i]);
    return this.atHashed(h, s, units, start, end);
  }

  /** As at(), with the hash already worked out by a caller that read the units anyway (see hashStep). */
  atHashed(h: number, s: string, units: Uint16Array, start: number, end: number): T {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot] - 1;
      if (e < 0) break;
      if (this.hashes[e] === h && this.holds(e, units, start, end)) return this.values[e];
    }
    const text = s.slice(start, end);
    const value = this.make(text);
    if (this.values.length < this.capacity) this.insert(text, h, value);
    return value;
  }

  private holds(e: number, units: Uint16Array, start: number, end: number): boolean {
    const from = this.starts[e];
    if (this.starts[e + 1] - from !== end - start) return false;
    const chars = this.chars;
    for (let k = 0; k < end - start; k++) if (chars[from + k] !== units[start + k]) return false;
    return true;
  }

  private insert(text: string, h: number, value: T): void {
    const e = this.values.length;
    this.values.push(value);
    if (e + 1 >= this.hashes.length) {
      this.hashes = grow(this.hashes, 2 * this.hashes.length);
      this.starts = grow(this.starts, this.hashes.length + 1);
    }
    this.hashes[e] = h;
    const from = this.starts[e];
    if (from + text.length > this.chars.length) this.chars = grow(this.chars, 2 * (from + text.length));
    for (let k = 0; k < text.length; k++) this.chars[from + k] = text.charCodeAt(k);
    this.starts[e + 1] = from + text.length;
    // Kept at most half full so probes stay short.
    if (2 * this.values.length > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(e);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[e] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = e + 1;
  }
}

function grow<A extends Int32Array | Uint16Array>(a: A, size: number): A {
  const b = new (a.constructor as new (n: number) => A)(size);
  b.set(a);
  return b;
}
