import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXAMPLES, entitiesOf, NEGATIVES, timesOf } from '../../../src/extract/events/corpus.ts';
import { extractEvents, extractEventsWith } from '../../../src/extract/events/index.ts';
import { firstWords } from '../../../src/extract/events/heads.ts';
import { FOREIGN_PLACE_RE, FOREIGN_PLACES, foldPattern, scanTriggers, TRIGGERS } from '../../../src/extract/events/rules.ts';
import { foldTone } from '../../../src/text/fold.ts';
import type { DiplomaticEvent } from '../../../src/types.ts';

// Visits keep [guest, host]; other types compare actors as a set.
function key(e: { type: string; actors: string[] }): string {
  const actors = e.type === 'visit' ? e.actors : [...e.actors].sort();
  return `${e.type}:${actors.join(',')}`;
}

test('the corpus has at least 40 examples and 20 negatives', () => {
  assert.ok(EXAMPLES.length >= 40, `${EXAMPLES.length} examples`);
  assert.ok(NEGATIVES.length >= 20, `${NEGATIVES.length} negatives`);
});

for (const ex of EXAMPLES) {
  test(`corpus: ${ex.text.slice(0, 70)}`, () => {
    const events = extractEventsWith(ex.text, entitiesOf(ex.text, ex.entities), timesOf(ex.text, ex.times));
    assert.deepEqual(events.map(key).sort(), ex.expect.map(key).sort(), JSON.stringify(events, null, 1));
    for (const want of ex.expect.filter((w) => w.date)) {
      const got = events.find((e) => key(e) === key(want) && e.date?.start === want.date?.start);
      assert.deepEqual(got?.date, want.date, `date of ${key(want)}`);
    }
    for (const e of events) checkProvenance(ex.text, e);
  });
}

for (const neg of NEGATIVES) {
  test(`negative: ${neg.text.slice(0, 70)}`, () => {
    const events = extractEventsWith(neg.text, entitiesOf(neg.text, neg.entities), []);
    assert.deepEqual(events, []);
  });
}

function checkProvenance(text: string, e: DiplomaticEvent): void {
  assert.equal(text.slice(e.start, e.end), e.text);
  assert.match(e.rule, /^[a-z_]+\/.+/);
  assert.ok(e.rule.startsWith(`${e.type}/`), e.rule);
}

test('every trigger rule is named after its type and the scan finds each rule name where it is literal', () => {
  for (const t of TRIGGERS) assert.ok(t.rule.startsWith(`${t.type}/`), t.rule);
  const hits = scanTriggers('thủ tướng đã điện đàm với tổng thống; hai bên hội đàm trực tuyến.');
  assert.deepEqual(
    hits.map((h) => h.rule),
    ['phone_call/điện đàm', 'phone_call/hội đàm trực tuyến'],
  );
});

test('firstWords: the words a trigger pattern can open with, or null when the pattern does not say', () => {
  const words = (p: string) => {
    const w = firstWords(p);
    return w && [...w].sort();
  };
  assert.deepEqual(words('(?:đã |cuộc |buổi )?tiếp(?= (?:đoàn|ông)(?![\\p{L}]))'), ['buổi', 'cuộc', 'tiếp', 'đã']);
  assert.deepEqual(words('(?<!(?:các|những) )(?:cuộc|buổi) gặp(?: gỡ)?'), ['buổi', 'cuộc']);
  assert.deepEqual(words('(?:tái )?đắc cử'), ['tái', 'đắc']);
  assert.deepEqual(words('ký(?: kết)?(?= văn kiện)|lễ ký'), ['ký', 'lễ']);
  assert.deepEqual(words('thăm(?= [^\\s])'), ['thăm']);
  assert.deepEqual(words('hội(?:nghị)?'), ['hội', 'hộinghị']);
  for (const p of ['[0-9]+ cuộc', ' với', '(?:a|b)+ c', '\\p{Lu}\\p{L}+ thăm', 'x?', '.{2} gặp']) assert.equal(firstWords(p), null, p);
});

