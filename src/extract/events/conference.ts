// When "Hội nghị", "Diễn đàn", "tọa đàm" name a meeting, and which kind of meeting it is.
import type { DocContext } from './context.ts';
import type { TriggerHit } from './rules.ts';

const ATTEND_RE = /(?:dự|chủ trì|đăng cai|tổ chức|khai mạc|bế mạc|diễn ra|họp|kết thúc)\s+(?:[\p{L}\d]+\s+){0,2}$/u;
const AT_EVENT_RE = /(?:tại|ở|trong khuôn khổ|bên lề|nhân dịp|dịp)\s+$/u;
const COMMON_NOUN_RULES = new Set([
  'conference/hội nghị',
  'conference/diễn đàn',
  'conference/đối thoại',
  'conference/thượng đỉnh',
  'conference/tọa đàm',
]);
// "Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương chính trị": the name of a body in a title, not a meeting.
const IN_TITLE_RE =
  /(?:Chủ tịch|Ủy ban|Uỷ ban|Ủy viên|Uỷ viên|Tổng [Tt]hư ký|Ban)(?: (?!dự|tham|chủ trì|tại|khai|tổ chức|đăng cai|của)[\p{L}]+){0,4} $/u;
const NAME_NEXT_RE = /^\s*["“(\p{Lu}]/u;

function capitalised(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// A common noun names a meeting when written as a proper name ("Hội nghị APEC", "tọa đàm Hợp tác kinh tế") or,
// except "tọa đàm", after an attending verb ("tham dự hội nghị").
export function conferenceNamed(ctx: DocContext, hit: TriggerHit): boolean {
  // Any meeting word in a title names a body ("Phó Chủ tịch Đại hội đồng UNESCO"), not a meeting.
  if (IN_TITLE_RE.test(ctx.text.slice(Math.max(0, hit.start - 60), hit.start))) return false;
  if (!COMMON_NOUN_RULES.has(hit.rule)) return true;
  const lead = ctx.folded.slice(Math.max(0, hit.start - 40), hit.start);
  const attended = ATTEND_RE.test(lead);
  // "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương" is APEC itself unless someone attends it or is there.
  const orgName = ctx.parties.some((m) => m.kind === 'org' && m.start <= hit.start && hit.start < m.end);
  if (orgName && !attended && !AT_EVENT_RE.test(lead)) return false;
  if (capitalised(ctx.text[hit.start] ?? '') || NAME_NEXT_RE.test(ctx.text.slice(hit.end, hit.end + 3))) return true;
  return hit.rule !== 'conference/tọa đàm' && attended;
}

/** Summit, ministerial, dialogue, forum, seminar, or '' when the trigger does not say. */
export function conferenceKind(trigger: string): string {
  if (/thượng đỉnh|cấp cao/u.test(trigger)) return 'summit';
  if (/bộ trưởng/u.test(trigger)) return 'ministerial';
  if (/đối thoại/u.test(trigger)) return 'dialogue';
  if (/diễn đàn/u.test(trigger)) return 'forum';
  if (/tọa đàm/u.test(trigger)) return 'seminar';
  return '';
}
