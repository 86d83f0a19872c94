// The report page: pick a period and pillars, preview the review (the server's self-contained HTML in a sandboxed
// frame), download it as DOCX, XLSX, PDF, Markdown or HTML; and download data exports (CSV, JSONL, XLSX).
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api, getToken, qs } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { href, navigate, type Route } from '../router.ts';

// Wording lives here until the shared dictionary takes it: [Vietnamese, English].
const T = {
  title: ['Báo cáo tổng quan', 'Period review'],
  mode: ['Kỳ báo cáo', 'Period'],
  year: ['Một năm', 'One year'],
  years: ['Nhiều năm', 'Several years'],
  range: ['Từ ngày – đến ngày', 'Date range'],
  from: ['Từ', 'From'],
  to: ['Đến', 'To'],
  pillars: ['Trụ cột', 'Pillars'],
  allPillars: ['Tất cả trụ cột', 'All pillars'],
  preview: ['Xem trước', 'Preview'],
  download: ['Tải về', 'Download'],
  exports: ['Xuất dữ liệu', 'Data exports'],
  exportHint: ['Xuất toàn bộ, lọc theo kỳ đã chọn (trừ thực thể).', 'Everything, filtered by the chosen period (entities are not dated).'],
  working: ['Đang lập…', 'Working…'],
  error: ['Lỗi', 'Error'],
  previewTitle: ['Bản xem trước báo cáo', 'Report preview'],
} as const;

const FORMATS = ['docx', 'pdf', 'xlsx', 'md', 'html'] as const;
const KINDS = ['documents', 'claims', 'facts', 'events', 'entities'] as const;
const KIND_LABEL: Record<(typeof KINDS)[number], [string, string]> = {
  documents: ['Bài viết', 'Documents'],
  claims: ['Số liệu', 'Claims'],
  facts: ['Dữ kiện', 'Facts'],
  events: ['Sự kiện', 'Events'],
  entities: ['Thực thể', 'Entities'],
};
type Mode = 'year' | 'years' | 'range';

