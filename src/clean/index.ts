// Cleaning: RawDoc → CleanDoc. Normalise characters, cut spam, split into blocks, drop page furniture (each removal
// recorded with its reason), repair what is kept, then read the metadata and score spinning.
import { htmlToArticle } from '../read/html.ts';
import type { CleanDoc, RawDoc, RawMeta, Removed } from '../types.ts';
import { markBoilerplate } from './boilerplate/index.ts';
import { documentId } from './id.ts';
import { pickAuthor } from './metadata/author.ts';
import { leadOutlet, pickOutlet } from './metadata/outlet.ts';
import { pickPublished } from './metadata/published.ts';
import { cutHeadline, metaHeadline } from './metadata/title.ts';
import { normalize } from './normalize.ts';
import { type Block, splitBlocks } from './paragraphs.ts';
import { repairParagraph } from './repair.ts';
import { removeSpam } from './spam.ts';
import { scoreParagraphs } from './spun.ts';

const PARAGRAPH_BREAK = '\n\n';

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
  if (titleBlock && header.merged && kept.includes(titleBlock)) {
    // A headline glued to the lead gets its own paragraph: a spacing repair, the words stay as written.
    const cut = cutHeadline(titleBlock.text);
    printedTitle = cut.title;
    if (cut.at !== null) {
      const lead: Block = { text: titleBlock.text.slice(cut.at).trim() };
      titleBlock.text = titleBlock.text.slice(0, cut.at).trim();
      kept.splice(kept.indexOf(titleBlock) + 1, 0, lead);
      repairs++;
    }
  }
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const b of kept) {
    if (text) text += PARAGRAPH_BREAK;
    spans.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  const titlePosition = titleBlock ? kept.indexOf(titleBlock) : -1;
  // The lead: the first paragraph after the headline that opens with an outlet or runs like text.
  const leads = kept.slice(titlePosition + 1, titlePosition + 4);
  const lead = leads.find((b) => leadOutlet(b.text)) ?? leads.find((b) => b.text.length >= 150) ?? leads[0];
  const body = kept.map((b) => b.text).join('\n');
  const published = pickPublished({
    byline: header.byline,
    headDate: header.headDate,
    tailDate: tail.date,
    metaDate: meta.date,
    lead: lead?.text ?? null,
    body,
  });
  const quality = scoreParagraphs(text, spans);

  return {
    source: raw.source,
    id: documentId(text),
    title: metaTitle ?? printedTitle,
    outlet: pickOutlet(meta.outlet, lead?.text ?? null, tail.source, kept[kept.length - 1]?.text ?? null),
    author: pickAuthor(meta.author, header.byline?.author, tail.author, header.headDate?.author),
    url: meta.url ?? null,
    published,
    text,
    removed,
    quality: { spun: quality.spun, repairs, paragraphs: quality.paragraphs },
    ...(raw.encoding ? { encoding: raw.encoding } : {}),
    ...(meta.extra ? { meta: meta.extra } : {}),
  };
}
