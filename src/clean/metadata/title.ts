// The headline: from the container's metadata (site name cut off) or the headline block, repaired like the text.
import { dataTable } from '../data.ts';
import { lineKey } from '../match.ts';
import { repairParagraph } from '../repair.ts';

// A headline running on into the lead is cut where a new sentence starts; headlines are rarely longer than this.
const MAX_HEADLINE = 170;
const MIN_HEADLINE = 25;
// A capitalised common word between lower-case words with no punctuation before it starts the lead:
// "... thiết thực và hiệu quả Đánh giá về hoạt động ...". Names ("Nguyễn Xuân Phúc") are followed by capitals.
const LEAD_START = /(?<=[\p{Ll}\p{M}] )\p{Lu}[\p{Ll}\p{M}]* (?=\p{Ll})/gu;
const SENTENCE_END = /[.!?](?= \p{Lu})/gu;
const SITE_SUFFIX = /\s+[-–—|:]\s+([^-–—|]{2,40})$/u;

let outletKeys: Set<string> | null = null;

function isOutletName(s: string): boolean {
  outletKeys ??= new Set(
    dataTable('outlets.tsv').flatMap(([name, aliases]) => [name as string, ...(aliases ?? '').split('|')].map(lineKey)),
  );
  return outletKeys.has(lineKey(s)) || /\.(?:vn|com|net|org)$/i.test(s.trim());
}

/** "Tiêu đề - VnExpress" → "Tiêu đề". */
export function stripSiteName(title: string): string {
  const m = SITE_SUFFIX.exec(title);
  return m && isOutletName(m[1] as string) ? title.slice(0, m.index).trim() : title.trim();
}

/** The headline at the start of a paragraph that runs on without a break; `at` is where the lead starts, if found. */
export function cutHeadline(text: string): { title: string; at: number | null } {
  if (text.length <= MAX_HEADLINE) return { title: text, at: null };
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index >= MIN_HEADLINE && m.index < MAX_HEADLINE) return { title: text.slice(0, m.index).trim(), at: m.index + 2 };
    if (m.index >= MAX_HEADLINE) break;
  }
  let cut = -1;
  for (const m of text.matchAll(LEAD_START)) {
    if (m.index > MAX_HEADLINE) break;
    if (m.index >= MIN_HEADLINE) cut = m.index;
  }
  if (cut >= 0) return { title: text.slice(0, cut).trim(), at: cut };
  // No place where the lead visibly starts: a headline-sized prefix, the text left as it is.
  return { title: text.slice(0, text.lastIndexOf(' ', MAX_HEADLINE)).replace(/[\s,;:–-]+$/u, ''), at: null };
}

/** The metadata headline, cleaned and repaired; null when empty. */
export function metaHeadline(title: string | undefined): string | null {
  if (!title?.trim()) return null;
  const one = title.replace(/\s+/g, ' ').trim();
  return repairParagraph(stripSiteName(one)).text || null;
}
