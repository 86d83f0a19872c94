// One document: its cleaned text with claims, entities and events marked; the lists beside it; the removed parts on a switch.
import { useMemo, useState } from 'react';
import { api, type DocumentDetail } from '../api.ts';
import { AnnotatedText, type Span } from '../components/AnnotatedText.tsx';
import { EntityLink, LoadState, ReviewBadge } from '../components/common.tsx';
import { ReviewControls } from '../components/ReviewControls.tsx';
import { entityName, fmtDate, fmtPeriod, fmtValue, safeHref } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { useLabels } from '../labels.ts';
import { href } from '../router.ts';

export function DocumentPage({ id }: { id: string }) {
  const l = useLoad(() => api.document(id), [id]);
  return <LoadState l={l}>{(d) => <DocumentView d={d} reload={l.reload} />}</LoadState>;
}

function DocumentView({ d, reload }: { d: DocumentDetail; reload: () => void }) {
  const i = useI18n();
  const { t, lang } = i;
  const labels = useLabels();
  const [show, setShow] = useState({ claim: true, entity: true, event: true });
  const [removed, setRemoved] = useState(false);
  const [active, setActive] = useState<string | null>(null);

  const spans = useMemo(() => {
    const out: Span[] = [];
    if (show.event)
      for (const e of d.events)
        out.push({
          start: e.start,
          end: e.end,
          kind: 'event',
          ref: `event-${e.id}`,
          title: `${i.eventType(e.type)}: ${e.actors.join(', ')}`,
        });
    if (show.entity)
      for (const e of d.entities)
        for (const m of e.mentions) out.push({ start: m.start, end: m.end, kind: 'entity', ref: `entity-${e.id}`, title: e.name });
    if (show.claim)
      for (const c of d.claims)
        out.push({ start: c.start, end: c.end, kind: 'claim', ref: `claim-${c.id}`, title: `${fmtValue(c, lang)} · ${c.indicator ?? ''}` });
    return out;
  }, [d, show, lang, i]);

  const pick = (ref: string) => {
    setActive(ref);
    document.getElementById(`item-${ref}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const focus = (ref: string) => {
    setActive(ref);
    document.getElementById(`span-${ref}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const url = safeHref(d.url);

  return (
    <article className="document">
      <h1 data-testid="doc-title">{d.title || d.source}</h1>
      <p className="meta small">
        {d.outlet && <span>{d.outlet}</span>}
        <span>
          {t('published')}: {d.published.date ? fmtDate(d.published.date, lang) : t('undated')} ({i.term(d.published.basis)})
        </span>
        <span>
          {t('source')}:{' '}
          {url ? (
            <a href={url} target="_blank" rel="noreferrer noopener">
              {d.url}
            </a>
          ) : (
            d.source
          )}
        </span>
        {d.clusterSize > 1 && d.clusterId && (
          <a href={href('search', { cluster: d.clusterId })}>
            {d.clusterSize} {t('copies')} ({t('cluster')})
          </a>
        )}
        {d.quality.spun >= 0.5 && <span className="badge warn">{t('spun')}</span>}
        <span className="muted">{t('untrustedNote')}</span>
      </p>
      <div className="toggles">
        {(['claim', 'entity', 'event'] as const).map((k) => (
          <label key={k} className={`toggle a-${k}`}>
            <input type="checkbox" checked={show[k]} onChange={(e) => setShow({ ...show, [k]: e.target.checked })} />
            {t(k === 'claim' ? 'showClaims' : k === 'entity' ? 'showEntities' : 'showEvents')}
          </label>
        ))}
        <label className="toggle">
          <input type="checkbox" data-testid="show-removed" checked={removed} onChange={(e) => setRemoved(e.target.checked)} />
          {t('showRemoved')} ({d.removed.length})
        </label>
      </div>
      <div className="doc-layout">
        <div className="doc-main">
          {removed && (
            <section className="removed" data-testid="removed">
              <h2>{t('removedParts')}</h2>
              {!d.removed.length && <p className="muted">{t('noRemoved')}</p>}
              <ul>
                {d.removed.map((r, n) => (
                  <li key={n}>
                    <span className="badge">{i.removal(r.reason)}</span>
                    {r.rule && <span className="muted small"> {r.rule}</span>}
                    <pre className="removed-text">{r.text}</pre>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <AnnotatedText text={d.text} spans={spans} active={active} onPick={pick} />
        </div>
        <aside className="doc-side">
          <h2>
            {t('claims')} ({d.claims.length})
          </h2>
          <ul className="items">
            {d.claims.map((c) => (
              <li key={c.id} id={`item-claim-${c.id}`} className={active === `claim-${c.id}` ? 'active' : undefined}>
                <button type="button" className="link strong" onClick={() => focus(`claim-${c.id}`)}>
                  {fmtValue(c, lang)}
                </button>{' '}
                {c.counted && <span>{c.counted}</span>} <ReviewBadge review={c.review} />
                <div className="small muted">
                  {c.indicator && <a href={href('indicators', { indicator: c.indicator })}>{labels.indicator(c.indicator)}</a>}
                  {c.subject && <> · {entityName(c.subject, lang)}</>}
                  {c.asOf && (
                    <>
                      {' '}
                      · {t('asOf')} {fmtDate(c.asOf, lang)}
                    </>
                  )}
                  {c.period && <> · {fmtPeriod(c.period, lang)}</>} · {i.term(c.modality)} · {t('rule')}: {c.rule}
                </div>
                <ReviewControls target={{ kind: 'claim', id: c.id }} onDone={reload} />
              </li>
            ))}
          </ul>
          <h2>
            {t('events')} ({d.events.length})
          </h2>
          <ul className="items">
            {d.events.map((e) => (
              <li key={e.id} id={`item-event-${e.id}`} className={active === `event-${e.id}` ? 'active' : undefined}>
                <button type="button" className="link strong" onClick={() => focus(`event-${e.id}`)}>
                  {i.eventType(e.type)}
                </button>{' '}
                {e.actors.map((a, n) => (
                  <span key={a}>
                    {n > 0 && ', '}
                    <EntityLink id={a} />
                  </span>
                ))}{' '}
                <ReviewBadge review={e.review} />
                <div className="small muted">
                  {fmtPeriod(e.date, lang)} {e.place && <>· {e.place}</>} · {t('rule')}: {e.rule}
                </div>
                <ReviewControls target={{ kind: 'event', id: e.id }} onDone={reload} />
              </li>
            ))}
          </ul>
          <h2>
            {t('entities')} ({d.entities.length})
          </h2>
          <ul className="items compact">
            {d.entities.map((e) => (
              <li key={e.id} id={`item-entity-${e.id}`} className={active === `entity-${e.id}` ? 'active' : undefined}>
                <a href={href(`entity/${encodeURIComponent(e.id)}`)}>{e.name}</a>{' '}
                <span className="muted small">
                  {i.term(e.type)}
                  {e.title ? ` · ${e.title}` : ''} · {e.mentions.length}
                </span>
              </li>
            ))}
          </ul>
          {d.versions.length > 1 && (
            <>
              <h2>{t('versions')}</h2>
              <ul className="items compact">
                {d.versions.map((v) => (
                  <li key={v.id}>
                    {v.id === d.id ? <b>{v.id}</b> : <a href={href(`doc/${v.id}`)}>{v.id}</a>}{' '}
                    <span className="muted small">{v.ingestedAt.slice(0, 10)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.duplicates.length > 0 && (
            <>
              <h2>{t('duplicates')}</h2>
              <ul className="items compact">
                {d.duplicates.map((x) => (
                  <li key={x.id}>
                    <a href={href(`doc/${x.id}`)}>{x.title || x.source}</a> <span className="muted small">{x.outlet}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
