// Syllable tokens over the cleaned text, with folded keys for matching and the gap that precedes each.
import { foldTone } from '../../text/fold.ts';
import { HASH_SEED, hashStep, Interner } from './intern.ts';
import { codeUnits } from './units.ts';
import { makeWord, type Word, WordFlag, wordAt } from './words.ts';

/** What separates a token from the one before it. */
export type Gap = 'start' | 'space' | 'hyphen' | 'dash' | 'punct' | 'break';

/** One syllable of the text: where it is, the shared word it spells and what precedes it. */
export class Token {
  /** The key's number, for trie lookups; copied from the word so hot passes read the token alone. */
  readonly keyId: number;
  /** The word's shape flags plus INITIAL, copied for the same reason (see WordFlag). */
  private readonly flags: number;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly word: Word,
    readonly gap: Gap,
    /** The raw characters between the previous token and this one. */
    readonly gapText: string,
    /** The sentence starts here. */
    initial: boolean,
  ) {
    this.keyId = word.keyId;
    this.flags = initial ? word.flags | INITIAL : word.flags;
  }

  /** As written. */
  get text(): string {
    return this.word.text;
  }
  /** Lower case, one tone-mark style. */
  get key(): string {
    return this.word.key;
  }
  /** The sentence starts here. */
  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }
  /** First letter upper case. */
  get cap(): boolean {
    return (this.flags & WordFlag.cap) !== 0;
  }
  /** Two or more letters, all upper case ("ASEAN", "TQ"). */
  get upper(): boolean {
    return (this.flags & WordFlag.upper) !== 0;
  }
  /** Digits only. */
  get num(): boolean {
    return (this.flags & WordFlag.num) !== 0;
  }
  /** Could be one Vietnamese syllable (see isVietSyllable). */
  get viet(): boolean {
    return (this.flags & WordFlag.viet) !== 0;
  }
  /** Latin letters without Vietnamese-only marks (see isLatinWord). */
  get latin(): boolean {
    return (this.flags & WordFlag.latin) !== 0;
  }
}

/** A flag bit above the word's own. */
const INITIAL = 1 << 6;

const SPACE = /^[ \t\u00a0\u2009\u202f]+$/;
const TIGHT_HYPHEN = /^[-\u2010\u2011]$/;
const DASH = /^\s*[-\u2010-\u2015\u2212]\s*$/;
const SENTENCE_END = /[.!?…:;]/;

// Letters, marks and digits below U+2000 as Unicode says; CJK, Hangul and other letters above by range. One table for
// every code unit, so the scan reads one byte per character.
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x2000; c++) WORD_CHAR[c] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
WORD_CHAR.fill(1, 0x3040, 0xa000);
WORD_CHAR.fill(1, 0xac00, 0xd7b0);
const isWordChar = (c: number) => WORD_CHAR[c] === 1;

/** A separator between two tokens, classified once per distinct spelling. */
interface Separator {
  text: string;
  gap: Gap;
  /** Ends a sentence when it is not plain space. */
  sentenceEnd: boolean;
}

const separator = (text: string): Separator => ({ text, gap: classifyGap(text), sentenceEnd: SENTENCE_END.test(text) });
const ONE_SPACE = separator(' ');
// Long separators (markup debris, runs of symbols) are rare and not worth keeping.
const separators = new Interner(separator, 10_000);

export function tokenize(text: string): Token[] {
  // Sized once from the length (news averages over four characters per syllable and its gap), then cut to what was
  // found: growing by push copied the array eight times per article.
  const tokens: Token[] = new Array<Token>(text.length >> 2);
  let count = 0;
  const units = codeUnits(text);
  let prevEnd = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isWordChar(units[i])) {
      i++;
      continue;
    }
    const start = i;
    // The word's hash is worked out in the same pass that finds its end; the 0 after the text stops the scan.
    let h = HASH_SEED;
    do h = hashStep(h, units[i++]);
    while (isWordChar(units[i]));
    const end = i;
    let word = wordAt(h, text, units, start, end);
    if (word.contextual) word = foldedInText(text, start, end, word);
    const sep = start === prevEnd + 1 && units[prevEnd] === 32 ? ONE_SPACE : separators.at(text, units, prevEnd, start);
    const gap = count === 0 ? 'start' : sep.gap;
    const initial = gap === 'start' || gap === 'break' || (gap !== 'space' && sep.sentenceEnd);
    tokens[count++] = new Token(start, end, word, gap, sep.text, initial);
    prevEnd = end;
  }
  tokens.length = count;
  return tokens;
}

/** How many tokens tokenize(text) returns, without building them. */
export function countTokens(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** A word holding Σ, folded as part of the whole text (as other stages fold it) when that keeps offsets. */
function foldedInText(text: string, start: number, end: number, word: Word): Word {
  const folded = foldTone(text);
  return folded.length === text.length ? makeWord(word.text, folded.slice(start, end)) : word;
}

function classifyGap(gap: string): Gap {
  if (SPACE.test(gap)) return 'space';
  if (TIGHT_HYPHEN.test(gap)) return 'hyphen';
  if (/\n/.test(gap)) return 'break';
  if (DASH.test(gap)) return 'dash';
  return 'punct';
}

/** A dash or a comma between two syllables of a name ("Việt Nam - EU", "Giáo dục, Khoa học và Văn hóa"). */
export function isLooseGap(t: Token): boolean {
  return t.gap === 'dash' || (t.gap === 'punct' && /^\s*,\s*$/.test(t.gapText));
}

/** Tokens of a lexicon phrase: keys and their ids, plus whether dashes or commas appear between them. */
export function phraseKeys(phrase: string): { keys: string[]; keyIds: number[]; texts: string[]; loose: boolean } {
  const toks = tokenize(phrase.normalize('NFC'));
  return {
    keys: toks.map((t) => t.key),
    keyIds: toks.map((t) => t.keyId),
    texts: toks.map((t) => t.text),
    loose: toks.some((t, i) => i > 0 && isLooseGap(t)),
  };
}
