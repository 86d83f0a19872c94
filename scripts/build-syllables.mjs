// Derives the Vietnamese syllable set and the two-syllable word set from @vntk/dictionary's Viet74K word list
// and writes data/generated/syllables.json (gitignored). Run by `npm install` / `npm ci` through "prepare".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'generated', 'syllables.json');

// Old-style tone placement (hoà, thuỷ) ↔ new style (hòa, thủy): both spellings occur in the news, so both are kept.
const OLD_TO_NEW = JSON.parse(readFileSync(join(root, 'data', 'text', 'tone-style.json'), 'utf8')).oldToNew;
const NEW_TO_OLD = Object.fromEntries(Object.entries(OLD_TO_NEW).map(([o, n]) => [n, o]));
const OLD_RE = new RegExp(`(${Object.keys(OLD_TO_NEW).join('|')})$`);
const NEW_RE = new RegExp(`(${Object.keys(NEW_TO_OLD).join('|')})$`);

// A syllable is onset + vowel nucleus + coda; the shape test keeps loanword fragments ("a-ba-giua" → "ba") but
// drops lone consonants and Latin debris that would let the splitter cut anywhere.
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const VOWELS = '[aăâeêioôơuưy]';
const CODA = '(?:ch|nh|ng|c|m|n|p|t)?';
const SHAPE = new RegExp(`^${ONSET}${VOWELS}{1,3}${CODA}$`);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

function isSyllableShape(s) {
  const bare = s.normalize('NFD').replace(TONES, '').normalize('NFC');
  if (!SHAPE.test(bare)) return false;
  // At most one tone mark per syllable.
  return (s.normalize('NFD').match(TONES) ?? []).length <= 1;
}

function bothStyles(s) {
  const out = [s];
  const o = s.match(OLD_RE);
  if (o) out.push(s.slice(0, -o[1].length) + OLD_TO_NEW[o[1]]);
  const n = s.match(NEW_RE);
  if (n) out.push(s.slice(0, -n[1].length) + NEW_TO_OLD[n[1]]);
  return out;
}

export function deriveSyllables(wordList) {
  const syllables = new Set();
  // How many entries use a syllable: a stand-in for how common it is, to break ties ("lớn hơn", not "lớ nhơn").
  const uses = new Map();
  const words2 = new Set();
  // One-token loanwords the dictionary spells without a space ("ôtô", "ximăng"): never to be split.
  const joined = new Set();
  for (const line of wordList.split('\n')) {
    const entry = line.normalize('NFC').trim().toLowerCase();
    if (!entry) continue;
    const parts = entry.split(/[\s-]+/).filter(Boolean);
    if (!parts.every((p) => /^\p{L}+$/u.test(p))) continue;
    const ok = parts.filter(isSyllableShape);
    for (const p of ok) for (const v of bothStyles(p)) uses.set(v, (uses.get(v) ?? 0) + 1);
    if (parts.length === 1 && !ok.length) joined.add(parts[0]);
    for (const p of ok) for (const v of bothStyles(p)) syllables.add(v);
    // Only plain two-syllable entries: longer ones are mostly compounds of these anyway.
    if (parts.length === 2 && ok.length === 2 && /\s/.test(entry)) {
      for (const a of bothStyles(parts[0])) for (const b of bothStyles(parts[1])) words2.add(`${a} ${b}`);
    }
  }
  const sorted = [...syllables].sort();
  return { syllables: sorted, uses: sorted.map((x) => uses.get(x) ?? 1), words2: [...words2].sort(), joined: [...joined].sort() };
}

function main() {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@vntk/dictionary/package.json');
  const list = readFileSync(join(dirname(pkg), 'data', 'Viet74K.txt'), 'utf8');
  const data = deriveSyllables(list);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ source: '@vntk/dictionary Viet74K.txt (MIT)', ...data }));
  console.log(
    `syllables: ${data.syllables.length} syllables, ${data.words2.length} two-syllable words, ${data.joined.length} joined loanwords → ${out}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
