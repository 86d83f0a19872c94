import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractEntities } from '../../../src/extract/entities/index.ts';
import { isVietSyllable } from '../../../src/extract/entities/shape.ts';
import { Interner } from '../../../src/extract/entities/intern.ts';
import { countTokens, tokenize } from '../../../src/extract/entities/tokens.ts';
import { codeUnits } from '../../../src/extract/entities/units.ts';

const byId = (text: string) => new Map(extractEntities(text).map((e) => [`${e.type}:${e.id}`, e]));

describe('tokens', () => {
  it('splits on syllables and records the gap', () => {
    const t = tokenize('Việt Nam-EU, Cam-pu-chia – Lào');
    assert.deepEqual(
      t.map((x) => x.text),
      ['Việt', 'Nam', 'EU', 'Cam', 'pu', 'chia', 'Lào'],
    );
    assert.deepEqual(
      t.map((x) => x.gap),
      ['start', 'space', 'hyphen', 'punct', 'hyphen', 'hyphen', 'dash'],
    );
    assert.equal(t[2].upper, true);
    assert.equal(t[0].cap, true);
    assert.equal(t[4].cap, false);
  });
  it('shares one word per spelling and one key id per folded key', () => {
    const [a, b, c] = tokenize('Hoà hoà Hòa');
    assert.equal(a.word, tokenize('Hoà')[0].word);
    assert.notEqual(a.word, b.word);
    assert.equal(a.keyId, b.keyId);
    assert.equal(a.keyId, c.keyId);
    assert.ok(a.cap && !b.cap);
  });
  it('counts tokens without building them', () => {
    for (const s of ['', ' ', 'Việt Nam-EU, Cam-pu-chia – Lào', '(Ảnh: VGP/Nhật Bắc)', 'Jr.', '2024'])
      assert.equal(countTokens(s), tokenize(s).length, s);
  });
  it('returns every token, with no holes, however many the length suggested', () => {
    for (const s of ['a b c d e f g h i j', `${' '.repeat(40)}x${'.'.repeat(40)}`, 'x'.repeat(50)]) {
      const t = tokenize(s);
      assert.equal(t.length, countTokens(s), s);
      assert.ok(Object.keys(t).length === t.length && t.every((x) => x.end > x.start), s);
    }
  });
  it('folds Σ as the whole text folds it', () => {
    const t = tokenize('ΟΔΟΣ.ΑΒ ΟΔΟΣ');
    assert.deepEqual(
      t.map((x) => x.key),
      'ΟΔΟΣ.ΑΒ ΟΔΟΣ'.toLowerCase().split(/[. ]/),
    );
  });
  it('folds tone style in keys but keeps the text', () => {
    const [a, b] = tokenize('Thuỷ thủy');
    assert.equal(a.key, b.key);
    assert.equal(a.text, 'Thuỷ');
  });
});

