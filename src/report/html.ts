// HTML: one self-contained page (inline CSS and SVG charts, no scripts) that prints to PDF as it is.
import { chartSvg, escapeXml as esc } from './chart.ts';
import { word } from './labels.ts';
import type { ReportModel } from './model.ts';

const refs = (ns: number[]) => ns.map((n) => `<sup class="ref"><a href="#src-${n}">[${n}]</a></sup>`).join('');

const CSS = `body{font-family:"Noto Serif","DejaVu Serif",Georgia,serif;max-width:820px;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}
h1{font-size:1.6em}h2{border-bottom:2px solid #2f6f9f;padding-bottom:.2em;margin-top:1.6em}h3{font-size:1.05em;color:#2f6f9f}
.figure{margin:.3em 0}.label{font-weight:bold}.reviewed{background:#e6f4ea;border:1px solid #7bb38a;border-radius:3px;padding:0 .3em;font-size:.85em}
.differs{margin:.2em 0 .4em 1.2em;font-size:.92em;color:#444}.differs li{margin:.1em 0}.empty{color:#777;font-style:italic}
.chart{margin:.6em 0;page-break-inside:avoid}.sources li{font-size:.9em;word-break:break-all}.ref a{text-decoration:none}
.meta{color:#555}@media print{body{margin:0;max-width:none}h2,h3{page-break-after:avoid;break-after:avoid}}`;

export function renderHtml(m: ReportModel): string {
  const w = m.words;
  const body: string[] = [
    `<h1>${esc(m.title)}</h1>`,
    `<p class="meta">${esc(word(w, 'period'))}: ${esc(m.periodText)}. ${esc(word(w, 'draft'))}</p>`,
  ];
  if (m.generatedAt) body.push(`<p class="meta">${esc(word(w, 'generated'))}: ${esc(m.generatedAt)}</p>`);
  m.pillars.forEach((p, i) => {
    body.push(`<section class="pillar" id="pillar-${esc(p.key)}"><h2>${i + 1}. ${esc(p.title)}</h2><h3>${esc(word(w, 'figures'))}</h3>`);
    if (!p.figures.length) body.push(`<p class="empty">${esc(word(w, 'noFigures'))}</p>`);
    else {
      body.push('<ul class="figures">');
      for (const f of p.figures) {
        const subject = f.subjectName ? ` (${esc(f.subjectName)})` : '';
        const review = f.reviewText ? ` <span class="reviewed">${esc(f.reviewText)}</span>` : '';
        body.push(
          `<li class="figure" data-fact="${esc(f.factId)}"><span class="label">${esc(f.label)}${subject}:</span> <span class="value">${esc(f.valueText)}</span>, <span class="date">${esc(f.dateText)}</span>${refs(f.sourceRefs)}${review}`,
        );
        if (f.explanation) {
          body.push(`<div class="differs"><em>${esc(word(w, 'differs'))} (${esc(f.statusText)}):</em> ${esc(f.explanation)}<ul>`);
          for (const r of f.readings)
            body.push(
              `<li>${esc(r.valueText)}, ${esc(r.dateText)}${refs(r.sourceRefs)}${r.reviewText ? ` <span class="reviewed">${esc(r.reviewText)}</span>` : ''}</li>`,
            );
          body.push('</ul></div>');
        }
        body.push('</li>');
      }
      body.push('</ul>');
    }
    body.push(`<h3>${esc(word(w, 'events'))}</h3>`);
    if (!p.events.length) body.push(`<p class="empty">${esc(word(w, 'noEvents'))}</p>`);
    else {
      body.push('<ul class="events">');
      for (const e of p.events)
        body.push(
          `<li>${esc(e.dateText)} — <strong>${esc(e.typeText)}</strong> (${esc(e.actors.join(', '))}): ${esc(e.text)}${refs(e.sourceRefs)}</li>`,
        );
      body.push('</ul>');
    }
    if (p.charts.length) {
      body.push(`<h3>${esc(word(w, 'charts'))}</h3>`);
      for (const c of p.charts) body.push(`<figure class="chart" data-indicator="${esc(c.indicator)}">${chartSvg(c, m.lang)}</figure>`);
    }
    body.push('</section>');
  });
  body.push(`<section class="sources"><h2>${esc(word(w, 'sources'))}</h2><ol>`);
  for (const s of m.sources) {
    const link = /^https?:\/\//.test(s.link) ? `<a href="${esc(s.link)}">${esc(s.link)}</a>` : `<code>${esc(s.link)}</code>`;
    body.push(
      `<li id="src-${s.n}" value="${s.n}">${esc(s.outlet ?? word(w, 'noOutlet'))}, “${esc(s.title ?? word(w, 'noTitle'))}”, ${esc(s.published ?? word(w, 'noDate'))}, ${link}</li>`,
    );
  }
  body.push('</ol></section>');
  return `<!doctype html>\n<html lang="${m.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(m.title)}</title><style>${CSS}</style></head><body>${body.join('\n')}</body></html>\n`;
}
