// Events: visits, calls, talks, signings, upgrades, conferences, elections.
// One precompiled trigger scan over the folded text, then local work in the trigger's clause, then one event per
// real happening (mentions of the same happening are merged).
import type { AnalyseContext, DiplomaticEvent, Entity, IsoDate } from '../../types.ts';
import { findTimes, type TimeExpr } from '../time/index.ts';
import { bilateralActors, conferenceActors, electedActors, notPlace, partiesIn, peopleNear, visitActors } from './actors.ts';
import { conferenceKind, conferenceNamed } from './conference.ts';
import { buildContext, type Clause, clauseAt, type DocContext, foldedForEvents, VN } from './context.ts';
import { type Mention, mergeMentions } from './merge.ts';
import { everyone, hasObject, meetingPeople } from './people.ts';
import { BLOCKERS, scanTriggers, type TriggerHit } from './rules.ts';
import { dateFor, latestDate, placeFor, usableTimes } from './when.ts';

const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 70;
const PLURAL_RE = /(?:các|những) (?:buổi|cuộc) $/u;

// "Diễn đàn Doanh nghiệp ... được tổ chức tại Hà Nội": a meeting said to be held somewhere is one, whatever its name.
const HELD_RE = /^[^.;]{0,120}?(?<![\p{L}])(?:(?:đã |vừa )?được (?:\p{L}+ )?tổ chức|đồng tổ chức)(?![\p{L}])/u;
const HELD_WHERE_RE = /(?<![\p{L}])(?:tại|ở) \p{Lu}|(?<![\p{L}])bảo trợ(?![\p{L}])/u;

function held(ctx: DocContext, clause: Clause, hit: TriggerHit): boolean {
  if (hit.type !== 'conference') return false;
  const after = ctx.folded.slice(hit.end, clause.end);
  // Both forms end in "tổ chức": a plain search rules out most clauses before the slow regex.
  return after.includes('tổ chức') && HELD_RE.test(after) && HELD_WHERE_RE.test(ctx.text.slice(clause.start, clause.end));
}

/** The blocker that drops a trigger (an invitation, a count, an anniversary...), if any. */
function blocked(ctx: DocContext, clause: Clause, hit: TriggerHit): string | null {
  const before = ctx.folded.slice(Math.max(clause.start, hit.start - BEFORE_WINDOW), hit.start);
  const after = ctx.folded.slice(hit.end, Math.min(clause.end, hit.end + AFTER_WINDOW));
  // What follows a held meeting's name is its name ("Diễn đàn Doanh nghiệp"), not a reason to drop it.
  const hosted = held(ctx, clause, hit);
  for (const b of BLOCKERS) {
    if (b.type !== '*' && b.type !== hit.type) continue;
    if (hosted && b.side === 'after') continue;
    if (b.re.test(b.side === 'before' ? before : after)) return b.re.source;
  }
  return null;
}

