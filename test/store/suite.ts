// The one Store suite, run against every backend (PGlite, a PostgreSQL server): same calls, same answers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { migrations } from '../../src/store/migrate.ts';
import { gunzipText } from '../../src/store/raw.ts';
import { encodeSearchCursor, SEARCH_WINDOW, searchLimits } from '../../src/store/search.ts';
import type { DocumentSummary, Store } from '../../src/store/types.ts';
import { type DocSpec, type Factory, makeDoc } from './factories.ts';

async function withStore(factory: Factory, fn: (s: Store, location: string) => Promise<void>): Promise<void> {
  const f = await factory();
  try {
    await fn(f.store, f.location);
  } finally {
    await f.done();
  }
}

const VN: DocSpec['entities'] = [];

const vaccineDocs = (): DocSpec[] => [
  {
    source: 'a.txt',
    title: 'Ngoại giao kinh tế năm 2021',
    outlet: 'baoquocte.vn',
    published: { date: '2021-12-07', basis: 'byline' },
    text: 'Theo Bộ Y tế, đến hết ngày 7/12/2021, Việt Nam đã tiếp nhận khoảng trên 156 triệu liều vắc-xin Covid-19 tại Đà Nẵng và Hà Nội.',
    claims: [
      {
        text: '156 triệu liều',
        value: 156e6,
        qualifier: 'more_than',
        asOf: '2021-12-07',
        indicator: 'vaccine.doses_received',
        subject: 'VN',
      },
    ],
    entities: [
      { type: 'country', id: 'VN', name: 'Việt Nam', mentions: [{ start: 28, end: 36 }] },
      { type: 'org', id: 'VN-MOH', name: 'Bộ Y tế', mentions: [{ start: 5, end: 12 }] },
    ],
    events: [{ type: 'conference', actors: ['VN'], date: { start: '2021-12-07', end: '2021-12-07' } }],
  },
  {
    source: 'b.txt',
    title: 'Công tác đối ngoại với những con số ấn tượng',
    outlet: 'nhandan.vn',
    published: { date: '2021-12-14', basis: 'byline' },
    text: 'Đến nay, Việt Nam đã nhận được trên 151 triệu liều vaccine, đạt 100% mục tiêu. Quan hệ hoà bình với Thuỷ Điển.',
    claims: [
      {
        text: '151 triệu liều',
        value: 151e6,
        qualifier: 'more_than',
        asOf: '2021-12-14',
        indicator: 'vaccine.doses_received',
        subject: 'VN',
      },
    ],
    entities: [
      { type: 'country', id: 'VN', name: 'Việt Nam', mentions: [{ start: 9, end: 17 }] },
      { type: 'country', id: 'SE', name: 'Thuỷ Điển', mentions: [{ start: 101, end: 110 }] },
    ],
    events: [{ type: 'visit', actors: ['VN', 'SE'], date: { start: '2021-11-02', end: '2021-11-03' } }],
  },
  {
    source: 'c.txt',
    title: 'Ngoại giao vaccine',
    outlet: 'baoquocte.vn',
    published: { date: '2022-01-05', basis: 'byline' },
    text: 'Đến cuối năm 2021, chúng ta đã nhận hơn 192 triệu liều vaccine bao gồm cả viện trợ và mua thương mại, vượt 30% kế hoạch.',
    claims: [
      {
        text: '192 triệu liều vaccine',
        value: 192e6,
        qualifier: 'more_than',
        asOf: '2021-12-31',
        indicator: 'vaccine.doses_received',
        subject: 'VN',
      },
    ],
    entities: VN,
  },
];

