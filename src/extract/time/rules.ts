// Time rules for Vietnamese: each a named pattern (regexes over folded text, or earlier results) and a production.
// The name travels into TimeExpr.rule. Word lists come from data/time/ (lexicon.ts).

import { foldTone } from '../../text/fold.ts';
import type { Env, Part, Production, Rule, Token } from './engine.ts';
import { alternation, countOf, LEX } from './lexicon.ts';
import { grainOf, type TimeNode, type Unit } from './nodes.ts';
import { DATE_NUMBER, DAY_NUMBER, YEAR_NUMBER } from './triggers.ts';

const LETTER = '[\\p{L}\\p{N}]';
/** Word start / end: \b does not know Vietnamese letters. */
const B = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;
const DD = (g: string) => `(?<${g}>0?[1-9]|[12]\\d|3[01])`;
const MM = (g: string) => `(?<${g}>0?[1-9]|1[0-2])`;
const YYYY = (g: string) => `(?<${g}>(?:19|20)\\d\\d)`;
const alt = (xs: Iterable<string>) => `(?:${alternation(xs)})`;
const MONTH_WORD = (g: string) => `(?<${g}>${alternation(LEX.months.keys())})`;
const COUNT = (g: string) => `(?<${g}>\\d{1,2}|${alternation(LEX.numbers.keys())})`;
const QUARTER = `(?<q>${alternation(LEX.quarters.keys())})`;
/** A relative year word after "năm": nay, ngoái, tới, qua... */
const YEAR_REL = `(?<yrel>${alternation([...LEX.relYear.keys(), 'qua', 'vừa qua'])})`;
/** What may follow a year inside a month/quarter: "/2021", "-2021", " năm 2021". */
const YEAR_TAIL = `(?:\\s*(?:[/.\\-]|năm)\\s*${YYYY('y')}(?![\\d]|[/.\\-]\\d))?`;
/** A date may not run on into more digits or into "/NQ-CP" style document numbers. */
const DATE_END = '(?![\\d]|[/.\\-,]\\d|/\\p{L})';

/** Regex sources are written in the usual spelling; the text is matched in one tone style ("khoảng" → "khỏang"). */
const toneStyle = (src: string) => src.replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gu, (m) => foldTone(m));
const rx = (src: string) => new RegExp(toneStyle(src), 'u');

