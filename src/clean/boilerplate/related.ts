// Lists of other articles ("Tin cùng chuyên mục", "Đọc thêm", teaser runs) and the comment area: the trailing region
// from such a heading, or from the first item of a dense run of teasers, is removed with everything in it.
import type { Block } from '../paragraphs.ts';
import { parseMetaLine } from './byline.ts';
import { headingKind, isInlineTeaser } from './phrases.ts';
import { drop, endsSentence, sameText } from './shape.ts';

// Text of the article needed above a heading before it may open a trailing region.
const MIN_BODY = 150;
// Teaser runs: at most this many blocks between two signals, and after the last one.
const MAX_GAP = 5;
// "(PLVN) - ..." : a teaser's lead, repeated item after item.
const OUTLET_LEAD = /^\([^)]{2,30}\)\s*[-–—]/;

function isShortTitle(s: string): boolean {
  return s.length <= 160 && !endsSentence(s);
}

/** Does kept[k] mark a teaser item (title printed twice, "Thời sự - PV - 1 giờ trước", outlet lead)? */
function isTeaserSignal(kept: Block[], k: number): boolean {
  const b = kept[k] as Block;
  const prev = kept[k - 1];
  if (prev && b.text.length <= 200 && sameText(prev.text, b.text)) return true;
  return b.text.length <= 110 && parseMetaLine(b.text) !== null;
}

function teaserSignals(kept: Block[]): boolean[] {
  return kept.map((_, k) => isTeaserSignal(kept, k));
}

function listLike(rest: Block[]): boolean {
  if (!rest.length) return true;
  const chars = rest.reduce((n, b) => n + b.text.length, 0);
  if (rest.length <= 3 && chars <= 600) return true;
  const signals = teaserSignals(rest).filter(Boolean).length + rest.filter((b) => OUTLET_LEAD.test(b.text)).length;
  const short = rest.filter((b) => isShortTitle(b.text)).length;
  return signals >= 2 || short / rest.length >= 0.5;
}

/** Index in `kept` where a dense run of teasers starts and goes on to the end, or -1. */
function teaserRunStart(kept: Block[]): number {
  // The run is read from the end, signal by signal, each at most MAX_GAP blocks before the next (the first one at
  // most MAX_GAP before the end); blocks above the run are never looked at.
  let head = -1;
  let count = 0;
  for (let k = kept.length - 1; k >= 0 && (head < 0 ? kept.length - 1 : head) - k <= MAX_GAP; k--) {
    if (!isTeaserSignal(kept, k)) continue;
    head = k;
    count++;
  }
  if (count < 2) return -1;
  // Back up to the item's title: the line (or the pair of equal lines) just above the signal.
  let start = head;
  for (let back = 0; back < 2 && start > 0 && isShortTitle((kept[start - 1] as Block).text); back++) start--;
  return start;
}

export function markRelated(blocks: Block[], titleIndex: number): void {
  const bodyStart = titleIndex + 1;
  const kept: Block[] = [];
  for (let i = bodyStart; i < blocks.length; i++) if (!(blocks[i] as Block).drop) kept.push(blocks[i] as Block);
  let cut = -1;
  let body = 0;
  for (let k = 0; k < kept.length && cut < 0; k++) {
    const block = kept[k] as Block;
    const kind = headingKind(block.text);
    if (!kind) {
      if (isInlineTeaser(block.text)) drop(block, 'related-list', 'related.inline-teaser');
      else body += block.text.length;
      continue;
    }
    if (body >= MIN_BODY && (kind === 'strong' || listLike(kept.slice(k + 1)))) cut = k;
    else drop(block, kind === 'comments' ? 'widget' : 'related-list', 'related.heading-line');
  }
  let reason = 'related-list';
  let rule = 'related.heading';
  if (cut < 0) {
    cut = teaserRunStart(kept);
    rule = 'related.teaser-run';
    if (cut < 0 || kept.slice(0, cut).reduce((n, b) => n + b.text.length, 0) < MIN_BODY) return;
  }
  for (let k = cut; k < kept.length; k++) {
    const block = kept[k] as Block;
    const kind = headingKind(block.text);
    // Each heading names what follows it: the comment area is a widget, a list of articles is a related list.
    if (kind === 'comments') [reason, rule] = ['widget', 'related.comments'];
    else if (kind) [reason, rule] = ['related-list', 'related.heading'];
    drop(block, reason, rule);
  }
}
