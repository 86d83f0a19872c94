// A fact: every claim behind it side by side with its sentence and source, the status, the best value and why they differ.
import { api, type Fact, type FactClaim } from '../api.ts';
import { LoadState, Marked, StatusBadge } from '../components/common.tsx';
import { ReviewControls } from '../components/ReviewControls.tsx';
import { entityName, fmtDate, fmtPeriod, fmtValue, safeHref } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { useLabels } from '../labels.ts';
import { href } from '../router.ts';

export function FactPage({ id }: { id: string }) {
  const l = useLoad(() => api.fact(id), [id]);
  return <LoadState l={l}>{(f) => <FactView f={f} reload={l.reload} />}</LoadState>;
}

function FactView({ f, reload }: { f: Fact; reload: () => void }) {
  const { t, lang, term } = useI18n();
  const labels = useLabels();
  return (
    <article className="fact">
      <h1>
        <a href={href('indicators', { indicator: f.indicator })}>{labels.indicator(f.indicator)}</a>
      </h1>
      <p className="meta">
        <span>{f.subject && <a href={href(`entity/${encodeURIComponent(f.subject)}`)}>{entityName(f.subject, lang)}</a>}</span>
        <span>{f.year ?? ''}</span>
        {f.period && <span>{fmtPeriod(f.period, lang)}</span>}
        <span className="muted small">{f.indicator}</span>
      </p>
      <dl className="fact-summary">
        <dt>{t('status')}</dt>
        <dd data-testid="fact-status">
          <StatusBadge status={f.status} />{' '}
          {f.reasons
            .filter((r) => r !== f.status)
            .map((r) => (
              <StatusBadge key={r} status={r} />
            ))}
        </dd>
        <dt>{t('best')}</dt>
        <dd data-testid="fact-best" data-basis={f.best?.basis ?? ''}>
          {f.best ? (
            <>
              <b>{fmtValue({ ...f.best, unit: f.unit }, lang)}</b> <span className="muted small">({term(f.best.basis)})</span>
            </>
          ) : (
            '—'
          )}
        </dd>
        {f.range && (
          <>
            <dt>{t('range')}</dt>
            <dd>
              {fmtValue({ value: f.range.min, unit: f.unit }, lang)} – {fmtValue({ value: f.range.max, unit: f.unit }, lang)}
            </dd>
          </>
        )}
        <dt>{t('sourcesTitle')}</dt>
        <dd data-testid="fact-sources">{f.sources}</dd>
      </dl>
      <section className="explanation">
        <h2>{t('explanation')}</h2>
        <p data-testid="fact-explanation">{f.explanation[lang]}</p>
      </section>
      <h2>
        {t('allClaims')} ({f.claims.length})
      </h2>
      <div className="claims-grid" data-testid="fact-claims">
        {f.claims.map((c) => (
          <ClaimCard key={c.claimId} c={c} best={f.best?.claimId === c.claimId} reload={reload} />
        ))}
      </div>
    </article>
  );
}

function ClaimCard({ c, best, reload }: { c: FactClaim; best: boolean; reload: () => void }) {
  const { t, lang, term } = useI18n();
  const sentence = c.sentence ?? c.text;
  const at = sentence.indexOf(c.text);
  const url = safeHref(c.source.url);
  return (
    <div className={`claim-card${best ? ' best' : ''}`} data-testid="fact-claim">
      <div className="value">
        {fmtValue(c, lang)}
        {c.reviewed && (
          <span className={`badge review-${c.reviewed === 'accepted' ? 'accept' : 'correct'}`}>
            {c.reviewed === 'accepted' ? t('accepted') : t('corrected')}
          </span>
        )}
      </div>
      {c.machineValue != null && (
        <div className="small muted">
          {t('machineValue')}: {fmtValue({ ...c, value: c.machineValue }, lang)}
        </div>
      )}
      <div className="small">
        {[
          c.asOf ? `${t('asOf')} ${fmtDate(c.asOf, lang)}` : null,
          c.period ? fmtPeriod(c.period, lang) : null,
          term(c.modality),
          c.scope.length ? `${t('scope')}: ${c.scope.join(', ')}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <blockquote>
        <Marked text={sentence} ranges={at >= 0 ? [[at, at + c.text.length]] : []} />
      </blockquote>
      <div className="small source">
        <a href={href(`doc/${c.docId}`)} data-testid="claim-source">
          {c.source.title || c.source.source}
        </a>
        <div className="muted">
          {c.source.outlet && <>{c.source.outlet} · </>}
          {c.source.published ? fmtDate(c.source.published, lang) : t('undated')}
          {url && (
            <>
              {' '}
              ·{' '}
              <a href={url} target="_blank" rel="noreferrer noopener">
                URL
              </a>
            </>
          )}
          {c.copies.length > 0 && (
            <>
              {' '}
              · +{c.copies.length} {t('copies')}
            </>
          )}
        </div>
      </div>
      <ReviewControls target={{ kind: 'claim', id: c.claimId }} onDone={reload} />
    </div>
  );
}
