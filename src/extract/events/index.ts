// Events: visits, calls, talks, signings, upgrades, conferences, elections.
// One precompiled trigger scan over the folded text, then local work in the trigger's clause, then one event per
// real happening (mentions of the same happening are merged).
import type { AnalyseContext, DiplomaticEvent, Entity, Period } from '../../types.ts';
import { findTimes } from '../time/index.ts';
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

const ATTEND_RE = /(?:dự|chủ trì|đăng cai|tổ chức|khai mạc|bế mạc|khuôn khổ|bên lề|dịp|diễn ra|họp|kết thúc)\s+(?:[\p{L}\d]+\s+){0,2}$/u;

const COMMON_NOUN_RULES = new Set(['conference/hội nghị', 'conference/diễn đàn', 'conference/đối thoại', 'conference/thượng đỉnh', 'conference/tọa đàm']);
const NAME_NEXT_RE = /^\s*["“(\p{Lu}]/u;

function capitalised(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// "Hội nghị", "Diễn đàn", "tọa đàm" name an event when written as a proper name ("Hội nghị APEC", "tọa đàm
// Hợp tác kinh tế") or, except "tọa đàm", after an attending verb ("tham dự hội nghị").
function conferenceNamed(ctx: DocContext, hit: TriggerHit): boolean {
  if (!COMMON_NOUN_RULES.has(hit.rule)) return true;
  if (capitalised(ctx.text[hit.start] ?? '') || NAME_NEXT_RE.test(ctx.text.slice(hit.end, hit.end + 3))) return true;
  return hit.rule !== 'conference/tọa đàm' && ATTEND_RE.test(ctx.folded.slice(Math.max(0, hit.start - 40), hit.start));
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

// The date governing a trigger: the first date after it in the clause, before the next trigger; else the
// nearest one before it in the clause.
function dateFor(ctx: DocContext, clause: Clause, hit: TriggerHit, nextStart: number): Period | null {
  let before: Period | null = null;
  for (const d of ctx.dates) {
    if (d.end <= clause.start) continue;
    if (d.start >= clause.end) break;
    if (d.start >= hit.end && d.start < nextStart) return d.period;
    if (d.end <= hit.start) before = d.period;
  }
  return before;
}

const PLACE_RE = /(?<![\p{L}])(?:tại|ở) ((?:[\p{Lu}][\p{L}.-]*)(?:[ -][\p{Lu}][\p{L}.-]*){0,3})/u;

function placeFor(ctx: DocContext, clause: Clause, hit: TriggerHit): string | null {
  const m = PLACE_RE.exec(ctx.text.slice(hit.end, Math.min(clause.end, hit.end + 80)));
  return m?.[1] ?? null;
}

const PEOPLE_REACH = 80;
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

export function eventMentions(text: string, ctx: AnalyseContext, entities: Entity[]): Mention[] {
  const doc = buildContext(text, entities, findTimes(text, ctx));
  const hits = scanTriggers(doc.folded);
  const mentions: Mention[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as TriggerHit;
    const clause = clauseAt(doc, hit.start);
    if (!clause || blocked(doc, clause, hit)) continue;
    const who = actorsFor(doc, clause, hit);
    if (!who) continue;
    const next = hits[i + 1];
    const nextStart = next && next.start < clause.end ? next.start : clause.end;
    const hasObject = OBJECT_RULES.has(hit.rule) || /^ (?:với|cùng) /u.test(doc.folded.slice(hit.end, hit.end + 6));
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
    });
  }
  return mentions;
}

export function extractEvents(text: string, ctx: AnalyseContext, entities: Entity[]): DiplomaticEvent[] {
  return mergeMentions(eventMentions(text, ctx, entities));
}
