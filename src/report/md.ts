// Markdown: headings per pillar, figures as a list with footnote markers, sources as numbered notes at the end.
import { word } from './labels.ts';
import type { ReportModel } from './model.ts';

const refs = (ns: number[]) => ns.map((n) => `[^${n}]`).join('');
const esc = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\*_`[\]<>])/g, '\\$1');

export function renderMarkdown(m: ReportModel): string {
  const w = m.words;
  const out: string[] = [`# ${m.title}`, '', `*${word(w, 'period')}: ${m.periodText}.* ${word(w, 'draft')}`];
  if (m.generatedAt) out.push('', `*${word(w, 'generated')}: ${m.generatedAt}*`);
  m.pillars.forEach((p, i) => {
    out.push('', `## ${i + 1}. ${p.title}`, '', `### ${word(w, 'figures')}`, '');
    if (!p.figures.length) out.push(`_${word(w, 'noFigures')}_`);
    for (const f of p.figures) {
      const subject = f.subjectName ? ` (${f.subjectName})` : '';
      const review = f.reviewText ? ` **[${f.reviewText}]**` : '';
      out.push(`- **${esc(f.label)}${esc(subject)}:** ${esc(f.valueText)}, ${esc(f.dateText)}${refs(f.sourceRefs)}${review}`);
      if (f.explanation) {
        out.push(`  - *${word(w, 'differs')} (${f.statusText}):* ${esc(f.explanation)}`);
        for (const r of f.readings)
          out.push(`  - ${esc(r.valueText)}, ${esc(r.dateText)}${refs(r.sourceRefs)}${r.reviewText ? ` **[${r.reviewText}]**` : ''}`);
      }
    }
    out.push('', `### ${word(w, 'events')}`, '');
    if (!p.events.length) out.push(`_${word(w, 'noEvents')}_`);
    for (const e of p.events)
      out.push(`- ${esc(e.dateText)} — **${esc(e.typeText)}** (${esc(e.actors.join(', '))}): ${esc(e.text)}${refs(e.sourceRefs)}`);
    if (p.charts.length) {
      out.push('', `### ${word(w, 'charts')}`, '');
      for (const c of p.charts) {
        out.push(
          `**${esc(c.title)}** (${esc(c.unit)})`,
          '',
          `| ${c.points.map((x) => esc(x.label)).join(' | ')} |`,
          `|${c.points.map(() => ' ---: |').join('')}`,
        );
        out.push(`| ${c.points.map((x) => x.value.toLocaleString(m.lang === 'vi' ? 'vi-VN' : 'en-US')).join(' | ')} |`, '');
      }
    }
  });
  out.push('', `## ${word(w, 'sources')}`, '');
  for (const s of m.sources) out.push(`[^${s.n}]: ${sourceLine(m, s)}`);
  return `${out.join('\n')}\n`;
}

export function sourceLine(m: ReportModel, s: ReportModel['sources'][number]): string {
  const w = m.words;
  return [s.outlet ?? word(w, 'noOutlet'), `“${s.title ?? word(w, 'noTitle')}”`, s.published ?? word(w, 'noDate'), s.link].join(', ');
}