/** Fetches with the reviewer's token (reads may be guarded) and saves the body under the server's file name. */
async function download(path: string, fallbackName: string): Promise<void> {
  const token = getToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const e = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new ApiError(res.status, e.error ?? 'error', e.message ?? `HTTP ${res.status}`);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportPage({ route }: { route: Route }) {
  const { lang } = useI18n();
  const t = (k: keyof typeof T) => T[k][lang === 'vi' ? 0 : 1];
  const thisYear = String(new Date().getFullYear() - 1);
  const q = route.query;
  const params = {
    mode: (q.get('mode') as Mode) || 'year',
    year: q.get('year') ?? thisYear,
    fromYear: q.get('fromYear') ?? String(Number(thisYear) - 5),
    toYear: q.get('toYear') ?? thisYear,
    from: q.get('from') ?? `${thisYear}-01-01`,
    to: q.get('to') ?? `${thisYear}-06-30`,
    pillar: q.getAll('pillar'),
  };
  const key = JSON.stringify(params);
  const [form, setForm] = useState(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for params
  useEffect(() => setForm(params), [key]);
  const taxonomy = useLoad(() => api.taxonomy(), []);
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const periodQuery = (p = params): Record<string, string | string[]> => {
    const base: Record<string, string> =
      p.mode === 'year' ? { year: p.year } : p.mode === 'years' ? { years: `${p.fromYear}-${p.toYear}` } : { from: p.from, to: p.to };
    return { ...base, pillar: p.pillar, lang };
  };
  const exportPeriod = (): Record<string, string> =>
    params.mode === 'year'
      ? { from: params.year, to: params.year }
      : params.mode === 'years'
        ? { from: params.fromYear, to: params.toYear }
        : { from: params.from, to: params.to };

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and lang stand for the query
  useEffect(() => {
    let live = true;
    setPreview(null);
    const token = getToken();
    fetch(`/api/report${qs({ ...periodQuery(), format: 'html' })}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      .then(async (res) => {
        const body = await res.text();
        if (!res.ok) throw new Error((JSON.parse(body || '{}') as { message?: string }).message ?? `HTTP ${res.status}`);
        if (live) setPreview({ html: body });
      })
      .catch((e: Error) => live && setPreview({ error: e.message }));
    return () => {
      live = false;
    };
  }, [key, lang]);

  const run = async (label: string, path: string, name: string) => {
    setBusy(label);
    try {
      await download(path, name);
    } catch (e) {
      setPreview({ error: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('report', { ...form, pillar: form.pillar }));
  };
  const pillars = taxonomy.data ? Object.entries(taxonomy.data.pillars) : [];
  const togglePillar = (k: string) =>
    setForm({ ...form, pillar: form.pillar.includes(k) ? form.pillar.filter((x) => x !== k) : [...form.pillar, k] });

  return (
    <div className="report">
      <h1>{t('title')}</h1>
      <form className="toolbar" onSubmit={submit}>
        <label className="small">
          {t('mode')}{' '}
          <select value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as Mode })}>
            <option value="year">{t('year')}</option>
            <option value="years">{t('years')}</option>
            <option value="range">{t('range')}</option>
          </select>
        </label>
        {form.mode === 'year' && (
          <input
            aria-label={t('year')}
            type="number"
            min="1945"
            max="2100"
            value={form.year}
            onChange={(e) => setForm({ ...form, year: e.target.value })}
          />
        )}
        {form.mode === 'years' && (
          <>
            <input
              aria-label={t('from')}
              type="number"
              min="1945"
              max="2100"
              value={form.fromYear}
              onChange={(e) => setForm({ ...form, fromYear: e.target.value })}
            />
            <input
              aria-label={t('to')}
              type="number"
              min="1945"
              max="2100"
              value={form.toYear}
              onChange={(e) => setForm({ ...form, toYear: e.target.value })}
            />
          </>
        )}
        {form.mode === 'range' && (
          <>
            <label className="small">
              {t('from')} <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
            </label>
            <label className="small">
              {t('to')} <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
            </label>
          </>
        )}
        <button type="submit">{t('preview')}</button>
      </form>
      <fieldset className="pillars">
        <legend>{t('pillars')}</legend>
        {pillars.map(([k, label]) => (
          <label key={k} className="small">
            <input type="checkbox" checked={form.pillar.includes(k)} onChange={() => togglePillar(k)} /> {label[lang]}
          </label>
        ))}
        {!form.pillar.length && <span className="muted"> ({t('allPillars')})</span>}
      </fieldset>
      <p className="toolbar">
        {t('download')}:{' '}
        {FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            disabled={!!busy}
            onClick={() => run(f, `/api/report${qs({ ...periodQuery(), format: f })}`, `doingoai-report.${f}`)}
          >
            {busy === f ? t('working') : f.toUpperCase()}
          </button>
        ))}
      </p>
      <details>
        <summary>{t('exports')}</summary>
        <p className="muted">{t('exportHint')}</p>
        <table>
          <tbody>
            {KINDS.map((k) => (
              <tr key={k}>
                <th>{KIND_LABEL[k][lang === 'vi' ? 0 : 1]}</th>
                {(['csv', 'jsonl', 'xlsx'] as const).map((f) => (
                  <td key={f}>
                    <button
                      type="button"
                      disabled={!!busy}
                      onClick={() =>
                        run(
                          `${k}.${f}`,
                          `/api/export/${k}${qs({ ...(k === 'entities' ? {} : exportPeriod()), format: f })}`,
                          `doingoai-${k}.${f}`,
                        )
                      }
                    >
                      {busy === `${k}.${f}` ? t('working') : f.toUpperCase()}
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {!preview && <p className="muted">{t('working')}</p>}
      {preview && 'error' in preview && (
        <p className="error" role="alert">
          {t('error')}: {preview.error}
        </p>
      )}
      {preview && 'html' in preview && (
        // An empty sandbox: the report has no scripts, and the frame may run none.
        <iframe
          className="report-preview"
          title={t('previewTitle')}
          sandbox=""
          srcDoc={preview.html}
          style={{ width: '100%', height: '80vh', border: '1px solid #ccc' }}
        />
      )}
    </div>
  );
}
