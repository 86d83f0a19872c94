// Claim rules: the words around a quantity that qualify it (hơn, gần, khoảng...), say whether it is a change
// (tăng 14,8%), a forecast or a target, or a running total. Word lists live in data/lexicon/units/cues.json.
import type { Modality, Qualifier } from '../../types.ts';
import { CUES } from '../quantity/lexicon.ts';
import { PhraseSet } from '../quantity/words.ts';
import { unitClass } from '../shared/unit-class.ts';

export interface QualifierHit {
  qualifier: Qualifier;
  /** The cue as read, for the rule name. */
  cue: string;
}

const QUAL = new Map<string, Qualifier>();
for (const [q, list] of Object.entries(CUES.qualifiers)) for (const w of list) QUAL.set(w, q as Qualifier);
const QUAL_AFTER = new Map<string, Qualifier>();
for (const [q, list] of Object.entries(CUES.qualifiersAfter)) for (const w of list) QUAL_AFTER.set(w, q as Qualifier);
const SKIP = new Set(CUES.skip);
const COMPARATIVES = new Set(CUES.comparatives);
const CHANGE = new Set(CUES.change);
const CHANGE_SKIP = new Set([...CUES.changeSkip, ...QUAL.keys(), ...SKIP]);
// "ở mức" stays a change after "tăng trưởng" ("tăng trưởng ở mức 20%"); the others make a level ("giảm còn 22 tỷ").
const LEVEL = new Set(CUES.levelMarkers.filter((w) => w !== 'ở mức'));

