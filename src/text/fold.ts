// Folding for matching only: the article's own words are never rewritten with these.

const TONE_STYLE: Record<string, string> = {
  // Old-style tone placement (hoà, thuỷ) → new style (hòa, thủy) so both spellings match each other.
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const TONE_RE = new RegExp(Object.keys(TONE_STYLE).join('|'), 'g');

/** Lower case, NFC, one tone-mark style; keeps diacritics. Same length as input for BMP text. */
export function foldTone(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(TONE_RE, (m) => TONE_STYLE[m] ?? m);
}

/** Lower case without any diacritics, đ → d: the loosest matching key. */
export function foldAll(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
