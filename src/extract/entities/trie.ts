// One trie over folded syllables (by key id) for every lexicon phrase: a single left-to-right pass finds them all.
import { isLooseGap, type Token } from './tokens.ts';

export interface Phrase<T> {
  /** Ids of the folded syllables (see Word.keyId). */
  keyIds: number[];
  /** The phrase as written in the lexicon, one string per syllable. */
  texts: string[];
  /** The lexicon writes a dash or comma inside ("Mê Kông - Lan Thương"); otherwise only spaces and tight hyphens join. */
  loose: boolean;
  /** Acronyms: the text must be written exactly so. */
  exact: boolean;
  value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  phrases: Phrase<T>[];
}

export interface TrieMatch<T> {
  phrase: Phrase<T>;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), phrases: [] };
  /** The root's children by key id as well: every token asks for one, and an array read is cheaper than a Map's. */
  private first: (Node<T> | undefined)[] = [];

  add(phrase: Phrase<T>): void {
    if (!phrase.keyIds.length) return;
    let node = this.root;
    for (const k of phrase.keyIds) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), phrases: [] };
        node.next.set(k, child);
        if (node === this.root) {
          while (this.first.length <= k) this.first.push(undefined);
          this.first[k] = child;
        }
      }
      node = child;
    }
    node.phrases.push(phrase);
  }

  /** The longest phrase starting at token i that passes `accept`, or null. */
  longestAt(tokens: Token[], i: number, accept?: (m: TrieMatch<T>) => boolean): TrieMatch<T> | null {
    const k = tokens[i].keyId;
    // Ids numbered after the lexicon was built start no phrase.
    let node = k >= 0 && k < this.first.length ? this.first[k] : undefined;
    if (!node) return null;
    // Nodes that end a phrase, deepest last; reused between calls (matching is synchronous).
    const ends = this.ends;
    let n = 0;
    let looseAt = Number.POSITIVE_INFINITY;
    for (let j = i; ;) {
      if (node.phrases.length) {
        ends[n] = node;
        this.endAt[n++] = j;
      }
      j++;
      if (j >= tokens.length) break;
      const t = tokens[j];
      if (isLooseGap(t)) looseAt = Math.min(looseAt, j);
      else if (t.gap !== 'space' && t.gap !== 'hyphen') break;
      const child: Node<T> | undefined = node.next.get(t.keyId);
      if (!child) break;
      node = child;
    }
    for (let e = n - 1; e >= 0; e--) {
      const to = this.endAt[e] + 1;
      const phrases = ends[e].phrases;
      for (let p = phrases.length - 1; p >= 0; p--) {
        const phrase = phrases[p];
        if (looseAt < to && !phrase.loose) continue;
        if (phrase.exact && !sameText(tokens, i, phrase.texts)) continue;
        const m = { phrase, from: i, to };
        if (!accept || accept(m)) return m;
      }
    }
    return null;
  }

  private ends: Node<T>[] = [];
  private endAt: number[] = [];
}

function sameText(tokens: Token[], from: number, texts: string[]): boolean {
  for (let k = 0; k < texts.length; k++) if (tokens[from + k]?.text !== texts[k]) return false;
  return true;
}
