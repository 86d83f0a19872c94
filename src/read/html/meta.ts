// Page metadata from a linear tag scan (no DOM): <title>, <meta>, <link rel=canonical>, JSON-LD.
import type { RawMeta } from '../../types.ts';
import { decodeEntities } from './entities.ts';
import { jsonLdMeta } from './jsonld.ts';

const TAGS = /<(meta|link)\b([^>]*)>|<title\b[^>]*>([^<]*)<\/title\s*>|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

// Which meta name/property fills which field; earlier entries win.
const FIELDS: Record<'title' | 'outlet' | 'date' | 'author' | 'url', string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  outlet: ['og:site_name', 'application-name', 'dc.publisher'],
  date: [
    'article:published_time',
    'og:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date.issued',
    'dc.date',
    'date',
  ],
  author: ['author', 'article:author', 'dc.creator', 'twitter:creator'],
  url: ['og:url'],
};
const EXTRA = [
  'description',
  'og:description',
  'keywords',
  'news_keywords',
  'article:section',
  'article:modified_time',
  'og:type',
  'language',
  'content-language',
];

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(ATTR)) out.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim());
  return out;
}

export function scanHtmlMeta(html: string): RawMeta {
  const named = new Map<string, string>();
  const jsonLd: string[] = [];
  let title: string | undefined;
  let canonical: string | undefined;
  for (const m of html.matchAll(TAGS)) {
    if (m[1]) {
      const a = attributes(m[2] as string);
      if (m[1].toLowerCase() === 'link') {
        if (/(^|\s)canonical(\s|$)/i.test(a.get('rel') ?? '')) canonical ??= a.get('href');
        continue;
      }
      const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop') ?? '').toLowerCase();
      const content = a.get('content');
      if (key && content && !named.has(key)) named.set(key, content);
    } else if (m[3] !== undefined) {
      title ??= decodeEntities(m[3]).replace(/\s+/g, ' ').trim() || undefined;
    } else if (/application\/ld\+json/i.test(m[4] ?? '')) {
      jsonLd.push(m[5] as string);
    }
  }
  const ld = jsonLdMeta(jsonLd);
  const pick = (field: keyof typeof FIELDS) => FIELDS[field].map((k) => named.get(k)).find((v) => v);
  // A URL in article:author is a profile link, not a name.
  const author = [pick('author'), ld.author].find((v) => v && !/^https?:/i.test(v));
  const meta: RawMeta = {
    title: pick('title') ?? ld.title ?? title,
    outlet: pick('outlet') ?? ld.outlet,
    date: pick('date') ?? ld.date,
    author,
    url: pick('url') ?? canonical ?? ld.url,
  };
  const extra: Record<string, unknown> = {};
  for (const k of EXTRA) if (named.has(k)) extra[k] = named.get(k);
  if (Object.keys(extra).length) meta.extra = extra;
  for (const k of Object.keys(meta) as (keyof RawMeta)[]) if (meta[k] === undefined) delete meta[k];
  return meta;
}
