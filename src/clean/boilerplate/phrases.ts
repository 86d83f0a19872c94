// Whole-line phrase lists: widget, player and page-header lines; headings that open related lists or comments.
import { dataSections } from '../data.ts';
import { lineKey, phraseSource } from '../match.ts';

interface LineMatcher {
  reason: string;
  exact: RegExp;
  prefix: RegExp | null;
  /** Exact phrases by key, to read a line made of several of them ("Chia sẻ Facebook Zalo"). */
  phrases: Set<string>;
  /** The first word of each phrase: a line starting with any other word is not made of phrases. */
  firstWords: Set<string>;
  /** The last word of each phrase: nor is a line ending with any other word. */
  lastWords: Set<string>;
}

// Share bars print several buttons on one line; phrases are at most this many words.
const MAX_PHRASE_WORDS = 6;

let widgetMatchers: LineMatcher[] | null = null;
let headingMatchers: Map<string, RegExp> | null = null;

function compileWidgets(): LineMatcher[] {
  const out: LineMatcher[] = [];
  for (const [reason, phrases] of dataSections('widget-lines.txt')) {
    const exact = phrases.filter((p) => !p.endsWith(' *')).map(phraseSource);
    const plain = phrases.filter((p) => !p.endsWith(' *') && !p.includes('{n}')).map(lineKey);
    const prefix = phrases.filter((p) => p.endsWith(' *')).map((p) => phraseSource(p.slice(0, -2)));
    out.push({
      reason,
      exact: new RegExp(`^(?:${exact.join('|')})$`),
      prefix: prefix.length ? new RegExp(`^(?:${prefix.join('|')})(?: |$)`) : null,
      phrases: new Set(plain),
      firstWords: new Set(plain.map((p) => p.split(' ')[0] as string)),
      lastWords: new Set(plain.map((p) => p.slice(p.lastIndexOf(' ') + 1))),
    });
  }
  return out;
}

/** The reason a whole line is page furniture (widget, player, page-header), or null. */
export function widgetReason(line: string): string | null {
  if (line.length > 160) return null;
  widgetMatchers ??= compileWidgets();
  const key = lineKey(line);
  if (!key) return null;
  for (const m of widgetMatchers) if (m.exact.test(key) || m.prefix?.test(key)) return m.reason;
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const last = key.slice(key.lastIndexOf(' ') + 1);
  for (const m of widgetMatchers) {
    if (m.reason === 'boilerplate' || m.reason === 'page-header' || !m.firstWords.has(first) || !m.lastWords.has(last)) continue;
    if (madeOf(key, m.phrases)) return m.reason;
  }
  return null;
}

/** Can the words of the key be read as a run of phrases from the set? */
function madeOf(key: string, phrases: Set<string>): boolean {
  const words = key.split(' ');
  const reach = new Uint8Array(words.length + 1);
  reach[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    let phrase = '';
    for (let j = i; j < Math.min(words.length, i + MAX_PHRASE_WORDS); j++) {
      phrase = phrase ? `${phrase} ${words[j]}` : (words[j] as string);
      if (phrases.has(phrase)) reach[j + 1] = 1;
    }
  }
  return reach[words.length] === 1;
}

// Media player remains: "0:00 / 0:00", "0:00", "00:01:23".
const PLAYER_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/;

export function isPlayerLine(line: string): boolean {
  return PLAYER_TIME.test(line);
}

function compileHeadings(): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [kind, phrases] of dataSections('related-headings.txt')) {
    // A count after the heading is allowed: "Tin liên quan (5)", "Bình luận 12".
    out.set(kind, new RegExp(`^(?:${phrases.map(phraseSource).join('|')})(?: \\d+)?$`));
  }
  return out;
}

/** 'strong' | 'weak' | 'comments' when the whole line is such a heading. */
export function headingKind(line: string): string | null {
  if (line.length > 60) return null;
  headingMatchers ??= compileHeadings();
  const key = lineKey(line);
  if (!key) return null;
  for (const [kind, re] of headingMatchers) if (re.test(key)) return kind;
  return null;
}

/** "Đọc thêm: <title>", "Xem thêm >> <title>": a teaser link standing in the text. */
export function isInlineTeaser(line: string): boolean {
  const head = line.slice(0, 24);
  if (!head.includes(':') && !head.includes('>') && !head.includes('»')) return false;
  const m = /^([^:>»]{3,20})\s*(?::|>>|»)\s*\S/u.exec(line);
  if (!m || line.length > 200) return false;
  const kind = headingKind(m[1] as string);
  return kind === 'weak' || kind === 'strong';
}
