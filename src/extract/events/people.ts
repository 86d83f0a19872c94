// The people who tell one happening from another: talks with A and talks with B the same day are two events.
import { peopleNear } from './actors.ts';
import { type Clause, type DocContext, type PersonMention, VN } from './context.ts';
import type { TriggerHit } from './rules.ts';

const PEOPLE_REACH = 120;
// Triggers that always name whom they meet: "tiếp <title>", "gặp <title>", "làm việc với".
const OBJECT_RULES = new Set([
  'talks/tiếp',
  'talks/gặp',
  'talks/làm việc với',
  'talks/có cuộc làm việc',
  'talks/tiếp xúc với',
  'talks/tiếp đón',
]);

/** The trigger names whom it meets: "hội đàm với X", "tiếp X", "hội kiến Phó Chủ tịch nước X". */
export function hasObject(ctx: DocContext, hit: TriggerHit): boolean {
  if (hit.type !== 'talks' && hit.type !== 'phone_call') return false;
  return (
    OBJECT_RULES.has(hit.rule) ||
    /^ (?:với|cùng) /u.test(ctx.folded.slice(hit.end, hit.end + 6)) ||
    /^ \p{Lu}/u.test(ctx.text.slice(hit.end, hit.end + 2))
  );
}

// A visit: its guests, anywhere in the clause (the hosts change by the day). A meeting: whom the trigger meets
// ("hội kiến với X", no comma between); for a trigger that takes an object but names a delegation ("tiếp đoàn ...
// do X dẫn đầu"), the people after it; otherwise nobody, which fits any meeting.
export function meetingPeople(
  ctx: DocContext,
  clause: Clause,
  hit: TriggerHit,
  actors: string[],
  nextStart: number,
  object: boolean,
): string[] {
  let keep: PersonMention[];
  if (hit.type === 'visit') {
    const guest = actors[0];
    keep = peopleNear(ctx, clause, clause.start, clause.end).filter((p) => p.country === guest || (p.country === null && guest !== VN));
  } else {
    keep = peopleNear(ctx, clause, hit.end, Math.min(nextStart, hit.end + PEOPLE_REACH)).filter(
      (p) => !/[,;:]/u.test(ctx.text.slice(hit.end, p.start)),
    );
    if (!keep.length && object) keep = peopleNear(ctx, clause, hit.end, nextStart);
  }
  return [...new Set(keep.map((p) => p.id))];
}

/** Everybody named in the clause. */
export function everyone(ctx: DocContext, clause: Clause): string[] {
  return [...new Set(peopleNear(ctx, clause, clause.start, clause.end).map((p) => p.id))];
}
