// One trie over folded syllables for every lexicon phrase: a single left-to-right pass finds them all.
import type { Token } from './tokens.ts';

export interface Phrase<T> {
  keys: string[];
  /** The phrase as written in the lexicon, one string per syllable. */
  texts: string[];
  /** The lexicon writes a dash inside ("Mê Kông - Lan Thương"); otherwise only spaces and tight hyphens may join. */
  dashed: boolean;
  /** Acronyms: the text must be written exactly so. */
  exact: boolean;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
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

  add(phrase: Phrase<T>): void {
    if (!phrase.keys.length) return;
    let node = this.root;
    for (const k of phrase.keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), phrases: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.phrases.push(phrase);
  }

  /** All phrases starting at token i, longest first, that pass `accept`. */
  matchesAt(tokens: Token[], i: number, accept: (m: TrieMatch<T>) => boolean = () => true): TrieMatch<T>[] {
    const found: TrieMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    let sawDash = false;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i) {
        if (t.gap === 'dash') sawDash = true;
        else if (t.gap !== 'space' && t.gap !== 'hyphen') break;
      }
      node = node.next.get(t.key);
      if (!node) break;
      for (const p of node.phrases) {
        if (sawDash && !p.dashed) continue;
        if (p.exact && !sameText(tokens, i, p.texts)) continue;
        const m = { phrase: p, from: i, to: j + 1 };
        if (accept(m)) found.push(m);
      }
    }
    return found.reverse();
  }
}

function sameText(tokens: Token[], from: number, texts: string[]): boolean {
  for (let k = 0; k < texts.length; k++) if (tokens[from + k]?.text !== texts[k]) return false;
  return true;
}
