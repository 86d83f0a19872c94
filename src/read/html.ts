// HTML → main text with paragraph breaks, plus metadata and a record of the page chrome that was dropped.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawMeta, Removed } from '../types.ts';
import { domBlocks } from './html/blocks.ts';
import { tagShape } from './html/depth.ts';
import { scanHtmlMeta } from './html/meta.ts';
import { stripToBlocks } from './html/strip.ts';

export interface HtmlArticle {
  /** Main text, one paragraph per line block ("\n\n" between blocks). */
  text: string;
  meta: RawMeta;
  /** Page chrome dropped by the extractor (navigation, footer...), for the removal record. */
  removed: Removed[];
}

/** Readability's cost grows steeply with nesting (1.3 s at depth 500); real articles stay far below this. */
const MAX_DOM_DEPTH = 120;
/** Readability takes seconds on pages with more elements than this; we then keep the body text. */
const MAX_READABILITY_ELEMENTS = 12_000;
/** Below this many characters Readability's pick is not trusted and the body text is used. */
const MIN_ARTICLE_CHARS = 80;
/** Only short dropped blocks are recorded: menus, bylines, teasers, not whole comment threads. */
const MAX_REMOVED_CHARS = 200;
const MAX_REMOVED = 200;

export function htmlToArticle(html: string): HtmlArticle {
  const meta = scanHtmlMeta(html);
  const shape = tagShape(html, MAX_DOM_DEPTH);
  if (shape.depth > MAX_DOM_DEPTH) return { text: stripToBlocks(html).join('\n\n'), meta, removed: [] };
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const bodyBlocks = document.body ? domBlocks(document.body) : stripToBlocks(html);
  let article: ReturnType<Readability<unknown>['parse']> = null;
  if (shape.elements <= MAX_READABILITY_ELEMENTS) {
    try {
      article = new Readability<unknown>(document as unknown as Document, { serializer: (el) => el }).parse();
    } catch {
      article = null;
    }
  }
  const articleBlocks = article?.content ? domBlocks(article.content) : [];
  const useArticle = articleBlocks.join('').length >= MIN_ARTICLE_CHARS;
  const blocks = useArticle ? articleBlocks : bodyBlocks;
  if (article) {
    meta.title ??= article.title || undefined;
    meta.author ??= article.byline || undefined;
    meta.outlet ??= article.siteName || undefined;
    meta.date ??= article.publishedTime || undefined;
  }
  return { text: blocks.join('\n\n'), meta, removed: useArticle ? chrome(bodyBlocks, articleBlocks) : [] };
}

// Body blocks that did not make it into the article, short ones only: cheap, and what an auditor wants to see.
function chrome(bodyBlocks: string[], articleBlocks: string[]): Removed[] {
  const kept = new Set(articleBlocks);
  const removed: Removed[] = [];
  for (const text of bodyBlocks) {
    if (removed.length >= MAX_REMOVED) break;
    if (!kept.has(text) && text.length <= MAX_REMOVED_CHARS) removed.push({ text, reason: 'html-chrome', rule: 'readability' });
  }
  return removed;
}
