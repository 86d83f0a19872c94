// The events timeline: filter by type, actor and dates; newest first; "load more" pages on.
import { type FormEvent, useEffect, useState } from 'react';
import { api, type StoredEvent } from '../api.ts';
import { EntityLink, LoadState, ReviewBadge } from '../components/common.tsx';
import { fmtPeriod } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { EVENT_TYPE_KEYS, useI18n } from '../i18n.tsx';
import { href, navigate, type Route } from '../router.ts';

export function EventsPage({ route }: { route: Route }) {
  const i = useI18n();
  const { t, lang } = i;
  const params = {
    type: route.query.get('type') ?? '',
    actor: route.query.get('actor') ?? '',
    from: route.query.get('from') ?? '',
    to: route.query.get('to') ?? '',
  };
  const key = JSON.stringify(params);
  const [form, setForm] = useState(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for params
  useEffect(() => setForm(params), [key]);
  const l = useLoad(() => api.events({ ...params, type: params.type || undefined, limit: 100 }), [key]);
  const [more, setMore] = useState<{ items: StoredEvent[]; cursor: string | null } | null>(null);
  useEffect(() => setMore(null), [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href('events', { ...form, actor: form.actor.trim().toUpperCase() }));
  };
  return (
    <div className="events">
      <h1>{t('eventsTitle')}</h1>
      <form className="toolbar" onSubmit={submit}>
        <select aria-label={t('facetEventType')} value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
          <option value="">{t('allTypes')}</option>
          {EVENT_TYPE_KEYS.map((k) => (
            <option key={k} value={k}>
              {i.eventType(k)}
            </option>
          ))}
        </select>
        <input
          placeholder={t('actor')}
          aria-label={t('actor')}
          value={form.actor}
          onChange={(e) => setForm({ ...form, actor: e.target.value })}
        />
        <label className="small">
          {t('from')} <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label className="small">
          {t('to')} <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit">{t('searchButton')}</button>
      </form>
      <LoadState l={l}>
        {(p) => {
          const items = [...p.items, ...(more?.items ?? [])];
          const cursor = more ? more.cursor : p.nextCursor;
          const loadMore = async () => {
            if (!cursor) return;
            const next = await api.events({ ...params, type: params.type || undefined, limit: 100, cursor });
            setMore({ items: [...(more?.items ?? []), ...next.items], cursor: next.nextCursor });
          };
          return (
            <>
              {!items.length && <p>{t('noResults')}</p>}
              <ul className="timeline">
                {items.map((ev) => (
                  <li key={ev.id}>
                    <span className="date">{fmtPeriod(ev.date, lang) || '—'}</span> <b>{i.eventType(ev.type)}</b>{' '}
                    {ev.actors.map((a, n) => (
                      <span key={a}>
                        {n > 0 && ', '}
                        <EntityLink id={a} />
                      </span>
                    ))}
                    {ev.place && <span className="muted"> · {ev.place}</span>} <ReviewBadge review={ev.review} />
                    <div className="small">
                      {ev.text.length > 280 ? `${ev.text.slice(0, 280)}…` : ev.text}{' '}
                      <a href={href(`doc/${ev.docId}`)}>{t('openDocument')}</a>
                    </div>
                  </li>
                ))}
              </ul>
              {cursor && (
                <button type="button" onClick={() => void loadMore()}>
                  {t('loadMore')}
                </button>
              )}
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
