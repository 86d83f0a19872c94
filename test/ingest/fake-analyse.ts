// A fast, deterministic stand-in for the analysis pipeline: the crash and concurrency tests exercise ingest and the
// store, not extraction, and must not wait for the real pipeline's start-up in every process they spawn.
import { createHash } from 'node:crypto';
import type { Claim, ExtractedDoc, RawDoc } from '../../src/types.ts';

export const FAKE_EXTRACTOR = 'fake-1';

/** One claim per number in the text (at most 8), one entity, one event. */
export function fakeAnalyse(raw: RawDoc): ExtractedDoc {
  const text = raw.raw.normalize('NFC').trim();
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const claims: Claim[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    if (claims.length >= 8) break;
    const start = m.index ?? 0;
    claims.push({
      text: m[0],
      start,
      end: start + m[0].length,
      value: Number(m[0]),
      unit: 'count',
      qualifier: 'exact',
      modality: 'actual',
      indicator: 'test.numbers',
      subject: 'VN',
      asOf: '2021-12-31',
      rule: 'fake',
    });
  }
  const vn = text.indexOf('Việt Nam');
  return {
    source: raw.source,
    id,
    title: raw.meta.title ?? null,
    outlet: 'fake.vn',
    author: null,
    url: raw.meta.url ?? null,
    published: { date: '2021-12-14', basis: 'metadata' },
    text,
    removed: [],
    quality: { spun: 0, repairs: 0 },
    claims,
    entities: vn >= 0 ? [{ type: 'country', id: 'VN', name: 'Việt Nam', mentions: [{ start: vn, end: vn + 8 }] }] : [],
    events: [
      {
        type: 'conference',
        actors: ['VN'],
        date: { start: '2021-12-14', end: '2021-12-14' },
        text: text.slice(0, 10),
        start: 0,
        end: Math.min(10, text.length),
        rule: 'fake',
      },
    ],
    extractor: FAKE_EXTRACTOR,
  };
}

export function expectedClaims(raw: RawDoc): number {
  return fakeAnalyse(raw).claims.length;
}
