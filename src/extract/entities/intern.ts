// A table of values keyed by a stretch of a string, found without slicing it: news repeats the same few thousand
// syllables and separators, so each is sliced and analysed once per process instead of once per occurrence.

/** Open addressing over a power-of-two table of entry indices; -1 marks an empty slot. */
export class Interner<T> {
  private slots = new Int32Array(1024).fill(-1);
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  /**
   * @param make builds the value for a text seen for the first time.
   * @param capacity entries kept at most; texts beyond it get a fresh value each time, so memory stays bounded.
   */
  constructor(
    private readonly make: (text: string) => T,
    private readonly capacity = 100_000,
  ) {}

  /** The value for s.slice(start, end). */
  at(s: string, start: number, end: number): T {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot];
      if (e < 0) break;
      if (this.hashes[e] === h && sameText(this.texts[e], s, start, end)) return this.values[e];
    }
    const text = s.slice(start, end);
    const value = this.make(text);
    if (this.values.length < this.capacity) this.insert(text, h, value);
    return value;
  }

  private insert(text: string, h: number, value: T): void {
    const e = this.values.length;
    this.texts.push(text);
    this.hashes.push(h);
    this.values.push(value);
    // Kept at most half full so probes stay short.
    if (2 * this.values.length > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(e);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[e] & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = e;
  }
}

function sameText(text: string, s: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== s.charCodeAt(start + k)) return false;
  return true;
}
