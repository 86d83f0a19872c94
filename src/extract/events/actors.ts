// Who takes part in an event: parties named in the clause, people's countries, Vietnam by title, the article's partner.
import type { EventType } from '../../types.ts';
import { type Clause, type DocContext, type PersonMention, VN, within } from './context.ts';
import { BILATERAL_RE, type TriggerHit, VN_TITLE_RE } from './rules.ts';

export interface Party {
  id: string;
  kind: 'country' | 'org';
  /** Position in the text; people count at their name. */
  pos: number;
}

/** Countries and organisations in [start, end): named ones and those of the people named there. */
export function partiesIn(ctx: DocContext, start: number, end: number): Party[] {
  const out: Party[] = within(ctx.parties, start, end).map((m) => ({ id: m.id, kind: m.kind, pos: m.start }));
  for (const p of within(ctx.people, start, end)) if (p.country) out.push({ id: p.country, kind: 'country', pos: p.start });
  return out.sort((a, b) => a.pos - b.pos);
}

/** Foreign parties ranked for a trigger: those after it first (nearest first), then those before (nearest first). */
function ranked(parties: Party[], hit: TriggerHit): Party[] {
  const after = parties.filter((p) => p.pos >= hit.start);
  const before = parties.filter((p) => p.pos < hit.start).reverse();
  return [...after, ...before];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

export function vnParty(ctx: DocContext, clause: Clause, parties: Party[]): boolean {
  return parties.some((p) => p.id === VN) || VN_TITLE_RE.test(ctx.folded.slice(clause.start, clause.end));
}

function bilateral(ctx: DocContext, clause: Clause): boolean {
  return BILATERAL_RE.test(ctx.folded.slice(clause.start, clause.end));
}

const AT_PLACE_RE = /(?:tại|ở|đến|tới|sang)(?: thủ đô| thành phố)? $/u;
const AT_CITY_RE = /(?<![\p{L}])(?:tại|ở)(?: thủ đô| thành phố)?(?: \p{Lu}[\p{L}.-]*){1,3}, $/u;

// A country after "tại/ở" ("tại Brazil", "tại Lima, Peru") is where the meeting happens, not who meets.
export function notPlace(ctx: DocContext, p: Party): boolean {
  return (
    !AT_PLACE_RE.test(ctx.folded.slice(Math.max(0, p.pos - 16), p.pos)) && !AT_CITY_RE.test(ctx.text.slice(Math.max(0, p.pos - 50), p.pos))
  );
}

// An organisation is a counterpart when named right after the trigger: "gặp Tổng Thư ký Liên Hợp Quốc".
function orgCounterpart(ctx: DocContext, hit: TriggerHit, p: Party): boolean {
  if (p.pos < hit.start) {
    // "Việt Nam và EU đã ký …": the organisation shares the subject with Việt Nam.
    const gap = ctx.folded.slice(p.pos, hit.start);
    return gap.length <= ORG_SUBJECT_REACH && !/[,;:]/u.test(gap) && WITH_VN_RE.test(ctx.folded.slice(Math.max(0, p.pos - 14), p.pos));
  }
  const between = ctx.folded.slice(hit.end, p.pos);
  if (/(?<![\p{L}])(?:tại|ở|trong|của)(?![\p{L}])/u.test(between)) return false;
  // Near the trigger, or further on after "với" ("ký Biên bản ghi nhớ hợp tác với Đại diện cấp cao EU").
  return between.length <= 35 || (between.length <= ORG_WITH_REACH && !/[,;:]/u.test(between) && WITH_RE.test(between));
}

const ORG_SUBJECT_REACH = 30;
const ORG_WITH_REACH = 90;
const WITH_VN_RE = /việt nam (?:và|với|-) $/u;
const WITH_RE = /(?<![\p{L}])với(?![\p{L}])/u;

const OWNED_RE = /(?<![\p{L}])của $/u;

/** A party named after "của" ("đồng minh của Mỹ"). */
function owned(ctx: DocContext, p: Party): boolean {
  return OWNED_RE.test(ctx.folded.slice(Math.max(0, p.pos - 5), p.pos));
}

/** People named in [from, to) within the clause. */
export function peopleNear(ctx: DocContext, clause: Clause, from: number, to: number): PersonMention[] {
  return within(ctx.people, Math.max(clause.start, from), Math.min(clause.end, to));
}

// talks, phone calls, signings, upgrades: Vietnam and the foreign counterpart (two foreign parties without Vietnam).
export function bilateralActors(ctx: DocContext, clause: Clause, hit: TriggerHit, type: EventType): string[] | null {
  const parties = partiesIn(ctx, clause.start, clause.end);
  const eligible = parties.filter((p) => p.id !== VN && (p.kind === 'country' || orgCounterpart(ctx, hit, p)));
  // A country named as the place comes last: "gặp Tổng thống Mỹ tại Brazil" is a meeting with the US.
  const places = eligible.filter((p) => !notPlace(ctx, p));
  const candidates = eligible.filter((p) => notPlace(ctx, p));
  // "đồng minh của Mỹ": a possessive names a third party, so it comes last too.
  const order = [...ranked(candidates, hit), ...ranked(places, hit)];
  let foreign = unique([...order.filter((p) => !owned(ctx, p)), ...order.filter((p) => owned(ctx, p))].map((p) => p.id)).slice(0, 2);
  // "X thăm Việt Nam ...; hai bên đã ký 5 văn kiện": the partner named elsewhere in the sentence.
  if (!foreign.length && (type === 'phone_call' || bilateral(ctx, clause))) {
    const s = clause.sentence;
    foreign = unique(
      ranked(
        partiesIn(ctx, s.start, s.end).filter((p) => p.id !== VN && p.kind === 'country'),
        hit,
      ).map((p) => p.id),
    ).slice(0, 1);
  }
  const strong = type === 'talks' && /^(?:cuộc |buổi )?hội (?:đàm|kiến)/u.test(ctx.folded.slice(hit.start, hit.end));
  if (!foreign.length && ctx.focus && (strong || bilateral(ctx, clause))) foreign = [ctx.focus];
  if (!foreign.length) return null;
  const withVn = foreign.length < 2 || vnParty(ctx, clause, parties);
  return withVn ? [VN, foreign[0] as string] : foreign;
}

// Conferences: every organisation and country in the clause, Vietnam when it attends or hosts.
export function conferenceActors(ctx: DocContext, clause: Clause, hit: TriggerHit): string[] | null {
  const parties = partiesIn(ctx, clause.start, clause.end);
  const orgs = unique(parties.filter((p) => p.kind === 'org').map((p) => p.id));
  const countries = unique(
    ranked(
      parties.filter((p) => p.kind === 'country' && p.id !== VN),
      hit,
    ).map((p) => p.id),
  );
  const summit = /thượng đỉnh|cấp cao/u.test(ctx.folded.slice(hit.start, hit.end + 20));
  // Vietnamese news reports the meetings Vietnam attends or hosts; Vietnam never decides a match (score ignores it).
  const actors = unique([VN, ...orgs, ...countries]);
  if (!orgs.length && !countries.length && !(summit && vnParty(ctx, clause, parties))) return null;
  return actors;
}

// "đắc cử tổng thống Nga", "được bầu làm Thủ tướng Nhật Bản": a post, then the country it belongs to.
const POST_RE =
  /^(?: làm| vào| là| giữ)?(?: chức| vị trí| cương vị)? (?:phó tổng thống|tổng thống|phó thủ tướng|thủ tướng|chủ tịch nước|chủ tịch|thống đốc|thị trưởng|thượng nghị sĩ|hạ nghị sĩ|nghị sĩ|quốc vương|tổng bí thư|lãnh đạo)(?![\p{L}])/u;
const POST_REACH = 30;

// Elections: a foreign post names the country whose election it is; otherwise Vietnam (named before the trigger,
// not as a place) takes a seat in a body.
export function electedActors(ctx: DocContext, clause: Clause, hit: TriggerHit): string[] | null {
  const post = POST_RE.exec(ctx.folded.slice(hit.end, Math.min(clause.end, hit.end + 40)));
  if (post) {
    const from = hit.end + post[0].length;
    const owner = partiesIn(ctx, from, Math.min(clause.end, from + POST_REACH)).find(
      (p) => p.kind === 'country' && !/[,;:]/u.test(ctx.folded.slice(from, p.pos)),
    );
    if (owner && owner.id !== VN) return [owner.id];
  }
  const before = partiesIn(ctx, Math.max(clause.start, hit.start - 80), hit.start).filter(
    (p) => !AT_PLACE_RE.test(ctx.folded.slice(Math.max(0, p.pos - 16), p.pos)),
  );
  if (before[before.length - 1]?.id !== VN) return null;
  const orgs = unique(
    partiesIn(ctx, clause.start, clause.end)
      .filter((p) => p.kind === 'org')
      .map((p) => p.id),
  );
  return [VN, ...orgs];
}

const OF_RE = /(?<![\p{L}])của(?![\p{L}])/u;
// How far after "chuyến thăm" its "của <guest>" may stand when no destination is named ("lần này", "chính thức").
const OF_REACH = 25;
// Where the "của <guest>" noun phrase ends: another relation or a clause of its own.
const OF_PHRASE_END_RE =
  /(?<![\p{L}])(?:theo|tới|đến|sang|tại|ở|với|của|kể từ|khi|sau|trước|trong|nhân|vào|là|đã|sẽ|đang|diễn ra|nhằm|để|và)(?![\p{L}])/u;
const TOWARD_RE = /(?:tới|đến|sang|tại|ở|thăm)(?: thủ đô| nước)? $/u;
// A country after "quá cảnh", "rời", "tại" is a place on the way, not the guest.
const PASSED_RE = /(?:tại|ở|đến|tới|sang|quá cảnh|rời|từ) $/u;
// Between "chuyến thăm" and its destination come modifiers, not a comma or another relation.
const HOST_GAP_BAD_RE = /[,;:]|(?<![\p{L}])(?:quan hệ|giữa|với|về|cho|là)(?![\p{L}])/u;
const THIS_COUNTRY_RE = /^ (?:chính thức |cấp nhà nước |làm việc )?(?:tới |đến |sang )?(?:nước này|nước bạn)/u;

// Visits: [guest, host]. The host is the country named after the trigger (or after "tới/đến/tại" past a
// "của <guest>" phrase); the guest is the "của" phrase, else the nearest party before the trigger, else Vietnam.
export function visitActors(ctx: DocContext, clause: Clause, hit: TriggerHit): string[] | null {
  const after = partiesIn(ctx, hit.end, clause.end).filter((p) => p.kind === 'country');
  let host: Party | null = null;
  let guest: string | null = null;
  for (const p of after) {
    const gap = ctx.folded.slice(hit.end, p.pos);
    if (gap.length > 90) break;
    if (OF_RE.test(gap)) {
      if (TOWARD_RE.test(gap)) {
        host = p;
        break;
      }
      continue;
    }
    if (gap.length <= 45 && !HOST_GAP_BAD_RE.test(gap)) {
      host = p;
      break;
    }
  }
  if (hit.rule === 'visit/thăm <country>' || hit.rule === 'visit/đang thăm') {
    if (!host || host.pos - hit.end > (hit.rule === 'visit/đang thăm' ? 20 : 2)) return null;
  }
  let hostId = host?.id ?? null;
  // "sang dự <meeting>": a foreign delegation comes over to a meeting held here.
  if (!hostId && hit.rule === 'visit/sang dự') hostId = VN;
  if (!hostId && ctx.focus && THIS_COUNTRY_RE.test(ctx.folded.slice(hit.end, hit.end + 40))) hostId = ctx.focus;
  // "của <guest>" between the trigger and the host, or right after the host.
  // Only within the trigger's noun phrase: "thăm Philippines, một đồng minh của Mỹ" does not make the US the guest.
  const phrase = ctx.folded.slice(hit.end, Math.min(clause.end, hit.end + 120)).split(/[,;:(]/u)[0] ?? '';
  const ofAt = phrase.search(OF_RE);
  if (ofAt >= 0) {
    const from = hit.end + ofAt;
    const g = partiesIn(ctx, from, Math.min(clause.end, from + 70, hit.end + phrase.length)).find(
      (p) => p.id !== hostId && p.kind === 'country',
    );
    if (g) guest = g.id;
  }
  // "chuyến thăm lần này của Tổng thống Mông Cổ": a foreign guest and no destination named; Vietnamese news means here.
  if (!hostId && ofAt >= 0 && ofAt <= OF_REACH && ctx.parties.some((p) => p.id === VN)) {
    const from = hit.end + ofAt + 4;
    const rest = ctx.folded.slice(from, hit.end + phrase.length);
    const stop = rest.search(OF_PHRASE_END_RE);
    const own = partiesIn(ctx, from, from + (stop < 0 ? rest.length : stop)).find((p) => p.kind === 'country');
    if (own && own.id !== VN) {
      hostId = VN;
      guest = own.id;
    }
  }
  if (!hostId) return null;
  if (!guest) {
    const before = partiesIn(ctx, Math.max(clause.start, hit.start - 150), hit.start).filter(
      (p) => p.kind === 'country' && !PASSED_RE.test(ctx.folded.slice(Math.max(0, p.pos - 12), p.pos)),
    );
    const near = before[before.length - 1];
    if (near && near.id !== hostId) guest = near.id;
    else if (near && near.id === hostId && hostId !== VN) guest = VN;
  }
  if (!guest) guest = hostId !== VN ? VN : ctx.focus;
  if (!guest || guest === hostId) return null;
  return [guest, hostId];
}
