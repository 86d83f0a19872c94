// The 2021 report from the five samples: every 2021 figure once per fact, with qualifier, date and source, the
// vaccine-dose and FTA differences explained — checked in the model, Markdown, HTML, XLSX, DOCX and PDF.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { chromiumAvailable } from '../../src/report/browser.ts';
import { buildReportModel, type ReportModel, renderReport, reportPeriod } from '../../src/report/index.ts';
import type { Store } from '../../src/store/types.ts';
import { FIGURES_2021, NOT_2021 } from './expected.ts';
import { ARTIFACTS, docxText, seededStore } from './fixture.ts';

let store: Store;
let close: () => Promise<void>;
let model: ReportModel;

before(async () => {
  ({ store, close } = await seededStore());
  model = await buildReportModel(store, { from: '2021-01-01', to: '2021-12-31', lang: 'vi' });
});
after(async () => close?.());

const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The value, not a prefix of a longer number ("trên 50" must not match "trên 50.000"). */
const value = (v: string) => `${re(v)}(?![.,]?\\d)`;
const dateOf = (d: string | null) => (d ? re(d) : '(?:tính đến|giai đoạn|năm) [^\\n<]*?');
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('report model', () => {
  test('periods: --year, --years, --from/--to', () => {
    assert.deepEqual(reportPeriod({ year: '2021' }), { from: '2021-01-01', to: '2021-12-31' });
    assert.deepEqual(reportPeriod({ years: '2016-2021' }), { from: '2016-01-01', to: '2021-12-31' });
    assert.deepEqual(reportPeriod({ from: '2021-01-01', to: '2021-06-30' }), { from: '2021-01-01', to: '2021-06-30' });
    assert.throws(() => reportPeriod({ year: '2021', years: '2016-2021' }));
    assert.throws(() => reportPeriod({ from: '2021-07-01', to: '2021-06-30' }));
    assert.equal(reportPeriod({}), null);
  });

  test('pillars come in taxonomy order and every figure sits under its pillar', () => {
    const keys = model.pillars.map((p) => p.key);
    assert.deepEqual(keys.slice(0, 10), [
      'economic',
      'vaccine',
      'partnerships',
      'multilateral',
      'party_parliament_people',
      'citizen_protection',
      'culture_unesco',
      'high_level',
      'local',
      'border',
    ]);
    assert.equal(model.pillars.find((p) => p.key === 'vaccine')?.title, 'Ngoại giao vaccine');
  });

  for (const x of FIGURES_2021) {
    test(`2021 figure ${x.indicator} ${x.value} (${x.source}) is in the model once, dated and cited`, () => {
      const figures = model.pillars.flatMap((p) => p.figures).filter((f) => f.indicator === x.indicator);
      assert.ok(figures.length, `no figure for ${x.indicator}`);
      const v = new RegExp(`^${value(x.value)}(\\s|$)`);
      const lines = figures.flatMap((f) => [
        { text: f.valueText, date: f.dateText, refs: f.sourceRefs },
        ...f.readings.map((r) => ({ text: r.valueText, date: r.dateText, refs: r.sourceRefs })),
      ]);
      const hits = lines.filter((l) => v.test(l.text) && (x.date ? l.date === x.date : /^(tính đến|giai đoạn|năm) /.test(l.date)));
      assert.equal(hits.length, 1, `${x.value}, ${x.date}: ${JSON.stringify(lines)}`);
      const links = (hits[0]?.refs ?? []).map((n) => model.sources.find((s) => s.n === n)?.link ?? '');
      assert.ok(
        links.some((l) => l.includes(x.source)),
        `${x.value} cited to ${links.join(' ')}`,
      );
    });
  }

  test('figures of other years stay out', () => {
    for (const x of NOT_2021) {
      const f = model.pillars.flatMap((p) => p.figures).filter((y) => y.indicator === x.indicator);
      assert.ok(
        !f.some((y) => y.valueText.startsWith(x.value) || y.readings.some((r) => r.valueText.startsWith(x.value))),
        `${x.indicator} ${x.value}`,
      );
    }
  });

  test('the vaccine-dose and FTA differences carry the fact explanation', () => {
    const fig = (k: string) => model.pillars.flatMap((p) => p.figures).find((f) => f.indicator === k);
    const vaccine = fig('vaccine.doses_received');
    assert.ok(vaccine?.reasons.includes('differs_in_time'), vaccine?.reasons.join());
    assert.match(vaccine?.explanation ?? '', /khác thời điểm/);
    assert.match(vaccine?.statusText ?? '', /khác thời điểm/);
    assert.equal(vaccine?.readings.length, 2);
    const fta = fig('fta.count');
    assert.ok(fta?.reasons.includes('differs_in_scope'), fta?.reasons.join());
    assert.match(fta?.explanation ?? '', /khác phạm vi/);
    assert.match(fta?.statusText ?? '', /khác phạm vi/);
  });

  test('every source is listed with outlet or placeholder, title, date and a link or file', () => {
    assert.ok(model.sources.length >= 4);
    for (const s of model.sources) assert.ok(s.link.length > 0 && (s.title ?? '').length > 0, JSON.stringify(s));
    assert.ok(model.sources.some((s) => s.outlet === 'Pháp luật Việt Nam'));
    assert.ok(model.sources.some((s) => s.published === '2021-12-14'));
  });

  test('a series gets a chart: vaccine doses received over the year', () => {
    const chart = model.pillars.find((p) => p.key === 'vaccine')?.charts.find((c) => c.indicator === 'vaccine.doses_received');
    assert.ok(chart);
    assert.deepEqual(
      chart.points.map((p) => p.value),
      [156e6, 151e6, 192e6],
    );
  });

  test('--pillar keeps only the pillars asked for; --lang en speaks English', async () => {
    const m = await buildReportModel(store, { from: '2021-01-01', to: '2021-12-31', pillars: ['vaccine'], lang: 'en' });
    assert.deepEqual(
      m.pillars.map((p) => p.key),
      ['vaccine'],
    );
    assert.equal(m.pillars[0]?.title, 'Vaccine diplomacy');
    const md = (await renderReport(m, 'md')).toString('utf8');
    assert.match(md, /over 151 million, as of 2021-12-14/);
    assert.match(md, /Sources differ/);
  });
});

