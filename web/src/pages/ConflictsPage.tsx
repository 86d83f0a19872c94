// Facts whose claims differ, conflicting first, each with its explanation.
import { api } from '../api.ts';
import { LoadState, StatusBadge } from '../components/common.tsx';
import { entityName, fmtValue } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { useLabels } from '../labels.ts';
import { href } from '../router.ts';

export function ConflictsPage() {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const l = useLoad(() => api.conflicts({ limit: 1000 }), []);
  return (
    <div className="conflicts">
      <h1>{t('conflictsTitle')}</h1>
      <LoadState l={l}>
        {(p) => (
          <>
            {!p.items.length && <p>{t('noConflicts')}</p>}
            <ul className="items">
              {p.items.map((f) => (
                <li key={f.id}>
                  <a href={href(`fact/${f.id}`)}>
                    {labels.indicator(f.indicator)} · {entityName(f.subject, lang)} · {f.year ?? '—'}
                  </a>{' '}
                  <StatusBadge status={f.status} />{' '}
                  <span className="muted small">
                    {f.claims.map((c) => fmtValue(c, lang)).join(' / ')} · {f.sources} {t('sources')}
                  </span>
                  <div className="small">{f.explanation[lang]}</div>
                </li>
              ))}
            </ul>
          </>
        )}
      </LoadState>
    </div>
  );
}
