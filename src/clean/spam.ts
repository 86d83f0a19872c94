// Injected spam (betting, football streams, casinos, loans, app promotions), found diacritic-insensitively and
// also when spliced into a word: "mục tiêu kéxem kết quả bóng đá trực tiếp hôm nay" loses the phrase.
import type { Removed } from '../types.ts';
import { dataSections } from './data.ts';
import { escapeRegex, foldKeepLength, isLetter, lineKey } from './match.ts';

interface SpamPattern {
  re: RegExp;
  groups: string[];
}

// A spam phrase may be followed by where to click: a link or a bare domain.
const LINK_TAIL = String.raw`(?: *(?:tai|o|vao|:)? *(?:https?://[^ \n]+|(?:www\.)?[a-z0-9-]+\.(?:com|net|tv|vip|live|club|xyz|io|me|info|bet|win|top|pro|fun)\b(?:/[^ \n]*)?))?`;

let compiled: SpamPattern | null = null;

function words(phrase: string): string {
  return lineKey(phrase).split(' ').map(escapeRegex).join(' *');
}

function compile(): SpamPattern {
  const alternatives: { source: string; group: string; length: number }[] = [];
  for (const [group, phrases] of dataSections('spam.txt')) {
    for (const phrase of phrases) {
      const m = /^(.*?)\s*(?:\[([^\]]+)\])?$/.exec(phrase) as RegExpExecArray;
      const base = words(m[1] as string);
      const tail = m[2] ? `(?: *(?:${m[2].split('|').map(words).join('|')}))?` : '';
      alternatives.push({ source: `(${base}${tail}${LINK_TAIL})`, group, length: base.length });
    }
  }
  // Longest first: alternation takes the first that matches, and a longer phrase removes more of the same spam.
  alternatives.sort((a, b) => b.length - a.length);
  return { re: new RegExp(alternatives.map((a) => a.source).join('|'), 'g'), groups: alternatives.map((a) => a.group) };
}

export interface SpamResult {
  text: string;
  removed: Removed[];
}

export function removeSpam(text: string): SpamResult {
  compiled ??= compile();
  const { re, groups } = compiled;
  const key = foldKeepLength(text);
  const removed: Removed[] = [];
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    let start = m.index;
    let end = start + m[0].length;
    const group = groups[m.slice(1).findIndex((g) => g !== undefined)] ?? 'spam';
    removed.push({ text: text.slice(start, end), reason: 'spam', rule: `spam.${group}` });
    const gluedLeft = isLetter(text[start - 1]);
    const gluedRight = isLetter(text[end]);
    // Standing alone: take one neighbouring space with it so no double space is left.
    if (!gluedLeft && !gluedRight && text[end] === ' ') end++;
    else if (!gluedLeft && !gluedRight && text[start - 1] === ' ') start--;
    out += text.slice(last, start);
    last = end;
  }
  if (!removed.length) return { text, removed };
  return { text: out + text.slice(last), removed };
}