describe('renderers', () => {
  test('markdown: each figure once, with its footnote pointing at its sample; differences noted', async () => {
    const md = (await renderReport(model, 'md')).toString('utf8');
    const notes = new Map([...md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1] as string, m[2] as string]));
    for (const x of FIGURES_2021) {
      const p = new RegExp(`(?:^- \\*\\*[^\\n]*?:\\*\\* |^  - )${value(x.value)}[^\\n]*?, ${dateOf(x.date)}(?=\\[\\^)([^\\n]*)$`, 'gm');
      const hits = [...md.matchAll(p)];
      assert.equal(hits.length, 1, `${x.value}, ${x.date}`);
      const refs = [...(hits[0]?.[1] ?? '').matchAll(/\[\^(\d+)\]/g)].map((m) => notes.get(m[1] as string) ?? '');
      assert.ok(
        refs.some((r) => r.includes(x.source)),
        `${x.value} → ${refs.join(' | ')}`,
      );
    }
    assert.match(
      md,
      /Số liều vaccine tiếp nhận[^\n]*\n {2}- \*Các nguồn khác nhau \([^)\n]*khác thời điểm[^)\n]*\):\* [^\n]*khác thời điểm/,
    );
    assert.match(
      md,
      /Số hiệp định thương mại tự do \(FTA\)[^\n]*\n {2}- \*Các nguồn khác nhau \([^)\n]*khác phạm vi[^)\n]*\):\* [^\n]*khác phạm vi/,
    );
    assert.match(md, /^## 2\. Ngoại giao vaccine$/m);
    assert.doesNotMatch(md, /gần 700 tỉ USD/);
  });

  test('html: self-contained (no scripts), figures with date and source links, SVG charts', async () => {
    const html = (await renderReport(model, 'html')).toString('utf8');
    assert.doesNotMatch(html, /<script|<link /i);
    for (const x of FIGURES_2021) {
      const p = new RegExp(
        `(?:<span class="value">|<li>)${value(x.value)}[^<]*(?:</span>)?, (?:<span class="date">)?${dateOf(x.date)}(?:</span>)?<sup`,
        'g',
      );
      assert.equal(count(html, p), 1, `${x.value}, ${x.date}`);
    }
    assert.match(html, /<figure class="chart" data-indicator="vaccine.doses_received"><svg /);
    assert.match(
      html,
      /data-fact="[0-9a-f]+"><span class="label">Số liều vaccine tiếp nhận[^\n]*\n<div class="differs"><em>Các nguồn khác nhau \([^)]*khác thời điểm[^)]*\):<\/em> [^<]*khác thời điểm/,
    );
    assert.match(
      html,
      /data-fact="[0-9a-f]+"><span class="label">Số hiệp định thương mại tự do \(FTA\)[^\n]*\n<div class="differs"><em>Các nguồn khác nhau \([^)]*khác phạm vi[^)]*\):<\/em> [^<]*khác phạm vi/,
    );
    assert.match(html, /<li id="src-\d+" value="\d+">Pháp luật Việt Nam, “/);
  });

  test('xlsx: one sheet per pillar plus sources; each figure once with its date and source', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReport(model, 'xlsx')) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    assert.equal(names.length, model.pillars.length + 1);
    assert.equal(names.at(-1), 'Nguồn');
    const src = new Map<number, string>();
    wb.getWorksheet('Nguồn')?.eachRow((r, i) => {
      if (i > 1) src.set(Number(r.getCell(1).value), String(r.getCell(5).value));
    });
    const rows: Array<{ indicator: string; text: string; date: string; refs: string }> = [];
    for (const ws of wb.worksheets.slice(0, -1)) {
      ws.eachRow((r, i) => {
        if (i > 1)
          rows.push({
            indicator: String(r.getCell(1).value ?? ''),
            text: String(r.getCell(4).value ?? ''),
            date: String(r.getCell(9).value ?? ''),
            refs: String(r.getCell(13).value ?? ''),
          });
      });
    }
    for (const x of FIGURES_2021) {
      const v = new RegExp(`^${value(x.value)}(\\s|$)`);
      const hits = rows.filter(
        (r) => r.indicator === x.indicator && v.test(r.text) && (x.date ? r.date === x.date : /^(tính đến|giai đoạn|năm) /.test(r.date)),
      );
      assert.equal(hits.length, 1, `${x.value}, ${x.date}`);
      const links = [...(hits[0]?.refs ?? '').matchAll(/\[(\d+)\]/g)].map((m) => src.get(Number(m[1])) ?? '');
      assert.ok(
        links.some((l) => l.includes(x.source)),
        `${x.value} → ${links.join(' ')}`,
      );
    }
    const vaccine = wb.getWorksheet('Ngoại giao vaccine');
    let explained = false;
    vaccine?.eachRow((r) => {
      if (String(r.getCell(11).value ?? '').includes('khác thời điểm')) explained = true;
    });
    assert.ok(explained);
  });

  test('docx: the document text holds each figure once with its date, the differences and the sources', async () => {
    const docx = await renderReport(model, 'docx');
    assert.equal(docx.subarray(0, 2).toString(), 'PK');
    const text = docxText(docx);
    for (const x of FIGURES_2021) {
      const p = new RegExp(`(?:: |^)${value(x.value)}[^\\n]*?, ${dateOf(x.date)}\\[\\d+\\]`, 'gm');
      assert.equal(count(text, p), 1, `${x.value}, ${x.date}`);
    }
    assert.match(text, /^Số liều vaccine tiếp nhận[^\n]*\nCác nguồn khác nhau \([^)\n]*khác thời điểm[^)\n]*\): [^\n]*khác thời điểm/m);
    assert.match(
      text,
      /^Số hiệp định thương mại tự do \(FTA\)[^\n]*\nCác nguồn khác nhau \([^)\n]*khác phạm vi[^)\n]*\): [^\n]*khác phạm vi/m,
    );
    assert.match(text, /^\[\d+\] Pháp luật Việt Nam, “/m);
    assert.match(text, /^Ngoại giao vaccine$|^2\. Ngoại giao vaccine$/m);
  });

  const pdftoppm = spawnSync('pdftoppm', ['-v']).error ? null : 'pdftoppm';
  const why = !chromiumAvailable()
    ? 'chromium not installed (apt-get install -y chromium)'
    : !pdftoppm
      ? 'pdftoppm not installed (apt-get install -y poppler-utils)'
      : false;
  test('pdf: printed by chromium; first page rendered to test-artifacts/report-2021-page1.png', { skip: why }, async () => {
    const pdf = await renderReport(model, 'pdf');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report-2021.pdf');
    writeFileSync(file, pdf);
    const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'report-2021-page1')]);
    assert.equal(r.status, 0, r.stderr?.toString());
    assert.ok(existsSync(join(ARTIFACTS, 'report-2021-page1.png')));
    const t = spawnSync('pdftotext', ['-layout', file, '-']);
    if (t.status === 0) {
      const text = t.stdout.toString('utf8');
      assert.match(text, /Tổng quan công tác đối ngoại năm 2021/);
      assert.match(text, /trên 151 triệu liều, tính đến 14\/12\/2021/);
    }
  });
});

