// Fallback main text without a DOM: drop scripts, styles and comments, break at block tags, strip the rest.
import { decodeEntities } from './entities.ts';

const INVISIBLE = /<(script|style|noscript|template|svg|head|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|section|article|header|footer|nav|aside|main|blockquote|pre|figure|figcaption|form|address|center)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z!?][^>]*>/g;

/** Text blocks of an HTML page in document order; linear time, no recursion, safe on any nesting depth. */
export function stripToBlocks(html: string): string[] {
  const bodyAt = html.search(/<body\b/i);
  const body = bodyAt >= 0 ? html.slice(bodyAt) : html;
  const text = body.replace(COMMENT, ' ').replace(INVISIBLE, ' ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  const blocks: string[] = [];
  for (const line of text.split('\n')) {
    const block = decodeEntities(line).replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
  }
  return blocks;
}
