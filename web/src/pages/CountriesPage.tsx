// Countries and organisations with their document counts; each opens its page.
import { useState } from 'react';
import { api } from '../api.ts';
import { LoadState } from '../components/common.tsx';
import { entityName } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { href } from '../router.ts';

export function CountriesPage() {
  const { t, lang } = useI18n();
  const [type, setType] = useState<'country' | 'org' | 'person'>('country');
  const [q, setQ] = useState('');
  const l = useLoad(() => api.entities({ type, q: q.trim() || undefined, limit: 500 }), [type, q]);
  return (
    <div className="countries">
      <h1>{t('countriesTitle')}</h1>
      <p className="toolbar">
        {(['country', 'org', 'person'] as const).map((k) => (
          <button key={k} type="button" className={type === k ? 'tab active' : 'tab'} onClick={() => setType(k)}>
            {t(k === 'country' ? 'typeCountry' : k === 'org' ? 'typeOrg' : 'typePerson')}
          </button>
        ))}
        <input
          type="search"
          placeholder={t('filterEntities')}
          aria-label={t('filterEntities')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </p>
      <LoadState l={l}>
        {(p) => (
          <ul className="entity-grid">
            {p.items.map((e) => (
              <li key={e.id}>
                <a href={href(`entity/${encodeURIComponent(e.id)}`)}>{e.type === 'country' ? entityName(e.id, lang) : e.name}</a>
                <span className="muted small">
                  {' '}
                  {e.documentCount} {t('documents')} · {e.mentionCount} {t('mentions')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </LoadState>
    </div>
  );
}
