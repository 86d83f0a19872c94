import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { controlBytes, decodeBytes } from '../../src/read/decode.ts';
import { detectLegacy, repairUnicode } from '../../src/read/encodings/detect.ts';
import { plausibility } from '../../src/read/encodings/plausible.ts';
import { isVietnameseSyllable } from '../../src/read/encodings/syllable.ts';
import { unicodeToViqr, viqrToUnicode } from '../../src/read/encodings/viqr.ts';
import { encodeVni, unicodeToVni, vniToUnicode } from '../../src/read/encodings/vni.ts';
import { ARTICLE, encode1258, SHORT } from './fixtures/sentences.ts';

function decoded(bytes: Buffer) {
  const r = decodeBytes(bytes);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r as { ok: true; text: string; encoding: string };
}

test('syllable shape accepts Vietnamese syllables and rejects mojibake', () => {
  for (const w of ['nghiêng', 'Việt', 'người', 'khuỷu', 'quốc', 'gì', 'đường', 'ĐẠI', 'thuở', 'hòa', 'hoà'])
    assert.ok(isVietnameseSyllable(w), w);
  for (const w of ['ViÖt', 'Vieät', 'café', 'été', 'ngöôøi', 'xyzé', 'ḿ']) assert.ok(!isVietnameseSyllable(w), w);
});

test('plausibility of real Vietnamese is high, of mojibake low', () => {
  assert.equal(plausibility(ARTICLE).share, 1);
  assert.ok(plausibility(unicodeToVni(ARTICLE)).share < 0.3);
  assert.ok(plausibility(iconv.decode(iconv.encode(ARTICLE, 'tcvn'), 'windows1252')).share < 0.3);
});

test('UTF-8 text is kept as it is, with the BOM stripped', () => {
  assert.deepEqual(decoded(Buffer.from(ARTICLE)), { ok: true, text: ARTICLE, encoding: 'utf-8' });
  assert.equal(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHORT)])).text, SHORT);
  const english = 'The café served crème brûlée; naïve façade, Zürich and São Paulo.';
  assert.deepEqual(decoded(Buffer.from(english)), { ok: true, text: english, encoding: 'utf-8' });
});

test('UTF-16 LE and BE with a BOM, and LE without one', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  assert.deepEqual(decoded(le), { ok: true, text: ARTICLE, encoding: 'utf-16le' });
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]);
  assert.deepEqual(decoded(be), { ok: true, text: ARTICLE, encoding: 'utf-16be' });
  assert.equal(decoded(Buffer.from(SHORT, 'utf16le')).encoding, 'utf-16le');
});

const legacy: [string, (s: string) => Buffer][] = [
  ['tcvn3', (s) => iconv.encode(s, 'tcvn')],
  ['viscii', (s) => iconv.encode(s, 'viscii')],
  ['windows-1258', encode1258],
  ['vni', encodeVni],
];

