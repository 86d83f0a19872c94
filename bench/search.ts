// Search latency over 100,000 generated documents in the embedded store (goal p95 ≤ 50 ms), then API requests/s under
// autocannon for a search and for a document. Documents are synthetic ExtractedDocs written through the store's batch
// API (no analysis): words drawn with the frequencies of the bundled examples, a few entities, claims and events each.
// The store is kept in .bench/search-N and reused by later runs. Run alone: node --import tsx bench/search.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStore } from '../src/store/index.ts';
import { encodeSearchCursor } from '../src/store/search.ts';
import type { IngestDoc, SearchQuery, Store } from '../src/store/types.ts';
import type { DiplomaticEvent, Entity, EventType, ExtractedDoc } from '../src/types.ts';
import { runApiBench } from './api.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface SearchBenchResult {
  documents: number;
  generateSeconds: number;
  queries: number;
  p50: number;
  p95: number;
  byKind: Record<string, { p50: number; p95: number; hits: number }>;
  api: Awaited<ReturnType<typeof runApiBench>>;
}

/** A seeded PRNG, so every run builds the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the bundled examples with their counts (the frequent part of a Vietnamese frequency curve), and a Zipf tail
 * of 50,000 topic terms (two joined syllables) for one word in five: rank 100 lands in ~4% of documents, rank 20,000
 * in ~0.02%. */
