// Sentence spans over cleaned text; claims and events quote the sentence they came from.

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … or a line break, unless the dot sits inside a number ("1.200", "28.6") or an abbreviation.
const BOUNDARY = /([.!?…]+["”’)]?)(\s+)(?=[A-ZÀ-ỸĐ"“(0-9])|\n+/gu;

// Time, claims and events each ask for the same document's sentences: remember the last answer (callers get a copy).
let lastText: string | null = null;
let lastSpans: Span[] = [];

export function sentenceSpans(text: string): Span[] {
  if (text !== lastText) {
    lastSpans = computeSpans(text);
    lastText = text;
  }
  return lastSpans.map((s) => ({ start: s.start, end: s.end }));
}

function computeSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m[1] ? m.index + m[1].length : m.index;
    if (end > start) spans.push(trim(text, start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
