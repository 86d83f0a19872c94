// Analysis: cleaned text + context → claims, entities, events. Pure: no clock, no I/O.
import type { AnalyseContext, Analysis, IsoDate } from '../types.ts';
import { extractClaims } from './claims/index.ts';
import { extractEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { analyseTimes } from './time/index.ts';

export const EXTRACTOR_VERSION = '0.1.0';

export interface DocumentAnalysis extends Analysis {
  /** The text's lower bound of its publication date, from the same time parse: the document's published.notBefore. */
  notBefore: IsoDate | null;
}

export function analyse(text: string, ctx: AnalyseContext): DocumentAnalysis {
  const entities = extractEntities(text);
  // Time expressions once per document, shared by claims and events (neither changes them).
  const time = analyseTimes(text, ctx);
  const claims = extractClaims(text, ctx, entities, time);
  const events = extractEvents(text, ctx, entities, time.times);
  return { claims, entities, events, notBefore: time.inferredNotBefore };
}
