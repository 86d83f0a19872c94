// Events: visits, calls, talks, signings, upgrades, conferences, elections.
// One precompiled trigger scan over the folded text, then local work in the trigger's clause, then one event per
// real happening (mentions of the same happening are merged).
import type { AnalyseContext, DiplomaticEvent, Entity, Period } from '../../types.ts';
import { findTimes, type TimeExpr } from '../time/index.ts';
import { type Actors, bilateralActors, conferenceActors, electedActors, peopleNear, visitActors } from './actors.ts';
import { buildContext, type Clause, clauseAt, type DocContext, type PersonMention, VN } from './context.ts';
import { type Mention, mergeMentions } from './merge.ts';
import { BLOCKERS, scanTriggers, type TriggerHit } from './rules.ts';

const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 70;

function blocked(ctx: DocContext, clause: Clause, hit: TriggerHit): string | null {
  const before = ctx.folded.slice(Math.max(clause.start, hit.start - BEFORE_WINDOW), hit.start);
  const after = ctx.folded.slice(hit.end, Math.min(clause.end, hit.end + AFTER_WINDOW));
  for (const b of BLOCKERS) {
    if (b.type !== '*' && b.type !== hit.type) continue;
    if (b.re.test(b.side === 'before' ? before : after)) return b.re.source;
  }
  return null;
}

const ATTEND_RE = /(?:dự|chủ trì|đăng cai|tổ chức|khai mạc|bế mạc|diễn ra|họp|kết thúc)\s+(?:[\p{L}\d]+\s+){0,2}$/u;

