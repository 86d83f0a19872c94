// The HTTP API through fastify.inject over a PGlite store holding the bundled examples.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { DocumentDetail, Fact, Page, SearchResult } from '../../src/store/types.ts';
import { appFor, type Fixture, makeFixture } from './fixture.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

let f: Fixture;
let app: FastifyInstance & { jobs: { idle(): Promise<void> } };

before(async () => {
  f = await makeFixture();
  app = await appFor(f);
});

after(async () => {
  await app?.close();
  await f?.close();
});

async function get<T>(url: string, token?: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.statusCode, body: res.json() as T };
}

function assertError(res: { statusCode: number; json(): unknown; body: string }, status: number, code: string) {
  assert.equal(res.statusCode, status, res.body);
  const body = res.json() as { error: string; message: string };
  assert.equal(body.error, code);
  assert.equal(typeof body.message, 'string');
  assert.ok(body.message.length > 5);
  assert.doesNotMatch(res.body, /\bat \S+:\d+:\d+|node_modules|\.ts:\d+/, 'no stack trace in errors');
}

describe('search', () => {
  test('accent-insensitive: "viet nam" finds Việt Nam, with highlighted snippets and facets', async () => {
    const { status, body } = await get<SearchResult>('/api/search?q=viet%20nam');
    assert.equal(status, 200);
    assert.ok(body.total >= 4, `total ${body.total}`);
    assert.equal(body.totalExact, true, 'a small store counts exactly, and the API says so');
    const hit = body.hits[0];
    assert.ok(hit);
    assert.ok(hit.highlights.length > 0);
    for (const [s, e] of hit.highlights) assert.match(fold(hit.snippet.slice(s, e)), /^(viet|nam)$/);
    assert.ok(body.facets.entity.some((x) => x.value === 'VN'));
    assert.ok(body.facets.year.length > 0);
  });

  test('"hoa binh" finds both tone styles (hoà bình, hòa bình)', async () => {
    const hb = await get<SearchResult>('/api/search?q=%22hoa%20binh%22');
    const sources = hb.body.hits.map((h) => h.doc.source).join(' ');
    assert.match(sources, /001_/);
    assert.match(sources, /004_/);
  });

  test('filters and cursor pagination walk every result once', async () => {
    const all = await get<SearchResult>('/api/search?limit=200');
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: { body: SearchResult } = await get<SearchResult>(
        `/api/search?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      for (const h of r.body.hits) {
        assert.ok(!seen.has(h.doc.id), `duplicate ${h.doc.id}`);
        seen.add(h.doc.id);
      }
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    assert.equal(seen.size, all.body.total);
    const vn = await get<SearchResult>('/api/search?entity=VN&eventType=visit');
    assert.equal(vn.status, 200);
    assert.ok(vn.body.total <= all.body.total);
    const ind = await get<SearchResult>('/api/search?indicator=vaccine.doses_received');
    assert.equal(ind.body.total, 3);
    const years = await get<SearchResult>('/api/search?from=2021&to=2021');
    for (const h of years.body.hits) assert.match(h.doc.published.date ?? '', /^2021/);
  });

  test('invalid input is a JSON 400 naming the field', async () => {
    for (const url of [
      '/api/search?limit=0',
      '/api/search?limit=abc',
      '/api/search?eventType=party',
      '/api/search?from=yesterday',
      '/api/search?bogus=1',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      assertError(res, 400, 'invalid_request');
    }
    const res = await app.inject({ method: 'GET', url: '/api/search?limit=500' });
    assert.match((res.json() as { message: string }).message, /limit/);
  });
});

describe('documents, facts, entities, events', () => {
  test('a document: text, removed parts, claims/entities/events whose spans cut the text', async () => {
    const search = await get<SearchResult>('/api/search?indicator=vaccine.doses_received&limit=1');
    const id = search.body.hits[0]?.doc.id as string;
    const { status, body: d } = await get<DocumentDetail>(`/api/documents/${id}`);
    assert.equal(status, 200);
    assert.ok(d.text.length > 500);
    assert.ok(Array.isArray(d.removed));
    assert.ok(d.claims.length > 0);
    for (const c of d.claims) assert.equal(d.text.slice(c.start, c.end), c.text);
    for (const e of d.entities) for (const m of e.mentions) assert.ok(m.end > m.start && m.end <= d.text.length);
    for (const e of d.events) assert.ok(e.end > e.start && e.end <= d.text.length);
    const short = await get<DocumentDetail>(`/api/documents/${id.slice(0, 8)}`);
    assert.equal(short.body.id, id);
    assertError(await app.inject({ method: 'GET', url: '/api/documents/0000000000000000' }), 404, 'not_found');
    assertError(await app.inject({ method: 'GET', url: '/api/documents/not-an-id' }), 400, 'invalid_request');
  });

  test('the vaccine-doses fact has three sources, a status and an explanation in both languages', async () => {
    const { body } = await get<Page<Fact>>('/api/facts?indicator=vaccine.doses_received&subject=VN');
    const fact = body.items.find((x) => x.year === 2021);
    assert.ok(fact);
    assert.equal(fact.claims.length, 3);
    assert.equal(fact.sources, 3);
    assert.notEqual(fact.status, 'consistent');
    assert.ok(fact.explanation.vi && fact.explanation.en);
    const one = await get<Fact>(`/api/facts/${fact.id}`);
    assert.equal(one.body.id, fact.id);
    const conflicts = await get<Page<Fact>>('/api/conflicts');
    assert.ok(conflicts.body.items.some((x) => x.id === fact.id));
    const inds = await get<Array<{ indicator: string }>>('/api/indicators');
    assert.ok(inds.body.some((x) => x.indicator === 'vaccine.doses_received'));
    const tax = await get<{ indicators: Array<{ key: string; label: { vi: string; en: string } }> }>('/api/taxonomy');
    assert.ok(tax.body.indicators.some((x) => x.key === 'vaccine.doses_received' && x.label.vi));
    const multi = await get<Page<Fact>>('/api/facts?status=conflicting&status=differs_in_scope');
    assert.equal(multi.status, 200);
  });

  test('entity page and events', async () => {
    const vn = await get<{ entity: { id: string; documentCount: number }; timeline: unknown[]; claims: unknown[] }>('/api/entities/VN');
    assert.equal(vn.status, 200);
    assert.equal(vn.body.entity.id, 'VN');
    assert.ok(vn.body.entity.documentCount >= 4);
    assert.ok(vn.body.timeline.length > 0);
    const list = await get<Page<{ id: string }>>('/api/entities?type=country&limit=500');
    assert.ok(list.body.items.some((e) => e.id === 'VN'));
    assertError(await app.inject({ method: 'GET', url: '/api/entities/XX-NOPE' }), 404, 'not_found');
    const ev = await get<Page<{ type: string; actors: string[] }>>('/api/events?limit=1000');
    assert.ok(ev.body.items.length > 0);
    const type = ev.body.items[0]?.type as string;
    const byType = await get<Page<{ type: string }>>(`/api/events?type=${type}`);
    assert.ok(byType.body.items.every((e) => e.type === type));
    const stats = await get<{ documents: number }>('/api/stats');
    assert.equal(stats.body.documents, 5);
  });

  test('OpenAPI description at /api/docs', async () => {
    const { status, body } = await get<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>('/api/docs/json');
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    for (const p of ['/api/search', '/api/documents/{id}', '/api/facts', '/api/reviews', '/api/ingest', '/api/jobs/{id}'])
      assert.ok(body.paths[p], p);
    assert.ok(body.components.schemas.Fact);
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    assert.ok(ui.statusCode === 200 || ui.statusCode === 302);
  });
});

describe('reviews and tokens', () => {
  test('writes need a valid token; a review changes the fact', async () => {
    const { body } = await get<Page<Fact>>('/api/facts?indicator=vaccine.doses_received&subject=VN');
    const fact = body.items.find((x) => x.year === 2021) as Fact;
    const target = fact.claims.find((c) => c.claimId !== fact.best?.claimId) as Fact['claims'][number];
    const payload = { target: { kind: 'claim', id: target.claimId }, action: 'accept', reason: 'đúng theo Bộ Y tế' };
    assertError(await app.inject({ method: 'POST', url: '/api/reviews', payload }), 401, 'unauthorized');
    assertError(await app.inject({ method: 'POST', url: '/api/reviews', payload: { bogus: 1 } }), 401, 'unauthorized');
    assertError(
      await app.inject({ method: 'POST', url: '/api/reviews', payload, headers: { authorization: 'Bearer dgo_wrong' } }),
      401,
      'unauthorized',
    );
    const auth = { authorization: `Bearer ${f.token}` };
    assertError(
      await app.inject({ method: 'POST', url: '/api/reviews', payload: { ...payload, action: 'approve' }, headers: auth }),
      400,
      'invalid_request',
    );
    assertError(
      await app.inject({ method: 'POST', url: '/api/reviews', payload: { ...payload, action: 'correct' }, headers: auth }),
      400,
      'invalid_request',
    );
    assertError(
      await app.inject({
        method: 'POST',
        url: '/api/reviews',
        payload: { ...payload, target: { kind: 'claim', id: 'ffffffffffffffff' } },
        headers: auth,
      }),
      404,
      'not_found',
    );
    const res = await app.inject({ method: 'POST', url: '/api/reviews', payload, headers: auth });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((res.json() as { reviewer: string }).reviewer, 'Người Duyệt');
    const after = await get<Fact>(`/api/facts/${fact.id}`);
    assert.equal(after.body.best?.claimId, target.claimId);
    assert.equal(after.body.best?.basis, 'reviewed');
    const history = await get<{ reviews: unknown[] }>(`/api/claims/${target.claimId}`);
    assert.equal(history.body.reviews.length, 1);
    const recent = await get<unknown[]>('/api/reviews');
    assert.ok(recent.body.length >= 1);
    const me = await get<{ name: string }>('/api/me', f.token);
    assert.equal(me.body.name, 'Người Duyệt');
  });

  test('a revoked token stops working at once', async () => {
    const { secret, record } = f.tokens.create('tạm thời');
    assert.equal((await get('/api/me', secret)).status, 200);
    f.tokens.revoke(record.id);
    assert.equal((await get('/api/me', secret)).status, 401);
  });
});

describe('ingest', () => {
  const auth = () => ({ authorization: `Bearer ${f.token}` });

  async function finished(jobId: string) {
    await app.jobs.idle();
    const res = await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: auth() });
    assert.equal(res.statusCode, 200);
    return res.json() as {
      state: string;
      counts: { added: number; failed: number };
      documents: Array<{ id: string }>;
      failures: unknown[];
    };
  }

  test('text upload → job → searchable document', async () => {
    const text = 'Ngày 3/3/2024, tại Đà Nẵng, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Úc về hợp tác khoai lang tím Quảng Nam.';
    assertError(
      await app.inject({ method: 'POST', url: '/api/ingest', payload: text, headers: { 'content-type': 'text/plain' } }),
      401,
      'unauthorized',
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest?title=Khoai%20lang&outlet=Test',
      payload: text,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...auth() },
    });
    assert.equal(res.statusCode, 202, res.body);
    const job = res.json() as { id: string; state: string };
    assert.match(job.id, /^[0-9a-f]{16}$/);
    const done = await finished(job.id);
    assert.equal(done.state, 'done');
    assert.equal(done.counts.added, 1);
    const found = await get<SearchResult>('/api/search?q=khoai%20lang%20tim');
    assert.equal(found.body.total, 1);
    const dn = await get<SearchResult>('/api/search?q=%22da%20nang%22');
    assert.equal(dn.body.total, 1);
    const hit = dn.body.hits[0];
    assert.ok(hit);
    assert.equal(hit.highlights.map(([a, b]) => hit.snippet.slice(a, b)).join(' '), 'Đà Nẵng');
  });

  test('JSONL and JSON uploads; bad lines are reported, the rest go on', async () => {
    const jsonl = `${JSON.stringify({ text: 'Bài một về hợp tác cà phê Buôn Ma Thuột với Brazil năm 2024.', title: 'Một' })}\nnot json\n${JSON.stringify({ html: '<html><body><article><p>Bài hai về hợp tác hồ tiêu Chư Sê với Ấn Độ năm 2024.</p></article></body></html>', title: 'Hai' })}\n`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: jsonl,
      headers: { 'content-type': 'application/x-ndjson', ...auth() },
    });
    assert.equal(res.statusCode, 202, res.body);
    const done = await finished((res.json() as { id: string }).id);
    assert.equal(done.counts.added, 2);
    assert.equal(done.counts.failed, 1);
    const json = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { documents: [{ text: 'Bài ba về thanh long Bình Thuận xuất khẩu sang Nhật Bản năm 2024.', title: 'Ba' }] },
      headers: auth(),
    });
    assert.equal(json.statusCode, 202, json.body);
    assert.equal((await finished((json.json() as { id: string }).id)).counts.added, 1);
    assertError(
      await app.inject({ method: 'POST', url: '/api/ingest', payload: { documents: [{ title: 'no body' }] }, headers: auth() }),
      400,
      'invalid_request',
    );
    assertError(
      await app.inject({ method: 'POST', url: '/api/ingest', payload: { documents: [] }, headers: auth() }),
      400,
      'invalid_request',
    );
    assertError(
      await app.inject({ method: 'POST', url: '/api/ingest', payload: 'x', headers: { 'content-type': 'application/pdf', ...auth() } }),
      415,
      'unsupported_media_type',
    );
    assertError(
      await app.inject({ method: 'POST', url: '/api/ingest/url', payload: { urls: ['file:///etc/passwd'] }, headers: auth() }),
      400,
      'invalid_request',
    );
    assertError(await app.inject({ method: 'GET', url: '/api/jobs/0123456789abcdef', headers: auth() }), 404, 'not_found');
  });

  test('ingest by URL fetches the page and reports failures per URL', async () => {
    const page =
      '<html><head><title>Hợp tác sầu riêng</title></head><body><article><p>Ngày 2/2/2024, Việt Nam và Trung Quốc ký nghị định thư xuất khẩu sầu riêng Tiền Giang.</p></article></body></html>';
    const server = createServer((req, res) => {
      if (req.url === '/bai') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/ingest/url',
        payload: { urls: [`http://127.0.0.1:${port}/bai`, `http://127.0.0.1:${port}/missing`] },
        headers: auth(),
      });
      assert.equal(res.statusCode, 202, res.body);
      const done = await finished((res.json() as { id: string }).id);
      assert.equal(done.counts.added, 1);
      assert.equal(done.failures.length, 1);
      assert.match(JSON.stringify(done.failures), /404/);
      assert.equal((await get<SearchResult>('/api/search?q=sau%20rieng%20tien%20giang')).body.total, 1);
    } finally {
      server.close();
    }
  });

  test('request size limits', async () => {
    const big = { target: { kind: 'claim', id: 'abcdabcdabcdabcd' }, action: 'accept', reason: 'x'.repeat(1_100_000) };
    assertError(await app.inject({ method: 'POST', url: '/api/reviews', payload: big, headers: auth() }), 413, 'payload_too_large');
    const small = await appFor(f, { uploadLimit: 1000 });
    try {
      assertError(
        await small.inject({
          method: 'POST',
          url: '/api/ingest',
          payload: 'a'.repeat(2000),
          headers: { 'content-type': 'text/plain', ...auth() },
        }),
        413,
        'payload_too_large',
      );
    } finally {
      await small.close();
    }
  });
});

