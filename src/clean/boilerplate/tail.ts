// The end of an article: the author's name, a date line, "Theo TTXVN" / "(Chinhphu.vn)" source lines.
import type { Block } from '../paragraphs.ts';
import { type DateLine, parseMetaLine } from './byline.ts';
import { drop } from './shape.ts';

export interface Tail {
  author: string | null;
  /** The source named on its own line ("Theo VnExpress"), as written. */
  source: string | null;
  date: DateLine | null;
}

// "Minh Anh", "Nguyễn Hùng (TTXVN)", "Hà Vân/VOV.VN": two to five capitalised words, an outlet after it.
const NAME_LINE = /^((?:\p{Lu}[\p{Ll}\p{M}]+\.?\s*){2,5}?)\s*(?:[(/-]\s*([^()]{2,30}?)\s*\)?)?$/u;
const SOURCE_LINE = /^\(?\s*(?:Theo|Nguồn)\s*:?\s*([^()]{2,60}?)\s*\)?\.?$/iu;
const OUTLET_ONLY = /^\(([^()]{2,30})\)$/;
// "Bài và ảnh: Minh Anh", "Tin, ảnh: Hải Yến", "Nhóm PV: ...".
const CREDIT_LINE = /^(?:Bài(?:\s*(?:và|,)\s*ảnh)?|Tin(?:\s*(?:và|,)\s*ảnh)?|Ảnh|Nhóm (?:PV|phóng viên)|Thực hiện)\s*:\s*([^:]{2,40})$/iu;
// "THANH HÀ", "MINH ANH - HẢI YẾN": a signature in capitals, two to four words.
const CAPS_NAME = /^((?:\p{Lu}[\p{Lu}\p{M}]+\.?\s*(?:[-–,]\s*)?){2,4})$/u;
// At most this many short lines at the end are read as signature lines.
const TAIL_LINES = 3;
// "(HDDTVN) – <the article's lead again>": a teaser of the page printed below the signature.
const OUTLET_LEAD = /^\([^()]{2,30}\)\s*[-–—]\s*\S/u;
const TEASER_CHARS = 400;
// Share of the headline's words a trailing outlet-lead paragraph must repeat to be read as the page's own teaser.
const TEASER_OVERLAP = 0.7;

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

function repeats(teaser: string, headline: string): boolean {
  const have = new Set(words(teaser));
  const want = words(headline);
  if (want.length < 4) return false;
  return want.filter((w) => have.has(w)).length >= TEASER_OVERLAP * want.length;
}

function isSignature(text: string): boolean {
  return (
    text.length <= 80 &&
    !!(
      parseMetaLine(text) ||
      SOURCE_LINE.test(text) ||
      OUTLET_ONLY.test(text) ||
      CREDIT_LINE.test(text) ||
      CAPS_NAME.test(text) ||
      (NAME_LINE.test(text) && !/[.!?]$/.test(text))
    )
  );
}

/** The last kept block when it is a trailing "(OUTLET) – …" teaser: under a signature, or repeating the headline. */
function markTeaser(blocks: Block[], headline: string | null): void {
  let last = blocks.length - 1;
  while (last >= 0 && (blocks[last] as Block).drop) last--;
  let before = last - 1;
  while (before >= 0 && (blocks[before] as Block).drop) before--;
  const block = blocks[last];
  const prev = blocks[before];
  if (!block || !prev || block.text.length > TEASER_CHARS || !OUTLET_LEAD.test(block.text)) return;
  if (isSignature(prev.text) || (headline && repeats(block.text, headline))) drop(block, 'related-list', 'tail.teaser');
}

export function markTail(blocks: Block[], headline: string | null = null): Tail {
  const tail: Tail = { author: null, source: null, date: null };
  markTeaser(blocks, headline);
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < TAIL_LINES; i--) {
    const block = blocks[i] as Block;
    if (block.drop) continue;
    seen++;
    const text = block.text;
    if (text.length > 80) break;
    const date = parseMetaLine(text);
    const source = SOURCE_LINE.exec(text);
    const outlet = OUTLET_ONLY.exec(text);
    const name = NAME_LINE.exec(text);
    const credit = CREDIT_LINE.exec(text);
    const caps = CAPS_NAME.exec(text);
    if (date) {
      tail.date ??= date;
      if (date.author) tail.author ??= date.author;
      drop(block, 'byline', 'tail.date-line');
    } else if (source) {
      tail.source ??= (source[1] as string).trim();
      drop(block, 'byline', 'tail.source');
    } else if (outlet) {
      tail.source ??= (outlet[1] as string).trim();
      drop(block, 'byline', 'tail.outlet');
    } else if (credit) {
      tail.author ??= (credit[1] as string).trim();
      drop(block, 'byline', 'tail.credit');
    } else if (name && !/[.!?]$/.test(text)) {
      tail.author ??= (name[1] as string).trim();
      if (name[2]) tail.source ??= name[2].trim();
      drop(block, 'byline', 'tail.author');
    } else if (caps) {
      tail.author ??= (caps[1] as string).trim();
      drop(block, 'byline', 'tail.author');
    } else break;
  }
  return tail;
}
