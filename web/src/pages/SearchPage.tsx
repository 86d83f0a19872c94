// Search: a query box, facets that filter, hits with highlighted snippets, and "load more" through the cursor (no cap).
import { type FormEvent, useEffect, useState } from 'react';
import { api, type FacetCount, type SearchHit, type SearchResult } from '../api.ts';
import { LoadState, Marked } from '../components/common.tsx';
import { entityName, fmtDate } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Key, useI18n } from '../i18n.tsx';
import { href, navigate, type Route } from '../router.ts';
import { useLabels } from '../labels.ts';

const FILTERS = ['q', 'from', 'to', 'outlet', 'entity', 'indicator', 'eventType', 'cluster'] as const;

export function SearchPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const params = Object.fromEntries(FILTERS.map((k) => [k, route.query.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const key = JSON.stringify(params);
  const [text, setText] = useState(params.q);
  const [from, setFrom] = useState(params.from);
  const [to, setTo] = useState(params.to);
  useEffect(() => {
    setText(params.q);
    setFrom(params.from);
    setTo(params.to);
  }, [params.q, params.from, params.to]);
  const l = useLoad(() => api.search({ ...params, limit: 20 }), [key]);
  const [more, setMore] = useState<{ hits: SearchHit[]; cursor: string | null } | null>(null);
  useEffect(() => setMore(null), [key]);

  const go = (patch: Record<string, string>) => navigate(href('search', { ...params, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim(), from, to });
  };
  const loadMore = async (r: SearchResult) => {
    const cursor = more ? more.cursor : r.nextCursor;
    if (!cursor) return;
    const next = await api.search({ ...params, limit: 20, cursor });
    setMore({ hits: [...(more?.hits ?? []), ...next.hits], cursor: next.nextCursor });
  };
  const active = FILTERS.filter((k) => k !== 'q' && params[k]);

  return (
    <div className="search-page">
      <form className="searchbar" onSubmit={submit} role="search">
        <input
          type="search"
          name="q"
          aria-label={t('searchButton')}
          placeholder={t('searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="small">
          {t('from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="small">
          {t('to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t('searchButton')}</button>
      </form>
      {active.length > 0 && (
        <p className="chips">
          {active.map((k) => (
            <button key={k} type="button" className="chip" onClick={() => go({ [k]: '' })}>
              {k}: {params[k]} ✕
            </button>
          ))}
          <button type="button" className="link" onClick={() => navigate(href('search', { q: params.q }))}>
            {t('clearFilters')}
          </button>
        </p>
      )}
      <LoadState l={l}>
        {(r) => {
          const hits = [...r.hits, ...(more?.hits ?? [])];
          const cursor = more ? more.cursor : r.nextCursor;
          return (
            <div className="with-side">
              <aside className="facets">
                <Facet title="facetYear" items={r.facets.year} onPick={(v) => go({ from: v, to: v })} />
                <Facet title="facetOutlet" items={r.facets.outlet} onPick={(v) => go({ outlet: v })} />
                <Facet title="facetEntity" items={r.facets.entity} onPick={(v) => go({ entity: v })} entity />
                <Facet title="facetIndicator" items={r.facets.indicator} onPick={(v) => go({ indicator: v })} indicator />
                <Facet title="facetEventType" items={r.facets.eventType} onPick={(v) => go({ eventType: v })} eventType />
              </aside>
              <section className="hits">
                <p className="muted" data-testid="total">
                  {r.totalExact === false ? `${t('about')} ` : ''}
                  {r.total.toLocaleString()} {t('results')}
                  {r.facetsSample ? ` · ${t('facetsSample').replace('{n}', r.facetsSample.toLocaleString())}` : ''}
                </p>
                {!hits.length && <p>{t('noResults')}</p>}
                <ol className="hit-list">
                  {hits.map((h) => (
                    <Hit key={h.doc.id} h={h} />
                  ))}
                </ol>
                {cursor && (
                  <button type="button" onClick={() => void loadMore(r)}>
                    {t('loadMore')}
                  </button>
                )}
              </section>
            </div>
          );
        }}
      </LoadState>
    </div>
  );
}

function Hit({ h }: { h: SearchHit }) {
  const { t, lang } = useI18n();
  const d = h.doc;
  return (
    <li className="hit">
      <a className="hit-title" href={href(`doc/${d.id}`)}>
        {d.title || d.source}
      </a>
      <div className="meta small">
        {d.outlet && <span>{d.outlet}</span>}
        <span>{d.published.date ? fmtDate(d.published.date, lang) : t('undated')}</span>
        {d.clusterSize > 1 && d.clusterId && (
          <a href={href('search', { cluster: d.clusterId })}>
            {d.clusterSize} {t('copies')} ({t('cluster')})
          </a>
        )}
        {d.spun >= 0.5 && <span className="badge warn">{t('spun')}</span>}
      </div>
      <p className="snippet">
        <Marked text={h.snippet} ranges={h.highlights} />
      </p>
    </li>
  );
}

function Facet({
  title,
  items,
  onPick,
  entity,
  indicator,
  eventType,
}: {
  title: Key;
  items: FacetCount[];
  onPick: (v: string) => void;
  entity?: boolean;
  indicator?: boolean;
  eventType?: boolean;
}) {
  const i = useI18n();
  const labels = useLabels();
  if (!items.length) return null;
  const label = (f: FacetCount) =>
    entity
      ? f.label && !/^[A-Z]{2}$/.test(f.value)
        ? f.label
        : entityName(f.value, i.lang)
      : indicator
        ? labels.indicator(f.value)
        : eventType
          ? i.eventType(f.value)
          : (f.label ?? f.value);
  return (
    <div className="facet">
      <h3>{i.t(title)}</h3>
      <ul>
        {items.map((f) => (
          <li key={f.value}>
            <button type="button" className="link" onClick={() => onPick(f.value)}>
              {label(f)}
            </button>{' '}
            <span className="count">{f.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
