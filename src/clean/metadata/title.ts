// The headline: from the container's metadata (site name cut off) or the headline block, repaired like the text.
import { dataSections, dataTable } from '../data.ts';
import { lineKey, phraseSource } from '../match.ts';
import type { Block } from '../paragraphs.ts';
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
  // "Báo Tuổi Trẻ", "Tuổi Trẻ Online", "Nhân Dân điện tử" name the same outlets as their short forms.
  const bare = s
    .trim()
    .replace(/^(?:báo|tạp chí|trang tin)\s+/iu, '')
    .replace(/\s+(?:online|điện tử|điện tử online)$/iu, '');
  return outletKeys.has(lineKey(s)) || outletKeys.has(lineKey(bare)) || /\.(?:vn|com|net|org)$/i.test(s.trim());
}

/** "Tiêu đề - VnExpress" → "Tiêu đề". */
export function stripSiteName(title: string): string {
  const m = SITE_SUFFIX.exec(title);
  return m && isOutletName(m[1] as string) ? title.slice(0, m.index).trim() : title.trim();
}

let leadOpener: RegExp | null = null;
const OUTLET_OPENER = /^\([^)]{2,30}\)\s*[-–—]/u;

// "Chiều 5/9, tại Hà Nội, ..." or "(PLVN) - ...": a lead, not a headline.
function opensLikeLead(text: string): boolean {
  leadOpener ??= new RegExp(`^(?:${(dataSections('time-words.txt').get('lead-opener') ?? []).map(phraseSource).join('|')})(?: |$)`);
  return OUTLET_OPENER.test(text) || leadOpener.test(lineKey(text.slice(0, 40)));
}

/**
 * The headline at the start of a paragraph that runs on without a break, and where the lead starts (`at`, to split
 * the paragraph there). Headlines end without a full stop, so a paragraph whose first sentence ends with one before
 * any such break, or that opens like a lead, holds no headline: title null.
 */
export function cutHeadline(text: string): { title: string | null; at: number | null } {
  if (text.length <= MAX_HEADLINE) return { title: text, at: null };
  if (opensLikeLead(text)) return { title: null, at: null };
  let stop = MAX_HEADLINE;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index >= MAX_HEADLINE) break;
    if (m[0] === '.') {
      stop = m.index;
      break;
    }
    // A question or an exclamation may end a headline.
    if (m.index >= MIN_HEADLINE) return { title: text.slice(0, m.index + 1).trim(), at: m.index + 2 };
  }
  let cut = -1;
  for (const m of text.matchAll(LEAD_START)) {
    if (m.index > stop) break;
    if (m.index >= MIN_HEADLINE) cut = m.index;
  }
  if (cut < 0) return { title: null, at: null };
  return { title: text.slice(0, cut).trim(), at: cut };
}

/** The metadata headline, cleaned and repaired; null when empty. */
export function metaHeadline(title: string | undefined): string | null {
  if (!title?.trim()) return null;
  const one = title.replace(/\s+/g, ' ').trim();
  return repairParagraph(stripSiteName(one)).text || null;
}

/**
 * A headline glued to the lead gets a paragraph of its own (a spacing repair; the words stay as written).
 * Returns the headline, or null when the paragraph holds none, and whether the blocks were split.
 */
export function separateHeadline(kept: Block[], block: Block): { title: string | null; split: boolean } {
  const cut = cutHeadline(block.text);
  const at = kept.indexOf(block);
  if (cut.at === null || at < 0) return { title: cut.title, split: false };
  const lead: Block = { text: block.text.slice(cut.at).trim() };
  block.text = block.text.slice(0, cut.at).trim();
  kept.splice(at + 1, 0, lead);
  return { title: cut.title, split: true };
}