describe('reviewed values', () => {
  test("a reviewer's correction wins over the machine value and is marked", async () => {
    const fig = model.pillars.flatMap((p) => p.figures).find((f) => f.indicator === 'organizations.member');
    assert.ok(fig);
    const fact = await store.getFact(fig.factId);
    const claimId = fact?.best?.claimId as string;
    await store.addReview({
      target: { kind: 'claim', id: claimId },
      action: 'correct',
      value: 75,
      reviewer: 'Người Duyệt',
      reason: 'kiểm tra / test',
    });
    const m = await buildReportModel(store, { from: '2021-01-01', to: '2021-12-31', pillars: ['multilateral'] });
    const after = m.pillars[0]?.figures.find((f) => f.indicator === 'organizations.member');
    assert.equal(after?.value, 75);
    assert.equal(after?.review, 'corrected');
    assert.match(after?.reviewText ?? '', /đã sửa \(máy đọc: trên 70/);
    const md = (await renderReport(m, 'md')).toString('utf8');
    assert.match(md, /trên 75 [^\n]*\*\*\[đã sửa \(máy đọc: trên 70/);
  });

  test('an accepted reading is marked wherever it is shown', async () => {
    const claims = await store.claimsFor({ indicator: 'vaccine.doses_received' });
    const c156 = claims.items.find((c) => c.value === 156e6);
    assert.ok(c156);
    await store.addReview({ target: { kind: 'claim', id: c156.id }, action: 'accept', reviewer: 'Người Duyệt', reason: 'kiểm tra / test' });
    const m = await buildReportModel(store, { from: '2021-01-01', to: '2021-12-31', pillars: ['vaccine'] });
    const md = (await renderReport(m, 'md')).toString('utf8');
    assert.match(md, /trên 156 triệu[^\n]*\*\*\[đã duyệt\]\*\*/);
    const html = (await renderReport(m, 'html')).toString('utf8');
    assert.match(html, /trên 156 triệu[^\n]*?<span class="reviewed">đã duyệt<\/span>/);
  });
});
