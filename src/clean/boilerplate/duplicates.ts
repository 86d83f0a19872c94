// Text printed twice: the headline again in the body, a photo caption under itself, a paragraph repeated.
import type { Block } from '../paragraphs.ts';
import { drop, sameText } from './shape.ts';

const CAPTION = /(?:^|[\s(.])(?:Ảnh|Nguồn ảnh|Photo|Video)\s*:|\(Ảnh\b/u;
// Short lines ("Thứ nhất", "Kết luận") may legitimately repeat; only longer blocks count as repeated paragraphs.
const MIN_REPEAT = 60;

export function markDuplicates(blocks: Block[], titleIndex: number, headline: string | null): void {
  // Paragraphs seen, by length: only a paragraph of the same length can repeat one, and hashing every long
  // paragraph for a set costs more than comparing the few of one length.
  const seen = new Map<number, string[]>();
  let prev: Block | null = null;
  for (let i = titleIndex + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.drop) continue;
    const text = block.text;
    if (headline && sameText(text, headline)) drop(block, 'headline-repeat', 'duplicate.headline');
    else if (prev && sameText(prev.text, text)) {
      drop(block, CAPTION.test(text) ? 'caption-duplicate' : 'duplicate-paragraph', 'duplicate.adjacent');
    } else if (text.length >= MIN_REPEAT) {
      const same = seen.get(text.length);
      if (!same) seen.set(text.length, [text]);
      else if (same.includes(text)) drop(block, 'duplicate-paragraph', 'duplicate.repeated');
      else same.push(text);
    }
    if (!block.drop) prev = block;
  }
}
