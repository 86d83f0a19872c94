// The frame: navigation, language switch and reviewer sign-in.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useAuth } from '../auth.tsx';
import { useI18n } from '../i18n.tsx';
import { href } from '../router.ts';

const NAV = [
  ['search', 'navSearch'],
  ['indicators', 'navIndicators'],
  ['conflicts', 'navConflicts'],
  ['countries', 'navCountries'],
  ['events', 'navEvents'],
  ['report', 'navReport'],
] as const;

export function Layout({ current, children }: { current: string; children: ReactNode }) {
  const i = useI18n();
  const { t } = i;
  return (
    <div className="app">
      <header className="top">
        <a className="brand" href={href('search')}>
          doingoai <span className="muted small">{t('appName')}</span>
        </a>
        <nav>
          {NAV.map(([path, key]) => (
            <a key={path} href={href(path)} className={current === path ? 'active' : undefined}>
              {t(key)}
            </a>
          ))}
          <a href="/api/docs" target="_blank" rel="noreferrer">
            {t('navApi')}
          </a>
        </nav>
        <div className="tools">
          <button type="button" className="link" data-testid="lang" onClick={() => i.setLang(i.lang === 'vi' ? 'en' : 'vi')}>
            {t('switchLang')}
          </button>
          <SignIn />
        </div>
      </header>
      <main>{children}</main>
    </div>
  );
}

function SignIn() {
  const { t } = useI18n();
  const { name, signIn, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const [token, setTokenText] = useState('');
  const [bad, setBad] = useState(false);
  if (name)
    return (
      <span className="signed-in" data-testid="signed-in">
        {t('signedInAs')}: <b>{name}</b>{' '}
        <button type="button" className="link" onClick={signOut}>
          {t('signOut')}
        </button>
      </span>
    );
  if (!open)
    return (
      <button type="button" className="link" data-testid="sign-in" onClick={() => setOpen(true)}>
        {t('signIn')}
      </button>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await signIn(token);
    setBad(!ok);
    if (ok) {
      setOpen(false);
      setTokenText('');
    }
  };
  return (
    <form className="signin" onSubmit={submit}>
      <input
        type="password"
        autoComplete="off"
        required
        placeholder={t('tokenLabel')}
        aria-label={t('tokenLabel')}
        value={token}
        onChange={(e) => setTokenText(e.target.value)}
      />
      <button type="submit">{t('tokenSave')}</button>
      <button type="button" className="link" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
      {bad && <span className="error small">{t('tokenBad')}</span>}
    </form>
  );
}
