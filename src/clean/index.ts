// Cleaning: RawDoc → CleanDoc. STUB — replaced by the cleaning work.
import { createHash } from 'node:crypto';
import type { CleanDoc, RawDoc } from '../types.ts';

export function clean(raw: RawDoc): CleanDoc {
  const text = raw.raw.normalize('NFC');
  return {
    source: raw.source,
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    title: raw.meta.title ?? null,
    outlet: raw.meta.outlet ?? null,
    author: raw.meta.author ?? null,
    url: raw.meta.url ?? null,
    published: { date: null, basis: 'none' },
    text,
    removed: [],
    quality: { spun: 0, repairs: 0 },
  };
}
