// Article metadata from JSON-LD blocks (schema.org NewsArticle and kin).
import type { RawMeta } from '../../types.ts';

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|BackgroundNewsArticle)$/;

type Json = Record<string, unknown>;

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function nameOf(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (Array.isArray(x)) return x.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (isObject(x) && typeof x.name === 'string') return x.name.trim() || undefined;
  return undefined;
}

function types(x: Json): string[] {
  const t = x['@type'];
  return Array.isArray(t) ? t.filter((v): v is string => typeof v === 'string') : typeof t === 'string' ? [t] : [];
}

// Article nodes may sit at the top, in an array, or in an @graph; walk breadth-first with a bound instead of recursing.
function articleNodes(root: unknown): Json[] {
  const found: Json[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const x = queue[i];
    if (Array.isArray(x)) queue.push(...x);
    else if (isObject(x)) {
      if (types(x).some((t) => ARTICLE_TYPES.test(t))) found.push(x);
      if (Array.isArray(x['@graph'])) queue.push(...(x['@graph'] as unknown[]));
    }
  }
  // Prefer real articles over a generic WebPage.
  return found.sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}

/** Metadata from the JSON-LD script bodies of a page; unparsable blocks are ignored. */
export function jsonLdMeta(scripts: string[]): RawMeta {
  const meta: RawMeta = {};
  for (const body of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.trim());
    } catch {
      continue;
    }
    for (const node of articleNodes(parsed)) {
      meta.title ??= str(node.headline) ?? (types(node).includes('WebPage') ? undefined : str(node.name));
      meta.date ??= str(node.datePublished) ?? str(node.dateCreated);
      meta.author ??= nameOf(node.author);
      meta.outlet ??= nameOf(node.publisher);
      meta.url ??= str(node.url) ?? (isObject(node.mainEntityOfPage) ? str(node.mainEntityOfPage['@id']) : str(node.mainEntityOfPage));
    }
  }
  return meta;
}
