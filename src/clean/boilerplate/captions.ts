// Photo captions and credits. A caption is a short line that ends in (or opens with) a credit: "Tổng thống X - Ảnh:
// REUTERS", "… tại Hà Nội ngày 4/4. Ảnh: TTXVN", "… (Ảnh: VGP)", "… [Ảnh EPA=Yonhap News]". It describes a picture
// the text copy no longer has, so the whole line goes (recorded, with its text). A credit standing in a long
// paragraph (a caption run into the body) is cut out on its own and the paragraph's words are kept. "Nguồn: X" under
// a table or at the end names a source of the article's figures and is left to the tail rules.
import type { Removed } from '../../types.ts';
import type { Block } from '../paragraphs.ts';
import { drop, wordCount } from './shape.ts';

// What a credit is labelled with. "ảnh" alone is also a word in running text ("Tô Lâm (ảnh)", "ảnh hưởng"), so a
// label must be followed by a colon, or be bracketed and followed by a capitalised name ("[Ảnh EPA=Yonhap News]").
const LABEL =
  '(?:Nguồn\\s+ảnh|Ảnh\\s+(?:minh\\s+họa|minh\\s+hoạ|tư\\s+liệu|chụp\\s+màn\\s+hình|nguồn|trên|bìa)|Ảnh|Photo|Video|Clip|Đồ\\s+họa|Đồ\\s+hoạ|Infographic|Thiết\\s+kế)';
// "Ảnh minh họa" needs no credit after it.
const BARE = '(?:Ảnh\\s+(?:minh\\s+họa|minh\\s+hoạ|tư\\s+liệu|chụp\\s+màn\\s+hình)|Ảnh\\s+internet)';
// The credit itself: a name, an agency, "VGP/Nhật Bắc", "Trọng Đức - TTXVN", "Bộ X cung cấp" — short, one phrase.
const NAME = '[^\\s.!?;()\\[\\]](?:[^()\\[\\]\\n.!?]|[.!?](?=\\S)){0,58}?';
// An agency line some pages add after the bracketed credit: "= (Yonhap News)".
const AGENCY = '(?:\\s*=\\s*\\([^()]{2,30}\\))?';
const AFTER = `${AGENCY}\\s*[.;]?`;
const BRACKETED = `(?:\\(\\s*(?:${LABEL}\\s*:\\s*${NAME}|${BARE}|${LABEL}\\s+\\p{Lu}${NAME})\\s*\\)|\\[\\s*(?:${LABEL}\\s*:?\\s*${NAME}|${BARE})\\s*\\])`;
const PLAIN = `(?:${LABEL}\\s*:\\s*${NAME}|${BARE})`;
// The agency style "… bắt tay tại diễn đàn = Seoul, ngày 12 (Yonhap News)": place and date after "=", agency last.
const DATELINE = '=\\s*[^=()\\n]{0,40}?\\(\\s*[^()]{2,30}\\)';

/** A credit ending the line: bracketed, or plain after the line's start, a dash or a sentence's end. */
const TRAILING = new RegExp(
  `(?:^|\\s+[-–—|]\\s*|(?<=[.!?…"”)\\]])\\s*|\\s+)(?:${BRACKETED}|(?<=^|[-–—|.!?…"”)\\]]\\s*)${PLAIN}|(?<=\\s)${DATELINE})${AFTER}$`,
  'iu',
);
/** A credit opening the line: "Ảnh: TTXVN." or "(Ảnh: VGP) Thủ tướng …". */
const LEADING = new RegExp(`^(?:${BRACKETED}|${PLAIN}(?=\\s*$|\\.\\s))${AFTER}`, 'iu');
/** A bracketed credit inside a paragraph. */
const INSIDE = new RegExp(`\\s*${BRACKETED}${AGENCY}`, 'giu');
// Cheap test before the regexes: every credit holds one of these words.
const HINT = /[ảẢ][nN][hH]|[Pp]hoto|PHOTO|[Vv]ideo|VIDEO|[Cc]lip|CLIP|[Đđ]ồ [hH]|ĐỒ H|[Ii]nfographic|[Tt]hiết kế|THIẾT KẾ| = /;
// A credit with its separators is shorter than this: the end-of-line search only reads the block's last characters.
const CREDIT_SPAN = 200;

// A caption is at most this long once its credit is gone; longer lines are paragraphs with a credit run into them.
const CAPTION_CHARS = 320;
const CAPTION_WORDS = 55;

function isCaption(text: string): boolean {
  return text.length <= CAPTION_CHARS && wordCount(text) <= CAPTION_WORDS;
}

/** Marks caption blocks; cuts credits out of longer paragraphs and returns those cuts. */
export function markCaptions(blocks: Block[], titleIndex: number): Removed[] {
  const removed: Removed[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.drop || i === titleIndex || !HINT.test(block.text)) continue;
    const text = block.text;
    const from = Math.max(0, text.length - CREDIT_SPAN);
    const end = TRAILING.exec(from ? text.slice(from) : text);
    if (end) end.index += from;
    const start = end ? null : LEADING.exec(text);
    const credit = end ?? start;
    if (credit) {
      const rest = (end ? text.slice(0, end.index) : text.slice(credit[0].length)).trim();
      // A line printed twice with a credit is a caption whatever its length (a long quote under a photo).
      const twin = blocks[i + 1]?.drop?.reason === 'caption-duplicate';
      if (!rest || twin || isCaption(rest)) {
        drop(block, 'caption', rest ? 'caption.credited' : 'caption.credit-line');
        continue;
      }
      if (end) {
        removed.push({ text: credit[0].trim(), reason: 'photo-credit', rule: 'caption.inline-credit' });
        block.text = rest;
      }
    }
    // Bracketed credits further in: a caption run into the paragraph, its credit still marked off.
    if (block.text.includes('(') || block.text.includes('[')) {
      INSIDE.lastIndex = 0;
      // The space before the credit goes with it: "… Hà Vĩ (Ảnh: TTXVN). Hai bên …" → "… Hà Vĩ. Hai bên …".
      const cut = block.text.replace(INSIDE, (m: string) => {
        removed.push({ text: m.trim(), reason: 'photo-credit', rule: 'caption.inline-credit' });
        return '';
      });
      if (cut !== block.text) block.text = cut.trim();
    }
  }
  return removed;
}
