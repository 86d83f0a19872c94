// Accept, reject or correct a claim or event: shown to a signed-in reviewer; the machine's output stays visible beside it.
import { type FormEvent, useState } from 'react';
import { api, type ReviewAction, type ReviewTarget } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useI18n } from '../i18n.tsx';

export function ReviewControls({ target, onDone }: { target: ReviewTarget; onDone: () => void }) {
  const { t } = useI18n();
  const { name } = useAuth();
  const [action, setAction] = useState<ReviewAction>('accept');
  const [reason, setReason] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  if (!name) return <p className="muted small">{t('reviewNeedsSignIn')}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMsg(null);
    try {
      const v = action === 'correct' ? Number(value.replace(/[_\s]/g, '').replace(',', '.')) : null;
      if (action === 'correct' && !Number.isFinite(v)) throw new Error(t('newValue'));
      await api.review(target, action, reason.trim(), v);
      setMsg(t('reviewDone'));
      setReason('');
      setValue('');
      onDone();
    } catch (err) {
      setMsg(`${t('error')}: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="review" onSubmit={submit} data-testid={`review-${target.id}`}>
      <fieldset disabled={busy}>
        {(['accept', 'reject', 'correct'] as const).map((a) => (
          <label key={a} className="radio">
            <input type="radio" name={`action-${target.id}`} value={a} checked={action === a} onChange={() => setAction(a)} />
            {t(a)}
          </label>
        ))}
        {action === 'correct' && (
          <input
            className="value"
            inputMode="decimal"
            required
            placeholder={t('newValue')}
            aria-label={t('newValue')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
        <input
          className="reason"
          required
          maxLength={2000}
          placeholder={t('reason')}
          aria-label={t('reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit">{t('submit')}</button>
      </fieldset>
      {msg && (
        <span className="small" role="status">
          {msg}
        </span>
      )}
    </form>
  );
}
