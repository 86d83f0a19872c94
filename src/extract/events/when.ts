// When and where an event happened: the date governing its trigger and a named place.
import type { IsoDate, Period } from '../../types.ts';
import type { TimeExpr } from '../time/index.ts';
import type { Clause, DocContext } from './context.ts';
import type { TriggerHit } from './rules.ts';

const DATE_AFTER_REACH = 150;
// "tới năm 2020", "trước năm 2030", "kể từ khi": a deadline or a start, not when the event happened.
const DEADLINE_RE = /^(?:tới|đến|trước|sau|cho tới|cho đến|kể từ|từ khi)\s/u;
// "năm tài khóa 2016" is the period a loan or budget covers.
const FISCAL_RE = /tài khóa/u;
const SINCE_RE = /^từ\s(?:năm\s)?\d{4}$/u;
// "ký ... từ năm 1993" happened once in 1993; "hội nghị ... tổ chức từ năm 1995" recurs since then.
const ONCE: ReadonlySet<string> = new Set(['agreement_signed', 'relation_upgrade', 'elected']);
// "giai đoạn 2016-2020", "nhiệm kỳ 2014-2016": the span of a programme or a term, not of one happening.
const LONGEST_DAYS = 400;

function daysIn(p: Period): number {
  return (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
}

// The date governing a trigger: the first date close after it in the clause, before the next trigger; else the
// nearest one before it in the clause; else the last one in the sentence's earlier clauses.
// "từ năm 1993" dates a signing to 1993, not to 1993..today.
export function dateFor(ctx: DocContext, clause: Clause, hit: TriggerHit, nextStart: number): Period | null {
  let before: Period | null = null;
  let sentence: Period | null = null;
  for (const d of ctx.dates) {
    if (d.end <= clause.sentence.start) continue;
    if (d.start >= clause.end) break;
    const text = ctx.folded.slice(d.start, d.end);
    if (DEADLINE_RE.test(text) || FISCAL_RE.test(text)) continue;
    const since = SINCE_RE.test(text);
    if (since && !ONCE.has(hit.type)) continue;
    const period = since ? { start: d.period.start, end: `${d.period.start.slice(0, 4)}-12-31` } : d.period;
    if (!since && daysIn(period) > LONGEST_DAYS) continue;
    if (d.end <= clause.start) {
      sentence = period;
      continue;
    }
    if (d.start >= hit.end && d.start < nextStart && d.start - hit.end <= DATE_AFTER_REACH) return period;
    if (d.end <= hit.start) before = period;
  }
  return before ?? sentence;
}

const PLACE_RE = /(?<![\p{L}])(?:tại|ở) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})/u;
// "tại Hội nghị cấp cao APEC" names the occasion, not the place.
const OCCASION_RE = /^(?:Hội nghị|Hội thảo|Diễn đàn|Lễ|Kỳ họp|Khóa họp|Phiên|Cuộc|Buổi|Tọa đàm|Đối thoại|Thượng đỉnh)(?![\p{L}])/u;

const CONTINUES_RE = /^ \p{Ll}/u;

/** Where the event took place: the capitalised name after "tại/ở" following the trigger ("tại Nhà Trắng"). */
export function placeFor(ctx: DocContext, clause: Clause, hit: TriggerHit): string | null {
  const from = hit.end;
  const m = PLACE_RE.exec(ctx.text.slice(from, Math.min(clause.end, from + 80)));
  if (!m?.[1]) return null;
  const at = from + (m.index ?? 0) + m[0].length - m[1].length;
  // A country named there is the whole place ("tại Nhật Bản Tham gia ..." is a caption run into the text).
  const country = ctx.parties.find((p) => p.kind === 'country' && p.start === at);
  if (country) return ctx.text.slice(country.start, country.end);
  // "tại Hội nghị ...", "tại Đại lễ đường Nhân dân": an occasion, or a one-word start of a name we would cut short.
  const rest = ctx.text.slice(at, at + m[1].length + 12);
  if (OCCASION_RE.test(rest) || (!m[1].includes(' ') && CONTINUES_RE.test(rest.slice(m[1].length)))) return null;
  return m[1];
}

// Without a publication date, "chiều 23/5" gets its year by guessing; an undated event is better than a wrong year.
const YEAR_RE = /\d{4}/u;

export function usableTimes(times: TimeExpr[], published: IsoDate | null): TimeExpr[] {
  return published ? times : times.filter((t) => YEAR_RE.test(t.text));
}

/** The article's latest date: stands in for the publication date when telling news from background. */
export function latestDate(times: TimeExpr[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const t of times)
    if (t.period && (t.kind === 'date' || t.kind === 'period') && (!latest || t.period.end > latest)) latest = t.period.end;
  return latest;
}
