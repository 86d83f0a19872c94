// The analysis flow for one document: clean → analyse. Pure function of the RawDoc.
import { clean } from './clean/index.ts';
import { withNotBefore } from './clean/metadata/published.ts';
import { analyse, EXTRACTOR_VERSION } from './extract/index.ts';
import type { CleanDoc, ExtractedDoc, RawDoc } from './types.ts';

export function processRaw(raw: RawDoc): ExtractedDoc {
  return analyseClean(clean(raw));
}

/** The analysis half of processRaw; it also completes published.notBefore, read from the same time parse. */
export function analyseClean(doc: CleanDoc): ExtractedDoc {
  const { notBefore, ...analysis } = analyse(doc.text, { published: doc.published.date });
  return { ...doc, published: withNotBefore(doc.published, notBefore), ...analysis, extractor: EXTRACTOR_VERSION };
}
