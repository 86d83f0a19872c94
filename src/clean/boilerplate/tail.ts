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
// At most this many short lines at the end are read as signature lines.
const TAIL_LINES = 3;

export function markTail(blocks: Block[]): Tail {
  const tail: Tail = { author: null, source: null, date: null };
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
    } else break;
  }
  return tail;
}
