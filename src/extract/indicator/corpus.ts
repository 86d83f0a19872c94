// Indicator corpus: a sentence, the figure in it (value and unit) and the indicator key it must get (null: none fits).

export interface IndicatorExample {
  text: string;
  value: number;
  unit: string;
  key: string | null;
  /** The claim's subject, when the example is about it. */
  subject?: string | null;
}

export const INDICATOR_CORPUS: IndicatorExample[] = [
  // Economic diplomacy
  { text: 'Tổng kim ngạch xuất nhập khẩu cả năm ước đạt 680 tỷ USD.', value: 6.8e11, unit: 'USD', key: 'trade.total' },
  { text: 'Kim ngạch thương mại của nước ta lần đầu vượt 500 tỷ USD.', value: 5e11, unit: 'USD', key: 'trade.total' },
  { text: 'Xuất khẩu hàng hóa đạt 355 tỷ USD.', value: 3.55e11, unit: 'USD', key: 'trade.export' },
  { text: 'Kim ngạch nhập khẩu ở mức 320 tỷ USD.', value: 3.2e11, unit: 'USD', key: 'trade.import' },
  { text: 'Cán cân thương mại xuất siêu 25 tỷ USD.', value: 2.5e10, unit: 'USD', key: 'trade.surplus' },
  { text: 'Thương mại hai chiều giữa hai nước đạt 15 tỷ USD.', value: 1.5e10, unit: 'USD', key: 'trade.bilateral' },
  // A change is no level: a growth key where one exists, else none; a growth target for bilateral trade is its target.
  { text: 'Kim ngạch thương mại song phương tăng 12%.', value: 12, unit: '%', key: null },
  { text: 'Hai bên phấn đấu đưa thương mại hai chiều tăng 15% mỗi năm.', value: 15, unit: '%', key: 'trade.bilateral' },
  // One partner named in the sentence makes plain trade wording bilateral; the whole country's trade stays total.
  {
    text: 'Thêm ba dự án hợp tác với Thái Lan được khởi công, kim ngạch thương mại đạt 21 tỷ USD năm 2023.',
    value: 2.1e10,
    unit: 'USD',
    key: 'trade.bilateral',
    subject: 'VN-TH',
  },
  { text: 'Dù Mỹ áp thuế mới, kim ngạch thương mại của cả nước vẫn đạt 780 tỷ USD.', value: 7.8e11, unit: 'USD', key: 'trade.total' },
  // Flows in one direction with one partner keep their direction, whichever side the partner is on.
  {
    text: 'Năm qua Việt Nam xuất khẩu sang Hàn Quốc 25 tỷ USD và nhập khẩu 55 tỷ USD.',
    value: 2.5e10,
    unit: 'USD',
    key: 'trade.export',
    subject: 'VN-KR',
  },
  {
    text: 'Năm qua Việt Nam xuất khẩu sang Hàn Quốc 25 tỷ USD và nhập khẩu 55 tỷ USD.',
    value: 5.5e10,
    unit: 'USD',
    key: 'trade.import',
    subject: 'VN-KR',
  },
  { text: 'Ấn Độ xuất khẩu sang Việt Nam 6 tỷ USD hàng hóa.', value: 6e9, unit: 'USD', key: 'trade.import' },
  { text: 'Úc nhập khẩu từ Việt Nam 5 tỷ USD mỗi năm.', value: 5e9, unit: 'USD', key: 'trade.export' },
  // Trade among other countries: no key about Việt Nam's trade.
  {
    text: 'Các nước ASEAN là đối tác thương mại lớn của Trung Quốc với kim ngạch thương mại gần 900 tỷ USD.',
    value: 9e11,
    unit: 'USD',
    key: null,
    subject: 'CN',
  },
  { text: 'Thương mại giữa Mỹ và Mexico đạt hơn 800 tỷ USD.', value: 8e11, unit: 'USD', key: null },
  // Investment by Việt Nam abroad is not FDI into Việt Nam.
  {
    text: 'Việt Nam hiện có 25 dự án đầu tư tại Campuchia, với tổng vốn đăng ký 3 tỷ USD.',
    value: 25,
    unit: 'count',
    key: 'outward_investment.projects',
    subject: 'VN-KH',
  },
  {
    text: 'Việt Nam hiện có 25 dự án đầu tư tại Campuchia, với tổng vốn đăng ký 3 tỷ USD.',
    value: 3e9,
    unit: 'USD',
    key: 'outward_investment.capital',
  },
  {
    text: 'Năm 2023, doanh nghiệp Việt Nam đầu tư ra nước ngoài 420 triệu USD.',
    value: 4.2e8,
    unit: 'USD',
    key: 'outward_investment.capital',
  },
  { text: 'Campuchia có 40 dự án đầu tư tại Việt Nam với tổng vốn đăng ký 90 triệu USD.', value: 9e7, unit: 'USD', key: 'fdi.cumulative' },
  {
    text: 'Thu hút FDI đạt 30 tỷ USD, trong khi vốn đầu tư ra nước ngoài đạt 600 triệu USD.',
    value: 6e8,
    unit: 'USD',
    key: 'outward_investment.capital',
  },
  {
    text: 'Thu hút FDI đạt 30 tỷ USD, trong khi vốn đầu tư ra nước ngoài đạt 600 triệu USD.',
    value: 3e10,
    unit: 'USD',
    key: 'fdi.registered',
  },
  {
    text: 'Tổng vốn đầu tư của Việt Nam vào Lào đạt 5,6 tỷ USD.',
    value: 5.6e9,
    unit: 'USD',
    key: 'outward_investment.capital',
    subject: 'VN-LA',
  },
  {
    text: 'Singapore là quốc gia đầu tư lớn nhất vào Việt Nam với tổng số vốn 75 tỷ USD.',
    value: 7.5e10,
    unit: 'USD',
    key: 'fdi.cumulative',
  },
  { text: 'Việt Nam có quan hệ thương mại với hơn 230 thị trường.', value: 230, unit: 'count', key: 'trade.partners' },
  { text: 'Có 35 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.', value: 35, unit: 'count', key: 'exports.items_over_1bn' },
  { text: 'Vốn FDI đăng ký mới đạt 20 tỷ USD.', value: 2e10, unit: 'USD', key: 'fdi.registered' },
  { text: 'Vốn đầu tư trực tiếp nước ngoài giải ngân đạt 23 tỷ USD.', value: 2.3e10, unit: 'USD', key: 'fdi.disbursed' },
  { text: 'Lũy kế vốn FDI đăng ký đạt 470 tỷ USD.', value: 4.7e11, unit: 'USD', key: 'fdi.cumulative' },
  { text: 'Thu hút vốn đầu tư nước ngoài tăng 32%.', value: 32, unit: '%', key: 'fdi.growth' },
  { text: 'Hàn Quốc có 9.000 dự án đầu tư còn hiệu lực tại Việt Nam.', value: 9000, unit: 'count', key: 'fdi.projects' },
  { text: 'Nguồn vốn ODA ký kết đạt 1,2 tỷ USD.', value: 1.2e9, unit: 'USD', key: 'oda.amount' },
  { text: 'Các tổ chức phi chính phủ nước ngoài viện trợ 300 triệu USD.', value: 3e8, unit: 'USD', key: 'ngo_aid.amount' },
  { text: 'Lượng kiều hối chuyển về đạt 16 tỷ USD.', value: 1.6e10, unit: 'USD', key: 'remittances.amount' },
  { text: 'Tăng trưởng kinh tế đạt 5,05%.', value: 5.05, unit: '%', key: 'gdp.growth' },
  { text: 'GDP quý III tăng 5,3%.', value: 5.3, unit: '%', key: 'gdp.growth' },
  {
    text: 'Đã có 72 nước công nhận quy chế kinh tế thị trường của Việt Nam.',
    value: 72,
    unit: 'count',
    key: 'market_economy.recognitions',
  },
  { text: 'Năm qua đón 12,6 triệu lượt khách quốc tế.', value: 12.6e6, unit: 'count', key: 'tourism.arrivals' },
  // Partnerships
  { text: 'Việt Nam có quan hệ ngoại giao với 194 quốc gia.', value: 194, unit: 'count', key: 'diplomatic_relations.countries' },
  {
    text: 'Nước ta đã có quan hệ đối tác chiến lược toàn diện với 8 nước.',
    value: 8,
    unit: 'count',
    key: 'partnerships.strategic_comprehensive',
  },
  {
    text: 'Trong năm, Việt Nam thiết lập thêm 3 quan hệ đối tác chiến lược.',
    value: 3,
    unit: 'count',
    key: 'partnerships.strategic_comprehensive.new',
  },
  // Multilateral
  { text: 'Việt Nam đã ký kết 16 hiệp định thương mại tự do.', value: 16, unit: 'count', key: 'fta.count' },
  { text: 'Có 3 FTA đang trong quá trình đàm phán.', value: 3, unit: 'count', key: 'fta.count' },
  { text: 'Nước ta đã ký 67 hiệp định khuyến khích và bảo hộ đầu tư.', value: 67, unit: 'count', key: 'agreements.investment' },
  { text: 'Hai bên đã ký hơn 20 hiệp định thương mại song phương.', value: 20, unit: 'count', key: 'agreements.bilateral_trade' },
  { text: 'Việt Nam đã tham gia 90 điều ước quốc tế đa phương.', value: 90, unit: 'count', key: 'treaties.multilateral' },
  { text: 'Việt Nam là thành viên của 70 tổ chức quốc tế.', value: 70, unit: 'count', key: 'organizations.member' },
  { text: 'Bộ đã hợp tác với 500 tổ chức quốc tế trong nhiều lĩnh vực.', value: 500, unit: 'count', key: 'organizations.cooperating' },
  // Vaccine diplomacy
  { text: 'Cả nước đã tiếp nhận 200 triệu liều vaccine.', value: 2e8, unit: 'count', key: 'vaccine.doses_received' },
  // Given to Việt Nam is received; given by Việt Nam is given.
  { text: 'Nhật Bản đã tặng Việt Nam khoảng 7,4 triệu liều vaccine.', value: 7.4e6, unit: 'count', key: 'vaccine.doses_received' },
  { text: 'Úc viện trợ cho Việt Nam 7,8 triệu liều vắc-xin.', value: 7.8e6, unit: 'count', key: 'vaccine.doses_received' },
  { text: 'Việt Nam đã trao tặng Lào 100.000 liều vaccine.', value: 1e5, unit: 'count', key: 'vaccine.doses_given' },
  { text: 'Mục tiêu là có đủ 150 triệu liều vắc-xin trong năm.', value: 1.5e8, unit: 'count', key: 'vaccine.doses_target' },
  { text: 'Việt Nam đã hỗ trợ vật tư y tế cho 40 quốc gia.', value: 40, unit: 'count', key: 'aid.recipients' },
  // Party, parliament, people
  { text: 'Đảng Cộng sản Việt Nam có quan hệ với 250 chính đảng.', value: 250, unit: 'count', key: 'party_relations.parties' },
  { text: 'Quốc hội có quan hệ với nghị viện của 140 nước.', value: 140, unit: 'count', key: 'parliament_relations.countries' },
  // Citizen protection
  { text: 'Các cơ quan đại diện đã bảo hộ cho 10.000 công dân.', value: 10000, unit: 'count', key: 'citizen_protection.citizens' },
  { text: 'Ngành đã xử lý 500 vụ việc bảo hộ công dân.', value: 500, unit: 'count', key: 'citizen_protection.cases' },
  { text: 'Bộ đã tổ chức 800 chuyến bay đưa người dân về nước.', value: 800, unit: 'count', key: 'citizen_protection.flights' },
  { text: 'Đã đưa 2.000 công dân từ vùng chiến sự về nước.', value: 2000, unit: 'count', key: 'citizen_protection.repatriated' },
  // Culture and UNESCO
  { text: 'Việt Nam có 60 danh hiệu được UNESCO công nhận.', value: 60, unit: 'count', key: 'unesco.titles' },
  { text: 'UNESCO ghi danh thêm 2 di sản của Việt Nam trong năm.', value: 2, unit: 'count', key: 'unesco.titles.new' },
  // High-level activities
  { text: 'Lãnh đạo chủ chốt đã thực hiện 20 chuyến thăm nước ngoài.', value: 20, unit: 'count', key: 'visits.outgoing' },
  { text: 'Có 25 chuyến thăm của lãnh đạo các nước đến Việt Nam.', value: 25, unit: 'count', key: 'visits.incoming' },
  { text: 'Thủ tướng đã có 15 cuộc điện đàm với lãnh đạo các nước.', value: 15, unit: 'count', key: 'phone_calls.high_level' },
  { text: 'Tại lễ đón, hai bên đã ký kết 12 văn kiện hợp tác.', value: 12, unit: 'count', key: 'agreements.signed' },
  // Local external relations
  {
    text: 'Tỉnh đã thiết lập quan hệ hữu nghị với 30 địa phương của các nước.',
    value: 30,
    unit: 'count',
    key: 'local_partnerships.localities',
  },
  { text: 'Các địa phương đã ký hơn 500 thỏa thuận quốc tế.', value: 500, unit: 'count', key: 'local_agreements.count' },
  // Border and territory
  { text: 'Hai nước đã cắm 1.970 cột mốc trên toàn tuyến biên giới.', value: 1970, unit: 'count', key: 'border.markers' },
  {
    text: 'Việt Nam đã cử hơn 1.000 lượt cán bộ tham gia gìn giữ hòa bình Liên Hợp Quốc.',
    value: 1000,
    unit: 'count',
    key: 'peacekeeping.personnel',
  },
  { text: 'Chiều qua, Thủ tướng có 8 cuộc hội kiến với lãnh đạo các nước.', value: 8, unit: 'count', key: 'meetings.high_level' },
  { text: 'Nước ta hiện có 95 cơ quan đại diện ở nước ngoài.', value: 95, unit: 'count', key: 'missions.abroad' },
  { text: 'Việt Nam đã ủng hộ 300.000 USD cho người dân vùng động đất.', value: 300000, unit: 'USD', key: 'aid.given' },
  {
    text: 'Cộng đồng người Việt Nam ở nước ngoài có khoảng 5 triệu người.',
    value: 5e6,
    unit: 'count',
    key: 'overseas_vietnamese.population',
  },
  {
    text: 'Lực lượng chức năng đã giải cứu 60 công dân bị lừa sang nước ngoài.',
    value: 60,
    unit: 'count',
    key: 'citizen_protection.citizens',
  },
  // Nothing fits: never guess
  { text: 'Hội thảo có 300 đại biểu tham dự.', value: 300, unit: 'count', key: null },
  { text: 'Nhà máy có công suất 1.200 MW.', value: 1200, unit: 'MW', key: null },
  { text: 'Dự án có tổng vốn 2 tỷ USD do tư nhân trong nước góp.', value: 2e9, unit: 'USD', key: null },
  { text: 'Chỉ có 40% doanh nghiệp công bố thông tin.', value: 40, unit: '%', key: null },
  { text: 'Mỹ chiếm 25% GDP toàn cầu.', value: 25, unit: '%', key: null },
  { text: 'Đường sắt dài 400 km nối hai thành phố.', value: 400, unit: 'km', key: null },
  { text: 'Buổi tiệc có 300 khách mời.', value: 300, unit: 'count', key: null },
  { text: 'Nghị quyết được thông qua với 13 phiếu thuận.', value: 13, unit: 'count', key: null },
  { text: 'Doanh số bán lẻ tăng trưởng 9%.', value: 9, unit: '%', key: null },
  { text: 'Có 30 dự án đầu tư công được khởi công.', value: 30, unit: 'count', key: null },
  { text: 'Việt Nam được 180 nước ủng hộ khi ứng cử.', value: 180, unit: 'count', key: null },
  { text: 'Lễ kỷ niệm có 500 đại biểu của 20 nước tham dự.', value: 20, unit: 'count', key: null },
];