export function storeSuite(name: string, factory: Factory): void {
  describe(`store suite: ${name}`, () => {
    test('opens migrated; a second open of the same store is a no-op migration', async () => {
      await withStore(factory, async (s) => {
        const latest = migrations().at(-1)!.version;
        assert.ok(latest >= 2);
        assert.equal(s.info.schemaVersion, latest);
        const st = await s.stats();
        assert.equal(st.documents, 0);
        assert.equal(st.schemaVersion, latest);
      });
    });

    test('put: added, then exists (idempotent by content hash); raw hashes known; one bad batch writes nothing', async () => {
      await withStore(factory, async (s) => {
        const docs = vaccineDocs().map(makeDoc);
        const r1 = await s.putDocuments(docs);
        assert.deepEqual(
          r1.map((r) => r.status),
          ['added', 'added', 'added'],
        );
        const r2 = await s.putDocuments([...docs, docs[0]!]);
        assert.deepEqual(
          r2.map((r) => r.status),
          ['exists', 'exists', 'exists', 'exists'],
        );
        const known = await s.knownRaw([docs[0]!.rawHash, 'ffffffffffffffff']);
        assert.deepEqual([...known], [docs[0]!.rawHash]);
        // Same cleaned text from another source: the same document.
        const copy = makeDoc({ ...vaccineDocs()[0]!, source: 'elsewhere.txt' });
        assert.equal((await s.putDocuments([copy]))[0]!.status, 'exists');
        // A batch with one unwritable document is rolled back whole.
        const good = makeDoc({ source: 'good.txt', text: 'Một bài hợp lệ về ngoại giao.' });
        const bad = makeDoc({ source: 'bad.txt', text: 'Bài lỗi.' });
        (bad.doc as { id: unknown }).id = null;
        await assert.rejects(s.putDocuments([good, bad]));
        const st = await s.stats();
        assert.equal(st.documents, 3);
        assert.equal(st.claims, 3);
        assert.equal((await s.findDocuments('good.txt')).length, 0);
      });
    });

    test('a changed version of the same source is a new version linked to the old one', async () => {
      await withStore(factory, async (s) => {
        const v1 = makeDoc({ source: 'x.txt', url: 'https://example.vn/a', text: 'Bản đầu tiên của bài viết về 22 chuyến thăm.' });
        const v2 = makeDoc({ source: 'x-later.txt', url: 'https://example.vn/a', text: 'Bản sửa của bài viết về 23 chuyến thăm.' });
        assert.equal((await s.putDocuments([v1]))[0]!.status, 'added');
        const r = (await s.putDocuments([v2]))[0]!;
        assert.equal(r.status, 'new_version');
        assert.equal(r.previousId, v1.doc.id);
        const d = await s.getDocument(v2.doc.id);
        assert.equal(d?.previousId, v1.doc.id);
        assert.deepEqual(
          d?.versions.map((v) => v.id),
          [v1.doc.id, v2.doc.id],
        );
        assert.equal((await s.getDocument(v1.doc.id))?.supersededBy, v2.doc.id);
        const latest = await s.listDocuments();
        assert.deepEqual(
          latest.items.map((x) => x.id),
          [v2.doc.id],
        );
        assert.equal((await s.listDocuments({ latestOnly: false })).items.length, 2);
        assert.equal((await s.stats()).supersededDocuments, 1);
      });
    });

    test('document detail: claims with stable ids, entities, events, removed text, kept raw input', async () => {
      await withStore(factory, async (s) => {
        const specs = vaccineDocs();
        const docs = specs.map(makeDoc);
        await s.putDocuments(docs);
        const d = await s.getDocument(docs[0]!.doc.id);
        assert.ok(d);
        assert.equal(d.title, specs[0]!.title);
        assert.equal(d.published.date, '2021-12-07');
        assert.equal(d.published.basis, 'byline');
        assert.equal(d.text, docs[0]!.doc.text);
        assert.deepEqual(d.removed, [{ text: 'Ý kiến độc giả', reason: 'boilerplate' }]);
        assert.equal(d.claims.length, 1);
        const c = d.claims[0]!;
        assert.match(c.id, /^[0-9a-f]{16}$/);
        assert.equal(c.value, 156e6);
        assert.equal(c.qualifier, 'more_than');
        assert.equal(c.asOf, '2021-12-07');
        assert.equal(c.extractor, 'test-1');
        assert.equal(d.text.slice(c.start, c.end), '156 triệu liều');
        assert.deepEqual(d.entities.map((e) => e.id).sort(), ['VN', 'VN-MOH']);
        assert.equal(d.events.length, 1);
        assert.equal(d.events[0]!.type, 'conference');
        assert.deepEqual(d.events[0]!.date, { start: '2021-12-07', end: '2021-12-07' });
        assert.ok(d.rawBytes > 0);
        assert.equal((await s.findDocuments(docs[0]!.doc.id.slice(0, 6)))[0]?.id, docs[0]!.doc.id);
        // raw kept, compressed, streamable for reanalysis
        const raws: string[] = [];
        for await (const batch of s.rawDocuments(2)) for (const r of batch) raws.push(gunzipText(r.rawGz));
        assert.deepEqual(raws.sort(), specs.map((x) => x.text).sort());
        assert.equal(await s.getDocument('0000000000000000'), null);
      });
    });

    test('near-duplicates share a cluster; a cluster corroborates a claim once', async () => {
      await withStore(factory, async (s) => {
        const body =
          'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn nhấn mạnh công tác đối ngoại năm 2021 đã được triển khai đồng bộ, sáng tạo và hiệu quả. ' +
          'Việt Nam đã thúc đẩy quan hệ với các đối tác, nhất là các nước láng giềng và bạn bè truyền thống. ' +
          'Trong năm, lãnh đạo chủ chốt đã thực hiện 22 chuyến thăm nước ngoài và tham dự nhiều hội nghị đa phương quan trọng.';
        const claim = { text: '22 chuyến thăm', value: 22, asOf: '2021-12-14', indicator: 'visits.outgoing', subject: 'VN' };
        const a = makeDoc({ source: 'a.txt', text: `${body} Xem thêm: tin nóng.`, claims: [claim] });
        const b = makeDoc({ source: 'b.txt', text: `Tin mới. ${body} Bình luận của bạn.`, claims: [claim] });
        const c = makeDoc({
          source: 'c.txt',
          text: 'Một bài hoàn toàn khác về hợp tác kinh tế với 22 chuyến thăm của doanh nghiệp sang Nhật Bản trong năm.',
          claims: [claim],
        });
        const [ra, rb, rc] = await s.putDocuments([a, b, c]);
        assert.equal(ra!.clusterId, a.doc.id);
        assert.equal(rb!.clusterId, a.doc.id, 'b copies a');
        assert.equal(rc!.clusterId, c.doc.id);
        // and across batches
        const d = makeDoc({ source: 'd.txt', text: `${body} Chia sẻ.`, claims: [claim] });
        assert.equal((await s.putDocuments([d]))[0]!.clusterId, a.doc.id);
        const cl = await s.getCluster(a.doc.id);
        assert.equal(cl?.documents.length, 3);
        assert.equal((await s.getDocument(b.doc.id))?.duplicates.length, 2);
        await s.refreshFacts();
        const facts = await s.listFacts({ indicator: 'visits.outgoing' });
        assert.equal(facts.items.length, 1);
        const f = facts.items[0]!;
        assert.equal(f.sources, 2, 'three copies + one other article = two sources');
        assert.equal(f.claims.length, 2);
        assert.equal(
          f.claims.reduce((n, x) => n + x.copies.length, 0),
          2,
        );
        const st = await s.stats();
        assert.equal(st.clusters, 2);
        assert.equal(st.duplicateDocuments, 3);
      });
    });

    test('facts: filters, conflicts, fact claims with sources', async () => {
      await withStore(factory, async (s) => {
        await s.putDocuments(vaccineDocs().map(makeDoc));
        await s.putDocuments([
          makeDoc({
            source: 'fta1.txt',
            outlet: 'baoquocte.vn',
            text: 'Việt Nam đã đàm phán, ký kết và thực thi 17 Hiệp định thương mại tự do (FTA).',
            claims: [{ text: '17 Hiệp định', value: 17, asOf: '2021-12-07', indicator: 'fta.count', subject: 'VN' }],
          }),
          makeDoc({
            source: 'fta2.txt',
            outlet: 'nhandan.vn',
            text: 'Với mạng lưới 15 FTA đã ký, Việt Nam tham gia hầu hết các liên kết kinh tế.',
            claims: [{ text: '15 FTA', value: 15, asOf: '2021-12-14', indicator: 'fta.count', subject: 'VN' }],
          }),
          makeDoc({
            source: 'trade.txt',
            text: 'Kim ngạch xuất nhập khẩu năm 2020 đạt trên 545 tỷ USD, năm 2023 đạt gần 700 tỉ USD; quan hệ Việt Nam - Nga tốt đẹp với 5 tỷ USD.',
            claims: [
              {
                text: '545 tỷ USD',
                value: 545e9,
                unit: 'USD',
                qualifier: 'more_than',
                period: { start: '2020-01-01', end: '2020-12-31' },
                indicator: 'trade.total',
                subject: 'VN',
              },
              {
                text: '700 tỉ USD',
                value: 700e9,
                unit: 'USD',
                qualifier: 'nearly',
                period: { start: '2023-01-01', end: '2023-12-31' },
                indicator: 'trade.total',
                subject: 'VN',
              },
              {
                text: '5 tỷ USD',
                value: 5e9,
                unit: 'USD',
                period: { start: '2021-01-01', end: '2021-12-31' },
                indicator: 'trade.total',
                subject: 'VN-RU',
              },
            ],
          }),
        ]);
        assert.equal(await s.refreshFacts(), 5);
        const vac = await s.listFacts({ indicator: 'vaccine.doses_received' });
        assert.equal(vac.items.length, 1);
        const f = vac.items[0]!;
        assert.equal(f.claims.length, 3);
        assert.deepEqual(
          f.claims.map((c) => c.source.outlet),
          ['baoquocte.vn', 'nhandan.vn', 'baoquocte.vn'],
        );
        assert.ok(f.claims.every((c) => c.source.published && c.sentence === null && c.text));
        assert.match(f.explanation.vi, /không phải mâu thuẫn/);
        assert.deepEqual((await s.getFact(f.id))?.id, f.id);
        assert.equal(await s.getFact('nope'), null);

        const trade = await s.listFacts({ indicator: 'trade.total', subject: 'VN' });
        assert.deepEqual(
          trade.items.map((x) => [x.subject, x.year]),
          [
            ['VN', 2020],
            ['VN-RU', 2021],
            ['VN', 2023],
          ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])),
        );
        const ru = await s.listFacts({ subject: 'RU' });
        assert.deepEqual(
          ru.items.map((x) => x.subject),
          ['VN-RU'],
        );
        const y = await s.listFacts({ indicator: 'trade.*', from: '2021', to: '2023' });
        assert.deepEqual(y.items.map((x) => x.year).sort(), [2021, 2023]);
        const paged = await s.listFacts({ limit: 2 });
        assert.equal(paged.items.length, 2);
        assert.ok(paged.nextCursor);
        const rest = await s.listFacts({ limit: 10, cursor: paged.nextCursor });
        assert.equal(paged.items.length + rest.items.length, 5);

        const conflicts = await s.listConflicts();
        assert.deepEqual(conflicts.items.map((x) => x.indicator).sort(), ['fta.count', 'vaccine.doses_received']);
        const fta = conflicts.items.find((x) => x.indicator === 'fta.count')!;
        assert.equal(fta.status, 'differs_in_scope');
        assert.deepEqual((await s.listFacts({ status: 'differs_in_scope' })).items.length, 2);
        const claims = await s.claimsFor({ factId: fta.id });
        assert.equal(claims.items.length, 2);
        assert.deepEqual(
          (await s.claimsFor({ indicator: 'trade.total', from: '2023' })).items.map((c) => c.value),
          [700e9],
        );
        assert.deepEqual(
          (await s.indicators()).map((i) => [i.indicator, i.claims, i.facts]),
          [
            ['fta.count', 2, 1],
            ['trade.total', 3, 3],
            ['vaccine.doses_received', 3, 1],
          ],
        );
      });
    });

    test('reviews: stored beside the machine output; facts prefer reviewed values; history visible', async () => {
      await withStore(factory, async (s) => {
        const docs = vaccineDocs().map(makeDoc);
        await s.putDocuments(docs);
        await s.refreshFacts();
        const d = await s.getDocument(docs[2]!.doc.id);
        const claimId = d!.claims[0]!.id;
        await assert.rejects(
          s.addReview({ target: { kind: 'claim', id: 'nope' }, action: 'accept', reviewer: 'an', reason: 'x' }),
          /not found/,
        );
        await assert.rejects(
          s.addReview({ target: { kind: 'claim', id: claimId }, action: 'accept', reviewer: '', reason: 'x' }),
          /reviewer/,
        );
        const r1 = await s.addReview({
          target: { kind: 'claim', id: claimId },
          action: 'correct',
          value: 190e6,
          reviewer: 'Lan',
          reason: 'số liệu Bộ Y tế',
        });
        assert.equal(r1.snapshot.value, 192e6);
        let f = (await s.listFacts({ indicator: 'vaccine.doses_received' })).items[0]!;
        const fc = f.claims.find((c) => c.claimId === claimId)!;
        assert.equal(fc.value, 190e6);
        assert.equal(fc.machineValue, 192e6);
        assert.equal(f.best?.basis, 'reviewed');
        assert.equal(f.best?.value, 190e6);
        // machine output untouched
        assert.equal((await s.getDocument(docs[2]!.doc.id))!.claims[0]!.value, 192e6);
        await s.addReview({ target: { kind: 'claim', id: claimId }, action: 'reject', reviewer: 'Minh', reason: 'trùng lặp' });
        f = (await s.listFacts({ indicator: 'vaccine.doses_received' })).items[0]!;
        assert.equal(f.claims.length, 2);
        assert.ok(!f.claims.some((c) => c.claimId === claimId));
        const h = await s.claimHistory(claimId);
        assert.deepEqual(
          h?.reviews.map((r) => [r.action, r.reviewer]),
          [
            ['correct', 'Lan'],
            ['reject', 'Minh'],
          ],
        );
        assert.equal(h?.effective?.rejected, true);
        assert.equal(h?.claim?.review?.action, 'reject');
        assert.equal((await s.claimsFor({ indicator: 'vaccine.doses_received' })).items.length, 2);
        assert.equal((await s.claimsFor({ indicator: 'vaccine.doses_received', includeRejected: true })).items.length, 3);
        // events
        const ev = (await s.getDocument(docs[1]!.doc.id))!.events[0]!;
        await s.addReview({ target: { kind: 'event', id: ev.id }, action: 'reject', reviewer: 'Lan', reason: 'không phải chuyến thăm' });
        assert.equal((await s.events({ type: 'visit' })).items.length, 0);
        assert.equal((await s.events({ type: 'visit', includeRejected: true })).items.length, 1);
        assert.equal((await s.reviewsFor({ kind: 'event', id: ev.id })).length, 1);
        assert.equal((await s.recentReviews(10)).length, 3);
        assert.equal((await s.stats()).reviews, 3);
      });
    });

    test('re-analysis replaces the machine output, keeps reviews and records the new extractor version', async () => {
      await withStore(factory, async (s) => {
        const spec = vaccineDocs()[0]!;
        const doc = makeDoc(spec);
        await s.putDocuments([doc]);
        const claimId = (await s.getDocument(doc.doc.id))!.claims[0]!.id;
        await s.addReview({ target: { kind: 'claim', id: claimId }, action: 'accept', reviewer: 'Lan', reason: 'đúng' });
        const again = makeDoc({
          ...spec,
          extractor: 'test-2',
          claims: [...spec.claims!, { text: '7/12/2021', value: 7, indicator: 'x.y' }],
        });
        await s.replaceAnalysis(doc.doc.id, again.doc);
        await s.refreshFacts();
        const d = (await s.getDocument(doc.doc.id))!;
        assert.equal(d.extractor, 'test-2');
        assert.equal(d.claims.length, 2);
        assert.ok(d.claims.every((c) => c.extractor === 'test-2'));
        const same = d.claims.find((c) => c.id === claimId);
        assert.ok(same, 'same span, same claim id');
        assert.equal(same.review?.action, 'accept');
        assert.deepEqual((await s.stats()).extractorVersions, { 'test-2': 2 });
        assert.deepEqual(
          (await s.indicators()).map((i) => i.indicator),
          ['vaccine.doses_received', 'x.y'],
        );
      });
    });

    test('search: accent-, case- and tone-style-insensitive, with snippets, facets, filters and paging', async () => {
      await withStore(factory, async (s) => {
        await s.putDocuments(vaccineDocs().map(makeDoc));
        for (const q of ['Đà Nẵng', 'da nang', 'DA NANG', 'đà nẳng']) {
          const r = await s.searchDocuments({ q });
          assert.equal(r.total, 1, q);
          assert.equal(r.hits[0]!.doc.source, 'a.txt');
        }
        const tone = await s.searchDocuments({ q: 'hòa bình thủy điển' });
        assert.equal(tone.total, 1, 'hoà/hòa, Thuỷ/Thủy');
        const h = tone.hits[0]!;
        assert.ok(h.highlights.length >= 2);
        const marked = h.highlights.map(([a, b]) => h.snippet.slice(a, b));
        assert.ok(marked.includes('hoà bình') || marked.includes('hoà'), marked.join('|'));
        assert.ok(
          marked.some((m) => m.startsWith('Thuỷ')),
          marked.join('|'),
        );
        const phrase = await s.searchDocuments({ q: '"triệu liều vaccine"' });
        assert.deepEqual(phrase.hits.map((x) => x.doc.source).sort(), ['b.txt', 'c.txt']);
        const not = await s.searchDocuments({ q: 'liều -vaccine' });
        assert.deepEqual(
          not.hits.map((x) => x.doc.source),
          ['a.txt'],
        );
        const or = await s.searchDocuments({ q: 'Đà Nẵng OR thương mại' });
        assert.equal(or.total, 2);
        const all = await s.searchDocuments({});
        assert.equal(all.total, 3);
        assert.deepEqual(all.facets.outlet, [
          { value: 'baoquocte.vn', count: 2 },
          { value: 'nhandan.vn', count: 1 },
        ]);
        assert.deepEqual(all.facets.year, [
          { value: '2022', count: 1 },
          { value: '2021', count: 2 },
        ]);
        assert.deepEqual(all.facets.entity[0], { value: 'VN', label: 'Việt Nam', count: 2 });
        assert.deepEqual(all.facets.indicator, [{ value: 'vaccine.doses_received', count: 3 }]);
        assert.deepEqual(all.facets.eventType.map((f) => f.value).sort(), ['conference', 'visit']);
        assert.equal((await s.searchDocuments({ outlet: 'nhandan.vn' })).total, 1);
        assert.equal((await s.searchDocuments({ from: '2022' })).total, 1);
        assert.equal((await s.searchDocuments({ to: '2021-12-10' })).total, 1);
        assert.equal((await s.searchDocuments({ entity: 'SE' })).total, 1);
        assert.equal((await s.searchDocuments({ eventType: 'visit' })).total, 1);
        assert.equal((await s.searchDocuments({ indicator: 'vaccine.doses_received', q: 'vaccine' })).total, 2);
        const p1 = await s.searchDocuments({ q: 'liều', limit: 2 });
        assert.equal(p1.hits.length, 2);
        assert.ok(p1.nextCursor);
        const p2 = await s.searchDocuments({ q: 'liều', limit: 2, cursor: p1.nextCursor });
        assert.equal(p2.hits.length, 1);
        assert.equal(p2.nextCursor, null);
        assert.equal((await s.searchDocuments({ q: '!!!' })).total, 3, 'nothing to search for: everything');
        // An offset past a window that is not full: nothing more, and the total is still exact.
        const deep = await s.searchDocuments({
          q: 'liều',
          cursor: encodeSearchCursor({ offset: SEARCH_WINDOW - 1 }),
          limit: 5,
          facets: false,
        });
        assert.equal(deep.total, 3);
        assert.equal(deep.totalExact, true);
        assert.equal(deep.hits.length, 0);
        assert.equal(deep.facetsSample, undefined);
        // A phrase needs its words side by side: "liều vaccine" is in b.txt and c.txt only, "vaccine liều" nowhere.
        assert.deepEqual((await s.searchDocuments({ q: '"liều vaccine"' })).hits.map((x) => x.doc.source).sort(), ['b.txt', 'c.txt']);
        assert.equal((await s.searchDocuments({ q: '"vaccine liều"' })).total, 0);
        assert.equal((await s.searchDocuments({ q: '-"liều vaccine"' })).total, 1);
        assert.equal((await s.searchDocuments({ q: 'covid-19' })).total, 1, 'a word that folds to two is a phrase');
        // Filters combine with words and with each other; an unknown cursor starts from the first page.
        assert.equal((await s.searchDocuments({ q: 'liều', entity: 'VN-MOH', outlet: 'baoquocte.vn' })).total, 1);
        assert.equal((await s.searchDocuments({ q: 'liều', entity: 'VN-MOH', outlet: 'nhandan.vn' })).total, 0);
        assert.equal((await s.searchDocuments({ q: 'liều', cursor: 'not-a-cursor' })).hits.length, 3);
      });
    });

    test('search beyond the ranking window: every match exactly once, newest first, then undated', async () => {
      await withStore(factory, async (s) => {
        const n = 300;
        const docs: DocSpec[] = [];
        for (let i = 0; i < n; i++) {
          const day = 1 + (i % 28);
          docs.push({
            source: `w${i}.txt`,
            outlet: i % 2 ? 'nhandan.vn' : 'baoquocte.vn',
            published:
              i % 10 === 9
                ? { date: null, basis: 'none' }
                : { date: `20${10 + (i % 12)}-03-${String(day).padStart(2, '0')}`, basis: 'byline' },
            text: `Bài ${i}: hợp tác kinh tế Việt Nam ${i % 3 ? 'và Nhật Bản' : 'với Hàn Quốc'} số ${i}.`,
            entities: i % 3 ? [{ type: 'country', id: 'JP', name: 'Nhật Bản', mentions: [] }] : [],
          });
        }
        await s.putDocuments(docs.map(makeDoc));
        await s.maintain();
        const saved = { ...searchLimits };
        try {
          // Exact counts; then estimated ones with the window read by walking the recency index (most rows match) and
          // from the newest documents only (a third match).
          const runs = [
            { exactCount: saved.exactCount, window: 100, q: 'hợp tác', matches: n },
            { exactCount: 50, window: 100, q: 'hợp tác', matches: n },
            { exactCount: 20, window: 20, q: 'hàn', matches: docs.filter((d) => d.text.includes('Hàn')).length },
          ];
          for (const { exactCount, window, q, matches } of runs) {
            Object.assign(searchLimits, { window, exactCount });
            const label = `${q}, exactCount ${exactCount}`;
            const first = await s.searchDocuments({ q, limit: 15 });
            assert.equal(first.facetsSample, window, `${label}: facets cover the window`);
            assert.equal(
              first.facets.outlet.reduce((a, f) => a + f.count, 0),
              window,
            );
            if (exactCount > matches) assert.deepEqual([first.total, first.totalExact], [matches, true], label);
            else {
              assert.equal(first.totalExact, false, label);
              assert.ok(Math.abs(first.total - matches) <= matches * 0.25, `${label}: estimate ${first.total}`);
            }
            const seen: string[] = [];
            const dates: string[] = [];
            let cursor: string | null = null;
            let pages = 0;
            do {
              const r = await s.searchDocuments({ q, limit: 15, cursor, facets: false });
              for (const h of r.hits) {
                seen.push(h.doc.source);
                dates.push(h.doc.published.date ?? '');
              }
              cursor = r.nextCursor;
              pages++;
            } while (cursor && pages < 50);
            assert.equal(seen.length, matches, `${label}: every match once`);
            assert.equal(new Set(seen).size, matches, `${label}: no match twice`);
            // The window holds the newest matches; past it pages follow recency, undated ones last.
            const windowOldest = dates.slice(0, window).sort()[0]!;
            const beyond = dates.slice(window);
            assert.ok(
              beyond.every((d) => d <= windowOldest),
              label,
            );
            for (let i = 1; i < beyond.length; i++) {
              if (beyond[i]) assert.ok(beyond[i - 1] && beyond[i - 1]! >= beyond[i]!, `${beyond[i - 1]} then ${beyond[i]}`);
            }
            assert.equal(beyond.at(-1), '', 'undated last');
          }
        } finally {
          Object.assign(searchLimits, saved);
        }
        // Filters on the same corpus: counted exactly when few.
        const jp = await s.searchDocuments({ entity: 'JP', q: 'hàn quốc' });
        assert.equal(jp.total, 0);
        const kr = await s.searchDocuments({ q: '"với hàn quốc"', from: '2015', to: '2016' });
        assert.equal(kr.totalExact, true);
        const expected = docs.filter((d) => d.text.includes('với Hàn Quốc') && /^201[56]/.test(d.published?.date ?? '')).length;
        assert.equal(kr.total, expected);
      });
    });

    test('entities and events', async () => {
      await withStore(factory, async (s) => {
        await s.putDocuments(vaccineDocs().map(makeDoc));
        const list = await s.listEntities();
        assert.deepEqual(
          list.items.map((e) => e.id),
          ['VN', 'SE', 'VN-MOH'],
        );
        assert.equal(list.items[0]!.documentCount, 2);
        assert.deepEqual(
          (await s.listEntities({ q: 'thuy dien' })).items.map((e) => e.id),
          ['SE'],
        );
        assert.deepEqual(
          (await s.listEntities({ q: 'viet' })).items.map((e) => e.id),
          ['VN'],
        );
        assert.deepEqual(
          (await s.listEntities({ type: 'org' })).items.map((e) => e.id),
          ['VN-MOH'],
        );
        const page = await s.getEntity('VN');
        assert.ok(page);
        assert.equal(page.entity.name, 'Việt Nam');
        assert.equal(page.documents.length, 2);
        assert.equal(page.claims.length, 3);
        assert.equal(page.events.length, 2);
        assert.deepEqual(page.related.map((r) => r.id).sort(), ['SE', 'VN-MOH']);
        assert.deepEqual(page.timeline, [{ year: 2021, documents: 2, events: 2 }]);
        assert.equal(await s.getEntity('XX'), null);
        assert.equal((await s.events({ actor: 'SE' })).items.length, 1);
        assert.equal((await s.events({ from: '2021-12-01' })).items.length, 1);
        assert.equal((await s.events({ type: ['visit', 'conference'] })).items.length, 2);
      });
    });

    test('concurrent writers of overlapping batches: no duplicates, nothing lost', async () => {
      await withStore(factory, async (s, location) => {
        const docs = Array.from({ length: 60 }, (_, i) =>
          makeDoc({
            source: `p${i}.txt`,
            text: `Bài số ${i}: Việt Nam và đối tác ký ${i + 1} thỏa thuận hợp tác trong năm ${2000 + (i % 20)} tại Hà Nội.`,
            claims: [{ text: `${i + 1} thỏa thuận`, value: i + 1, asOf: '2021-01-01', indicator: 'x.agreements', subject: 'VN' }],
            entities: [{ type: 'country', id: `C${i % 7}`, name: `Nước ${i % 7}`, mentions: [{ start: 0, end: 3 }] }],
          }),
        );
        const { openStore } = await import('../../src/store/index.ts');
        const others = s.info.backend === 'postgres' ? [await openStore({ url: location }), await openStore({ url: location })] : [s, s];
        try {
          const writers = [s, ...others];
          const results = await Promise.all(
            writers.map(async (w, k) => {
              const out = [];
              const order = k === 1 ? [...docs].reverse() : docs;
              for (let i = 0; i < order.length; i += 7) out.push(...(await w.putDocuments(order.slice(i, i + 7 + k))));
              return out;
            }),
          );
          const added = results.flat().filter((r) => r.status === 'added').length;
          assert.equal(added, 60, 'each document added exactly once');
          const st = await s.stats();
          assert.equal(st.documents, 60);
          assert.equal(st.claims, 60);
          assert.equal(st.entities, 7);
        } finally {
          if (s.info.backend === 'postgres') for (const o of others) await o.close();
        }
      });
    });

    test('concurrent writers of copies of one story: one cluster per story', async () => {
      await withStore(factory, async (s, location) => {
        const syllables = 'hợp tác kinh tế đầu tư thương mại ngoại giao văn hóa giáo dục quốc phòng an ninh biển đảo du lịch y tế'.split(
          ' ',
        );
        // A story's body: 40 syllables in an order of its own, so two stories share few shingles.
        const story = (u: number) =>
          Array.from({ length: 40 }, (_, i) => syllables[(i * (u + 3) + u * 7 + ((i * i) % 5)) % syllables.length]).join(' ');
        const copy = (w: number, r: number, u: number) =>
          makeDoc({ source: `w${w}-r${r}-u${u}.txt`, text: `Tin ${w}.${r}. Câu chuyện ${u}: ${story(u)}. Bình luận ${w}${r}.` });
        const { openStore } = await import('../../src/store/index.ts');
        const others = s.info.backend === 'postgres' ? [await openStore({ url: location }), await openStore({ url: location })] : [s, s];
        try {
          await Promise.all(
            [s, ...others].map(async (w, k) => {
              for (let r = 0; r < 3; r++) await w.putDocuments([0, 1, 2, 3, 4, 5].map((u) => copy(k, r, u)));
            }),
          );
          const st = await s.stats();
          assert.equal(st.documents, 3 * 3 * 6);
          assert.equal(st.clusters, 6, 'every copy joined the cluster of its story');
        } finally {
          if (s.info.backend === 'postgres') for (const o of others) await o.close();
        }
      });
    });

    test('concurrent writers of new versions of one URL: one chain, one latest version', async () => {
      await withStore(factory, async (s, location) => {
        const urls = Array.from({ length: 8 }, (_, u) => `https://example.vn/bai-${u}`);
        const version = (w: number, r: number, u: number) =>
          makeDoc({
            source: `w${w}-r${r}-u${u}.txt`,
            url: urls[u],
            text: `Bản ${w}.${r} của bài ${u}: Việt Nam ký ${w * 10 + r} thỏa thuận.`,
          });
        const { openStore } = await import('../../src/store/index.ts');
        const others = s.info.backend === 'postgres' ? [await openStore({ url: location }), await openStore({ url: location })] : [s, s];
        try {
          // Three writers, four rounds each, every round a new version of every URL: the rounds overlap in time.
          await Promise.all(
            [s, ...others].map(async (w, k) => {
              for (let r = 0; r < 4; r++) await w.putDocuments(urls.map((_, u) => version(k, r, u)));
            }),
          );
          const st = await s.stats();
          assert.equal(st.documents, 3 * 4 * urls.length);
          assert.equal(st.supersededDocuments, st.documents - urls.length, 'exactly one latest version per URL');
          const listed = (await s.listDocuments({ limit: 100 })).items;
          for (const url of urls) {
            const latest = listed.filter((d) => d.url === url);
            assert.equal(latest.length, 1, `${url}: one latest version`);
            const page = await s.getDocument((latest[0] as DocumentSummary).id);
            assert.equal(page?.versions.length, 12, `${url}: all versions in one chain`);
          }
        } finally {
          if (s.info.backend === 'postgres') for (const o of others) await o.close();
        }
      });
    });
  });
}
