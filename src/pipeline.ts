// The analysis flow for one document: clean → analyse. Pure function of the RawDoc.
import { clean } from './clean/index.ts';
import { analyse, EXTRACTOR_VERSION } from './extract/index.ts';
import type { ExtractedDoc, RawDoc } from './types.ts';

export function processRaw(raw: RawDoc): ExtractedDoc {
  const doc = clean(raw);
  const analysis = analyse(doc.text, { published: doc.published.date, notBefore: doc.published.notBefore ?? null });
  return { ...doc, ...analysis, extractor: EXTRACTOR_VERSION };
}
