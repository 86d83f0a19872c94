// The document text with claims, entity mentions and events marked over their spans. Spans may nest or overlap: the
// text is cut at every span boundary and each piece carries the kinds that cover it. Everything is a text node.
import type { ReactNode } from 'react';

export interface Span {
  start: number;
  end: number;
  kind: 'claim' | 'entity' | 'event';
  /** Anchor id of the annotation (claim-ID, event-ID, entity-ID). */
  ref: string;
  title: string;
}

export function AnnotatedText({
  text,
  spans,
  active,
  onPick,
}: {
  text: string;
  spans: Span[];
  active: string | null;
  onPick: (ref: string) => void;
}) {
  const cuts = new Set<number>([0, text.length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Spans starting at each cut, so the first piece of a span carries its anchor id.
  const starts = new Map<number, Span[]>();
  for (const s of valid) starts.set(s.start, [...(starts.get(s.start) ?? []), s]);
  const out: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = text.slice(a, b);
    const cover = valid.filter((s) => s.start <= a && s.end >= b);
    if (!cover.length) {
      out.push(piece);
      continue;
    }
    const kinds = new Set(cover.map((s) => s.kind));
    const top = cover.find((s) => s.kind === 'claim') ?? cover.find((s) => s.kind === 'entity') ?? (cover[0] as Span);
    const cls = [...kinds].map((k) => `a-${k}`);
    if (cover.some((s) => s.ref === active)) cls.push('a-active');
    const anchor = (starts.get(a) ?? []).find((s) => s.kind === top.kind) ?? null;
    out.push(
      <span
        key={a}
        id={anchor ? `span-${anchor.ref}` : undefined}
        className={cls.join(' ')}
        title={cover.map((s) => s.title).join('\n')}
        onClick={() => onPick(top.ref)}
      >
        {piece}
      </span>,
    );
  }
  return <div className="doc-text">{out}</div>;
}
