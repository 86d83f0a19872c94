// One event per real happening: mentions of the same type, the same parties, compatible dates and (for
// meetings) compatible people are one event. A lead and a later paragraph about the same visit give one visit.
import type { DiplomaticEvent, EventType, IsoDate, Period } from '../../types.ts';
import { VN } from './context.ts';

export interface Mention {
  event: DiplomaticEvent;
  /** The people who tell this happening from others (see meetingPeople). */
  people: string[];
  /** Everybody named in the mention's clause. */
  everyone: string[];
  /** Position of the trigger. */
  at: number;
  /** Start of the trigger's clause. */
  clause: number;
  /** The trigger names whom it meets ("hội đàm với X", "tiếp X"). */
  hasObject: boolean;
  /** For conferences: summit, ministerial, dialogue, forum, seminar, or '' when the trigger does not say. */
  kind: string;
}

interface Group {
  event: DiplomaticEvent;
  kind: string;
  people: Set<string>;
  /** Where the last mention was. */
  lastAt: number;
  /** Clause starts of the mentions, with an object, merged so far. */
  clauses: Set<number>;
  everyone: Set<string>;
}

// An undated lead ("Thủ tướng thăm Mỹ") takes the date of a mention that follows it closely and falls near the
// publication date; a dated mention far below, or years away, is a past or planned happening of the same kind.
const DATE_JOIN_REACH = 600;
const RECENT_DAYS = 60;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function datesJoin(g: Group, m: Mention, published: IsoDate | null): boolean {
  const d = m.event.date;
  if (!g.event.date && d) {
    if (!published || m.at - g.lastAt > DATE_JOIN_REACH) return false;
    return daysBetween(d.start, published) <= RECENT_DAYS || daysBetween(d.end, published) <= RECENT_DAYS;
  }
  return datesFit(g.event.date, d);
}

function overlaps(a: Period, b: Period): boolean {
  return !(a.end < b.start || b.end < a.start);
}

function datesFit(a: Period | null | undefined, b: Period | null | undefined): boolean {
  return !a || !b || overlaps(a, b);
}

function foreign(e: DiplomaticEvent): string[] {
  return e.actors.filter((a) => a !== VN);
}

function sameParties(type: EventType, a: DiplomaticEvent, b: DiplomaticEvent): boolean {
  if (type === 'visit') return a.actors[0] === b.actors[0] && a.actors[1] === b.actors[1];
  const fa = foreign(a);
  const fb = foreign(b);
  if (!fa.length || !fb.length) return fa.length === fb.length;
  // A conference is told by its organisation when both name one (country ids are ISO alpha-2, longer ids are bodies).
  if (type === 'conference') {
    const oa = fa.filter((x) => x.length > 2);
    const ob = fb.filter((x) => x.length > 2);
    if (oa.length && ob.length) return oa.some((x) => ob.includes(x));
  }
  return fa.some((x) => fb.includes(x));
}

const BY_PEOPLE: ReadonlySet<EventType> = new Set(['talks', 'visit']);

// Different named people mean different meetings: talks with A and talks with B the same day are two events.
// Two triggers of one clause ("gặp Nhà Vua và hội đàm với Thủ tướng") are two happenings unless they share a name.
function peopleFit(type: EventType, g: Group, m: Mention): boolean {
  if (!BY_PEOPLE.has(type)) return true;
  const inG = m.people.filter((p) => g.people.has(p)).length;
  if (m.hasObject && g.clauses.has(m.clause)) return inG > 0;
  if (!g.people.size || !m.people.length) return true;
  // A visit's guests come and go in the text; one shared name is enough.
  if (type === 'visit') return inG > 0;
  if (inG === m.people.length || inG === g.people.size) return true;
  // The same two leaders named again, the roles swapped: "gặp lại Thủ tướng A, Tổng thống B khẳng định".
  return m.everyone.filter((p) => g.everyone.has(p)).length >= 2;
}

// ISO dates compare as strings; Math.min would turn them into NaN.
function union(a: Period, b: Period): Period {
  const starts = [a.start, b.start].sort();
  const ends = [a.end, b.end].sort();
  return { start: starts[0] as string, end: ends[1] as string };
}

export function mergeMentions(mentions: Mention[], published: IsoDate | null = null): DiplomaticEvent[] {
  const objects = new Map<string, number>();
  for (const m of mentions)
    if (m.hasObject) objects.set(`${m.event.type}@${m.clause}`, (objects.get(`${m.event.type}@${m.clause}`) ?? 0) + 1);
  const groups: Group[] = [];
  for (const m of mentions) {
    const e = m.event;
    // "làm việc với X, gặp đại diện Y": a second meeting in one clause naming nobody is still its own meeting.
    const alone = m.hasObject && !m.people.length && (objects.get(`${e.type}@${m.clause}`) ?? 0) > 1;
    const g = alone
      ? undefined
      : groups.find(
          (x) =>
            x.event.type === e.type &&
            (!x.kind || !m.kind || x.kind === m.kind) &&
            sameParties(e.type, x.event, e) &&
            datesJoin(x, m, published) &&
            peopleFit(e.type, x, m),
        );
    if (!g) {
      groups.push({
        event: { ...e, actors: [...e.actors] },
        kind: m.kind,
        people: new Set(m.people),
        clauses: new Set(m.hasObject ? [m.clause] : []),
        everyone: new Set(m.everyone),
        lastAt: m.at,
      });
      continue;
    }
    g.lastAt = m.at;
    if (!g.kind) g.kind = m.kind;
    if (m.hasObject) g.clauses.add(m.clause);
    for (const p of m.everyone) g.everyone.add(p);
    if (e.date) g.event.date = g.event.date ? union(g.event.date, e.date) : e.date;
    if (!g.event.place && e.place) g.event.place = e.place;
    if (m.people.length > g.people.size) g.people = new Set(m.people);
  }
  return absorbUndated(groups).map((g) => g.event);
}

// An undated mention far from the dated one ("trong cuộc gặp với Thủ tướng Nhật Bản Shinzo Abe", a caption) is
// still the same happening when it names the same two people.
function absorbUndated(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    if (!g.event.date && g.everyone.size >= 2) {
      const d = groups.find(
        (x) =>
          x !== g &&
          x.event.date &&
          x.event.type === g.event.type &&
          (!x.kind || !g.kind || x.kind === g.kind) &&
          sameParties(g.event.type, x.event, g.event) &&
          [...g.everyone].filter((p) => x.everyone.has(p)).length >= 2,
      );
      if (d) continue;
    }
    out.push(g);
  }
  return out;
}
