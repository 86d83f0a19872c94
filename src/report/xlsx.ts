// XLSX with exceljs: one sheet per pillar (figures, readings where sources differ, events) and a sheet of sources.
import ExcelJS from 'exceljs';
import { word } from './labels.ts';
import type { ReportModel } from './model.ts';

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
export function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 27)} (${i})`;
  used.add(n.toLowerCase());
  return n;
}

const refs = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

export async function renderXlsx(m: ReportModel): Promise<Buffer> {
  const w = m.words;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'doingoai';
  wb.title = m.title;
  const used = new Set<string>();
  const header = [
    'indicator',
    'label',
    'subject',
    'valueText',
    'value',
    'valueMax',
    'unit',
    'qualifier',
    'date',
    'status',
    'explanation',
    'review',
    'sourceRefs',
  ] as const;
  const heads = [
    word(w, 'indicator'),
    word(w, 'indicator'),
    word(w, 'subject'),
    word(w, 'value'),
    word(w, 'value'),
    `${word(w, 'value')} max`,
    'unit',
    word(w, 'qualifier'),
    word(w, 'date'),
    word(w, 'status'),
    word(w, 'explanation'),
    word(w, 'review'),
    word(w, 'sourceRefs'),
  ];
  for (const p of m.pillars) {
    const ws = wb.addWorksheet(sheetName(p.title, used));
    ws.columns = header.map((key, i) => ({ key, header: heads[i], width: [28, 40, 12, 26, 16, 12, 8, 10, 24, 16, 60, 16, 12][i] }));
    ws.getRow(1).font = { bold: true };
    for (const f of p.figures) {
      ws.addRow({
        indicator: f.indicator,
        label: f.label,
        subject: f.subjectName ?? f.subject ?? '',
        valueText: f.valueText,
        value: f.value,
        valueMax: f.valueMax ?? '',
        unit: f.unit,
        qualifier: f.qualifier,
        date: f.dateText,
        status: f.statusText,
        explanation: f.explanation ?? '',
        review: f.reviewText ?? '',
        sourceRefs: refs(f.sourceRefs),
      });
      for (const r of f.readings) {
        ws.addRow({
          indicator: f.indicator,
          label: `↳ ${word(w, 'reading')}`,
          valueText: r.valueText,
          value: r.value,
          unit: f.unit,
          date: r.dateText,
          review: r.reviewText ?? '',
          sourceRefs: refs(r.sourceRefs),
        });
      }
    }
    if (p.events.length) {
      ws.addRow([]);
      ws.addRow([
        word(w, 'events'),
        word(w, 'type'),
        word(w, 'date'),
        word(w, 'actors'),
        '',
        '',
        '',
        '',
        '',
        '',
        word(w, 'claim'),
        '',
        word(w, 'sourceRefs'),
      ]).font = { bold: true };
      for (const e of p.events)
        ws.addRow([e.eventId, e.typeText, '', e.actors.join(', '), '', '', '', '', e.dateText, '', e.text, '', refs(e.sourceRefs)]);
    }
  }
  const src = wb.addWorksheet(sheetName(word(w, 'sources'), used));
  src.columns = [
    { key: 'n', header: '#', width: 5 },
    { key: 'outlet', header: word(w, 'outlet'), width: 24 },
    { key: 'title', header: word(w, 'docTitle'), width: 60 },
    { key: 'published', header: word(w, 'published'), width: 12 },
    { key: 'link', header: word(w, 'link'), width: 60 },
    { key: 'docId', header: 'id', width: 18 },
  ];
  src.getRow(1).font = { bold: true };
  for (const s of m.sources)
    src.addRow({ n: s.n, outlet: s.outlet ?? '', title: s.title ?? '', published: s.published ?? '', link: s.link, docId: s.docId });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
