import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../claims/index.ts';
import { extractEntities } from '../entities/index.ts';
import { INDICATOR_CORPUS } from './corpus.ts';
import { INDICATORS, PILLARS } from './index.ts';

// The keys the answer files use (../shared/eval/INDICATORS.md); the taxonomy must hold each of them.
const REQUIRED = [
  'trade.total',
  'trade.export',
  'trade.import',
  'trade.bilateral',
  'trade.surplus',
  'trade.partners',
  'exports.items_over_1bn',
  'fdi.registered',
  'fdi.disbursed',
  'fdi.cumulative',
  'fdi.growth',
  'fdi.projects',
  'oda.amount',
  'ngo_aid.amount',
  'diplomatic_relations.countries',
  'partnerships.strategic_comprehensive',
  'partnerships.strategic_comprehensive.new',
  'fta.count',
  'agreements.bilateral_trade',
  'agreements.investment',
  'agreements.signed',
  'treaties.multilateral',
  'organizations.member',
  'organizations.cooperating',
  'market_economy.recognitions',
  'party_relations.parties',
  'party_relations.countries',
  'parliament_relations.countries',
  'local_agreements.count',
  'vaccine.doses_received',
  'vaccine.doses_target',
  'aid.recipients',
  'citizen_protection.citizens',
  'citizen_protection.cases',
  'citizen_protection.flights',
  'citizen_protection.repatriated',
  'unesco.titles',
  'unesco.titles.new',
  'visits.outgoing',
  'visits.incoming',
  'phone_calls.high_level',
  'tourism.arrivals',
  'remittances.amount',
  'gdp.growth',
];

test('taxonomy holds every required key, each in a pillar with Vietnamese and English labels', () => {
  const keys = new Set(INDICATORS.map((d) => d.key));
  for (const k of REQUIRED) assert.ok(keys.has(k), k);
  assert.equal(keys.size, INDICATORS.length, 'duplicate keys');
  for (const d of INDICATORS) {
    assert.ok(PILLARS[d.pillar], d.key);
    assert.ok(d.label.vi && d.label.en, d.key);
  }
  assert.equal(Object.keys(PILLARS).length, 10);
  for (const p of Object.keys(PILLARS))
    assert.ok(
      INDICATORS.some((d) => d.pillar === p),
      `pillar without keys: ${p}`,
    );
});

test('indicator corpus: each figure gets its key, or none when nothing fits', () => {
  assert.ok(INDICATOR_CORPUS.length >= 40);
  for (const ex of INDICATOR_CORPUS) {
    const c = extractClaims(ex.text, { published: '2024-01-15' }, extractEntities(ex.text)).find(
      (x) => x.value === ex.value && x.unit === ex.unit,
    );
    assert.ok(c, `${ex.text}: no claim ${ex.value} ${ex.unit}`);
    assert.equal(c.indicator ?? null, ex.key, ex.text);
    if (ex.subject !== undefined) assert.equal(c.subject ?? null, ex.subject, `${ex.text} (subject)`);
  }
});