describe('server configuration', () => {
  test('rate limit per client answers 429 as JSON', async () => {
    const limited = await appFor(f, { rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await limited.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
      assertError(await limited.inject({ method: 'GET', url: '/api/health' }), 429, 'rate_limited');
      // Another client has its own budget.
      assert.equal((await limited.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.9' })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });

  test('guarded reads need a token; config and health stay open', async () => {
    const guarded = await appFor(f, { guardReads: true });
    try {
      assertError(await guarded.inject({ method: 'GET', url: '/api/search?q=viet' }), 401, 'unauthorized');
      assert.equal(
        (await guarded.inject({ method: 'GET', url: '/api/search?q=viet', headers: { authorization: `Bearer ${f.token}` } })).statusCode,
        200,
      );
      const cfg = await guarded.inject({ method: 'GET', url: '/api/config' });
      assert.equal(cfg.statusCode, 200);
      assert.equal((cfg.json() as { guardReads: boolean }).guardReads, true);
    } finally {
      await guarded.close();
    }
  });

  test('a failure inside a handler is a JSON 500 without its message or stack', async () => {
    const broken = await appFor(f, {
      store: {
        ...f.store,
        info: f.store.info,
        searchDocuments: async () => {
          throw new Error('boom at /work/main/src/store/sql-store.ts:1:1 password=hunter2');
        },
      },
    });
    try {
      const res = await broken.inject({ method: 'GET', url: '/api/search?q=x' });
      assertError(res, 500, 'internal');
      assert.doesNotMatch(res.body, /boom|hunter2/);
    } finally {
      await broken.close();
    }
  });

  test('unknown routes are JSON 404s; responses carry security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope' });
    assertError(res, 404, 'not_found');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
  });
});
