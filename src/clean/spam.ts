// Injected spam (betting, football streams, casinos, loans, app promotions), found diacritic-insensitively and
// also when spliced into a word: "mục tiêu kéxem kết quả bóng đá trực tiếp hôm nay" loses the phrase.
import type { Removed } from '../types.ts';
import { PhraseAnchors } from './anchors.ts';
import { dataSections } from './data.ts';
import { escapeRegex, foldKeepLength, isLetter, lineKey } from './match.ts';
import { isFoldedWord2 } from './syllables.ts';

// A spam phrase may be followed by where to click: a link or a bare domain. Tried only after a phrase matched.
const LINK_TAIL =
  /(?: *(?:tai|o|vao|:)? *(?:https?:\/\/[^ \n]+|(?:www\.)?[a-z0-9-]+\.(?:com|net|tv|vip|live|club|xyz|io|me|info|bet|win|top|pro|fun)\b(?:\/[^ \n]*)?))?/y;

interface Trie {
  next: Map<string, Trie>;
  /** The phrase's section when a phrase ends here. */
  group: string | null;
  /** Optional words that may follow the phrase ("hôm nay"). */
  tails: string[];
}

interface SpamPattern {
  re: RegExp;
  /** The same pattern, tried at one position only. */
  sticky: RegExp;
  /** Where a phrase may start; null when some phrase cannot be anchored and the whole text must be scanned. */
  anchors: PhraseAnchors | null;
  /** Section by the words of each phrase, to name the rule that fired. */
  groups: Map<string, string>;
}

let compiled: SpamPattern | null = null;

const node = (): Trie => ({ next: new Map(), group: null, tails: [] });

function words(phrase: string): string[] {
  return lineKey(phrase).split(' ').filter(Boolean);
}

// One regex shaped like a trie of the phrases: at each position the engine tries a few first words, not every phrase.
function source(t: Trie): string {
  const alts: string[] = [];
  for (const [word, child] of t.next) alts.push(`${escapeRegex(word)}${source(child)}`);
  if (t.group !== null) alts.push('');
  alts.sort((a, b) => b.length - a.length);
  const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  const prefix = t.next.size && body ? ' *' : '';
  // Up to two optional words after a phrase: "tỷ lệ kèo nhà cái hôm nay".
  const tails = t.tails.length ? `(?: *(?:${t.tails.join('|')})){0,2}` : '';
  return `${prefix}${body}${tails}`;
}

function compile(): SpamPattern {
  const root = node();
  const groups = new Map<string, string>();
  const bases: string[][] = [];
  for (const [group, phrases] of dataSections('spam.txt')) {
    for (const phrase of phrases) {
      const m = /^(.*?)\s*(?:\[([^\]]+)\])?$/.exec(phrase) as RegExpExecArray;
      const base = words(m[1] as string);
      let t = root;
      for (const w of base) {
        if (!t.next.has(w)) t.next.set(w, node());
        t = t.next.get(w) as Trie;
      }
      t.group = group;
      for (const tail of m[2]?.split('|') ?? []) t.tails.push(words(tail).map(escapeRegex).join(' *'));
      groups.set(base.join(' '), group);
      bases.push(base);
    }
  }
  const pattern = source(root).replace(/^ \*/, '');
  const anchors = PhraseAnchors.usable(bases) ? new PhraseAnchors(bases, isFoldedWord2) : null;
  return { re: new RegExp(pattern, 'g'), sticky: new RegExp(pattern, 'y'), anchors, groups };
}

function groupOf(p: SpamPattern, matched: string): string {
  const key = matched.replace(/ +/g, ' ').trim();
  for (const [phrase, group] of p.groups)
    if (key.startsWith(phrase) || key.replace(/ /g, '').startsWith(phrase.replace(/ /g, ''))) return group;
  return 'phrase';
}

export interface SpamResult {
  text: string;
  removed: Removed[];
}

interface Match {
  start: number;
  end: number;
  phrase: string;
}

