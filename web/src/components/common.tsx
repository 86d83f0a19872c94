// Small shared pieces: loading and error states, highlighted snippets, entity links, status badges.
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { entityName } from '../format.ts';
import type { Loaded } from '../hooks.ts';
import { useI18n } from '../i18n.tsx';
import { href } from '../router.ts';

export function LoadState<T>({ l, children }: { l: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (l.error) {
    const e = l.error;
    if (e instanceof ApiError && e.status === 401) return <p className="error">{t('needToken')}</p>;
    if (e instanceof ApiError && e.status === 404) return <p className="error">{t('notFound')}</p>;
    return (
      <p className="error" role="alert">
        {t('error')}: {e.message}
      </p>
    );
  }
  if (!l.data) return <p className="muted">{t('loading')}</p>;
  return <>{children(l.data)}</>;
}

/** Text with [start, end) ranges marked; every piece is a React text node. */
export function Marked({ text, ranges, className = 'hl' }: { text: string; ranges: Array<[number, number]>; className?: string }) {
  const out: ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  sorted.forEach(([s, e], i) => {
    if (s < at) return;
    if (s > at) out.push(text.slice(at, s));
    out.push(
      <mark key={i} className={className}>
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

export function EntityLink({ id }: { id: string }) {
  const { lang } = useI18n();
  return (
    <a className="entity-link" href={href(`entity/${encodeURIComponent(id)}`)}>
      {entityName(id, lang)}
    </a>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const i = useI18n();
  return <span className={`badge status-${status}`}>{i.status(status)}</span>;
}

export function ReviewBadge({ review }: { review?: { action: string; reviewer: string } | null }) {
  const { t } = useI18n();
  if (!review) return null;
  const label = review.action === 'reject' ? t('rejected') : review.action === 'correct' ? t('corrected') : t('accepted');
  return (
    <span className={`badge review-${review.action}`} title={review.reviewer}>
      {label} · {review.reviewer}
    </span>
  );
}