function actorsFor(ctx: DocContext, clause: Clause, hit: TriggerHit): string[] | null {
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

/** One part of a mention: most triggers name one happening, a few name several. */
interface Part {
  actors: string[];
  people: string[];
  everyone: string[];
  hasObject: boolean;
}

// "nâng cấp quan hệ với Australia và Pháp lên ...": one upgrade with each country named in the trigger.
// "Tại các buổi hội kiến với A, B": one meeting with each foreign person named.
function partsOf(ctx: DocContext, clause: Clause, hit: TriggerHit, actors: string[], nextStart: number): Part[] {
  if (hit.type === 'relation_upgrade') {
    const inside = new Set(
      partiesIn(ctx, hit.start, hit.end)
        .filter((p) => p.id !== VN && p.kind === 'country')
        .map((p) => p.id),
    );
    if (inside.size > 1) return [...inside].map((id) => ({ actors: [VN, id], people: [], everyone: [], hasObject: false }));
  }
  if (hit.type === 'talks' || hit.type === 'phone_call') {
    // "có cuộc gặp song phương với Thủ tướng Nhật Bản và Thủ tướng Australia": Vietnam meets each of them.
    const objects = withObjects(ctx, hit, nextStart);
    if (objects.length > 1) return objects.map((id) => ({ actors: [VN, id], people: [], everyone: [], hasObject: false }));
  }
  if (hit.type === 'talks' && PLURAL_RE.test(ctx.folded.slice(Math.max(clause.start, hit.start - 12), hit.start))) {
    const each = new Set(
      peopleNear(ctx, clause, hit.end, clause.end)
        .filter((p) => p.country !== VN)
        .map((p) => p.id),
    );
    if (each.size > 1) return [...each].map((id) => ({ actors, people: [id], everyone: [id], hasObject: false }));
  }
  const object = hasObject(ctx, hit);
  return [
    { actors, people: meetingPeople(ctx, clause, hit, actors, nextStart, object), everyone: everyone(ctx, clause), hasObject: object },
  ];
}

const WITH_RE = /^(?: song phương| trực tuyến| riêng)? với /u;

// The foreign countries listed after "với" when Vietnam is the unnamed subject ("Thủ tướng đã gặp với A và B").
function withObjects(ctx: DocContext, hit: TriggerHit, nextStart: number): string[] {
  if (!WITH_RE.test(ctx.folded.slice(hit.end, hit.end + 20))) return [];
  const after = partiesIn(ctx, hit.end, Math.min(nextStart, hit.end + 160)).filter((p) => p.kind === 'country' && notPlace(ctx, p));
  if (after.some((p) => p.id === VN)) return [];
  return [...new Set(after.map((p) => p.id))];
}

/** Every event mention before merging, with the people near its trigger: for tests and for explaining a merge. */
export function eventMentions(text: string, entities: Entity[], times: TimeExpr[]): Mention[] {
  // Triggers first: without one there is no event, and the document's context is not needed.
  const hits = scanTriggers(foldedForEvents(text));
  if (!hits.length) return [];
  const ctx = buildContext(text, entities, times);
  const mentions: Mention[] = [];
  // "nhóm họp bên lề Hội nghị Bộ trưởng ... của Diễn đàn APEC" names one meeting: one conference per clause.
  let conferenceClause = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as TriggerHit;
    const clause = clauseAt(ctx, hit.start);
    if (!clause || blocked(ctx, clause, hit)) continue;
    if (hit.type === 'conference' && clause.start === conferenceClause) continue;
    const actors = actorsFor(ctx, clause, hit);
    if (!actors) continue;
    if (hit.type === 'conference') conferenceClause = clause.start;
    // A conference's later triggers in the clause name the same meeting, so they do not end its reach.
    let j = i + 1;
    while (hit.type === 'conference' && hits[j]?.type === 'conference') j++;
    const next = hits[j];
    const nextStart = next && next.start < clause.end ? next.start : clause.end;
    const date = dateFor(ctx, clause, hit, nextStart);
    let place = placeFor(ctx, clause, hit);
    // A visit takes place in its host; another country named after "tại" is a stop on the way.
    if (
      hit.type === 'visit' &&
      place &&
      ctx.parties.some((p) => p.kind === 'country' && p.id !== actors[1] && ctx.text.slice(p.start, p.end) === place)
    )
      place = null;
    const kind = hit.type === 'conference' ? conferenceKind(ctx.folded.slice(hit.start, hit.end)) : '';
    for (const part of partsOf(ctx, clause, hit, actors, nextStart)) {
      const event = {
        type: hit.type,
        actors: part.actors,
        date,
        place,
        text: text.slice(clause.start, clause.end),
        start: clause.start,
        end: clause.end,
        rule: hit.rule,
      };
      mentions.push({
        event,
        people: part.people,
        everyone: part.everyone,
        at: hit.start,
        clause: clause.start,
        hasObject: part.hasObject,
        kind,
      });
    }
  }
  return mentions;
}

/** The same with the time expressions given: lets the corpus fix dates without the time extractor. */
export function extractEventsWith(
  text: string,
  entities: Entity[],
  times: TimeExpr[],
  published: IsoDate | null = null,
): DiplomaticEvent[] {
  return mergeMentions(eventMentions(text, entities, times), published);
}

/** `found`: the document's time expressions when the caller already has them (findTimes runs once per document). */
export function extractEvents(text: string, ctx: AnalyseContext, entities: Entity[], found?: TimeExpr[]): DiplomaticEvent[] {
  const times = usableTimes(found ?? findTimes(text, ctx), ctx.published);
  return extractEventsWith(text, entities, times, ctx.published ?? latestDate(times));
}
