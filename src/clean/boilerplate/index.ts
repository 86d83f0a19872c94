// Page furniture around the article, in the order the rules depend on each other: the headline first (it bounds
// the page header), then trailing lists (their titles repeat, which must not count as duplicates), widgets,
// repeated text, photo captions (after the duplicates: a caption printed twice is recorded as such), and the
// signature lines left at the end.
import type { Removed } from '../../types.ts';
import type { Block } from '../paragraphs.ts';
import { markCaptions } from './captions.ts';
import { markDuplicates } from './duplicates.ts';
import { type Header, markHeader } from './header.ts';
import { markRelated } from './related.ts';
import { markTail, type Tail } from './tail.ts';
import { markWidgets } from './widgets.ts';

export interface Page {
  header: Header;
  tail: Tail;
  /** Text cut out of kept blocks (a photo credit run into a paragraph). */
  removed: Removed[];
}

export function markBoilerplate(blocks: Block[], metaTitle: string | null): Page {
  const header = markHeader(blocks, metaTitle);
  markRelated(blocks, header.titleIndex);
  markWidgets(blocks);
  const printed = header.titleIndex >= 0 && !header.merged ? (blocks[header.titleIndex] as Block).text : null;
  markDuplicates(blocks, header.titleIndex, printed ?? metaTitle);
  const removed = markCaptions(blocks, header.titleIndex);
  const tail = markTail(blocks, printed ?? metaTitle);
  return { header, tail, removed };
}