// The scan looks patterns up by their first word; it must find what one alternation of all patterns finds at word starts.
function scanAllAtOnce(folded: string): string[] {
  const order = TRIGGERS.map((_, i) => i).sort((a, b) => (TRIGGERS[b]?.pattern.length ?? 0) - (TRIGGERS[a]?.pattern.length ?? 0));
  const re = new RegExp(`(?:${order.map((i) => `(${TRIGGERS[i]?.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: string[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (/[\\p{L}\\p{N}]/u.test(folded[m.index - 1] ?? '')) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const g = m.findIndex((x, k) => k > 0 && x !== undefined);
    out.push(`${TRIGGERS[order[g - 1] as number]?.rule}@${m.index}-${m.index + m[0].length}`);
  }
  return out;
}

test('the trigger scan finds what one alternation of all trigger patterns finds', () => {
  const texts = [...EXAMPLES, ...NEGATIVES].map((e) => foldTone(e.text));
  texts.push(texts.join(' '), texts.join('').replace(/ /g, '  '), 'thăm\u00adchính thức; 𝐀thăm chính thức; đã thăm𝐀 nga');
  for (const folded of texts) {
    const got = scanTriggers(folded).map((h) => `${h.rule}@${h.start}-${h.end}`);
    assert.deepEqual(got, scanAllAtOnce(folded), folded.slice(0, 80));
  }
});

test('{counterpart} in a trigger pattern is filled from counterparts.txt', () => {
  const tiep = TRIGGERS.find((t) => t.rule === 'talks/tiếp');
  assert.ok(tiep && !tiep.pattern.includes('{counterpart}') && tiep.pattern.includes('đại sứ'));
});

test('patterns are folded like the text: old-style tone marks in data match new-style text', () => {
  assert.equal(foldPattern('thoả thuận|hoà bình'), 'thỏa thuận|hòa bình');
  assert.equal(foldPattern('\\p{Lu}\\d hoà'), '\\p{Lu}\\d hòa');
});

test('a happening told twice in one article is one event; the dated mention fixes its date', () => {
  const text =
    'Thủ tướng Canada sang thăm Việt Nam. Chiều 3/11, Thủ tướng Canada đã đến thăm Việt Nam và dự lễ đón. Chuyến thăm Việt Nam của Thủ tướng Canada thành công.';
  const ents = entitiesOf(text, [
    { surface: 'Canada', type: 'country', id: 'CA' },
    { surface: 'Việt Nam', type: 'country', id: 'VN' },
  ]);
  const events = extractEventsWith(text, ents, timesOf(text, [['Chiều 3/11', '2024-11-03', '2024-11-03']]), '2024-11-04');
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]?.actors, ['CA', 'VN']);
  assert.deepEqual(events[0]?.date, { start: '2024-11-03', end: '2024-11-03' });
});

test('visits with dates that do not overlap stay apart', () => {
  const text = 'Năm 2016, Tổng thống Mỹ sang thăm Việt Nam. Tháng 11/2017, Tổng thống Mỹ lại sang thăm Việt Nam.';
  const ents = entitiesOf(text, [
    { surface: 'Mỹ', type: 'country', id: 'US' },
    { surface: 'Việt Nam', type: 'country', id: 'VN' },
  ]);
  const times = timesOf(text, [
    ['Năm 2016', '2016-01-01', '2016-12-31'],
    ['Tháng 11/2017', '2017-11-01', '2017-11-30'],
  ]);
  assert.equal(extractEventsWith(text, ents, times).length, 2);
});

test('extractEvents keeps its signature and runs without entities', () => {
  assert.deepEqual(extractEvents('Thủ tướng thăm chính thức một nước.', { published: '2024-01-01' }, []), []);
});

test('place: the capitalised name after "tại", never the occasion', () => {
  const us = [{ surface: 'Mỹ', type: 'country' as const, id: 'US' }];
  const white = 'Thủ tướng hội đàm với Tổng thống Mỹ tại Nhà Trắng.';
  assert.equal(extractEventsWith(white, entitiesOf(white, us), [])[0]?.place, 'Nhà Trắng');
  const summit = 'Thủ tướng gặp Tổng thống Mỹ tại Hội nghị thượng đỉnh.';
  assert.equal(extractEventsWith(summit, entitiesOf(summit, us), []).find((e) => e.type === 'talks')?.place, null);
});

test('foreign places: provinces and cities abroad map to their country, matched as written', () => {
  assert.equal(FOREIGN_PLACES.get('Vân Nam'), 'CN');
  for (const id of FOREIGN_PLACES.values()) assert.match(id, /^[A-Z]{2}$/);
  const text = 'Đoàn đại biểu tỉnh Lào Cai sang thăm Vân Nam; ông Trần Hải Nam dự lễ.';
  assert.deepEqual(
    [...text.matchAll(FOREIGN_PLACE_RE)].map((m) => m[0]),
    ['Vân Nam', 'Hải Nam'],
  );
  // "Vân Nam" is the host; "Hải Nam" after a capitalised syllable is part of a person's name, not China.
  assert.deepEqual(
    extractEventsWith(text, [], []).map((e) => `${e.type}:${e.actors.join(',')}`),
    ['visit:VN,CN'],
  );
  const person = 'Ông Trần Hải Nam sang thăm các hộ nghèo.';
  assert.deepEqual(extractEventsWith(person, [], []), []);
});