/** Start, end and phrase of each spam match in the folded key, left to right, as one scan of the key finds them. */
function findMatches(p: SpamPattern, text: string): Match[] {
  // foldKeepLength leaves out a leading U+FEFF, so its key is not aligned with the anchors' positions then.
  if (!p.anchors || text.charCodeAt(0) === 0xfeff) return scanAll(p, text);
  const found: Match[] = [];
  // Nothing a phrase or its link holds is a line break, so a match is found in its line's key alone.
  let line = { start: 0, end: -1, key: '' };
  let from = 0;
  for (const at of p.anchors.starts(text)) {
    if (at < from) continue;
    if (at > line.end) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 ? text.length : nl;
      line = { start: lineStart, end: lineEnd, key: foldKeepLength(text.slice(lineStart, lineEnd)) };
    }
    const m = matchAt(p, line.key, at - line.start);
    if (!m) continue;
    found.push({ start: m.start + line.start, end: m.end + line.start, phrase: m.phrase });
    from = m.end + line.start;
  }
  return found;
}

/** The match of a phrase and its link at `at` in the key, or null. */
function matchAt(p: SpamPattern, key: string, at: number): Match | null {
  p.sticky.lastIndex = at;
  const m = p.sticky.exec(key);
  return m ? withLink(key, m) : null;
}

function withLink(key: string, m: RegExpExecArray): Match {
  const start = m.index;
  LINK_TAIL.lastIndex = start + m[0].length;
  const end = LINK_TAIL.exec(key) ? LINK_TAIL.lastIndex : start + m[0].length;
  return { start, end, phrase: m[0] };
}

/** Every match, the phrase regex run over the whole key. */
function scanAll(p: SpamPattern, text: string): Match[] {
  const found: Match[] = [];
  const key = foldKeepLength(text);
  p.re.lastIndex = 0;
  for (let m = p.re.exec(key); m; m = p.re.exec(key)) {
    const match = withLink(key, m);
    found.push(match);
    p.re.lastIndex = match.end;
  }
  return found;
}

export function removeSpam(text: string): SpamResult {
  compiled ??= compile();
  const removed: Removed[] = [];
  let out = '';
  let last = 0;
  const cuts: Cut[] = [];
  for (const match of findMatches(compiled, text)) {
    let { start, end } = match;
    removed.push({ text: text.slice(start, end), reason: 'spam', rule: `spam.${groupOf(compiled, match.phrase)}` });
    const gluedLeft = isLetter(text[start - 1]);
    const gluedRight = isLetter(text[end]);
    // Standing alone: take one neighbouring space with it so no double space is left.
    if (!gluedLeft && !gluedRight && text[end] === ' ') end++;
    else if (!gluedLeft && !gluedRight && text[start - 1] === ' ') start--;
    out += text.slice(last, start);
    // Spam spliced into a word sits inside real text; only a phrase standing alone may have taken its line.
    if (!gluedLeft && !gluedRight) cuts.push({ at: out.length, length: end - start });
    last = end;
  }
  if (!removed.length) return { text, removed };
  return { text: dropLeftovers(out + text.slice(last), cuts, removed), removed };
}

// A line that was mostly spam keeps only debris ("miễn phí", "Đặt cược:"): the rest of it goes too.
const LEFTOVER_CHARS = 30;

interface Cut {
  at: number;
  length: number;
}

function dropLeftovers(text: string, cuts: Cut[], removed: Removed[]): string {
  let out = text;
  let done = Number.POSITIVE_INFINITY;
  for (let k = cuts.length - 1; k >= 0; k--) {
    const { at, length } = cuts[k] as Cut;
    const start = out.lastIndexOf('\n', at - 1) + 1;
    if (start >= done) continue;
    const nl = out.indexOf('\n', at);
    const end = nl < 0 ? out.length : nl;
    const line = out.slice(start, end).trim();
    done = start;
    if (!line || line.length >= LEFTOVER_CHARS || line.length > length) continue;
    removed.push({ text: line, reason: 'spam', rule: 'spam.leftover' });
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}