for (const [name, encode] of legacy) {
  test(`${name} bytes are detected and decoded to the original NFC text`, () => {
    for (const text of [ARTICLE, SHORT]) {
      const bytes = encode(text);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${name} fixture must not be valid UTF-8`);
      const r = decoded(bytes);
      assert.equal(r.encoding, name);
      assert.equal(r.text, text);
      assert.ok(r.text.normalize('NFC') === r.text);
    }
  });
}

test('VNI tables round-trip every Vietnamese letter', () => {
  const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
  const all = letters + letters.toUpperCase();
  assert.equal(vniToUnicode(unicodeToVni(all)), all);
  assert.equal(unicodeToVni('Việt Nam được'), 'Vieät Nam ñöôïc');
});

test('VNI and TCVN3 read as Latin-1 and saved as UTF-8 are repaired', () => {
  const vniMojibake = Buffer.from(unicodeToVni(ARTICLE), 'utf8');
  assert.deepEqual(decoded(vniMojibake), { ok: true, text: ARTICLE, encoding: 'vni' });
  const tcvnMojibake = Buffer.from(iconv.decode(iconv.encode(ARTICLE, 'tcvn'), 'windows1252'), 'utf8');
  assert.deepEqual(decoded(tcvnMojibake), { ok: true, text: ARTICLE, encoding: 'tcvn3' });
});

test('VIQR: encoder and decoder round-trip; hand-written VIQR is recognised', () => {
  // SHORT is left out: "nghị Ngoại" is VIQR's own ambiguity (a dot before a capital reads as a full stop).
  for (const text of [ARTICLE, 'Giá (a+b) là 5^2? Địa chỉ: a\\b. Ừ.']) assert.equal(viqrToUnicode(unicodeToViqr(text)), text);
  assert.equal(viqrToUnicode(unicodeToViqr(SHORT)), SHORT.replace('nghị', 'nghi.'));
  assert.deepEqual(decoded(Buffer.from(unicodeToViqr(ARTICLE))), { ok: true, text: ARTICLE, encoding: 'viqr' });
  const hand =
    "Vie^.t Nam la` mo^.t nu+o+'c o+? DDo^ng Nam A'. Ha` No^.i la` thu? ddo^ cu?a Vie^.t Nam. Bo^. Ngoa.i giao ho^m nay ho.p ba'o.";
  assert.deepEqual(decoded(Buffer.from(hand)), {
    ok: true,
    text: 'Việt Nam là một nước ở Đông Nam Á. Hà Nội là thủ đô của Việt Nam. Bộ Ngoại giao hôm nay họp báo.',
    encoding: 'viqr',
  });
});

test('ordinary ASCII with stray carets or apostrophes is not taken for VIQR', () => {
  const text = "x^2 + y^2 = r^2. Don't panic: it's the user's choice (see a+b). Here is the e.g. case.";
  assert.equal(repairUnicode(text), null);
  assert.equal(repairUnicode(ARTICLE), null);
  assert.equal(repairUnicode('Größere Übungen für Äpfel, Öl und Süßigkeiten: Straße, Mädchen, Brücke, Zürich.'), null);
});

test('invalid UTF-8 that no Vietnamese decoder explains is refused', () => {
  const latin1French = iconv.encode("L'été à Paris: où est la gare? Très élégant, déjà vu, naïveté, garçon.", 'latin1');
  const r = decodeBytes(latin1French);
  assert.deepEqual(r, { ok: false, reason: 'invalid UTF-8 and not a recognised Vietnamese encoding' });
  assert.equal(detectLegacy(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])), null);
});

test('binary and empty input are refused with a reason', () => {
  assert.deepEqual(decodeBytes(Buffer.from('abc\0def')), { ok: false, reason: 'binary file (NUL bytes), not text' });
  assert.match(
    (decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) as { reason: string }).reason,
    /binary file \(PNG image\)/,
  );
  assert.deepEqual(decodeBytes(Buffer.alloc(0)), { ok: false, reason: 'empty file' });
  assert.deepEqual(decodeBytes(Buffer.from(' \n\t\r\n ')), { ok: false, reason: 'empty (whitespace only)' });
  assert.match((decodeBytes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 65])) as { reason: string }).reason, /binary/);
});

test('detection is cheap for ordinary UTF-8', () => {
  const big = Buffer.from(`${ARTICLE}\n`.repeat(2000));
  const t = performance.now();
  for (let i = 0; i < 10; i++) decoded(big);
  const msPerMb = (performance.now() - t) / 10 / (big.length / 1e6);
  assert.ok(msPerMb < 50, `${msPerMb.toFixed(1)} ms per MB`);
});

test('controlBytes counts as a plain loop does, at any alignment and length', () => {
  const plain = (b: Uint8Array, n: number) => {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = b[i] as number;
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) count++;
    }
    return count;
  };
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const bytes = new Uint8Array(400);
  for (let t = 0; t < 3000; t++) {
    // Text-like bytes with control bytes and bytes just above 0x20 mixed in.
    for (let i = 0; i < bytes.length; i++) bytes[i] = random() < 0.3 ? Math.floor(random() * 0x24) : Math.floor(random() * 256);
    const offset = Math.floor(random() * 8);
    const b = bytes.subarray(offset, offset + Math.floor(random() * 300));
    const n = Math.floor(random() * (b.length + 1));
    assert.equal(controlBytes(b, n), plain(b, n));
  }
});
