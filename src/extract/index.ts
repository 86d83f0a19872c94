// Analysis: cleaned text + context → claims, entities, events. Pure: no clock, no I/O.
import type { AnalyseContext, Analysis } from '../types.ts';
import { extractClaims } from './claims/index.ts';
import { extractEntities } from './entities/index.ts';
import { extractEvents } from './events/index.ts';

export const EXTRACTOR_VERSION = '0.1.0';

export function analyse(text: string, ctx: AnalyseContext): Analysis {
  const entities = extractEntities(text);
  const claims = extractClaims(text, ctx, entities);
  const events = extractEvents(text, ctx, entities);
  return { claims, entities, events };
}
