// Headless chromium through playwright-core, Debian's build: PDF printing and SVG→PNG for DOCX charts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.DOINGOAI_CHROMIUM ?? '/usr/bin/chromium';
/** Flags for a headless run with no network chatter, no sandbox (containers) and no GPU. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

type Page = import('playwright-core').Page;

/** Runs fn with a fresh page in a fresh profile; the browser and profile are gone afterwards. */
export async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'doingoai-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Reports are self-contained: nothing may leave the machine while one renders.
    await page.route(/^(?!data:|about:)/, (r) => r.abort());
    return await fn(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  return withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  });
}

/** PNG screenshots of SVG images, in order. */
export async function svgsToPng(svgs: string[]): Promise<Buffer[]> {
  if (!svgs.length) return [];
  return withPage(async (page) => {
    const out: Buffer[] = [];
    for (const svg of svgs) {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      const el = await page.$('svg');
      out.push(el ? await el.screenshot({ type: 'png' }) : Buffer.alloc(0));
    }
    return out;
  });
}