// Punctuation that ends the phrase a qualifier can belong to.
const isPhraseBreak = unitClass(/[,;:()[\]"“”/\n.!?]/);

/** The words right before a figure, read from the end by phrase lookups; each phrase of two or three words is joined
 * once, on first use, as the qualifier and change rules ask for the same phrases in turn. */
export class WordsBefore {
  private readonly joined: (string | undefined)[] = [];
  constructor(readonly words: string[]) {}

  /** Words k-n+1 … k joined by spaces. */
  phrase(k: number, n: number): string {
    if (n === 1) return this.words[k] as string;
    const at = k * 3 + n;
    return (this.joined[at] ??= this.words.slice(k - n + 1, k + 1).join(' '));
  }

  /** Length of the longest phrase of 1–3 words ending at word k that is in `set` (a set or map of phrases), or 0. */
  phraseAt(k: number, set: { has(p: string): boolean }): number {
    if (k >= 2 && set.has(this.phrase(k, 3))) return 3;
    if (k >= 1 && set.has(this.phrase(k, 2))) return 2;
    if (k >= 0 && set.has(this.phrase(k, 1))) return 1;
    return 0;
  }
}

/** The words right before the number, back to the last phrase break (at most eight). */
export function wordsBefore(foldedLeft: string): WordsBefore {
  let cut = -1;
  for (let i = foldedLeft.length - 1; i >= 0; i--) {
    if (isPhraseBreak(foldedLeft.charCodeAt(i))) {
      cut = i;
      break;
    }
    if (foldedLeft.length - i > 60) break;
  }
  const tail = foldedLeft.slice(cut + 1, foldedLeft.length).trim();
  return new WordsBefore(tail ? tail.split(/\s+/).slice(-8) : []);
}

/** The nearest qualifier before the number: "khoảng trên 156" → more_than. */
export function qualifierBefore(ws: WordsBefore): QualifierHit | null {
  for (let k = ws.words.length - 1; k >= 0;) {
    const q = ws.phraseAt(k, QUAL);
    if (q) {
      const cue = ws.phrase(k, q);
      // "cao hơn mức 5%": a comparison with another figure, not a bound on this one.
      if (cue === 'hơn' && COMPARATIVES.has(ws.words[k - 1] ?? '')) return null;
      return { qualifier: QUAL.get(cue) as Qualifier, cue };
    }
    const s = ws.phraseAt(k, SKIP);
    if (!s) return null;
    k -= s;
  }
  return null;
}

/** "50 người trở lên" → more_than. */
export function qualifierAfter(foldedRight: string): QualifierHit | null {
  const m = /^\s*(\p{L}+(?:\s\p{L}+)?)/u.exec(foldedRight);
  if (!m) return null;
  const two = m[1] as string;
  const one = two.split(' ')[0] as string;
  for (const cue of [two, one]) {
    const q = QUAL_AFTER.get(cue);
    if (q) return { qualifier: q, cue };
  }
  return null;
}

/** "tăng 14,8%", "tăng trưởng liên tục ở mức 20%": the figure is a change, not a level. */
export function isChange(ws: WordsBefore): boolean {
  for (let k = ws.words.length - 1; k >= 0;) {
    if (ws.phraseAt(k, CHANGE)) return true;
    if (ws.phraseAt(k, LEVEL)) return false;
    const s = ws.phraseAt(k, CHANGE_SKIP);
    if (!s) return false;
    k -= s;
  }
  return false;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FORECAST = new PhraseSet(CUES.forecast);
const TARGET = new PhraseSet(CUES.target);
const BLOCKERS = new PhraseSet(CUES.modalityBlockers);
const RUNNING_TOTAL = new PhraseSet(CUES.runningTotal);
const MODALITY_NAMES = new PhraseSet(CUES.modalityNames);

/** Position of the cue nearest the end of s, ignoring cues followed by "đề ra" (a plan met, not a target). */
function lastCue(set: PhraseSet, s: string): number {
  let at = -1;
  set.each(s, (p, i) => {
    if (i > at && !startsWithBlocker(s.slice(i + p.length, i + p.length + 12))) at = i;
  });
  return at;
}

function startsWithBlocker(rest: string): boolean {
  const t = rest.trimStart();
  return BLOCKERS.phrases.some((b) => t.startsWith(b));
}

// "Theo kế hoạch, ...", "Dự kiến, ...": a cue framing the whole sentence.
const FRAME = new RegExp(
  `^\\s*(?:theo\\s+|với\\s+)?(${[...CUES.forecast, ...CUES.target].map(escapeRe).join('|')})(?![\\p{L}\\p{N}])[^,]{0,40},`,
  'u',
);
const FORECAST_SET = new Set(CUES.forecast);

/** Modality from cues in the clause before the figure (after its last ", "): the cue nearest the figure wins;
 * else a cue that frames the sentence (sentenceHead: the sentence's first words). */
export function modalityBefore(foldedLeft: string, sentenceHead = ''): { modality: Modality; cue: string } | null {
  const own = modalityInClause(foldedLeft);
  if (own) return own;
  const f = FRAME.exec(sentenceHead);
  if (!f) return null;
  return { modality: FORECAST_SET.has(f[1] as string) ? 'forecast' : 'target', cue: 'frame' };
}

function modalityInClause(foldedLeft: string): { modality: Modality; cue: string } | null {
  const cut = foldedLeft.lastIndexOf(', ');
  let seg = cut >= 0 ? foldedLeft.slice(cut + 2) : foldedLeft;
  for (const n of MODALITY_NAMES.phrases) if (seg.includes(n)) seg = seg.split(n).join(' '.repeat(n.length));
  const f = lastCue(FORECAST, seg);
  const t = lastCue(TARGET, seg);
  if (f < 0 && t < 0) return null;
  return t > f ? { modality: 'target', cue: 'target' } : { modality: 'forecast', cue: 'forecast' };
}

export function hasRunningTotal(folded: string): boolean {
  return RUNNING_TOTAL.test(folded);
}

// Words that carry no topic: a segment made only of these inherits the previous figure's context ("247 chính đảng ở 111 quốc gia").
const FUNCTION_WORDS = new Set([
  'và',
  'với',
  'ở',
  'tại',
  'của',
  'cùng',
  'trong',
  'đó',
  'có',
  'gồm',
  'hoặc',
  'hay',
  'là',
  'so',
  'cho',
  'đến',
  'tới',
  'các',
  'những',
  'cả',
  'trên',
  'hơn',
  'gần',
  'khoảng',
  'dưới',
  'xấp',
  'xỉ',
  'ước',
  'đạt',
  'chừng',
  'vượt',
  'mốc',
  'ít',
  'nhất',
  'còn',
  'thêm',
  'lại',
  'được',
  'nữa',
  'từ',
  'chưa',
  'ngót',
  'tổng',
  'cộng',
  'chiếm',
  'tương',
  'đương',
  'với',
]);

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const CLAUSE_BREAK_MARK = /[,;:]/;

/** Every word of the segment passes `ok` (read one at a time: the first that fails ends the scan). */
function everyWord(foldedSegment: string, ok: (word: string) => boolean): boolean {
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(foldedSegment); m; m = WORD_RUN.exec(foldedSegment)) if (!ok(m[0])) return false;
  return true;
}

const DATING_WORDS = new Set(CUES.datingWords);
const ROMAN_OR_DIGITS = /^(?:[ivx]+|\p{N}+)$/u;
// No verb ("đạt", "có"): a figure with a predicate of its own is a statement of its own.
const isDating = (w: string) => DATING_WORDS.has(w) || ROMAN_OR_DIGITS.test(w);

/** Between two figures of one list, only words that date the second: "vào năm 2030 và" (no clause break). */
export function onlyDates(foldedSegment: string): boolean {
  return !CLAUSE_BREAK_MARK.test(foldedSegment) && everyWord(foldedSegment, isDating);
}

// The words of a change and its qualifiers ("tăng khoảng", "giảm hơn"), one by one.
const CHANGE_WORDS = new Set([...CUES.change, ...CUES.changeSkip, ...Object.values(CUES.qualifiers).flat()].flatMap((p) => p.split(' ')));
const isChangeWord = (w: string) => CHANGE_WORDS.has(w) || FUNCTION_WORDS.has(w);

/** "trong năm 2023, tăng khoảng": only a date, then only a change, between a level and its change. */
export function onlyDatesThenChange(foldedSegment: string): boolean {
  const cut = foldedSegment.lastIndexOf(', ');
  return cut >= 0 && onlyDates(foldedSegment.slice(0, cut)) && everyWord(foldedSegment.slice(cut + 2), isChangeWord);
}

const PAST_MARK = /(?<![\p{L}\p{N}])đã(?![\p{L}\p{N}])/u;

/** No clause break and no "đã" (said of what happened) between two figures. */
export function sameClause(foldedSegment: string): boolean {
  return !CLAUSE_BREAK_MARK.test(foldedSegment) && !PAST_MARK.test(foldedSegment);
}

const isFunctionWord = (w: string) => FUNCTION_WORDS.has(w);

export function hasContent(foldedSegment: string): boolean {
  return !everyWord(foldedSegment, isFunctionWord);
}
