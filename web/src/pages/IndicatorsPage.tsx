// The indicator dashboard: per indicator, a timeline of its facts (one line per subject); each point opens the fact and
// its sources; points whose claims disagree are marked (red: conflicting, orange: explained differences).
import { useMemo, useState } from 'react';
import { api, type Fact, type FactClaim } from '../api.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { LoadState, StatusBadge } from '../components/common.tsx';
import { entityName, fmtValue } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Lang, useI18n } from '../i18n.tsx';
import { useLabels } from '../labels.ts';
import { href, navigate, type Route } from '../router.ts';

const COLOR: Record<string, string> = { consistent: '#2563eb', conflicting: '#dc2626' };
const colorOf = (status: string) => COLOR[status] ?? '#ea580c';

async function allFacts(): Promise<Fact[]> {
  const out: Fact[] = [];
  let cursor: string | null = null;
  do {
    const p = await api.facts({ limit: 5000, cursor });
    out.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return out;
}

export function IndicatorsPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const only = route.query.get('indicator') ?? '';
  const [filter, setFilter] = useState('');
  const l = useLoad(allFacts, []);
  const labels = useLabels();
  return (
    <div className="indicators">
      <h1>{t('dashboardTitle')}</h1>
      <p className="muted small">{t('dashboardHelp')}</p>
      <p>
        <input
          type="search"
          placeholder={t('filterIndicators')}
          aria-label={t('filterIndicators')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {only && (
          <a className="chip" href={href('indicators')}>
            {labels.indicator(only)} ✕
          </a>
        )}
      </p>
      <LoadState l={l}>
        {(facts) => {
          const groups = new Map<string, Fact[]>();
          for (const f of facts) {
            if (only && f.indicator !== only) continue;
            const label = labels.indicator(f.indicator);
            if (filter && !`${f.indicator} ${label}`.toLowerCase().includes(filter.toLowerCase())) continue;
            groups.set(f.indicator, [...(groups.get(f.indicator) ?? []), f]);
          }
          return (
            <div className={only ? 'cards single' : 'cards'}>
              {[...groups].map(([ind, list]) => (
                <IndicatorCard key={ind} indicator={ind} facts={list} />
              ))}
            </div>
          );
        }}
      </LoadState>
    </div>
  );
}

function chartOption(facts: Fact[], lang: Lang, statusLabel: (s: string) => string): ChartOption {
  const bySubject = new Map<string, Fact[]>();
  for (const f of facts) if (f.year !== null && f.best) bySubject.set(f.subject ?? '—', [...(bySubject.get(f.subject ?? '—') ?? []), f]);
  const years = facts.map((f) => f.year).filter((y): y is number => y !== null);
  const min = Math.min(...years);
  const max = Math.max(...years);
  return {
    animation: false,
    grid: { left: 64, right: 16, top: 28, bottom: 28 },
    legend: { show: bySubject.size > 1, top: 0, type: 'scroll', data: [...bySubject.keys()].map((k) => entityName(k, lang)) },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { fact?: Fact; claim?: FactClaim } }) => {
        // ECharts renders tooltip strings as HTML: escape everything taken from data.
        const c = p.data.claim;
        if (c) return escapeHtml(`${fmtValue(c, lang)} · ${c.source.title ?? c.source.source}`);
        const f = p.data.fact as Fact;
        return escapeHtml(
          `${f.year} · ${entityName(f.subject, lang)} · ${f.best ? fmtValue({ ...f.best, unit: f.unit }, lang) : ''} · ${f.sources} · ${statusLabel(f.status)}`,
        );
      },
    },
    xAxis: {
      type: 'value',
      min: min - (min === max ? 1 : 0),
      max: max + (min === max ? 1 : 0),
      minInterval: 1,
      axisLabel: { formatter: (v: number) => String(v) },
    },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => fmtShort(v) } },
    series: [
      // Every claim as a small grey dot beside its fact: a click opens the document it came from.
      {
        name: 'claims',
        type: 'scatter',
        symbolSize: 7,
        itemStyle: { color: '#9ca3af' },
        z: 1,
        data: facts.flatMap((f) =>
          f.year === null
            ? []
            : f.claims.map((c, k) => ({ value: [(f.year as number) + (k - (f.claims.length - 1) / 2) * 0.06, c.value], claim: c })),
        ),
      },
      ...[...bySubject].map(([subject, list]) => ({
        name: entityName(subject, lang),
        type: 'line',
        symbolSize: 12,
        data: list
          .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
          .map((f) => ({
            value: [f.year, f.best?.value],
            fact: f,
            symbol: f.status === 'consistent' ? 'circle' : f.status === 'conflicting' ? 'triangle' : 'diamond',
            itemStyle: { color: colorOf(f.status) },
          })),
      })),
    ],
  };
}

function pick(d: { fact?: Fact; claim?: FactClaim } | undefined): void {
  if (d?.claim) navigate(href(`doc/${d.claim.docId}`));
  else if (d?.fact) navigate(href(`fact/${d.fact.id}`));
}

function IndicatorCard({ indicator, facts }: { indicator: string; facts: Fact[] }) {
  const i = useI18n();
  const { lang, t } = i;
  const labels = useLabels();
  const option = useMemo(() => chartOption(facts, lang, i.status), [facts, lang, i]);
  const sorted = [...facts].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || String(a.subject).localeCompare(String(b.subject)));
  return (
    <section className="card" data-testid={`indicator-${indicator}`}>
      <h2>
        <a href={href('indicators', { indicator })}>{labels.indicator(indicator)}</a> <span className="muted small">{indicator}</span>
      </h2>
      <Chart
        option={option}
        label={labels.indicator(indicator)}
        onPick={(d) => pick(d as { fact?: Fact; claim?: FactClaim } | undefined)}
      />
      <ul className="points">
        {sorted.map((f) => (
          <li key={f.id}>
            <a href={href(`fact/${f.id}`)} data-testid={`fact-link-${f.id}`}>
              {f.year ?? '—'} · {entityName(f.subject, lang)} · {f.best ? fmtValue({ ...f.best, unit: f.unit }, lang) : '—'}
            </a>{' '}
            <span className="muted small">
              {f.sources} {t('sources')}
            </span>{' '}
            {f.status !== 'consistent' && <StatusBadge status={f.status} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function fmtShort(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return String(v);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
