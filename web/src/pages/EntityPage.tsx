// A country or organisation: mentions over time, events with it, claims about it, documents, related entities.
import { useMemo } from 'react';
import { api, type EntityPage as Page } from '../api.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { EntityLink, LoadState } from '../components/common.tsx';
import { entityName, fmtDate, fmtPeriod, fmtValue } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { useLabels } from '../labels.ts';
import { href } from '../router.ts';

export function EntityPage({ id }: { id: string }) {
  const l = useLoad(() => api.entity(id), [id]);
  return <LoadState l={l}>{(p) => <EntityView p={p} />}</LoadState>;
}

function EntityView({ p }: { p: Page }) {
  const i = useI18n();
  const { t, lang } = i;
  const labels = useLabels();
  const e = p.entity;
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 40, right: 16, top: 28, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: p.timeline.map((x) => String(x.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('documents'), type: 'bar', data: p.timeline.map((x) => x.documents) },
        { name: t('events'), type: 'bar', data: p.timeline.map((x) => x.events) },
      ],
    }),
    [p, t],
  );
  return (
    <article className="entity">
      <h1>{e.type === 'country' ? entityName(e.id, lang) : e.name}</h1>
      <p className="meta small">
        <span>{e.id}</span>
        <span>{e.type}</span>
        {e.title && <span>{e.title}</span>}
        <span>
          {e.documentCount} {t('documents')} · {e.mentionCount} {t('mentions')}
        </span>
        {e.aliases.length > 0 && <span className="muted">{e.aliases.join(' · ')}</span>}
        <a href={href('search', { entity: e.id })}>{t('navSearch')} →</a>
      </p>
      <div className="with-side">
        <section>
          <h2>{t('mentionsOverTime')}</h2>
          {p.timeline.length > 0 && <Chart option={option} height={200} label={t('mentionsOverTime')} />}
          <h2>
            {t('events')} ({p.events.length})
          </h2>
          <ul className="timeline">
            {p.events.map((ev) => (
              <li key={ev.id}>
                <span className="date">{fmtPeriod(ev.date, lang) || '—'}</span> <b>{i.eventType(ev.type)}</b>{' '}
                {ev.actors.map((a, n) => (
                  <span key={a}>
                    {n > 0 && ', '}
                    <EntityLink id={a} />
                  </span>
                ))}
                <div className="small">
                  {ev.text.length > 240 ? `${ev.text.slice(0, 240)}…` : ev.text} <a href={href(`doc/${ev.docId}`)}>{t('openDocument')}</a>
                </div>
              </li>
            ))}
          </ul>
          <h2>
            {t('claimsAbout')} ({p.claims.length})
          </h2>
          <ul className="items">
            {p.claims.map((c) => (
              <li key={c.id}>
                <b>{fmtValue(c, lang)}</b> {c.counted}{' '}
                {c.indicator && <a href={href('indicators', { indicator: c.indicator })}>{labels.indicator(c.indicator)}</a>}
                <span className="muted small"> {c.asOf ? fmtDate(c.asOf, lang) : fmtPeriod(c.period, lang)}</span>{' '}
                <a className="small" href={href(`doc/${c.docId}`)}>
                  {t('openDocument')}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <aside>
          <h2>{t('related')}</h2>
          <ul className="items compact">
            {p.related.map((r) => (
              <li key={r.id}>
                <a href={href(`entity/${encodeURIComponent(r.id)}`)}>{r.type === 'country' ? entityName(r.id, lang) : r.name}</a>{' '}
                <span className="count">{r.count}</span>
              </li>
            ))}
          </ul>
          <h2>{t('latestDocuments')}</h2>
          <ul className="items compact">
            {p.documents.map((d) => (
              <li key={d.id}>
                <a href={href(`doc/${d.id}`)}>{d.title || d.source}</a>{' '}
                <span className="muted small">{fmtDate(d.published.date, lang)}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
