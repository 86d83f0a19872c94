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
  const stripped = (): HtmlArticle => ({ text: stripToBlocks(html).join('\n\n'), meta, removed: [] });
  if (shape.depth > MAX_DOM_DEPTH) return stripped();
  let bodyBlocks: string[];
  let article: ReturnType<Readability<unknown>['parse']> = null;
  try {
    const { document } = parseHTML(asDocument(html));
    for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
    bodyBlocks = domBlocks(document.body);
    if (shape.elements <= MAX_READABILITY_ELEMENTS) article = readable(document);
  } catch {
    // The DOM library choked on this markup; the tag stripper never does.
    return stripped();
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
  const titles = [meta.title, article?.title].filter((t): t is string => !!t).map(words);
  return { text: blocks.join('\n\n'), meta, removed: useArticle ? chrome(bodyBlocks, articleBlocks, titles) : [] };
}

// linkedom makes the first element of a fragment the document element, with no body: give fragments a document.
function asDocument(html: string): string {
  return /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function readable(document: unknown): ReturnType<Readability<unknown>['parse']> {
  try {
    return new Readability<unknown>(document as Document, { serializer: (el) => el }).parse();
  } catch {
    return null;
  }
}

// Body blocks that did not make it into the article, short ones only: cheap, and what an auditor wants to see.
function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Headlines are reworded between <title>, og:title and <h1>; most of the shorter one's words must recur in the other.
function sameHeadline(block: string, title: string[]): boolean {
  const b = words(block);
  if (!b.length || !title.length) return false;
  const [short, long] = b.length <= title.length ? [b, new Set(title)] : [title, new Set(b)];
  return short.filter((w) => long.has(w)).length >= 0.75 * short.length && short.length >= 0.5 * long.size;
}

// The headline Readability lifts out of the body is a repeat of the title, not page chrome.
function chrome(bodyBlocks: string[], articleBlocks: string[], titles: string[][]): Removed[] {
  const kept = new Set(articleBlocks);
  const removed: Removed[] = [];
  for (const text of bodyBlocks) {
    if (removed.length >= MAX_REMOVED) break;
    if (kept.has(text) || text.length > MAX_REMOVED_CHARS) continue;
    const reason = titles.some((t) => sameHeadline(text, t)) ? 'headline-repeat' : 'html-chrome';
    removed.push({ text, reason, rule: 'readability' });
  }
  return removed;
}
