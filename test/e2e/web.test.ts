// End to end: the built web app over a real server, driven in Debian's chromium through playwright-core. One browser
// launch, a few pages; screenshots go to test-artifacts/. Skips when /usr/bin/chromium is absent.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { WEB_DIST } from '../../src/server/app.ts';
import { CHROMIUM_FLAGS } from '../../src/report/browser.ts';
import { appFor, type Fixture, makeFixture } from '../server/fixture.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const skip = existsSync(CHROMIUM) ? false : `chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`;
if (skip) console.log(`# e2e skipped: ${skip}`);

// Untrusted article content: each payload sets a flag or opens a dialog if it ever runs.
const XSS_TEXT = [
  'Bài thử nghiệm an toàn <script>window.__xss = "script"; alert("script")</script>',
  '',
  "Ngày 5/6/2024, tại Hà Nội, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Ấn Độ <img src=x onerror=\"window.__xss='img';alert('img')\">.",
  '',
  'Hai bên nhất trí thúc đẩy hợp tác cá ngừ đại dương <svg onload="window.__xss=\'svg\'"></svg> và <a href="javascript:window.__xss=\'href\'">liên kết</a>.',
].join('\n');
const XSS_HTML = `<html><head><title>Trang thử &lt;img src=x onerror=alert(9)&gt;</title></head><body><article><h1>Trang thử nghiệm cá ngừ vây vàng</h1>
<p>Ngày 6/6/2024, Việt Nam và Nhật Bản trao đổi về hợp tác cá ngừ vây vàng &lt;img src=x onerror="window.__xss='html-entity'"&gt; và &lt;script&gt;window.__xss='html-script'&lt;/script&gt; tại Tokyo.</p>
<script>window.__xss='raw-script'</script><img src=x onerror="window.__xss='raw-img'"></article></body></html>`;

describe('web app in chromium', { skip, timeout: 180_000 }, () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof appFor>>;
  let base = '';
  let ctx: BrowserContext;
  let page: Page;
  let profile = '';
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const xssDocs: string[] = [];

  before(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { stdio: 'inherit' });
      assert.equal(r.status, 0, 'web build failed');
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    f = await makeFixture();
    app = await appFor(f, { webDir: WEB_DIST });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    // The untrusted articles go in through the upload API, as a user would send them.
    const auth = { authorization: `Bearer ${f.token}` };
    for (const [type, body, title] of [
      ['text/plain', XSS_TEXT, '<img src=x onerror="window.__xss=\'title\'">Tiêu đề thử'],
      ['text/html', XSS_HTML, ''],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/ingest?title=${encodeURIComponent(title)}&url=${encodeURIComponent('javascript:window.__xss="url"')}`,
        payload: body,
        headers: { 'content-type': type, ...auth },
      });
      assert.equal(res.statusCode, 202, res.body);
      await app.jobs.idle();
      const job = (await app.inject({ method: 'GET', url: `/api/jobs/${(res.json() as { id: string }).id}`, headers: auth })).json() as {
        documents: Array<{ id: string }>;
      };
      assert.equal(job.documents.length, 1, JSON.stringify(job));
      xssDocs.push((job.documents[0] as { id: string }).id);
    }
    profile = mkdtempSync(join(tmpdir(), 'doingoai-chromium-'));
    const { chromium } = await import('playwright-core');
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(15_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await ctx?.close();
    await app?.close();
    await f?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `e2e-${name}.png`), fullPage: false });

  test('search "viet nam" shows highlighted results; a result opens the document', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('searchbox').first().fill('viet nam');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.hit');
    const hits = await page.locator('.hit').count();
    assert.ok(hits >= 4, `hits: ${hits}`);
    const marks = await page.locator('.hit mark').allTextContents();
    assert.ok(
      marks.some((m) => /^(Việt|Nam)$/i.test(m)),
      `marks: ${marks.join('|')}`,
    );
    await shot('search');
    // A news article (the test's own XSS articles, which mention Việt Nam in their lead, carry no figures).
    await page.locator('.hit').filter({ hasNotText: /thử/ }).first().locator('.hit-title').click();
    await page.waitForSelector('[data-testid=doc-title]');
    assert.ok((await page.locator('.doc-text .a-claim').count()) > 0, 'claims highlighted in the text');
    assert.ok((await page.locator('.doc-text .a-entity').count()) > 0, 'entities highlighted in the text');
    await page.getByTestId('show-removed').check();
    await page.waitForSelector('[data-testid=removed]');
    await shot('document');
  });

  test('the vaccine-doses fact shows its three sources; a review changes it', async () => {
    await page.goto(`${base}/#/indicators?indicator=vaccine.doses_received`);
    const card = page.getByTestId('indicator-vaccine.doses_received');
    await card.waitFor();
    await card.locator('a', { hasText: '2021' }).first().click();
    await page.waitForSelector('[data-testid=fact-claim]');
    assert.equal(await page.getByTestId('fact-claim').count(), 3);
    assert.equal((await page.getByTestId('fact-sources').textContent())?.trim(), '3');
    assert.equal(await page.getByTestId('claim-source').count(), 3);
    assert.notEqual(await page.getByTestId('fact-best').getAttribute('data-basis'), 'reviewed');
    await shot('fact');

    await page.getByTestId('sign-in').click();
    await page.locator('.signin input').fill(f.token);
    await page.locator('.signin button[type=submit]').click();
    await page.getByTestId('signed-in').waitFor();
    // Accept a claim that is not the current best: the reviewed value becomes the fact's best value.
    const card2 = page.locator('[data-testid=fact-claim]:not(.best)').first();
    const value = ((await card2.locator('.value').textContent()) ?? '').trim();
    await card2.locator('input.reason').fill('Số liệu chính thức của Bộ Y tế');
    await card2.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=fact-best][data-basis=reviewed]');
    const afterBest = (await page.getByTestId('fact-best').textContent()) ?? '';
    assert.ok(
      afterBest.includes(
        value
          .replace(/(Đã|đã) .*/, '')
          .trim()
          .slice(0, 8),
      ),
      `best ${afterBest} vs accepted ${value}`,
    );
    await shot('fact-reviewed');
  });

  test('untrusted article text is shown as text; no payload runs', async () => {
    for (const id of xssDocs) {
      await page.goto(`${base}/#/doc/${id}`);
      await page.waitForSelector('[data-testid=doc-title]');
      await page.getByTestId('show-removed').check();
      await page.waitForTimeout(300);
      const injected = await page.evaluate(
        () => document.querySelectorAll('main img, main script, main svg, main iframe, a[href^="javascript:"]').length,
      );
      assert.equal(injected, 0, 'no element came from article content');
    }
    const text = await page.locator('main').textContent();
    assert.match(text ?? '', /<img src=x onerror=|<script>/, 'payloads appear literally, as text');
    await shot('xss-document');
    await page.goto(`${base}/#/search?q=${encodeURIComponent('cá ngừ')}`);
    await page.waitForSelector('.hit');
    await page.waitForTimeout(300);
    const flag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);
    assert.equal(flag, null, `a payload ran: ${String(flag)}`);
    assert.deepEqual(dialogs, [], 'no dialog opened');
    await shot('xss-search');
  });

  test('usable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/search?q=${encodeURIComponent('viet nam')}`);
    await page.waitForSelector('.hit');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
    await shot('phone-search');
    await page.goto(`${base}/#/indicators`);
    await page.waitForSelector('.card');
    await shot('phone-indicators');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('lang').click();
    await page.waitForFunction(() => /Indicators over time/.test(document.body.textContent ?? ''));
    assert.deepEqual(pageErrors, [], 'no uncaught page errors');
  });
});