function vocabulary(): { words: string[]; cumulative: number[]; topics: string[]; topicCumulative: number[] } {
  const dir = join(ROOT, 'examples/seeds');
  const counts = new Map<string, number>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const w of readFileSync(join(dir, f), 'utf8')
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (/^\d+$/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const words = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  let sum = 0;
  const cumulative = words.map((w) => {
    sum += counts.get(w) ?? 0;
    return sum;
  });
  const syl = words
    .filter((w) => w.length > 1)
    .slice(0, 400)
    .map((w) => w.toLowerCase());
  const topics = new Set<string>();
  const rand = rng(7);
  while (topics.size < 50_000) topics.add(`${syl[Math.floor(rand() * syl.length)]}${syl[Math.floor(rand() * syl.length)]}`);
  let z = 0;
  const topicCumulative = [...topics].map((_, r) => {
    z += 1 / (r + 1);
    return z;
  });
  return { words, cumulative, topics: [...topics], topicCumulative };
}

const COUNTRIES: Array<[string, string]> = [
  ['VN', 'Việt Nam'],
  ['JP', 'Nhật Bản'],
  ['US', 'Hoa Kỳ'],
  ['CN', 'Trung Quốc'],
  ['KR', 'Hàn Quốc'],
  ['RU', 'Nga'],
  ['IN', 'Ấn Độ'],
  ['LA', 'Lào'],
  ['KH', 'Campuchia'],
  ['FR', 'Pháp'],
  ['DE', 'Đức'],
  ['AU', 'Úc'],
  ['SG', 'Singapore'],
  ['TH', 'Thái Lan'],
  ['BR', 'Brazil'],
];
const OUTLETS = ['Báo Quốc tế', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Nhân Dân', 'Pháp luật Việt Nam', 'VietnamPlus', 'Dân trí'];
const INDICATORS = [
  'trade.total',
  'exports.total',
  'fdi.registered',
  'vaccine.doses_received',
  'visits.outgoing',
  'partnerships.strategic_comprehensive',
];
const EVENT_TYPES: EventType[] = ['visit', 'phone_call', 'talks', 'agreement_signed', 'relation_upgrade', 'conference'];

function generate(i: number, vocab: ReturnType<typeof vocabulary>, rand: () => number): IngestDoc {
  const draw = (words: string[], cumulative: number[]) => {
    const x = rand() * (cumulative.at(-1) as number);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
  const pick = () => (rand() < 0.2 ? draw(vocab.topics, vocab.topicCumulative) : draw(vocab.words, vocab.cumulative));
  const a = COUNTRIES[Math.floor(rand() * COUNTRIES.length)] as [string, string];
  const b = COUNTRIES[1 + Math.floor(rand() * (COUNTRIES.length - 1))] as [string, string];
  const year = 2015 + Math.floor(rand() * 10);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const parts: string[] = [];
  const mentions: Record<string, Array<{ start: number; end: number }>> = {};
  let len = 0;
  const push = (s: string) => {
    parts.push(s);
    len += s.length;
  };
  const n = 150 + Math.floor(rand() * 150);
  let claimSpan = { start: 0, end: 0, text: '' };
  for (let w = 0; w < n; w++) {
    if (w % 40 === 5 || w % 40 === 25) {
      const [id, name] = w % 40 === 5 ? a : b;
      mentions[id] = [...(mentions[id] ?? []), { start: len, end: len + name.length }];
      push(`${name} `);
      continue;
    }
    if (w === 60) {
      const text = `đạt ${10 + Math.floor(rand() * 900)} tỉ USD`;
      claimSpan = { start: len, end: len + text.length, text };
      push(`${text} `);
      continue;
    }
    push(`${pick()}${w % 17 === 16 ? '. ' : ' '}`);
  }
  const text = parts.join('').trim();
  const id = createHash('sha256').update(`bench-${i}`).digest('hex').slice(0, 16);
  const entities: Entity[] = Object.entries(mentions).map(([eid, ms]) => ({
    type: 'country',
    id: eid,
    name: COUNTRIES.find((c) => c[0] === eid)?.[1] ?? eid,
    mentions: ms,
  }));
  const events: DiplomaticEvent[] =
    rand() < 0.3
      ? [
          {
            type: EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)] as EventType,
            actors: [a[0], b[0]],
            date: { start: date, end: date },
            text: text.slice(0, 80),
            start: 0,
            end: 80,
            rule: 'bench',
          },
        ]
      : [];
  const doc: ExtractedDoc = {
    source: `bench/${i}.txt`,
    id,
    title: `${pick()} ${pick()} ${a[1]} ${pick()} ${b[1]} ${pick()}`,
    outlet: OUTLETS[i % OUTLETS.length] as string,
    author: null,
    url: null,
    published: { date, basis: 'byline' },
    text,
    removed: [],
    quality: { spun: 0, repairs: 0 },
    claims: [
      {
        text: claimSpan.text,
        start: claimSpan.start,
        end: claimSpan.end,
        value: 1e9,
        unit: 'USD',
        qualifier: 'exact',
        modality: 'actual',
        asOf: date,
        indicator: INDICATORS[i % INDICATORS.length] as string,
        subject: a[0],
        rule: 'bench',
      },
    ],
    entities,
    events,
    extractor: 'bench',
  };
  return { doc, rawGz: new Uint8Array(), rawFormat: 'text', rawMeta: {}, rawHash: id, signature: [] };
}

async function fill(store: Store, n: number): Promise<number> {
  const started = Date.now();
  const vocab = vocabulary();
  const rand = rng(42);
  const batch = 1000;
  for (let i = 0; i < n; i += batch) {
    const docs: IngestDoc[] = [];
    for (let j = i; j < Math.min(n, i + batch); j++) docs.push(generate(j, vocab, rand));
    await store.putDocuments(docs);
    if ((i / batch) % 10 === 9) process.stderr.write(`  ${i + batch} documents, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  return (Date.now() - started) / 1000;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** The query mix: frequent, middle and rare words, phrases, filters, browsing without words. */
function queries(): Array<{ kind: string; q: SearchQuery }> {
  const { words, topics } = vocabulary();
  const mid = topics.slice(50, 150);
  const rare = topics.slice(20_000, 20_060);
  const out: Array<{ kind: string; q: SearchQuery }> = [];
  for (let i = 0; i < 20; i++) {
    out.push({ kind: 'rare word', q: { q: rare[i] as string } });
    out.push({ kind: 'middle word', q: { q: mid[i] as string } });
    out.push({ kind: 'two words', q: { q: `${mid[i + 20]} ${rare[i + 20]}` } });
    out.push({ kind: 'phrase', q: { q: `"${words[100 + i]} ${words[101 + i]}"` } });
    out.push({
      kind: 'filter only',
      q: { entity: COUNTRIES[i % COUNTRIES.length]?.[0], from: String(2015 + (i % 10)), to: String(2015 + (i % 10)) },
    });
    out.push({ kind: 'word + filters', q: { q: mid[i + 30] as string, outlet: OUTLETS[i % OUTLETS.length], from: '2018', to: '2022' } });
    out.push({ kind: 'frequent word', q: { q: i % 2 ? 'viet nam' : (words[i] as string) } });
    out.push({ kind: 'page 5', q: { q: mid[i] as string, cursor: encodeSearchCursor({ offset: 80 }) } });
  }
  return out;
}

export async function runSearchBench(opts: { documents?: number; apiSeconds?: number } = {}): Promise<SearchBenchResult> {
  const n = opts.documents ?? Number(process.env.BENCH_SEARCH_DOCS ?? 100_000);
  // The version in the name: a change to the generator makes a new corpus.
  const dir = join(ROOT, '.bench', `search-v7-${n}`);
  let store = await openStore({ dir });
  let generateSeconds = 0;
  const have = (await store.stats()).documents;
  if (have !== n) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    store = await openStore({ dir });
    process.stderr.write(`search bench: generating ${n} documents in ${dir}\n`);
    generateSeconds = await fill(store, n);
  }
  await store.maintain();
  try {
    const mix = queries();
    for (const m of mix.slice(0, 10)) await store.searchDocuments(m.q); // warm caches
    const times: number[] = [];
    const byKind: Record<string, number[]> = {};
    const hits: Record<string, number> = {};
    for (let round = 0; round < 1; round++) {
      for (const m of mix) {
        const t0 = performance.now();
        const r = await store.searchDocuments(m.q);
        const ms = performance.now() - t0;
        times.push(ms);
        byKind[m.kind] = [...(byKind[m.kind] ?? []), ms];
        hits[m.kind] = (hits[m.kind] ?? 0) + r.total;
      }
    }
    const kinds = Object.fromEntries(
      Object.entries(byKind).map(([k, v]) => [
        k,
        { p50: round1(quantile(v, 0.5)), p95: round1(quantile(v, 0.95)), hits: Math.round((hits[k] ?? 0) / v.length) },
      ]),
    );
    const some = await store.searchDocuments({ q: mix[1]?.q.q, limit: 1 });
    const docId = some.hits[0]?.doc.id ?? '';
    const midWords = mix.filter((m) => m.kind === 'middle word').map((m) => `/api/search?q=${encodeURIComponent(m.q.q ?? '')}`);
    const api = await runApiBench(
      store,
      [
        // The document first: a backlog of slow searches in the one PGlite connection must not starve it.
        { name: 'document', paths: [`/api/documents/${docId}`] },
        { name: 'search', paths: midWords },
      ],
      { seconds: opts.apiSeconds ?? Number(process.env.BENCH_API_SECONDS ?? 10) },
    );
    return {
      documents: n,
      generateSeconds,
      queries: times.length,
      p50: round1(quantile(times, 0.5)),
      p95: round1(quantile(times, 0.95)),
      byKind: kinds,
      api,
    };
  } finally {
    await store.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function printSearchBench(r: SearchBenchResult): void {
  console.log(
    `search (${r.documents.toLocaleString('en')} docs${r.generateSeconds ? `, generated in ${r.generateSeconds.toFixed(0)} s` : ''}): ` +
      `p50 ${r.p50} ms, p95 ${r.p95} ms over ${r.queries} queries (goal p95 ≤ 50 ms)`,
  );
  for (const [k, v] of Object.entries(r.byKind))
    console.log(`  ${k.padEnd(15)} p50 ${String(v.p50).padStart(6)} ms  p95 ${String(v.p95).padStart(6)} ms  ~${v.hits} hits`);
  for (const a of r.api)
    console.log(
      `api ${a.name}: ${a.requestsPerSec} req/s, latency p50 ${a.latencyP50} ms, p99 ${a.latencyP99} ms (errors ${a.errors}, non-2xx ${a.non2xx})`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runSearchBench();
  printSearchBench(r);
}
