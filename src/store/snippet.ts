// Search snippets: a passage of the document's own words (never the folded key) with the matched words marked.
import { foldAll } from '../text/fold.ts';

const WIDTH = 240;

/** Folded text whose offsets are offsets in the original: whole-text folding when it keeps the length (NFC
 * Vietnamese does), else one character at a time. */
function foldSameLength(text: string): string {
  const whole = foldAll(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const f = foldAll(ch);
    const unit = f.length ? (f[0] as string) : ' ';
    out += ch.length === 2 ? `${unit} ` : unit;
  }
  return out;
}

/** Words and "quoted phrases" of a websearch-style query, folded; excluded (-word) and OR left out. */
export function queryTerms(q: string): string[] {
  const terms: string[] = [];
  const re = /(-?)"([^"]*)"|(-?)(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const neg = m[1] || m[3];
    const t = (m[2] ?? m[4] ?? '').trim();
    if (neg || !t || /^or$/i.test(t)) continue;
    const f = foldAll(t)
      .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (f) terms.push(f);
  }
  return terms;
}

export function snippetFor(text: string, q: string): { snippet: string; highlights: Array<[number, number]> } {
  const terms = queryTerms(q);
  const folded = foldSameLength(text);
  const matches: Array<[number, number]> = [];
  for (const t of terms) {
    const pattern = t
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^\\p{L}\\p{N}]+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(folded); m; m = re.exec(folded)) matches.push([m.index, m.index + m[0].length]);
  }
  matches.sort((a, b) => a[0] - b[0]);
  const first = matches[0];
  let start = first ? Math.max(0, first[0] - WIDTH / 3) : 0;
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > start - 30 && space >= 0 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space >= 0 && space < end + 30 ? space : end;
  }
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const snippet = `${pre}${text.slice(start, end).replace(/\s+/g, ' ')}${post}`;
  // Whitespace runs collapse above, so recompute highlight offsets on the collapsed passage.
  const highlights: Array<[number, number]> = [];
  const map = collapseMap(text.slice(start, end));
  for (const [a, b] of matches) {
    if (a < start || b > end) continue;
    highlights.push([pre.length + (map[a - start] as number), pre.length + (map[b - start] as number)]);
  }
  return { snippet, highlights };
}

/** Offsets in s → offsets in s with whitespace runs collapsed to one space. */
function collapseMap(s: string): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    map.push(j);
    const ws = /\s/.test(s[i] as string);
    if (!ws || !/\s/.test(s[i - 1] ?? '')) j++;
  }
  map.push(j);
  return map;
}
