// DOCX with the `docx` package: headings per pillar, figures with [n] source markers, charts as PNG images rendered by
// chromium (a native table when no browser is at hand), sources as a numbered list.
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chromiumAvailable, svgsToPng } from './browser.ts';
import { chartSvg } from './chart.ts';
import { word } from './labels.ts';
import type { ChartSeries, ReportModel } from './model.ts';

const refRuns = (ns: number[]) => ns.map((n) => new TextRun({ text: `[${n}]`, superScript: true }));

export interface DocxOptions {
  /** Draw charts as images through chromium (default: when chromium is installed). */
  chartImages?: boolean;
}

export async function renderDocx(m: ReportModel, opts: DocxOptions = {}): Promise<Buffer> {
  const w = m.words;
  const charts = m.pillars.flatMap((p) => p.charts);
  let pngs: Buffer[] = [];
  if (opts.chartImages ?? chromiumAvailable()) {
    try {
      pngs = await svgsToPng(charts.map((c) => chartSvg(c, m.lang)));
    } catch {
      pngs = [];
    }
  }
  const png = new Map(charts.map((c, i) => [c, pngs[i]]));
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: `${word(w, 'period')}: ${m.periodText}. ${word(w, 'draft')}`, italics: true })] }),
  ];
  if (m.generatedAt)
    children.push(new Paragraph({ children: [new TextRun({ text: `${word(w, 'generated')}: ${m.generatedAt}`, italics: true })] }));
  m.pillars.forEach((p, i) => {
    children.push(new Paragraph({ text: `${i + 1}. ${p.title}`, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ text: word(w, 'figures'), heading: HeadingLevel.HEADING_2 }));
    if (!p.figures.length) children.push(new Paragraph({ children: [new TextRun({ text: word(w, 'noFigures'), italics: true })] }));
    for (const f of p.figures) {
      const runs = [
        new TextRun({ text: `${f.label}${f.subjectName ? ` (${f.subjectName})` : ''}: `, bold: true }),
        new TextRun(`${f.valueText}, ${f.dateText}`),
        ...refRuns(f.sourceRefs),
      ];
      if (f.reviewText) runs.push(new TextRun({ text: ` [${f.reviewText}]`, bold: true, color: '2E7D32' }));
      children.push(new Paragraph({ children: runs, bullet: { level: 0 } }));
      if (f.explanation) {
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `${word(w, 'differs')} (${f.statusText}): `, italics: true }), new TextRun(f.explanation)],
            bullet: { level: 1 },
          }),
        );
        for (const r of f.readings) {
          children.push(
            new Paragraph({
              children: [
                new TextRun(`${r.valueText}, ${r.dateText}`),
                ...refRuns(r.sourceRefs),
                ...(r.reviewText ? [new TextRun({ text: ` [${r.reviewText}]`, bold: true, color: '2E7D32' })] : []),
              ],
              bullet: { level: 1 },
            }),
          );
        }
      }
    }
    children.push(new Paragraph({ text: word(w, 'events'), heading: HeadingLevel.HEADING_2 }));
    if (!p.events.length) children.push(new Paragraph({ children: [new TextRun({ text: word(w, 'noEvents'), italics: true })] }));
    for (const e of p.events) {
      children.push(
        new Paragraph({
          children: [
            new TextRun(`${e.dateText} — `),
            new TextRun({ text: e.typeText, bold: true }),
            new TextRun(` (${e.actors.join(', ')}): ${e.text}`),
            ...refRuns(e.sourceRefs),
          ],
          bullet: { level: 0 },
        }),
      );
    }
    if (p.charts.length) {
      children.push(new Paragraph({ text: word(w, 'charts'), heading: HeadingLevel.HEADING_2 }));
      for (const c of p.charts) {
        const image = png.get(c);
        if (image?.length) {
          children.push(
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: image,
                  transformation: { width: 560, height: 240 },
                  altText: { name: c.title, description: c.title, title: c.title },
                }),
              ],
            }),
          );
        } else {
          children.push(new Paragraph({ children: [new TextRun({ text: `${c.title} (${c.unit})`, bold: true })] }), chartTable(c, m));
        }
      }
    }
  });
  children.push(new Paragraph({ text: word(w, 'sources'), heading: HeadingLevel.HEADING_1 }));
  for (const s of m.sources) {
    children.push(
      new Paragraph({
        children: [
          new TextRun(
            `[${s.n}] ${s.outlet ?? word(w, 'noOutlet')}, “${s.title ?? word(w, 'noTitle')}”, ${s.published ?? word(w, 'noDate')}, ${s.link}`,
          ),
        ],
      }),
    );
  }
  const doc = new Document({ creator: 'doingoai', title: m.title, description: word(w, 'draft'), sections: [{ children }] });
  return Packer.toBuffer(doc);
}

function chartTable(c: ChartSeries, m: ReportModel): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: c.points.map((p) => cell(p.label, true)) }),
      new TableRow({ children: c.points.map((p) => cell(p.value.toLocaleString(m.lang === 'vi' ? 'vi-VN' : 'en-US'))) }),
    ],
  });
}
