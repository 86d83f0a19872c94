// The top of a page: site clock and labels before the headline, the headline itself, the byline after it.

import { lineKey } from '../match.ts';
import type { Block } from '../paragraphs.ts';
import { type DateLine, parseMetaLine } from './byline.ts';
import { isPlayerLine, widgetReason } from './phrases.ts';
import { drop, endsSentence, hasVietnameseMarks, sameText, titleLike, wordCount } from './shape.ts';

export interface Header {
  /** Index of the headline block, -1 when the text does not print it. */
  titleIndex: number;
  /** The headline runs on into the first paragraph (no line break after it). */
  merged: boolean;
  /** A date line above the headline (a page clock unless nothing better is found). */
  headDate: DateLine | null;
  /** The byline under the headline. */
  byline: DateLine | null;
}

// The headline is looked for among the first blocks only; deeper lines are body text.
const HEAD_LIMIT = 8;
const BYLINE_LIMIT = 4;
const KICKER = 40;
const BREADCRUMB = /(?:\s[»›>|/]\s.*){2,}|^(?:trang chủ|home)\s*[»›>|/]/iu;

interface Junk {
  reason: string;
  rule: string;
  date?: DateLine;
}

/** A line above the headline that belongs to the page, not the article. */
function headJunk(text: string): Junk | null {
  const widget = widgetReason(text);
  if (widget) return { reason: widget, rule: `header.${widget}` };
  if (isPlayerLine(text)) return { reason: 'player', rule: 'header.player' };
  const date = parseMetaLine(text);
  if (date)
    return date.seconds || !date.date
      ? { reason: 'clock', rule: 'header.clock', date }
      : { reason: 'byline', rule: 'header.date-line', date };
  if (BREADCRUMB.test(text)) return { reason: 'page-header', rule: 'header.breadcrumb' };
  const words = wordCount(text);
  if (words === 1 && text.length <= 30) return { reason: 'page-header', rule: 'header.lone-token' };
  if (words <= 3 && !hasVietnameseMarks(text) && !/\d/.test(text)) return { reason: 'page-header', rule: 'header.latin-label' };
  return null;
}

// Listing pages cut long headlines ("Thủ tướng hội đàm với ..."); the full one often follows.
const TRUNCATED = /\s*(?:\.{3}|…)$/u;

function upgradeTruncated(blocks: Block[], header: Header): void {
  const i = header.titleIndex;
  const title = blocks[i];
  if (!title || header.merged || !TRUNCATED.test(title.text)) return;
  const stem = lineKey(title.text.replace(TRUNCATED, ''));
  for (let k = i + 1; k < Math.min(blocks.length, i + 3); k++) {
    const b = blocks[k] as Block;
    if (b.drop || !titleLike(b.text) || !lineKey(b.text).startsWith(stem)) continue;
    drop(title, 'headline-repeat', 'header.truncated-headline');
    header.titleIndex = k;
    return;
  }
}

export function markHeader(blocks: Block[], metaTitle: string | null): Header {
  const header: Header = { titleIndex: -1, merged: false, headDate: null, byline: null };
  const limit = Math.min(blocks.length, HEAD_LIMIT);
  let metaIndex = -1;
  if (metaTitle) {
    const key = lineKey(metaTitle);
    for (let i = 0; i < limit && metaIndex < 0; i++) {
      const t = (blocks[i] as Block).text;
      if (sameText(t, metaTitle) || (key.length > 20 && lineKey(t).startsWith(key))) metaIndex = i;
    }
  }
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as Block;
    if (i === metaIndex) {
      header.titleIndex = i;
      header.merged = !titleLike(block.text);
      break;
    }
    const junk = headJunk(block.text);
    if (junk) {
      drop(block, junk.reason, junk.rule);
      if (junk.date?.date && !header.headDate) header.headDate = junk.date;
      continue;
    }
    if (metaIndex >= 0) continue;
    // The metadata headline is not printed: the body starts here.
    if (metaTitle) break;
    if (titleLike(block.text)) {
      header.titleIndex = i;
      break;
    }
    // No line break after the headline: the first paragraph opens with it.
    if (block.text.length > 250) {
      header.titleIndex = i;
      header.merged = true;
      break;
    }
    // A short kicker above the headline ("Đối ngoại") stays in the text; a sentence means the body has begun.
    if (block.text.length > KICKER || endsSentence(block.text)) break;
  }
  upgradeTruncated(blocks, header);
  const from = header.titleIndex + 1;
  for (let i = from; i < Math.min(blocks.length, from + BYLINE_LIMIT); i++) {
    const block = blocks[i] as Block;
    if (block.text.length > 250) break;
    const date = parseMetaLine(block.text);
    if (!date) continue;
    drop(block, 'byline', 'header.byline');
    header.byline ??= date;
  }
  return header;
}
