// A bar chart as inline SVG, drawn by hand: no scripts, prints the same in a browser, a PDF and a PNG.
import { formatNumber } from '../reconcile/format.ts';
import type { Lang } from './labels.ts';
import type { ChartSeries } from './model.ts';

export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

export function chartSvg(c: ChartSeries, lang: Lang, width = 560, height = 240): string {
  const pad = { top: 28, right: 16, bottom: 44, left: 16 };
  const max = Math.max(...c.points.map((p) => p.value), 0) || 1;
  const n = c.points.length;
  const slot = (width - pad.left - pad.right) / n;
  const bar = Math.min(72, slot * 0.6);
  const plotH = height - pad.top - pad.bottom;
  const bars = c.points
    .map((p, i) => {
      const h = Math.max(1, (p.value / max) * plotH);
      const x = pad.left + i * slot + (slot - bar) / 2;
      const y = pad.top + plotH - h;
      const cx = x + bar / 2;
      return [
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="#2f6f9f"/>`,
        `<text x="${cx.toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle" font-size="12">${escapeXml(formatNumber(p.value, lang))}</text>`,
        `<text x="${cx.toFixed(1)}" y="${(height - pad.bottom + 18).toFixed(1)}" text-anchor="middle" font-size="11">${escapeXml(p.label)}</text>`,
      ].join('');
    })
    .join('');
  const axis = `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#555"/>`;
  const title = `<text x="${pad.left}" y="16" font-size="13" font-weight="bold">${escapeXml(`${c.title} (${c.unit})`)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(c.title)}"><rect width="100%" height="100%" fill="#fff"/>${title}${axis}${bars}</svg>`;
}
