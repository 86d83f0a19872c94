// HTML → main text with paragraph breaks, plus metadata. STUB — replaced by the readers work.
import type { RawMeta, Removed } from '../types.ts';

export interface HtmlArticle {
  /** Main text, one paragraph per line block ("\n\n" between blocks). */
  text: string;
  meta: RawMeta;
  /** Page chrome dropped by the extractor (navigation, footer...), for the removal record. */
  removed: Removed[];
}

export function htmlToArticle(html: string): HtmlArticle {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, meta: {}, removed: [] };
}