describe('interner', () => {
  it('finds a stretch of any string by its characters, building each value once', () => {
    let built = 0;
    const table = new Interner((text) => ({ text, n: built++ }), 3);
    const at = (s: string, start: number, end: number) => table.at(s, codeUnits(s), start, end);
    const a = at('xx Putin yy', 3, 8);
    assert.equal(a.text, 'Putin');
    assert.equal(at('Putin', 0, 5), a);
    assert.equal(at('', 0, 0).text, '');
    assert.equal(at('', 0, 0), at('a', 1, 1));
    assert.notEqual(at('Putín', 0, 5), a);
    assert.equal(built, 3);
    // Beyond its capacity the table still answers, with a fresh value.
    const d = at('Biden', 0, 5);
    assert.equal(d.text, 'Biden');
    assert.notEqual(at('Biden', 0, 5), d);
  });
  it('grows past its first tables', () => {
    const table = new Interner((text) => text);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}ư`);
    for (const w of words) table.at(w, codeUnits(w), 0, w.length);
    for (const w of words) assert.equal(table.at(`(${w})`, codeUnits(`(${w})`), 1, w.length + 1), w);
  });
});

describe('syllable shape', () => {
  it('tells Vietnamese syllables from foreign words', () => {
    for (const w of ['Trung', 'Nguyễn', 'Gan', 'Kim', 'Long']) assert.ok(isVietSyllable(w), w);
    for (const w of ['Trump', 'Abe', 'Putin', 'Biden', 'Lee']) assert.ok(!isVietSyllable(w), w);
  });
});

describe('mentions', () => {
  it('carry offsets into the text and the surface form', () => {
    const text = 'Hôm nay, Thủ tướng Úc tới Hà Nội. Phía Úc đề nghị.';
    const au = byId(text).get('country:AU');
    assert.ok(au);
    assert.equal(au.mentions.length, 2);
    for (const m of au.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(au.rule, 'country:intl-vi');
  });
  it('one entity per id, all mentions kept', () => {
    const e = byId('Mỹ và Hoa Kỳ là một; Hợp chúng quốc Hoa Kỳ cũng vậy.').get('country:US');
    assert.equal(e?.mentions.length, 3);
  });
});

describe('countries', () => {
  it('match syllables, not substrings', () => {
    assert.deepEqual([...byId('Ngay sau đó, ngày mai, Ngân hàng mở cửa.').keys()], []);
  });
  it('ignore case for multi-syllable names, not for one-syllable ones', () => {
    assert.ok(byId('hàng xuất sang trung quốc tăng').has('country:CN'));
    assert.ok(!byId('cả nhà anh ấy đều khỏe').has('country:GB'));
  });
  it('keep given names out: Đức, Anh, Nga inside a person name', () => {
    const ids = [...byId('Ông Nguyễn Minh Đức, bà Trần Tuấn Anh và chị Lê Phương Nga tham dự.').keys()];
    assert.ok(!ids.includes('country:DE') && !ids.includes('country:GB') && !ids.includes('country:RU'), ids.join());
  });
  it('read Anh as the United Kingdom only in a country context', () => {
    assert.ok(byId('Thủ tướng Anh phát biểu.').has('country:GB'));
    assert.ok(byId('Hàng hóa sang Đức, Anh và Pháp.').has('country:GB'));
    assert.ok(byId('Ngân hàng HSBC (Anh) tài trợ.').has('country:GB'));
    assert.ok(!byId('Anh Nguyễn Văn Nam cho biết thêm.').has('country:GB'));
  });
  it('acronyms are exact', () => {
    assert.ok(byId('Quan hệ VN - TQ').has('country:CN'));
    assert.ok(!byId('vn và tq').has('country:VN'));
  });
});

describe('organisations', () => {
  it('acronyms are case-sensitive and whole', () => {
    assert.ok(byId('Khuyến cáo của WHO').has('org:WHO'));
    assert.ok(!byId('who are you').has('org:WHO'));
    assert.ok(!byId('Tỷ giá EUR tăng').has('org:EU'));
  });
  it('names nest: UNSC and UN', () => {
    const ids = byId('Hội đồng Bảo an Liên Hiệp Quốc họp khẩn.');
    assert.ok(ids.has('org:UNSC') && ids.has('org:UN'));
  });
});

describe('people', () => {
  it('take the fullest name and keep the title beside it', () => {
    const p = byId('Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết. Bộ trưởng Sơn nói thêm.').get('person:Bùi Thanh Sơn');
    assert.equal(p?.title, 'Bộ trưởng Ngoại giao');
    assert.equal(p?.mentions.length, 2);
  });
  it('merge short mentions and initials with the full name', () => {
    const ids = byId('Tổng thống Nga Vladimir Putin tới thăm. Ông Putin phát biểu, Tổng thống V.Putin nói.');
    assert.deepEqual(
      [...ids.keys()].filter((k) => k.startsWith('person:')),
      ['person:Vladimir Putin'],
    );
    assert.equal(ids.get('person:Vladimir Putin')?.mentions.length, 3);
  });
  it('read names after a comma and a title', () => {
    assert.ok(byId('Dự lễ có: Somchai Wongsawat, Chủ tịch Quốc hội Thái Lan.').has('person:Somchai Wongsawat'));
  });
  it('skip photo credits and lone surnames', () => {
    assert.deepEqual([...byId('Ảnh: Nhật Bắc/VGP. Ông Smith không đến.').keys()], []);
  });
  it('skip an organisation named between title and person', () => {
    const ids = [...byId('Giám đốc Tập đoàn Aurora Holdings Peter Black tiếp đoàn.').keys()];
    assert.deepEqual(ids, ['person:Peter Black']);
  });
});

describe('the lexicon files', () => {
  it('have no empty groups and no duplicate ids', () => {
    const dir = new URL('../../../data/lexicon/orgs/', import.meta.url);
    const ids = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const { orgs } = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { orgs: { id: string; vi: string }[] };
      assert.ok(orgs.length > 0, f);
      for (const o of orgs) {
        assert.ok(!ids.has(o.id), `duplicate ${o.id}`);
        assert.ok(o.vi, o.id);
        ids.add(o.id);
      }
    }
  });
});
