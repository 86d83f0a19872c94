// Cleaning: RawDoc → CleanDoc. Normalise characters, cut spam, split into blocks, drop page furniture (each removal
// recorded with its reason), repair what is kept, then read the metadata and score spinning.
import { htmlToArticle } from '../read/html.ts';
import type { CleanDoc, RawDoc, RawMeta, Removed } from '../types.ts';
import { parseMetaLine } from './boilerplate/byline.ts';
import { markBoilerplate } from './boilerplate/index.ts';
import { documentId } from './id.ts';
import { pickAuthor } from './metadata/author.ts';
import { pickLead } from './metadata/lead.ts';
import { pickOutlet } from './metadata/outlet.ts';
import { pickPublished } from './metadata/published.ts';
import { metaHeadline, separateHeadline } from './metadata/title.ts';
import { normalize } from './normalize.ts';
import { type Block, joinBlocks, splitBlocks } from './paragraphs.ts';
import { repairParagraph } from './repair.ts';
import { removeSpam } from './spam.ts';
import { scoreParagraphs } from './spun.ts';

function mergeMeta(container: RawMeta, page: RawMeta): RawMeta {
  const out: RawMeta = { ...page };
  for (const [k, v] of Object.entries(container)) if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Consecutive blocks dropped by the same rule are one removal ("the related list"), not one per line. */
function recordDrops(blocks: Block[], removed: Removed[]): void {
  let open: Removed | null = null;
  for (const b of blocks) {
    if (!b.drop) {
      open = null;
      continue;
    }
    if (open && open.reason === b.drop.reason && open.rule === b.drop.rule) open.text += `\n${b.text}`;
    else {
      open = { text: b.text, reason: b.drop.reason, rule: b.drop.rule };
      removed.push(open);
    }
  }
}

export function clean(raw: RawDoc): CleanDoc {
  const removed: Removed[] = [];
  let input = raw.raw;
  let meta = raw.meta;
  if (raw.format === 'html') {
    const article = htmlToArticle(raw.raw);
    input = article.text;
    meta = mergeMeta(raw.meta, article.meta);
    removed.push(...article.removed);
  }
  const norm = normalize(input);
  removed.push(...norm.removed);
  let repairs = norm.repairs;
  const spam = removeSpam(norm.text);
  removed.push(...spam.removed);
  const split = splitBlocks(spam.text);
  removed.push(...split.removed);
  const blocks = split.blocks;

  const metaTitle = meta.title ? metaHeadline(normalize(meta.title).text) : null;
  const page = markBoilerplate(blocks, metaTitle);
  recordDrops(blocks, removed);
  removed.push(...page.removed);

  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.drop) continue;
    const r = repairParagraph(b.text);
    repairs += r.repairs;
    removed.push(...r.removed);
    b.text = r.text.trim();
    if (b.text) kept.push(b);
  }
  const { header, tail } = page;
  const titleBlock = header.titleIndex >= 0 && !blocks[header.titleIndex]?.drop ? (blocks[header.titleIndex] as Block) : null;
  let printedTitle = titleBlock?.text ?? null;
  if (titleBlock && header.merged) {
    const separated = separateHeadline(kept, titleBlock);
    printedTitle = separated.title;
    if (separated.split) repairs++;
  }
  const { text, spans } = joinBlocks(kept);
  // With no headline in the first paragraph, that paragraph is the lead.
  const lead = pickLead(kept, titleBlock && printedTitle ? kept.indexOf(titleBlock) : -1);
  // A container's author field sometimes holds the whole byline ("Minh Quân - 20:15, 01/07/2024").
  const metaByline = meta.author ? parseMetaLine(meta.author) : null;
  // No notBefore here: analysis fills published.notBefore from its own parse of the text (withNotBefore).
  const published = pickPublished({
    byline: header.byline ?? (metaByline?.date ? metaByline : null),
    headDate: header.headDate,
    tailDate: tail.date,
    metaDate: meta.date,
    lead,
    text,
  });
  const quality = scoreParagraphs(text, spans);

  return {
    source: raw.source,
    id: documentId(text),
    title: metaTitle ?? printedTitle,
    outlet: pickOutlet(meta.outlet, lead, tail.source, kept[kept.length - 1]?.text ?? null),
    author: pickAuthor(metaByline ? metaByline.author : meta.author, header.byline?.author, tail.author, header.headDate?.author),
    url: meta.url ?? null,
    published,
    text,
    removed,
    quality: { spun: quality.spun, repairs, paragraphs: quality.paragraphs },
    ...(raw.encoding ? { encoding: raw.encoding } : {}),
    ...(meta.extra ? { meta: meta.extra } : {}),
  };
}
