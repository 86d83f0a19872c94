// The words that tell a claim's scope: its sentence, cut at the neighbouring claims and at clause breaks — before the
// claim at ; or : ("đàm phán, ký kết và thực thi 17 FTA" keeps its commas), after it also at a comma ("15 FTA đã ký, …").
import { sentenceSpans } from '../text/sentences.ts';
import type { Claim } from '../types.ts';

const MAX_SIDE = 160;

/** One context string per claim, in the order given. */
/** Offset of the first digit in a claim's text (0 when none): where its figure starts. */
function numberAt(s: string): number {
  const i = s.search(/\d/);
  return Math.max(0, i);
}

export function claimContexts(text: string, claims: Pick<Claim, 'start' | 'end' | 'sentence'>[]): string[] {
  let spans: { start: number; end: number }[] | null = null;
  const order = claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start);
  const out = new Array<string>(claims.length).fill('');
  order.forEach(({ c, i }, k) => {
    let sentence = c.sentence ?? null;
    if (!sentence) {
      spans ??= sentenceSpans(text);
      sentence = spans.find((s) => s.start <= c.start && c.end <= s.end) ?? null;
    }
    let lo = Math.max(sentence?.start ?? 0, c.start - MAX_SIDE);
    let hi = Math.min(sentence?.end ?? text.length, c.end + MAX_SIDE);
    const prev = order[k - 1]?.c;
    const next = order[k + 1]?.c;
    if (prev && prev.end <= c.start) lo = Math.max(lo, prev.end);
    // A claim's span may open with words before its number ("vaccine bao gồm cả … vượt 30%"): cut at its number.
    if (next && next.start >= c.end) hi = Math.min(hi, next.start + numberAt(text.slice(next.start, next.end)));
    const before = text.slice(lo, c.start);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
    if (cut >= 0) lo += cut + 1;
    const after = text.slice(c.end, hi);
    const stop = after.search(/[,;:]/);
    if (stop >= 0) hi = c.end + stop;
    out[i] = text.slice(lo, hi).trim();
  });
  return out;
}