function g(p: Part | undefined, name: string): string | undefined {
  return p?.match?.groups?.[name] ?? p?.pre?.groups?.[name];
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function monthOf(s: string | undefined, env: Env, p: Part): number | null {
  if (s === undefined) return null;
  if (/^\d+$/.test(s)) return Number(s);
  const m = LEX.months.get(s.replace(/\s+/g, ' '));
  if (m === undefined) return null;
  // "tháng Năm" (May) only with the capital: "9 tháng năm 2023" is nine months.
  if (m === 5 && s === 'năm' && !/tháng\s+(Năm|NĂM)/u.test(env.text.slice(p.start, p.end))) return null;
  return m;
}

function yearRel(s: string | undefined): TimeNode | null {
  if (s === undefined) return null;
  const w = s.replace(/\s+/g, ' ');
  if (w === 'qua' || w === 'vừa qua') return { t: 'pastYear' };
  const off = LEX.relYear.get(w);
  return off === undefined ? null : { t: 'rel', unit: 'year', offset: off };
}

/** Fills a year given as a number or a relative word into a calendar value. */
function withYear<T extends TimeNode>(n: T, y: string | undefined, rel: string | undefined): T | null {
  if (y !== undefined) return { ...n, y: Number(y) };
  const r = yearRel(rel);
  if (!r) return n;
  if (r.t === 'rel') return { ...n, yRel: r.offset };
  return null;
}

const DOC_WORDS = rx(
  '(?:số|nghị quyết|quyết định|chỉ thị|thông tư|nghị định|công văn|kết luận|luật|văn bản|thông báo|tờ trình|hotline|điện thoại|đt|tel|fax)[\\s:.]*$',
);
const RANK_WORDS = rx('(?:thứ|hạng|top|tỷ số|tỉ số|tỷ lệ|tỉ lệ|vị trí)\\s*$');

/** A number that belongs to a document number, phone number or rank, not a date. */
function notDateContext(env: Env, p: Part): boolean {
  const before = env.folded.slice(Math.max(0, p.start - 24), p.start);
  return DOC_WORDS.test(before) || RANK_WORDS.test(before) || /[\d/.,]\s*$/.test(before.slice(-1));
}

/** "năm" preceded by a count or a plural word is not "the year": "những năm qua", "2 năm trước", "mỗi năm". */
const COUNTED_BEFORE = rx(`(?:\\d|${B}(?:những|nhiều|các|mấy|hàng|hằng|bao|mỗi|cùng|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\\s*$`);
const DATE_NUMBER_BEFORE = rx(`${B}(?:tháng|quý|quí|ngày)\\s+\\S+\\s*$`);

function countedBefore(env: Env, start: number): boolean {
  const before = env.folded.slice(Math.max(0, start - 14), start);
  // "tháng 12 năm ngoái": the number before is a month, not a count of years.
  return COUNTED_BEFORE.test(before) && !DATE_NUMBER_BEFORE.test(before);
}

const isAtom = (t: Token) => t.mode === 'plain' && t.node.t !== 'range';
const isCalendar = (t: Token) => t.mode === 'plain' && !t.internal && ['day', 'days', 'month', 'months', 'monthPart'].includes(t.node.t);
const isYearless = (t: Token) =>
  isCalendar(t) && (t.node as { y?: number; yRel?: number }).y === undefined && (t.node as { yRel?: number }).yRel === undefined;
const isYearSpec = (t: Token) =>
  t.mode === 'plain' && (t.node.t === 'year' || (t.node.t === 'rel' && t.node.unit === 'year') || t.node.t === 'pastYear');
const isDay = (t: Token) => t.mode === 'plain' && !t.internal && (t.node.t === 'day' || t.node.t === 'days');

const tok = (p: Part | undefined) => p?.token as Token;
/** The last word of each phrase: what a regex over the phrases ends with (endWords). */
const lastWords = (phrases: Iterable<string>) => [...new Set([...phrases].map((p) => p.split(' ').pop() as string))];
const plain = (node: TimeNode, extra: Partial<Production> = {}): Production => ({ node, ...extra });
/** What a COUNT ends with: one or two digits or the last word of a number word. */
const COUNT_END = [DAY_NUMBER, ...lastWords(LEX.numbers.keys())];

// ---------------------------------------------------------------------------------------------------------------
// Days

const dmy: Rule = {
  name: '<dd>/<mm>/<yyyy>',
  trigger: [DATE_NUMBER],
  pattern: [rx(`(?<![\\p{L}\\p{N}/.,\\-])${DD('d')}(?<sep>[/.\\-])${MM('m')}\\k<sep>${YYYY('y')}${DATE_END}`)],
  prod: ([p], env) => {
    if (!p || notDateContext(env, p)) return null;
    return plain({ t: 'day', d: Number(g(p, 'd')), m: Number(g(p, 'm')), y: Number(g(p, 'y')) });
  },
};

const dayMonthWords: Rule = {
  name: 'ngày <dd> tháng <mm> năm <yyyy>',
  trigger: ['ngày'],
  pattern: [rx(`ngày\\s+${DD('d')}\\s+tháng\\s+(?:${MM('m')}|${MONTH_WORD('mw')})(?:\\s*(?:,?\\s*năm\\s+|[/\\-]\\s*)${YYYY('y')})?${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    const m = g(p, 'm') !== undefined ? Number(g(p, 'm')) : monthOf(g(p, 'mw'), env, p);
    if (!m) return null;
    return plain({ t: 'day', d: Number(g(p, 'd')), m, y: num(g(p, 'y')) });
  },
};

const dayMonthYearWords: Rule = {
  name: '<dd> tháng <mm> năm <yyyy>',
  trigger: [DAY_NUMBER],
  pattern: [rx(`(?<![\\p{L}\\p{N}])${DD('d')}\\s+tháng\\s+${MM('m')}\\s*(?:,?\\s*năm\\s+|[/\\-]\\s*)${YYYY('y')}${E}`)],
  prod: ([p]) => plain({ t: 'day', d: Number(g(p, 'd')), m: Number(g(p, 'm')), y: Number(g(p, 'y')) }),
};

const ngayDm: Rule = {
  name: 'ngày <dd>/<mm>',
  trigger: ['ngày', 'hôm'],
  pattern: [rx(`${B}(?:ngày|hôm)\\s+${DD('d')}\\s*(?<sep>[/.\\-])\\s*${MM('m')}(?:\\k<sep>${YYYY('y')})?${DATE_END}`)],
  prod: ([p]) => (p ? plain({ t: 'day', d: Number(g(p, 'd')), m: Number(g(p, 'm')), y: num(g(p, 'y')) }) : null),
};

const ngayDays: Rule = {
  name: 'ngày <dd>-<dd>/<mm>',
  trigger: ['ngày'],
  before: rx(`${B}(?:các|hai|ba|\\d)\\s+`),
  endWords: ['các', 'hai', 'ba', DAY_NUMBER],
  pattern: [
    rx(`ngày\\s+${DD('d1')}\\s*(?:[-–]|và|,|đến|tới)\\s*${DD('d2')}\\s*(?<sep>[/.\\-])\\s*${MM('m')}(?:\\k<sep>${YYYY('y')})?${DATE_END}`),
  ],
  prod: ([p]) => {
    if (!p) return null;
    const d1 = Number(g(p, 'd1'));
    const d2 = Number(g(p, 'd2'));
    if (d2 <= d1) return null;
    return plain({ t: 'days', d1, d2, m: Number(g(p, 'm')), y: num(g(p, 'y')) });
  },
};

const barePeriodDays: Rule = {
  name: '<dd>-<dd>/<mm>',
  trigger: [DAY_NUMBER],
  before: rx(`${B}(?:từ|trong|vào|dịp)\\s+`),
  endWords: ['từ', 'trong', 'vào', 'dịp'],
  beforeRequired: true,
  beforeOutside: true,
  midWord: true,
  pattern: [rx(`(?<![\\p{L}\\p{N}/.,\\-])${DD('d1')}\\s*[-–]\\s*${DD('d2')}\\s*\\/\\s*${MM('m')}(?:\\/${YYYY('y')})?${DATE_END}`)],
  prod: ([p]) => {
    if (!p) return null;
    const d1 = Number(g(p, 'd1'));
    const d2 = Number(g(p, 'd2'));
    return d2 > d1 ? plain({ t: 'days', d1, d2, m: Number(g(p, 'm')), y: num(g(p, 'y')) }) : null;
  },
};

/** A bare "12.5" after these is a quantity ("đạt 12.5"), not a date. */
const QUANTITY_BEFORE = rx(`${B}(?:đạt|tăng|giảm|khoảng|mức|là|chiếm|lên|xuống|gần|hơn|trên|dưới|ước|xấp xỉ|còn|thêm|với)\\s*$`);

/** Only these may follow a bare "30/6" or "28.6", so ratios ("3/10 quốc gia") and decimals stay numbers. */
const BARE_DATE_FOLLOW = `(?=\\s*(?:$|[,;:)\\]”"\\n]|\\.(?!\\d)|(?:tại|ở|vừa|tới|và|đến|năm|vào|sau|trước|hằng|hàng|nay|qua|đã|sẽ|theo|hai|các|chính|thủ|bộ|tổng|chủ|phó)${E}|[-–]\\s))`;

const bareDm: Rule = {
  name: '<dd>/<mm>',
  trigger: [DATE_NUMBER],
  pattern: [rx(`(?<![\\p{L}\\p{N}/.,\\-]|[\\p{N}][.,]\\s?)${DD('d')}(?<sep>[/.])${MM('m')}(?![\\d]|[/.,]\\d|\\s*%)${BARE_DATE_FOLLOW}`)],
  prod: ([p], env) => {
    if (!p || notDateContext(env, p) || QUANTITY_BEFORE.test(env.folded.slice(Math.max(0, p.start - 16), p.start))) return null;
    // "28.6" with a dot: only day.month shapes that read as dates, not "1.5".
    if (g(p, 'sep') === '.' && Number(g(p, 'd')) < 10 && !/[(\s]$/.test(env.folded.slice(p.start - 1, p.start))) return null;
    return plain({ t: 'day', d: Number(g(p, 'd')), m: Number(g(p, 'm')) });
  },
};

const POD = alt(LEX.partOfDay);

const partOfDayDate: Rule = {
  name: '<sáng|chiều|tối> <dd>[/<mm>]',
  trigger: [DAY_NUMBER],
  before: rx(`${B}${POD}(?:\\s+(?:ngày|hôm))?\\s+`),
  endWords: [...lastWords(LEX.partOfDay), 'ngày', 'hôm'],
  beforeRequired: true,
  pattern: [
    rx(
      `${DD('d')}(?:\\s*(?<sep>[/.\\-])\\s*${MM('m')}(?:\\k<sep>${YYYY('y')})?)?(?!\\s*(?:h|giờ|g|:|phút)${E}|\\s*:|[\\d]|[/.\\-]\\d)${E}`,
    ),
  ],
  prod: ([p]) => (p ? plain({ t: 'day', d: Number(g(p, 'd')), m: num(g(p, 'm')), y: num(g(p, 'y')) }) : null),
};

/** One rule per word, so each scan starts with a literal (fast). */
const partOfDayRel: Rule[] = [...LEX.partOfDayRel].map(([word, offset]) => ({
  name: `<sáng|chiều|tối> ${word}`,
  trigger: [word.split(' ')[0] as string],
  before: rx(`${B}${POD}\\s+`),
  endWords: lastWords(LEX.partOfDay),
  beforeRequired: true,
  pattern: [rx(`${alternation([word])}${E}`)],
  prod: () => plain({ t: 'rel', unit: 'day', offset }),
}));

const relDay: Rule = {
  name: 'hôm nay|hôm qua|ngày mai',
  trigger: ['ngày', 'hôm'],
  pattern: [rx(`${B}(?<w>${alternation(LEX.relDay.keys())})${E}`)],
  prod: ([p]) => {
    const off = LEX.relDay.get((g(p, 'w') ?? '').replace(/\s+/g, ' '));
    return off === undefined ? null : plain({ t: 'rel', unit: 'day', offset: off });
  },
};

/** "Ngày 21, ..." — a day of the reference month; only before words that end a date phrase. */
const ngayD: Rule = {
  name: 'ngày <dd>',
  trigger: ['ngày'],
  pattern: [rx(`${B}ngày\\s+${DD('d')}(?=\\s*(?:[,;:)]|\\.(?!\\d)|(?:tại|ở|và|đến|tới|vừa|này|cùng|nay)${E}))`)],
  prod: ([p], env) => {
    if (!p) return null;
    const before = env.folded.slice(Math.max(0, p.start - 12), p.start);
    if (/(?:mỗi|một|hằng|hàng|trong|các|những|\d)\s*$/u.test(before)) return null;
    return plain({ t: 'day', d: Number(g(p, 'd')) });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Months

const month: Rule = {
  name: 'tháng <mm>[/<yyyy>]',
  trigger: ['tháng'],
  pattern: [rx(`tháng\\s+(?:${MM('m')}|${MONTH_WORD('mw')})${YEAR_TAIL}(?![\\d]|[/.\\-]\\d|\\s*tháng)${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    const m = g(p, 'm') !== undefined ? Number(g(p, 'm')) : monthOf(g(p, 'mw'), env, p);
    // "3 tháng 5 ngày" is a duration.
    if (!m || notDateContext(env, p) || /\d\s*$/.test(env.folded.slice(Math.max(0, p.start - 4), p.start))) return null;
    return plain({ t: 'month', m, y: num(g(p, 'y')) });
  },
};

/** "tháng 1-2/2023": consecutive months of one year. */
const monthRange: Rule = {
  name: 'tháng <mm>-<mm>/<yyyy>',
  trigger: ['tháng'],
  pattern: [rx(`tháng\\s+${MM('m1')}\\s*[-–]\\s*${MM('m2')}(?:\\s*(?:[/.\\-]|năm)\\s*${YYYY('y')})?(?![\\d]|[/.\\-]\\d)${E}`)],
  prod: ([p], env) => {
    if (!p || /\d\s*$/.test(env.folded.slice(Math.max(0, p.start - 4), p.start))) return null;
    const m1 = Number(g(p, 'm1'));
    const m2 = Number(g(p, 'm2'));
    return m2 > m1 ? plain({ t: 'months', m1, m2, y: num(g(p, 'y')), recent: true }) : null;
  },
};

const relMonth: Rule = {
  name: 'tháng <này|trước|tới>',
  trigger: ['tháng'],
  pattern: [rx(`${B}tháng\\s+(?<w>${alternation(LEX.relMonth.keys())})${E}`)],
  prod: ([p], env) => {
    if (!p || countedBefore(env, p.start)) return null;
    const off = LEX.relMonth.get((g(p, 'w') ?? '').replace(/\s+/g, ' '));
    return off === undefined ? null : plain({ t: 'rel', unit: 'month', offset: off });
  },
};

const relWeek: Rule = {
  name: 'tuần <này|qua|tới>',
  trigger: ['tuần'],
  pattern: [rx(`${B}tuần\\s+(?<w>${alternation(LEX.relWeek.keys())})${E}`)],
  prod: ([p], env) => {
    if (!p || countedBefore(env, p.start)) return null;
    const off = LEX.relWeek.get((g(p, 'w') ?? '').replace(/\s+/g, ' '));
    if (off === undefined) return null;
    // "tuần qua" is the seven days up to the reference, not the previous calendar week.
    return plain(
      off === -1 && /qua/.test(g(p, 'w') ?? '') ? { t: 'lastN', unit: 'week', n: 1, dir: -1 } : { t: 'rel', unit: 'week', offset: off },
    );
  },
};

/** "đầu", "giữa", "cuối"...: what comes before "tháng" in LEX.monthParts. */
const MONTH_PART_WORDS = [...LEX.monthParts.keys()].map((k) => k.replace(/\s*tháng$/, ''));

const monthPart: Rule = {
  name: '<đầu|giữa|cuối> tháng <mm>',
  trigger: ['tháng'],
  before: rx(`${B}(?<part>${alternation(MONTH_PART_WORDS)})\\s+`),
  endWords: lastWords(MONTH_PART_WORDS),
  beforeRequired: true,
  pattern: [
    rx(
      `tháng(?:\\s+(?:${MM('m')}|${MONTH_WORD('mw')})${YEAR_TAIL}|\\s+(?<rel>${alternation(LEX.relMonth.keys())}))?(?![\\d]|[/.\\-]\\d)${E}`,
    ),
  ],
  prod: ([p], env) => {
    if (!p) return null;
    const range = LEX.monthParts.get(`${(g(p, 'part') ?? '').replace(/\s+/g, ' ')} tháng`);
    if (!range) return null;
    const [d1, d2] = range;
    if (g(p, 'm') !== undefined || g(p, 'mw') !== undefined) {
      const m = g(p, 'm') !== undefined ? Number(g(p, 'm')) : monthOf(g(p, 'mw'), env, p);
      if (!m) return null;
      return plain({ t: 'monthPart', m, y: num(g(p, 'y')), d1, d2 });
    }
    const rel = g(p, 'rel');
    const mRel = rel === undefined ? 0 : LEX.relMonth.get(rel.replace(/\s+/g, ' '));
    if (mRel === undefined) return null;
    return plain({ t: 'monthPart', mRel, d1, d2 });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Quarters, halves, parts of a year, first/last months

const quarter: Rule = {
  name: 'quý <I-IV>[/<yyyy>]',
  trigger: ['quý', 'quí'],
  pattern: [rx(`(?:quý|quí)\\s+${QUARTER}(?:\\s*(?:[/\\-]|năm)\\s*${YYYY('y')}|\\s+năm\\s+${YEAR_REL})?${E}`)],
  prod: ([p]) => {
    const q = LEX.quarters.get(g(p, 'q') ?? '');
    if (!q) return null;
    const n = withYear<TimeNode & { t: 'months' }>({ t: 'months', m1: 3 * q - 2, m2: 3 * q, recent: true }, g(p, 'y'), g(p, 'yrel'));
    return n ? plain(n) : null;
  },
};

const yearPart: Rule = {
  name: '<đầu|cuối|nửa đầu> năm [<yyyy>]',
  trigger: ['năm'],
  before: rx(`${B}(?<part>(?:nửa\\s+)?(?:đầu|giữa|cuối|sau)|nửa)\\s+`),
  endWords: ['đầu', 'giữa', 'cuối', 'sau', 'nửa'],
  beforeRequired: true,
  pattern: [rx(`năm(?<tail>\\s+(?:đầu|cuối))?(?:\\s+${YYYY('y')}|\\s+${YEAR_REL})?(?!\\s+học)(?![\\d]|[/.\\-]\\d)${E}`)],
  prod: ([p]) => {
    const key = `${g(p, 'part') ?? ''} năm${g(p, 'tail') ?? ''}`.replace(/\s+/g, ' ');
    const range = LEX.yearParts.get(key);
    if (!range) return null;
    const node: TimeNode & { t: 'months' } = { t: 'months', m1: range[0], m2: range[1] };
    if (g(p, 'yrel') !== undefined && yearRel(g(p, 'yrel'))?.t === 'pastYear') return null;
    const n = withYear(node, g(p, 'y'), g(p, 'yrel'));
    return n ? plain(n) : null;
  },
};

const YEAR_OPT = `(?:\\s+(?:của\\s+)?năm(?:\\s+${YYYY('y')}|\\s+(?<yrel>${alternation(LEX.relYear.keys())}))?|\\s+${YYYY('y2')})?`;

const firstMonths: Rule = {
  name: '<n> tháng đầu|cuối năm [<yyyy>]',
  trigger: ['tháng'],
  before: rx(`${B}${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [rx(`tháng\\s+(?<which>đầu|cuối|sau)${YEAR_OPT}(?![\\d]|[/.\\-]\\d)${E}`)],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!n || n > 11) return null;
    const first = g(p, 'which') === 'đầu';
    const node: TimeNode & { t: 'months' } = first ? { t: 'months', m1: 1, m2: n } : { t: 'months', m1: 13 - n, m2: 12 };
    const out = withYear(node, g(p, 'y') ?? g(p, 'y2'), g(p, 'yrel'));
    return out ? plain(out) : null;
  },
};

/** "9 tháng năm 2023": Vietnamese reports count months from January. */
const monthsOfYear: Rule = {
  name: '<n> tháng năm <yyyy>',
  trigger: ['tháng'],
  before: rx(`${B}${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [
    rx(
      `tháng\\s+(?:của\\s+)?(?:năm\\s+(?:${YYYY('y')}|(?<yrel>${alternation(LEX.relYear.keys())}))|${YYYY('y2')})(?![\\d]|[/.\\-]\\d)${E}`,
    ),
  ],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!n || n > 11) return null;
    const out = withYear<TimeNode & { t: 'months' }>({ t: 'months', m1: 1, m2: n }, g(p, 'y') ?? g(p, 'y2'), g(p, 'yrel'));
    return out ? plain(out) : null;
  },
};

const DURATION_BEFORE = rx('(?:thời hạn|kéo dài|thời gian|hiệu lực|khoảng|chỉ còn)\\s*$');

/** "Chỉ trong 6 tháng, ..." — a reporting period from January, said without "đầu năm". */
const inMonths: Rule = {
  name: 'trong <n> tháng',
  trigger: ['tháng'],
  before: rx(`${B}(?:chỉ\\s+)?trong\\s+(?:vòng\\s+)?${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [rx(`tháng(?!\\s+(?:tới|qua|nữa|gần|trước|sau|kể|liên|liền|vừa|trở|đầu|cuối|năm|của|\\d)${E})${E}`)],
  prod: ([p], env) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!n || n < 3 || n > 11 || !p) return null;
    // A duration of a visa or a programme is not a reporting period: "thời hạn trong 6 tháng".
    if (DURATION_BEFORE.test(env.folded.slice(Math.max(0, p.start - 30), p.start))) return null;
    return plain({ t: 'months', m1: 1, m2: n }, { latent: true });
  },
};

/** "9 tháng, xuất khẩu đạt ..." — a reporting period opening a sentence. */
const monthsOpening: Rule = {
  name: '<n> tháng, ...',
  trigger: ['tháng'],
  before: rx(`(?<=(?:^|[.;:!?\\n(])\\s*)${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  midWord: true,
  pattern: [rx('tháng(?=\\s*,)')],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!p || !n || n < 2 || n > 11) return null;
    return plain({ t: 'months', m1: 1, m2: n }, { latent: true });
  },
};

const lastNDays: Rule = {
  name: '<n> ngày|tuần qua|tới',
  trigger: ['ngày', 'tuần'],
  before: rx(`${B}${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [rx(`(?<unit>ngày|tuần)\\s+(?<w>${alternation([...LEX.lastN, ...LEX.nextN])})${E}`)],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    const w = (g(p, 'w') ?? '').replace(/\s+/g, ' ');
    if (!n || w === 'liên tiếp') return null;
    return plain({ t: 'lastN', unit: g(p, 'unit') === 'tuần' ? 'week' : 'day', n, dir: LEX.nextN.includes(w) ? 1 : -1 });
  },
};

const lastNMonths: Rule = {
  name: '<n> tháng qua|tới',
  trigger: ['tháng'],
  before: rx(`${B}${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [rx(`tháng\\s+(?<w>${alternation([...LEX.lastN, ...LEX.nextN])})${E}`)],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!n) return null;
    const w = (g(p, 'w') ?? '').replace(/\s+/g, ' ');
    if (w === 'liên tiếp') return null;
    return plain({ t: 'lastN', unit: 'month', n, dir: LEX.nextN.includes(w) ? 1 : -1 });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Years

const year: Rule = {
  name: 'năm <yyyy>',
  trigger: ['năm'],
  pattern: [rx(`năm\\s+${YYYY('y')}(?![\\d]|[/.,]\\d)${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    const y = Number(g(p, 'y'));
    if (y % 10 === 0 && DECADE_BEFORE.test(env.folded.slice(Math.max(0, p.start - 16), p.start))) return null;
    return plain({ t: 'year', y });
  },
};

const DECADE_BEFORE = rx(`${B}(?:những|thập\\s+niên|thập\\s+kỷ)\\s*$`);

/** "những năm 1990", "thập niên 1980": a decade; "những năm 2021" is a list of years and is left to "năm <yyyy>". */
const decade: Rule = {
  name: 'những năm <yyy0>',
  trigger: [YEAR_NUMBER],
  before: rx(`${B}(?:những|các|thập\\s+niên|thập\\s+kỷ)\\s+(?:năm\\s+)?`),
  endWords: ['những', 'các', 'niên', 'kỷ', 'năm'],
  beforeRequired: true,
  midWord: true,
  pattern: [rx(`(?<![\\p{L}\\p{N}])(?<y>(?:19|20)\\d0)(?![\\d]|[/.,\\-]\\d)${E}`)],
  prod: ([p]) => {
    const y = Number(g(p, 'y'));
    return plain({ t: 'years', y1: y, y2: y + 9 });
  },
};

const NOT_A_NUMBER_AFTER = `(?!\\s*(?:${alternation(LEX.notAfterNumber)})${E})(?!\\s*%)`;

/** A bare "2030" only after a word that makes it a year: "giai đoạn 2021", "đến 2030", "từ 2019". */
const bareYear: Rule = {
  name: '<time word> <yyyy>',
  trigger: [YEAR_NUMBER],
  before: rx(`${B}${alt(LEX.yearContext)}\\s+`),
  endWords: lastWords(LEX.yearContext),
  beforeRequired: true,
  beforeOutside: true,
  midWord: true,
  pattern: [rx(`(?<![\\p{L}\\p{N}])${YYYY('y')}(?![\\d]|[/.,]\\d|\\s*[-–—]\\s*\\d)${E}${NOT_A_NUMBER_AFTER}`)],
  prod: ([p]) => plain({ t: 'year', y: Number(g(p, 'y')) }),
};

/** "kỷ niệm 50 năm (1973-2023)" names an anniversary, not a span a figure covers. */
const ANNIVERSARY_BEFORE = rx(`kỷ\\s+niệm[^.;!?\\n]{0,60}[(\\[]\\s*$|kỷ\\s+niệm\\s+$`);

const yearRange: Rule = {
  name: 'giai đoạn <yyyy>-<yyyy>',
  trigger: [YEAR_NUMBER],
  before: rx(`${B}(?:${alternation(LEX.rangePrefix)}|năm|từ\\s+năm)\\s+`),
  endWords: [...lastWords(LEX.rangePrefix), 'năm'],
  pattern: [rx(`(?<![\\p{L}\\p{N}/.\\-])${YYYY('y1')}\\s*[-–—]\\s*${YYYY('y2')}(?![\\d]|[/.\\-]\\d|/\\p{L})${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    const y1 = Number(g(p, 'y1'));
    const y2 = Number(g(p, 'y2'));
    const before = env.folded.slice(Math.max(0, p.start - 80), p.start);
    if (y2 <= y1 || y2 - y1 > 50 || DOC_WORDS.test(before.slice(-24)) || ANNIVERSARY_BEFORE.test(before)) return null;
    return plain({ t: 'years', y1, y2 });
  },
};

const relYear: Rule = {
  name: 'năm <nay|ngoái|tới>',
  trigger: ['năm'],
  pattern: [rx(`năm\\s+(?<w>${alternation(LEX.relYear.keys())})${E}(?!\\s*\\d)`)],
  prod: ([p], env) => {
    if (!p) return null;
    const w = (g(p, 'w') ?? '').replace(/\s+/g, ' ');
    if (countedBefore(env, p.start) && w !== 'nay') return null;
    const off = LEX.relYear.get(w);
    return off === undefined ? null : plain({ t: 'rel', unit: 'year', offset: off });
  },
};

const nextYear: Rule = {
  name: 'sang năm',
  trigger: ['sang'],
  pattern: [rx(`sang\\s+năm${E}(?!\\s*\\d)`)],
  prod: () => plain({ t: 'rel', unit: 'year', offset: 1 }),
};

const pastYear: Rule = {
  name: 'năm qua',
  trigger: ['năm'],
  before: rx(`${B}(?<one>một|1)\\s+`),
  endWords: ['một', '1'],
  pattern: [rx(`năm\\s+(?:vừa\\s+)?qua${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    if (g(p, 'one') === undefined && countedBefore(env, p.start)) return null;
    return plain({ t: 'pastYear' });
  },
};

const lastNYears: Rule = {
  name: '<n> năm qua',
  trigger: ['năm'],
  before: rx(`${B}(?:(?:hơn|gần|khoảng|trên|ngót|suốt)\\s+)?${COUNT('n')}\\s+`),
  endWords: COUNT_END,
  beforeRequired: true,
  pattern: [rx(`năm\\s+(?<w>${alternation([...LEX.lastN, ...LEX.nextN, 'trước'])})${E}`)],
  prod: ([p]) => {
    const n = countOf(g(p, 'n') ?? '');
    if (!n || n > 100) return null;
    const w = (g(p, 'w') ?? '').replace(/\s+/g, ' ');
    if (w === 'liên tiếp') return null;
    if (w === 'trước') return plain({ t: 'rel', unit: 'year', offset: -n });
    if (n === 1 && !LEX.nextN.includes(w)) return plain({ t: 'pastYear' });
    return plain({ t: 'lastN', unit: 'year', n, dir: LEX.nextN.includes(w) ? 1 : -1 });
  },
};

/** Fiscal years: the country in the sentence (else the document) decides when the year starts. */
const fiscalYear: Rule = {
  name: 'năm tài khóa <yyyy>',
  before: rx(`${B}năm\\s+`),
  endWords: ['năm'],
  pattern: [rx(`(?:tài\\s+khóa|tài\\s+chính|fy)\\s*(?:năm\\s+)?${YYYY('y')}${E}`)],
  prod: ([p], env) => {
    if (!p) return null;
    const y = Number(g(p, 'y'));
    const sentence = env.folded.slice(Math.max(0, env.folded.lastIndexOf('.', p.start - 1) + 1), p.end + 200);
    for (const scope of [sentence, env.folded]) {
      for (const c of LEX.fiscal) {
        if (c.names.some((n) => new RegExp(`${B}${alternation([n])}${E}`, 'u').test(scope))) {
          return plain({ t: 'fiscal', y, startMonth: c.startMonth, named: c.named });
        }
      }
    }
    return plain({ t: 'year', y });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Now and running totals

/** "nay" alone is "now" only right after từ / đến / tới: "đến nay", "từ nay". */
const nayAfterCue: Rule = {
  name: 'nay',
  trigger: ['nay'],
  before: rx(`${B}(?:từ|đến|tới)\\s+`),
  endWords: ['từ', 'đến', 'tới'],
  beforeRequired: true,
  beforeOutside: true,
  midWord: true,
  pattern: [rx(`nay${E}`)],
  prod: () => plain({ t: 'now' }, { internal: true }),
};

const nowWords: Rule[] = LEX.now
  .filter((w) => w !== 'nay')
  .map((word) => ({
    name: word,
    trigger: [word.split(' ')[0] as string],
    pattern: [rx(`${alternation([word])}${E}`)],
    prod: () => plain({ t: 'now' }, { internal: !LEX.nowAlone.includes(word) }),
  }));

const runningTotal: Rule[] = LEX.runningTotal.map((word) => ({
  name: word,
  trigger: [word.split(' ')[0] as string],
  pattern: [rx(`${alternation([word])}${E}`)],
  prod: () => ({ node: { t: 'now' }, mode: 'running', latent: true }),
}));

/** "Hiện Việt Nam có ...": "hiện" opening a clause, not the second syllable of "thực hiện". */
const hienClause: Rule = {
  name: 'hiện <có|là|đang>',
  trigger: ['hiện'],
  before: rx('(?:^|[.;:,(\\n])\\s*'),
  beforeRequired: true,
  beforeOutside: true,
  midWord: true,
  pattern: [rx(`hiện(?=\\s+(?:có|là|đang|đã|vẫn|còn|chiếm|đứng)${E})`)],
  prod: () => ({ node: { t: 'now' }, mode: 'running', latent: true }),
};

/** "Nga hiện có 186 dự án": "hiện" after a subject, unless it ends a word such as "thực hiện", "xuất hiện". */
const hienAfterSubject: Rule = {
  name: '<chủ ngữ> hiện <có|là|đang>',
  trigger: ['hiện'],
  pattern: [rx(`(?<!${B}(?:thực|xuất|thể|biểu|phát|hiển|tái|ẩn|hiện)\\s+)hiện(?=\\s+(?:có|là|đang|chiếm|đứng)${E})`)],
  prod: () => ({ node: { t: 'now' }, mode: 'running', latent: true }),
};

// ---------------------------------------------------------------------------------------------------------------
// Combinations of earlier results

const UNTIL = `${B}(?:cho\\s+)?(?:đến|tới)(?:\\s+hết)?${E}`;

const fromTo: Rule = {
  name: 'từ <time> đến <time>',
  endWords: ['từ'],
  pattern: [rx(`${B}(?:bắt\\s+đầu\\s+từ|kể\\s+từ|từ)${E}`), isAtom, rx(`(?:${UNTIL}|[-–—](?!\\d))`), isAtom],
  prod: ([, a, , b]) => {
    const ta = tok(a);
    const tb = tok(b);
    if (ta.node.t === 'now' && tb.node.t === 'now') return null;
    return plain({ t: 'range', a: ta.node, b: tb.node });
  },
};

/** "ngày 20 đến 22/5", "tháng 3 đến tháng 5/2021" without "từ". */
const dayToDay: Rule = {
  name: '<day|month> đến <day|month>',
  pattern: [isCalendar, rx(`(?:${UNTIL}|[-–—](?!\\d))`), isCalendar],
  prod: ([a, , b]) => {
    const ta = tok(a);
    const tb = tok(b);
    if (ta.node.t !== tb.node.t && !(ta.node.t === 'day' && tb.node.t === 'days')) return null;
    return plain({ t: 'range', a: ta.node, b: tb.node });
  },
};

const IDIOM_BEFORE = new RegExp(`${B}${alt(LEX.idiomNotAsOf)}\\s*$`, 'u');

const untilTime: Rule = {
  name: 'đến <time>',
  endWords: ['đến', 'tới', 'hết'],
  pattern: [rx(UNTIL), isAtom],
  prod: ([u, t], env) => {
    const tt = tok(t);
    // "lớn nhất từ trước đến nay" is a superlative, not a running total.
    if (u && tt.node.t === 'now' && IDIOM_BEFORE.test(env.folded.slice(Math.max(0, u.start - 16), u.start))) return null;
    return { node: tt.node, mode: 'until' };
  },
};

const asOfTime: Rule = {
  name: 'tính đến <time>',
  endWords: ['đến', 'tới', 'điểm', 'hết', 'cuối'],
  pattern: [
    rx(
      `${B}(?:(?:tính\\s+)?(?:lũy\\s+kế\\s+|cộng\\s+dồn\\s+)?(?:tính\\s+)?(?:đến|tới)(?:\\s+thời\\s+điểm)?|(?:tại|vào)\\s+thời\\s+điểm)(?:\\s+(?:hết|cuối))?${E}`,
    ),
    isAtom,
  ],
  prod: ([u, t], env) => {
    if (!u || !/(?:tính|lũy|cộng|thời)/u.test(env.folded.slice(u.start, u.end))) return null;
    return { node: tok(t).node, mode: 'asOfUntil' };
  },
};

/** "Hết năm 2022, ..." / "Hết quý I, ...": a running total at the end of the span. */
const byEndOf: Rule = {
  name: 'hết <time>',
  endWords: ['hết'],
  pattern: [rx(`(?:${B}tính\\s+)?${B}hết${E}`), (t: Token) => isAtom(t) && !t.internal && t.node.t !== 'now' && grainOf(t.node) !== 'day'],
  prod: ([, t]) => ({ node: tok(t).node, mode: 'asOfUntil' }),
};

const sinceTime: Rule = {
  name: 'từ <time>',
  endWords: ['từ'],
  pattern: [rx(`${B}(?:bắt\\s+đầu\\s+từ|kể\\s+từ|từ)${E}`), isAtom],
  prod: ([, t]) => {
    const n = tok(t).node;
    if (n.t === 'now') return null;
    // "Từ ngày 15-16/6" names the days themselves.
    if (n.t === 'days' || n.t === 'years' || n.t === 'lastN' || n.t === 'pastYear') return plain(n);
    return { node: n, mode: 'since' };
  },
};

/** "Kể từ khi thiết lập quan hệ ngoại giao năm 1973, ...": since the year of an event. */
const sinceEvent: Rule = {
  name: 'từ khi <event> <time>',
  holds: ['từ'],
  pattern: [
    rx(`${B}(?:kể\\s+)?từ\\s+(?:khi|sau\\s+khi|lúc)\\s+[^.,;:!?()\\n\\d]{1,60}?`),
    (t: Token) => t.mode === 'plain' && !t.internal && (t.node.t === 'year' || t.node.t === 'month' || t.node.t === 'day'),
  ],
  prod: ([, t]) => ({ node: tok(t).node, mode: 'since' }),
};

const beforeTime: Rule = {
  name: 'trước <time>',
  endWords: ['trước'],
  pattern: [rx(`${B}trước${E}`), (t: Token) => isAtom(t) && !t.internal && t.node.t !== 'now'],
  prod: ([, t]) => ({ node: tok(t).node, mode: 'before' }),
};

const afterTime: Rule = {
  name: 'sau <time>',
  endWords: ['sau'],
  pattern: [rx(`${B}sau${E}`), (t: Token) => isAtom(t) && !t.internal && t.node.t !== 'now'],
  prod: ([, t]) => ({ node: tok(t).node, mode: 'after' }),
};

const baseTime: Rule = {
  name: 'so với <time>',
  endWords: ['với', 'so', 'kỳ', 'của', 'trong'],
  pattern: [rx(`${B}(?:so\\s+với|so)(?:\\s+cùng\\s+kỳ)?(?:\\s+(?:của|trong))?${E}|${B}cùng\\s+kỳ(?:\\s+(?:của|trong))?${E}`), isAtom],
  prod: ([, t]) => (tok(t).internal ? null : { node: tok(t).node, mode: 'base' }),
};

const withYearSpec: Rule = {
  name: '<date> năm <yyyy|nay|ngoái>',
  pattern: [isYearless, isYearSpec],
  prod: ([a, b]) => {
    const ta = tok(a);
    const yb = tok(b).node;
    if (yb.t === 'pastYear') return null;
    if (yb.t === 'year') return plain({ ...ta.node, y: yb.y } as TimeNode, ta.dir ? { dir: ta.dir } : {});
    if (yb.t === 'rel') return plain({ ...ta.node, yRel: yb.offset } as TimeNode, ta.dir ? { dir: ta.dir } : {});
    return null;
  },
};

const direction: Rule = {
  name: '<date> vừa qua|tới',
  pattern: [isYearless, rx(`(?<w>${alternation([...LEX.pastDirection, ...LEX.futureDirection])})${E}(?!\\s+(?:nay|năm|đây\\s+\\d))`)],
  prod: ([a, w]) => {
    const word = (g(w, 'w') ?? '').replace(/\s+/g, ' ');
    return plain(tok(a).node, { dir: LEX.futureDirection.includes(word) ? 'future' : 'past' });
  },
};

const weekdayDate: Rule = {
  name: '<thứ> <date>',
  holds: [...new Set(LEX.weekdays.map((w) => w.split(' ')[0] as string))],
  pattern: [rx(`${B}${alt(LEX.weekdays)}\\s*,?`), isDay],
  prod: ([, t]) => plain(tok(t).node),
};

const relDayWithDate: Rule = {
  name: '<sáng qua> (<dd>/<mm>)',
  pattern: [(t: Token) => t.mode === 'plain' && t.node.t === 'rel' && t.node.unit === 'day', rx('\\('), isDay, rx('\\)')],
  prod: ([, , t]) => plain(tok(t).node),
};

/** The rules, in no particular order: every parse is made, and the longest non-overlapping ones are kept. */
export const RULES: Rule[] = [
  dmy,
  dayMonthWords,
  dayMonthYearWords,
  ngayDm,
  ngayDays,
  barePeriodDays,
  bareDm,
  partOfDayDate,
  ...partOfDayRel,
  relDay,
  ngayD,
  month,
  monthRange,
  relMonth,
  relWeek,
  monthPart,
  quarter,
  yearPart,
  firstMonths,
  monthsOfYear,
  inMonths,
  monthsOpening,
  lastNMonths,
  lastNDays,
  year,
  decade,
  bareYear,
  yearRange,
  relYear,
  nextYear,
  pastYear,
  lastNYears,
  fiscalYear,
  nayAfterCue,
  ...nowWords,
  ...runningTotal,
  hienClause,
  hienAfterSubject,
  fromTo,
  dayToDay,
  untilTime,
  asOfTime,
  byEndOf,
  sinceTime,
  sinceEvent,
  beforeTime,
  afterTime,
  baseTime,
  withYearSpec,
  direction,
  weekdayDate,
  relDayWithDate,
];

export type { Unit };
