// Indicator labels from /api/taxonomy, loaded once and shared.
import { useEffect, useState } from 'react';
import { api, type Taxonomy } from './api.ts';
import { useI18n } from './i18n.tsx';

let cached: Promise<Taxonomy> | null = null;

export function useLabels(): { indicator: (key: string) => string; pillar: (key: string) => string; taxonomy: Taxonomy | null } {
  const { lang } = useI18n();
  const [tax, setTax] = useState<Taxonomy | null>(null);
  useEffect(() => {
    cached ??= api.taxonomy().catch((e) => {
      cached = null;
      throw e;
    });
    cached.then(setTax, () => {});
  }, []);
  const byKey = new Map((tax?.indicators ?? []).map((i) => [i.key, i]));
  return {
    taxonomy: tax,
    indicator: (key) => byKey.get(key)?.label[lang] ?? key,
    pillar: (key) => tax?.pillars[key]?.[lang] ?? key,
  };
}
