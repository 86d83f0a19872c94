// The words a trigger pattern can open with ("(?:đã |cuộc )?tiếp(?= …)" → đã, cuộc, tiếp). The scan looks a pattern
// up only at the words that can start it, so it runs a few short anchored regexes instead of one huge one everywhere.
import { isWordUnit } from '../shared/word-char.ts';

/** A pattern reduced to what decides its first word: literal characters, groups with a repeat count, zero-width
 * assertions, and anything else (a class, `.`, `\p{…}`), which makes the first word unknown. */
type Node = { t: 'char'; c: string } | { t: 'group'; alts: Node[][]; min: number; max: number } | { t: 'zero' } | { t: 'other' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.src.length) throw new Error(`unbalanced ")" in /${this.src}/`);
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') seq.push(this.quantified(this.atom()));
    return seq;
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '\\') return this.escape();
    if (c === '[') {
      for (; this.i < this.src.length && this.src[this.i] !== ']'; this.i++) if (this.src[this.i] === '\\') this.i++;
      this.i++;
      return { t: 'other' };
    }
    if (c === '(') {
      const look = /^\?<?[=!]/.exec(this.src.slice(this.i, this.i + 3));
      if (look) this.i += look[0].length;
      else if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src[this.i] === '?') throw new Error(`unsupported group in /${this.src}/`);
      const alts = this.alternatives();
      this.i++; // ")"
      return look ? { t: 'zero' } : { t: 'group', alts, min: 1, max: 1 };
    }
    if (c === '^' || c === '$' || c === '.') return { t: 'other' };
    return { t: 'char', c };
  }

  private escape(): Node {
    const c = this.src[this.i++] as string;
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return { t: 'other' };
    }
    if (/[dDsSwWbBnrtfv0-9ux]/.test(c)) return { t: 'other' };
    return { t: 'char', c };
  }

  private quantified(atom: Node): Node {
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.i, this.i + 12));
    if (!q) return atom;
    this.i += q[0].length;
    const [min, max] = q[1]
      ? [q[1] === '+' ? 1 : 0, q[1] === '?' ? 1 : Number.POSITIVE_INFINITY]
      : [Number(q[2]), q[3] ? (q[4] ? Number(q[4]) : Number.POSITIVE_INFINITY) : Number(q[2])];
    const alts = atom.t === 'group' ? atom.alts : [[atom]];
    return { t: 'group', alts, min, max };
  }
}

/** Where the expansion stands: the rest of a sequence, then what follows the group it sits in. */
interface Frame {
  seq: Node[];
  at: number;
  up: Frame | null;
}

/** A first word read to its end; an empty one (a pattern opening with a space or a sign) cannot be looked up. */
function close(word: string, out: Set<string>): boolean {
  if (!word) return false;
  out.add(word);
  return true;
}

/** Adds every first word reachable from `frame` with `word` read so far; false when one cannot be known. */
function expand(frame: Frame | null, word: string, out: Set<string>): boolean {
  while (frame && frame.at === frame.seq.length) frame = frame.up;
  // The match may end here: the word edge after the trigger closes the word.
  if (!frame) return close(word, out);
  const node = frame.seq[frame.at] as Node;
  const next: Frame = { seq: frame.seq, at: frame.at + 1, up: frame.up };
  switch (node.t) {
    case 'zero':
      return expand(next, word, out);
    case 'char':
      if (!isWordUnit(node.c.charCodeAt(0))) return close(word, out);
      return expand(next, word + node.c, out);
    case 'group':
      // A repeated group could run the word on; no trigger needs that before its first word ends.
      if (node.max > 1) return false;
      if (node.min === 0 && !expand(next, word, out)) return false;
      return node.alts.every((alt) => expand({ seq: alt, at: 0, up: next }, word, out));
    default:
      return false;
  }
}

/** The words a match of `pattern` can start with (the first run of letters and digits), or null when the
 * pattern does not say (it opens with a class, a wildcard, a repeated group or a non-word character). */
export function firstWords(pattern: string): Set<string> | null {
  const out = new Set<string>();
  const alts = new Parser(pattern).parse();
  return alts.every((seq) => expand({ seq, at: 0, up: null }, '', out)) ? out : null;
}
