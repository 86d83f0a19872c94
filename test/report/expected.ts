// The 2021 figures of the five samples (../shared/eval/seeds.gold.json, claims with an indicator), as the report
// must print them: value with its qualifier, the date, and the sample file it comes from.
export interface ExpectedFigure {
  indicator: string;
  /** Value as printed, qualifier included ("trên 151 triệu"). */
  value: string;
  /** Date as printed; null where the sample gives none and the date is inferred (then any date is accepted). */
  date: string | null;
  /** Sample file name prefix. */
  source: string;
}

export const FIGURES_2021: ExpectedFigure[] = [
  { indicator: 'diplomatic_relations.countries', value: '189', date: null, source: '000_' },
  { indicator: 'trade.partners', value: '224', date: null, source: '000_' },
  { indicator: 'organizations.cooperating', value: 'trên 500', date: null, source: '000_' },
  { indicator: 'agreements.bilateral_trade', value: 'trên 90', date: null, source: '000_' },
  { indicator: 'agreements.investment', value: 'gần 60', date: null, source: '000_' },
  { indicator: 'fta.count', value: '17', date: null, source: '000_' },
  { indicator: 'trade.total', value: 'trên 660 tỉ USD', date: 'năm 2021 (dự báo)', source: '000_' },
  { indicator: 'local_agreements.count', value: 'trên 200', date: 'giai đoạn 2019–2021', source: '000_' },
  { indicator: 'vaccine.doses_received', value: 'trên 156 triệu', date: 'giai đoạn 1/3/2021–7/12/2021', source: '000_' },
  { indicator: 'partnerships.strategic_comprehensive.new', value: '6', date: 'giai đoạn 2016–2021', source: '001_' },
  { indicator: 'partnerships.strategic_comprehensive', value: '30', date: 'tính đến 14/12/2021', source: '001_' },
  { indicator: 'party_relations.parties', value: '247', date: null, source: '001_' },
  { indicator: 'party_relations.countries', value: '111', date: null, source: '001_' },
  { indicator: 'parliament_relations.countries', value: 'trên 140', date: null, source: '001_' },
  { indicator: 'vaccine.doses_received', value: 'trên 151 triệu', date: 'tính đến 14/12/2021', source: '001_' },
  { indicator: 'aid.recipients', value: 'trên 50', date: null, source: '001_' },
  { indicator: 'treaties.multilateral', value: 'trên 80', date: null, source: '001_' },
  { indicator: 'organizations.member', value: 'trên 70', date: null, source: '001_' },
  { indicator: 'local_agreements.count', value: 'trên 420', date: null, source: '001_' },
  { indicator: 'trade.partners', value: '224', date: null, source: '001_' },
  { indicator: 'market_economy.recognitions', value: '71', date: null, source: '001_' },
  { indicator: 'fta.count', value: '15', date: null, source: '001_' },
  { indicator: 'trade.total', value: 'trên 600 tỉ USD', date: 'năm 2021', source: '001_' },
  { indicator: 'fdi.cumulative', value: 'khoảng 400 tỉ USD', date: 'tính đến 14/12/2021', source: '001_' },
  { indicator: 'ngo_aid.amount', value: '2,85 tỉ USD', date: 'giai đoạn 2011–2021', source: '001_' },
  { indicator: 'unesco.titles', value: '44', date: null, source: '001_' },
  { indicator: 'unesco.titles.new', value: '11', date: 'giai đoạn 2016–2021', source: '001_' },
  { indicator: 'citizen_protection.citizens', value: 'trên 50.000', date: 'giai đoạn 2016–2021', source: '001_' },
  { indicator: 'citizen_protection.cases', value: 'trên 600 vụ việc', date: null, source: '001_' },
  { indicator: 'citizen_protection.flights', value: 'trên 700', date: null, source: '001_' },
  { indicator: 'citizen_protection.repatriated', value: 'trên 200.000', date: null, source: '001_' },
  { indicator: 'vaccine.doses_target', value: '150 triệu', date: 'năm 2021 (mục tiêu)', source: '002_' },
  { indicator: 'vaccine.doses_received', value: 'trên 192 triệu', date: 'tính đến 31/12/2021', source: '002_' },
  { indicator: 'phone_calls.high_level', value: '35', date: 'giai đoạn 1/1/2021–30/6/2021', source: '003_' },
];

/** Figures from other years that a 2021 report must leave out. */
export const NOT_2021 = [
  { indicator: 'trade.total', value: 'trên 545 tỉ USD' },
  { indicator: 'trade.total', value: 'gần 700 tỉ USD' },
  { indicator: 'visits.outgoing', value: '22' },
  { indicator: 'visits.incoming', value: '28' },
];
