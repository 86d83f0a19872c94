// Page furniture around the article, in the order the rules depend on each other: the headline first (it bounds
// the page header), then trailing lists (their titles repeat, which must not count as duplicates), widgets,
// repeated text, and the signature lines left at the end.
import type { Block } from '../paragraphs.ts';
import { markDuplicates } from './duplicates.ts';
import { type Header, markHeader } from './header.ts';
import { markRelated } from './related.ts';
import { markTail, type Tail } from './tail.ts';
import { markWidgets } from './widgets.ts';

export interface Page {
  header: Header;
  tail: Tail;
}

export function markBoilerplate(blocks: Block[], metaTitle: string | null): Page {
  const header = markHeader(blocks, metaTitle);
  markRelated(blocks, header.titleIndex);
  markWidgets(blocks);
  const printed = header.titleIndex >= 0 && !header.merged ? (blocks[header.titleIndex] as Block).text : null;
  markDuplicates(blocks, header.titleIndex, printed ?? metaTitle);
  const tail = markTail(blocks);
  return { header, tail };
}