const AT_EVENT_RE = /(?:tại|ở|trong khuôn khổ|bên lề|nhân dịp|dịp)\s+$/u;
const COMMON_NOUN_RULES = new Set(['conference/hội nghị', 'conference/diễn đàn', 'conference/đối thoại', 'conference/thượng đỉnh', 'conference/tọa đàm']);
// "Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương chính trị": the name of a body in a title, not a meeting.
const IN_TITLE_RE = /(?:Chủ tịch|Ủy ban|Uỷ ban|Ủy viên|Uỷ viên|Tổng [Tt]hư ký|Ban)(?: (?!dự|tham|chủ trì|tại|khai|tổ chức|đăng cai|của)[\p{L}]+){0,4} $/u;
const NAME_NEXT_RE = /^\s*["“(\p{Lu}]/u;

function capitalised(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// "Hội nghị", "Diễn đàn", "tọa đàm" name an event when written as a proper name ("Hội nghị APEC", "tọa đàm
// Hợp tác kinh tế") or, except "tọa đàm", after an attending verb ("tham dự hội nghị").
function conferenceNamed(ctx: DocContext, hit: TriggerHit): boolean {
  if (!COMMON_NOUN_RULES.has(hit.rule)) return true;
  if (IN_TITLE_RE.test(ctx.text.slice(Math.max(0, hit.start - 60), hit.start))) return false;
  const lead = ctx.folded.slice(Math.max(0, hit.start - 40), hit.start);
  const attended = ATTEND_RE.test(lead);
  // "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương" is APEC itself unless someone attends it or is there.
  if (!attended && !AT_EVENT_RE.test(lead) && ctx.parties.some((m) => m.kind === 'org' && m.start <= hit.start && hit.start < m.end)) return false;
  if (capitalised(ctx.text[hit.start] ?? '') || NAME_NEXT_RE.test(ctx.text.slice(hit.end, hit.end + 3))) return true;
  return hit.rule !== 'conference/tọa đàm' && attended;
}

function actorsFor(ctx: DocContext, clause: Clause, hit: TriggerHit): Actors | null {
  switch (hit.type) {
    case 'visit':
      return visitActors(ctx, clause, hit);
    case 'conference':
      return conferenceNamed(ctx, hit) ? conferenceActors(ctx, clause, hit) : null;
    case 'elected':
      return electedActors(ctx, clause, hit);
    default:
      return bilateralActors(ctx, clause, hit, hit.type);
  }
}

const DATE_AFTER_REACH = 150;
// "tới năm 2020", "trước năm 2030", "kể từ khi": a deadline or a start, not when the event happened.
const DEADLINE_RE = /^(?:tới|đến|trước|sau|cho tới|cho đến|kể từ|từ khi)\s/u;
// "năm tài khóa 2016" is the period a loan or budget covers.
const FISCAL_RE = /tài khóa/u;
const SINCE_RE = /^từ\s(?:năm\s)?\d{4}$/u;

// The date governing a trigger: the first date close after it in the clause, before the next trigger; else the
// nearest one before it in the clause; else the last one in the sentence's earlier clauses. "từ năm 1993" dates a signing to 1993, not to 1993..today.
function dateFor(ctx: DocContext, clause: Clause, hit: TriggerHit, nextStart: number): Period | null {
  let before: Period | null = null;
  let sentence: Period | null = null;
  for (const d of ctx.dates) {
    if (d.end <= clause.sentence.start) continue;
    if (d.start >= clause.end) break;
    const text = ctx.folded.slice(d.start, d.end);
    if (DEADLINE_RE.test(text) || FISCAL_RE.test(text)) continue;
    const period = SINCE_RE.test(text) ? { start: d.period.start, end: `${d.period.start.slice(0, 4)}-12-31` } : d.period;
    if (d.end <= clause.start) {
      sentence = period;
      continue;
    }
    if (d.start >= hit.end && d.start < nextStart && d.start - hit.end <= DATE_AFTER_REACH) return period;
    if (d.end <= hit.start) before = period;
  }
  // "thăm ... từ ngày 27 đến 28/4; hai bên đã ký 5 văn kiện": a later clause keeps the sentence's date.
  return before ?? sentence;
}

// A summit and a ministerial meeting of the same organisation in one article are two conferences.
function conferenceKind(trigger: string): string {
  if (/thượng đỉnh|cấp cao/u.test(trigger)) return 'summit';
  if (/bộ trưởng/u.test(trigger)) return 'ministerial';
  if (/đối thoại/u.test(trigger)) return 'dialogue';
  if (/diễn đàn/u.test(trigger)) return 'forum';
  if (/tọa đàm/u.test(trigger)) return 'seminar';
  return '';
}

const PLACE_RE = /(?<![\p{L}])(?:tại|ở) ((?:[\p{Lu}][\p{L}.-]*)(?:[ -][\p{Lu}][\p{L}.-]*){0,3})/u;

function placeFor(ctx: DocContext, clause: Clause, hit: TriggerHit): string | null {
  const m = PLACE_RE.exec(ctx.text.slice(hit.end, Math.min(clause.end, hit.end + 80)));
  return m?.[1] ?? null;
}

const PEOPLE_REACH = 120;
const PLURAL_RE = /(?:các|những) (?:buổi|cuộc) $/u;
// Triggers that always name whom they meet: "tiếp <title>", "gặp <title>", "làm việc với".
const OBJECT_RULES = new Set(['talks/tiếp', 'talks/gặp', 'talks/làm việc với', 'talks/có cuộc làm việc', 'talks/tiếp xúc với', 'talks/tiếp đón']);

// The people who tell one happening from another. A visit: its guests, anywhere in the clause (the hosts change
// by the day). A meeting: whom the trigger meets ("hội kiến với X", no comma between); for a trigger that takes an
// object but names a delegation ("tiếp đoàn ... do X dẫn đầu"), the people after it; otherwise nobody.
function meetingPeople(doc: DocContext, clause: Clause, hit: TriggerHit, actors: string[], nextStart: number, hasObject: boolean): string[] {
  let keep: PersonMention[];
  if (hit.type === 'visit') {
    const guest = actors[0];
    keep = peopleNear(doc, clause, clause.start, clause.end).filter((p) => p.country === guest || (p.country === null && guest !== VN));
  } else {
    keep = peopleNear(doc, clause, hit.end, Math.min(nextStart, hit.end + PEOPLE_REACH)).filter(
      (p) => !/[,;:]/u.test(doc.text.slice(hit.end, p.start)),
    );
    if (!keep.length && hasObject) keep = peopleNear(doc, clause, hit.end, nextStart);
  }
  return [...new Set(keep.map((p) => p.id))];
}

export function eventMentions(text: string, entities: Entity[], times: TimeExpr[]): Mention[] {
  const doc = buildContext(text, entities, times);
  const hits = scanTriggers(doc.folded);
  const mentions: Mention[] = [];
  // "nhóm họp bên lề Hội nghị Bộ trưởng ... của Diễn đàn APEC" names one meeting: one conference per clause.
  let conferenceClause = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as TriggerHit;
    const clause = clauseAt(doc, hit.start);
    if (!clause || blocked(doc, clause, hit)) continue;
    if (hit.type === 'conference' && clause.start === conferenceClause) continue;
    const who = actorsFor(doc, clause, hit);
    if (!who) continue;
    if (hit.type === 'conference') conferenceClause = clause.start;
    const next = hits[i + 1];
    const nextStart = next && next.start < clause.end ? next.start : clause.end;
    const hasObject = OBJECT_RULES.has(hit.rule) || /^ (?:với|cùng) /u.test(doc.folded.slice(hit.end, hit.end + 6));
    // "Tại các buổi hội kiến với A, B": one meeting with each person named.
    if (hit.type === 'talks' && PLURAL_RE.test(doc.folded.slice(Math.max(clause.start, hit.start - 12), hit.start))) {
      const each = [...new Set(peopleNear(doc, clause, hit.end, clause.end).filter((p) => p.country !== VN).map((p) => p.id))];
      if (each.length > 1) {
        for (const person of each) {
          mentions.push({
            event: { type: hit.type, actors: who.actors, date: dateFor(doc, clause, hit, nextStart), place: placeFor(doc, clause, hit), text: text.slice(clause.start, clause.end), start: clause.start, end: clause.end, rule: hit.rule },
            people: [person],
            everyone: [person],
            at: hit.start,
            clause: clause.start,
            hasObject: false,
            kind: '',
          });
        }
        continue;
      }
    }
    mentions.push({
      event: {
        type: hit.type,
        actors: who.actors,
        date: dateFor(doc, clause, hit, nextStart),
        place: placeFor(doc, clause, hit),
        text: text.slice(clause.start, clause.end),
        start: clause.start,
        end: clause.end,
        rule: hit.rule,
      },
      people: meetingPeople(doc, clause, hit, who.actors, nextStart, hasObject),
      everyone: [...new Set(peopleNear(doc, clause, clause.start, clause.end).map((p) => p.id))],
      at: hit.start,
      clause: clause.start,
      hasObject,
      kind: hit.type === 'conference' ? conferenceKind(doc.folded.slice(hit.start, hit.end)) : '',
    });
  }
  return mentions;
}

/** The same with the time expressions given: lets the corpus fix dates without the time extractor. */
export function extractEventsWith(text: string, entities: Entity[], times: TimeExpr[]): DiplomaticEvent[] {
  return mergeMentions(eventMentions(text, entities, times));
}

// Without a publication date, "chiều 23/5" gets its year by guessing; an undated event is better than a wrong year.
const YEAR_RE = /\d{4}/u;

export function extractEvents(text: string, ctx: AnalyseContext, entities: Entity[]): DiplomaticEvent[] {
  const times = findTimes(text, ctx).filter((t) => ctx.published || YEAR_RE.test(t.text));
  return extractEventsWith(text, entities, times);
}
