// The events corpus: Vietnamese sentences with the entities an entity extractor would give, and the events expected.
// Written for this project in the style of foreign-affairs news; no article's wording is copied.
import type { Entity, EntityType, EventType, Period } from '../../types.ts';
import type { TimeExpr } from '../time/index.ts';

/** An entity named in an example: every occurrence of `surface` in the text becomes a mention. */
export interface EntitySpec {
  surface: string;
  type: EntityType;
  id: string;
  title?: string;
}

export interface ExpectedEvent {
  type: EventType;
  /** For visits [guest, host]; otherwise compared as a set. */
  actors: string[];
  date?: Period;
}

export interface EventExample {
  text: string;
  entities: EntitySpec[];
  /** Dates as the time extractor would mark them: [surface, start, end]. */
  times?: [string, string, string][];
  expect: ExpectedEvent[];
}

export const c = (surface: string, id: string): EntitySpec => ({ surface, type: 'country', id });
export const o = (surface: string, id: string): EntitySpec => ({ surface, type: 'org', id });
export const p = (surface: string, title?: string): EntitySpec => ({ surface, type: 'person', id: surface, title });

const VN = c('Việt Nam', 'VN');

export const EXAMPLES: EventExample[] = [
  // visit
  {
    text: 'Thủ tướng Phạm Quốc Hưng sẽ thăm chính thức Ấn Độ từ ngày 3 đến 5/3/2025 theo lời mời của Thủ tướng nước này.',
    entities: [c('Ấn Độ', 'IN'), p('Phạm Quốc Hưng', 'Thủ tướng')],
    times: [['từ ngày 3 đến 5/3/2025', '2025-03-03', '2025-03-05']],
    expect: [{ type: 'visit', actors: ['VN', 'IN'], date: { start: '2025-03-03', end: '2025-03-05' } }],
  },
  {
    text: 'Tổng thống Indonesia Budi Santoso và Phu nhân đang có chuyến thăm cấp Nhà nước tới Việt Nam.',
    entities: [c('Indonesia', 'ID'), VN, p('Budi Santoso', 'Tổng thống Indonesia')],
    expect: [{ type: 'visit', actors: ['ID', 'VN'] }],
  },
  {
    text: 'Đoàn đại biểu Quốc hội Hungary do Chủ tịch Quốc hội dẫn đầu sang thăm Việt Nam nhân dịp kỷ niệm quan hệ hai nước.',
    entities: [c('Hungary', 'HU'), VN],
    expect: [{ type: 'visit', actors: ['HU', 'VN'] }],
  },
  {
    text: 'Chuyến thăm Hàn Quốc của Chủ tịch nước Đỗ Minh Tâm diễn ra trong bối cảnh quan hệ song phương phát triển mạnh.',
    entities: [c('Hàn Quốc', 'KR'), p('Đỗ Minh Tâm', 'Chủ tịch nước')],
    expect: [{ type: 'visit', actors: ['VN', 'KR'] }],
  },
  {
    text: 'Nhân chuyến thăm Việt Nam của Thủ tướng Australia Mark Dalton, hai bên đã ra Tuyên bố chung.',
    entities: [c('Việt Nam', 'VN'), c('Australia', 'AU'), p('Mark Dalton', 'Thủ tướng Australia')],
    expect: [{ type: 'visit', actors: ['AU', 'VN'] }],
  },
  {
    text: 'Bộ trưởng Ngoại giao Lê Thu Hà đã thăm làm việc tại Cuba và gặp gỡ cộng đồng người Việt tại La Habana.',
    entities: [c('Cuba', 'CU'), p('Lê Thu Hà', 'Bộ trưởng Ngoại giao')],
    expect: [{ type: 'visit', actors: ['VN', 'CU'] }],
  },
  {
    text: 'Chiều 14/9, Phó Chủ tịch nước đến thăm Lào và dự lễ khánh thành công trình hữu nghị.',
    entities: [c('Lào', 'LA')],
    expect: [{ type: 'visit', actors: ['VN', 'LA'] }],
  },
  {
    text: 'Trên đường công du Brazil, đoàn đại biểu cấp cao đã quá cảnh tại Pháp.',
    entities: [c('Brazil', 'BR'), c('Pháp', 'FR')],
    expect: [{ type: 'visit', actors: ['VN', 'BR'] }],
  },
  {
    text: 'Thủ tướng Thái Lan đang thăm Việt Nam. Chiều nay, Thủ tướng Thái Lan thăm Việt Nam đã dự lễ đón chính thức.',
    entities: [c('Thái Lan', 'TH'), VN],
    expect: [{ type: 'visit', actors: ['TH', 'VN'] }],
  },
  {
    text: 'Năm 2019, chuyến thăm chính thức Nhật Bản của Thủ tướng đã mở ra giai đoạn mới; tháng 5/2023, Thủ tướng lại sang thăm Nhật Bản.',
    entities: [c('Nhật Bản', 'JP')],
    times: [
      ['Năm 2019', '2019-01-01', '2019-12-31'],
      ['tháng 5/2023', '2023-05-01', '2023-05-31'],
    ],
    expect: [
      { type: 'visit', actors: ['VN', 'JP'], date: { start: '2019-01-01', end: '2019-12-31' } },
      { type: 'visit', actors: ['VN', 'JP'], date: { start: '2023-05-01', end: '2023-05-31' } },
    ],
  },
  // phone_call
  {
    text: 'Tối 2/4, Thủ tướng Chính phủ đã điện đàm với Thủ tướng Canada về thúc đẩy thương mại song phương.',
    entities: [c('Canada', 'CA')],
    expect: [{ type: 'phone_call', actors: ['VN', 'CA'] }],
  },
  {
    text: 'Bộ trưởng Ngoại giao Việt Nam và Ngoại trưởng Ai Cập đã hội đàm trực tuyến nhằm chuẩn bị cho chuyến thăm sắp tới.',
    entities: [VN, c('Ai Cập', 'EG')],
    expect: [{ type: 'phone_call', actors: ['VN', 'EG'] }],
  },
  {
    text: 'Tổng thống Chile đã gọi điện cho Chủ tịch nước để chúc mừng Việt Nam.',
    entities: [c('Chile', 'CL'), VN],
    expect: [{ type: 'phone_call', actors: ['VN', 'CL'] }],
  },
  // talks
  {
    text: 'Sáng 9/10, tại Phủ Chủ tịch, Chủ tịch nước đã hội đàm với Tổng thống Mông Cổ Batbayar.',
    entities: [c('Mông Cổ', 'MN'), p('Batbayar', 'Tổng thống Mông Cổ')],
    expect: [{ type: 'talks', actors: ['VN', 'MN'] }],
  },
  {
    text: 'Phó Thủ tướng Trần Văn Lợi đã tiếp Đại sứ Italy chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.',
    entities: [c('Italy', 'IT'), VN, p('Trần Văn Lợi', 'Phó Thủ tướng')],
    expect: [{ type: 'talks', actors: ['VN', 'IT'] }],
  },
  {
    text: 'Chủ tịch Quốc hội hội kiến Quốc vương Campuchia tại Hoàng cung ở Phnom Penh.',
    entities: [c('Campuchia', 'KH')],
    expect: [{ type: 'talks', actors: ['VN', 'KH'] }],
  },
  {
    text: 'Bên lề hội nghị, Bộ trưởng đã gặp Tổng Thư ký ASEAN để trao đổi về kế hoạch năm tới.',
    entities: [o('ASEAN', 'ASEAN')],
    expect: [{ type: 'talks', actors: ['VN', 'ASEAN'] }],
  },
  {
    text: 'Cuộc gặp giữa Thủ tướng Ấn Độ và Thủ tướng Nhật Bản diễn ra tại Tokyo.',
    entities: [c('Ấn Độ', 'IN'), c('Nhật Bản', 'JP')],
    expect: [{ type: 'talks', actors: ['IN', 'JP'] }],
  },
  {
    text: 'Trong thời gian ở Hà Nội, đoàn Thượng viện Philippines đã làm việc với Ủy ban Đối ngoại của Quốc hội Việt Nam.',
    entities: [c('Philippines', 'PH'), VN],
    expect: [{ type: 'talks', actors: ['VN', 'PH'] }],
  },
  {
    text: 'Thủ tướng Nguyễn Thành Công tiếp xúc với Thủ tướng Anh Oliver Grant bên lề Hội nghị thượng đỉnh G20.',
    entities: [c('Anh', 'GB'), o('G20', 'G20'), p('Nguyễn Thành Công', 'Thủ tướng'), p('Oliver Grant', 'Thủ tướng Anh')],
    expect: [
      { type: 'talks', actors: ['VN', 'GB'] },
      { type: 'conference', actors: ['VN', 'G20', 'GB'] },
    ],
  },
  {
    text: 'Chủ tịch nước Hoàng Đức Thịnh hội kiến Thủ tướng Nga Ivan Petrov. Cùng ngày, Chủ tịch nước gặp Chủ tịch Duma Quốc gia Nga Pavel Orlov.',
    entities: [
      c('Nga', 'RU'),
      p('Hoàng Đức Thịnh', 'Chủ tịch nước'),
      p('Ivan Petrov', 'Thủ tướng Nga'),
      p('Pavel Orlov', 'Chủ tịch Duma Quốc gia Nga'),
    ],
    expect: [
      { type: 'talks', actors: ['VN', 'RU'] },
      { type: 'talks', actors: ['VN', 'RU'] },
    ],
  },
  {
    text: 'Thủ tướng hội đàm với Thủ tướng Malaysia. Kết thúc hội đàm, hai Thủ tướng đã gặp gỡ báo chí.',
    entities: [c('Malaysia', 'MY')],
    expect: [{ type: 'talks', actors: ['VN', 'MY'] }],
  },
  // agreement_signed
  {
    text: 'Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác quốc phòng giữa Việt Nam và Pakistan.',
    entities: [VN, c('Pakistan', 'PK')],
    expect: [
      { type: 'talks', actors: ['VN', 'PK'] },
      { type: 'agreement_signed', actors: ['VN', 'PK'] },
    ],
  },
  {
    text: 'Hai nhà lãnh đạo đã chứng kiến lễ ký kết 6 văn kiện hợp tác giữa các bộ, ngành của Việt Nam và Kazakhstan.',
    entities: [VN, c('Kazakhstan', 'KZ')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'KZ'] }],
  },
  {
    text: 'Đại diện hai nước đã trao văn kiện về hợp tác lao động giữa Việt Nam và Israel.',
    entities: [VN, c('Israel', 'IL')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'IL'] }],
  },
  {
    text: 'Năm 2008, Việt Nam và Nhật Bản ký Hiệp định Đối tác kinh tế song phương.',
    entities: [VN, c('Nhật Bản', 'JP')],
    times: [['Năm 2008', '2008-01-01', '2008-12-31']],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'JP'], date: { start: '2008-01-01', end: '2008-12-31' } }],
  },
  {
    text: 'Hai bên đã ký Kế hoạch hợp tác giai đoạn 2024-2028 giữa Việt Nam và Lào.',
    entities: [VN, c('Lào', 'LA')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'LA'] }],
  },
  // A meeting's name inside a title names a body: an election to it is no conference.
  {
    text: 'Việt Nam được bầu làm Phó Chủ tịch Đại hội đồng UNESCO khóa 42.',
    entities: [VN, o('UNESCO', 'UNESCO')],
    expect: [{ type: 'elected', actors: ['VN', 'UNESCO'] }],
  },
  // An organisation as the counterpart: after "với" further on, or sharing the subject with Việt Nam; not as a place.
  {
    text: 'Bên lề hội nghị, Bộ trưởng đã ký Biên bản ghi nhớ hợp tác với Đại diện cấp cao EU Josep Borrell.',
    entities: [o('EU', 'EU'), p('Josep Borrell', 'Đại diện cấp cao EU')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'EU'] }],
  },
  {
    text: 'Việt Nam và ASEAN đã ký Biên bản ghi nhớ về hợp tác.',
    entities: [VN, o('ASEAN', 'ASEAN')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'ASEAN'] }],
  },
  {
    text: 'Hai doanh nghiệp đã ký hợp đồng cung cấp thiết bị trong khuôn khổ dự án của ASEAN.',
    entities: [o('ASEAN', 'ASEAN')],
    expect: [],
  },
  // relation_upgrade
  {
    text: 'Việt Nam và Kenya thiết lập quan hệ ngoại giao ngày 21/12/1995.',
    entities: [VN, c('Kenya', 'KE')],
    times: [['ngày 21/12/1995', '1995-12-21', '1995-12-21']],
    expect: [{ type: 'relation_upgrade', actors: ['VN', 'KE'], date: { start: '1995-12-21', end: '1995-12-21' } }],
  },
  {
    text: 'Nhân dịp này, hai bên nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững.',
    entities: [],
    expect: [],
  },
  {
    text: 'Tháng 9/2023, hai nước đã nâng quan hệ Việt Nam - Australia lên Đối tác chiến lược toàn diện.',
    entities: [VN, c('Australia', 'AU')],
    times: [['Tháng 9/2023', '2023-09-01', '2023-09-30']],
    expect: [{ type: 'relation_upgrade', actors: ['VN', 'AU'], date: { start: '2023-09-01', end: '2023-09-30' } }],
  },
  {
    text: 'Thủ tướng hai nước đã ra Tuyên bố chung về việc thiết lập quan hệ Đối tác chiến lược giữa Việt Nam và Malaysia.',
    entities: [VN, c('Malaysia', 'MY')],
    expect: [{ type: 'relation_upgrade', actors: ['VN', 'MY'] }],
  },
  // conference
  {
    text: 'Thủ tướng sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 46 tại Kuala Lumpur, Malaysia.',
    entities: [o('ASEAN', 'ASEAN'), c('Malaysia', 'MY')],
    expect: [{ type: 'conference', actors: ['VN', 'ASEAN', 'MY'] }],
  },
  {
    text: 'Bộ trưởng Công Thương dự Hội nghị Bộ trưởng Kinh tế APEC diễn ra ở Lima.',
    entities: [o('APEC', 'APEC')],
    expect: [{ type: 'conference', actors: ['VN', 'APEC'] }],
  },
  {
    text: 'Diễn đàn Kinh tế Việt Nam - Hà Lan được tổ chức tại Amsterdam với sự tham dự của hơn 300 doanh nghiệp.',
    entities: [VN, c('Hà Lan', 'NL')],
    expect: [{ type: 'conference', actors: ['VN', 'NL'] }],
  },
  {
    text: 'Phó Chủ tịch nước đã tham dự Hội nghị thượng đỉnh về biến đổi khí hậu tại Dubai.',
    entities: [],
    expect: [{ type: 'conference', actors: ['VN'] }],
  },
  {
    text: 'Việt Nam đăng cai Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53. Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 đã thông qua Tuyên bố chung.',
    entities: [VN, o('ASEAN', 'ASEAN')],
    expect: [{ type: 'conference', actors: ['VN', 'ASEAN'] }],
  },
  // elected
  {
    text: 'Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021.',
    entities: [VN, o('Hội đồng Bảo an Liên Hợp Quốc', 'UNSC')],
    expect: [{ type: 'elected', actors: ['VN', 'UNSC'] }],
  },
  {
    text: 'Với số phiếu cao, Việt Nam đã trúng cử vào Hội đồng Nhân quyền Liên Hợp Quốc.',
    entities: [VN, o('Liên Hợp Quốc', 'UN')],
    expect: [{ type: 'elected', actors: ['VN', 'UN'] }],
  },
  // one happening mentioned again
  {
    text: 'Thủ tướng Vũ Thanh Bình lên đường thăm chính thức Hàn Quốc. Trong chuyến thăm Hàn Quốc, Thủ tướng Vũ Thanh Bình sẽ hội đàm với Tổng thống Hàn Quốc Kim Soo-min. Chuyến thăm Hàn Quốc lần này có ý nghĩa quan trọng.',
    entities: [c('Hàn Quốc', 'KR'), p('Vũ Thanh Bình', 'Thủ tướng'), p('Kim Soo-min', 'Tổng thống Hàn Quốc')],
    expect: [
      { type: 'visit', actors: ['VN', 'KR'] },
      { type: 'talks', actors: ['VN', 'KR'] },
    ],
  },
  {
    text: 'Ngày 5/6, Chủ tịch nước hội đàm với Tổng thống Ba Lan. Sau hội đàm, hai nhà lãnh đạo họp báo; cuộc hội đàm diễn ra trong không khí thân tình.',
    entities: [c('Ba Lan', 'PL')],
    times: [['Ngày 5/6', '2024-06-05', '2024-06-05']],
    expect: [{ type: 'talks', actors: ['VN', 'PL'], date: { start: '2024-06-05', end: '2024-06-05' } }],
  },
  {
    text: 'Tổng thống Pháp Louis Marchand đã gặp Thủ tướng Đinh Quang Vinh và hội đàm với Chủ tịch Quốc hội Lê Hồng Phúc.',
    entities: [
      c('Pháp', 'FR'),
      p('Louis Marchand', 'Tổng thống Pháp'),
      p('Đinh Quang Vinh', 'Thủ tướng'),
      p('Lê Hồng Phúc', 'Chủ tịch Quốc hội'),
    ],
    expect: [
      { type: 'talks', actors: ['VN', 'FR'] },
      { type: 'talks', actors: ['VN', 'FR'] },
    ],
  },
  {
    text: 'Chiều 20/11, Thủ tướng tiếp Bộ trưởng Thương mại Mỹ; trước đó, Thủ tướng tiếp Chủ tịch Ngân hàng Thế giới.',
    entities: [c('Mỹ', 'US'), o('Ngân hàng Thế giới', 'WB')],
    expect: [
      { type: 'talks', actors: ['VN', 'US'] },
      { type: 'talks', actors: ['VN', 'WB'] },
    ],
  },
  {
    text: 'Tại các buổi hội kiến với Chủ tịch Quốc hội Hàn Quốc Park Min-ho, Thủ tướng Hàn Quốc Lee Jae-sung, Chủ tịch nước nhấn mạnh quan hệ hai nước.',
    entities: [c('Hàn Quốc', 'KR'), p('Park Min-ho', 'Chủ tịch Quốc hội Hàn Quốc'), p('Lee Jae-sung', 'Thủ tướng Hàn Quốc')],
    expect: [
      { type: 'talks', actors: ['VN', 'KR'] },
      { type: 'talks', actors: ['VN', 'KR'] },
    ],
  },
  {
    text: 'Việt Nam và Na Uy đã ký Hiệp định khuyến khích và bảo hộ đầu tư từ năm 2009.',
    entities: [VN, c('Na Uy', 'NO')],
    times: [['từ năm 2009', '2009-01-01', '2024-12-31']],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'NO'], date: { start: '2009-01-01', end: '2009-12-31' } }],
  },
  {
    text: 'Đoàn đại biểu cấp cao Campuchia sang dự Kỳ họp lần thứ 20 Ủy ban hỗn hợp về hợp tác kinh tế.',
    entities: [c('Campuchia', 'KH')],
    expect: [
      { type: 'visit', actors: ['KH', 'VN'] },
      { type: 'talks', actors: ['VN', 'KH'] },
    ],
  },
  {
    text: 'Trước thềm chuyến thăm chính thức nước này, Thủ tướng đã trả lời phỏng vấn báo chí Singapore. Singapore là đối tác đầu tư lớn của Việt Nam.',
    entities: [c('Singapore', 'SG'), VN],
    expect: [{ type: 'visit', actors: ['VN', 'SG'] }],
  },
  {
    text: 'Việt Nam đã nâng cấp quan hệ với Brazil và Nam Phi lên Đối tác chiến lược trong năm 2024.',
    entities: [VN, c('Brazil', 'BR'), c('Nam Phi', 'ZA')],
    expect: [
      { type: 'relation_upgrade', actors: ['VN', 'BR'] },
      { type: 'relation_upgrade', actors: ['VN', 'ZA'] },
    ],
  },
  {
    text: 'Hai Thứ trưởng Ngoại giao đã trao đổi công hàm về việc mở Tổng Lãnh sự quán Việt Nam tại Osaka, Nhật Bản.',
    entities: [VN, c('Nhật Bản', 'JP')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'JP'] }],
  },
  {
    text: 'Sáng 2/10, Phó Thủ tướng điện đàm với Tổng Thư ký Liên Hợp Quốc về ứng phó thiên tai.',
    entities: [o('Liên Hợp Quốc', 'UN')],
    expect: [{ type: 'phone_call', actors: ['VN', 'UN'] }],
  },
  {
    text: 'Chuyến công du Nam Mỹ lần này đưa Thủ tướng tới Argentina, nơi hai bên ký 4 thỏa thuận hợp tác.',
    entities: [c('Argentina', 'AR')],
    expect: [
      { type: 'visit', actors: ['VN', 'AR'] },
      { type: 'agreement_signed', actors: ['VN', 'AR'] },
    ],
  },
  {
    text: 'Bên lề hội nghị tại Peru, Thủ tướng đã có cuộc gặp song phương với Thủ tướng Nhật Bản và Thủ tướng New Zealand tại Lima, Peru.',
    entities: [c('Nhật Bản', 'JP'), c('New Zealand', 'NZ'), c('Peru', 'PE')],
    expect: [
      { type: 'talks', actors: ['VN', 'JP'] },
      { type: 'talks', actors: ['VN', 'NZ'] },
    ],
  },
  {
    text: 'Trong chuyến thăm, Bộ trưởng Đặng Hoàng Yến đã hội đàm với Ngoại trưởng Ba Lan Adam Nowak và hội kiến Tổng thống Ba Lan Jan Kowal.',
    entities: [
      c('Ba Lan', 'PL'),
      p('Đặng Hoàng Yến', 'Bộ trưởng'),
      p('Adam Nowak', 'Ngoại trưởng Ba Lan'),
      p('Jan Kowal', 'Tổng thống Ba Lan'),
    ],
    expect: [
      { type: 'talks', actors: ['VN', 'PL'] },
      { type: 'talks', actors: ['VN', 'PL'] },
    ],
  },
  {
    text: 'Hội nghị Cấp cao APEC và các hội nghị liên quan đã khai mạc tại Lima ngày 15/11/2024.',
    entities: [o('APEC', 'APEC')],
    times: [['ngày 15/11/2024', '2024-11-15', '2024-11-15']],
    expect: [{ type: 'conference', actors: ['VN', 'APEC'], date: { start: '2024-11-15', end: '2024-11-15' } }],
  },
  {
    text: 'Chủ tịch Quốc hội dự phiên khai mạc Đại hội đồng AIPA lần thứ 45 tại Vientiane, Lào.',
    entities: [o('AIPA', 'AIPA'), c('Lào', 'LA')],
    expect: [{ type: 'conference', actors: ['VN', 'AIPA', 'LA'] }],
  },
  {
    text: 'Thủ tướng tiếp Thị trưởng thành phố Paris của Pháp đang thăm làm việc tại Việt Nam.',
    entities: [c('Pháp', 'FR'), VN],
    expect: [
      { type: 'talks', actors: ['VN', 'FR'] },
      { type: 'visit', actors: ['FR', 'VN'] },
    ],
  },
  {
    text: 'Tại Budapest, Bộ trưởng Ngoại giao cùng Ngoại trưởng Hungary trao đổi về các biện pháp thúc đẩy hợp tác kinh tế.',
    entities: [c('Hungary', 'HU')],
    expect: [{ type: 'talks', actors: ['VN', 'HU'] }],
  },
  {
    text: 'Tại phiên bỏ phiếu ở New York, Việt Nam tái trúng cử vào Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2026-2028.',
    entities: [VN, o('Liên Hợp Quốc', 'UN')],
    expect: [{ type: 'elected', actors: ['VN', 'UN'] }],
  },
  {
    text: 'Ứng cử viên của Việt Nam đã trúng cử thành viên Ủy ban Luật pháp quốc tế với số phiếu cao.',
    entities: [VN],
    expect: [{ type: 'elected', actors: ['VN'] }],
  },
  {
    text: 'Ngày 6/1/2025, Bộ trưởng Ngoại giao đã điện đàm với Ngoại trưởng Anh về chuẩn bị các hoạt động kỷ niệm quan hệ hai nước.',
    entities: [c('Anh', 'GB')],
    times: [['Ngày 6/1/2025', '2025-01-06', '2025-01-06']],
    expect: [{ type: 'phone_call', actors: ['VN', 'GB'], date: { start: '2025-01-06', end: '2025-01-06' } }],
  },
  // Elections abroad: the post names the country whose election it is.
  {
    text: 'Ba năm sau khi bà đắc cử tổng thống Chile, quan hệ với Việt Nam phát triển mạnh.',
    entities: [c('Chile', 'CL'), VN],
    expect: [{ type: 'elected', actors: ['CL'] }],
  },
  {
    text: 'Việt Nam trúng cử vào Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ mới.',
    entities: [VN, o('Liên Hợp Quốc', 'UN')],
    expect: [{ type: 'elected', actors: ['VN', 'UN'] }],
  },
  // A visit written as a noun phrase with its guest and no destination: the guest came here.
  {
    text: 'Trong chuyến thăm chính thức này của Thủ tướng Bangladesh, Việt Nam và Bangladesh đã ký ba văn kiện hợp tác.',
    entities: [c('Bangladesh', 'BD'), VN],
    expect: [
      { type: 'visit', actors: ['BD', 'VN'] },
      { type: 'agreement_signed', actors: ['VN', 'BD'] },
    ],
  },
  // A province or city abroad stands for its country.
  {
    text: 'Phó Thủ tướng Lê Quang Vinh có chuyến công tác đến Quảng Tây để thúc đẩy thương mại biên giới.',
    entities: [p('Lê Quang Vinh', 'Phó Thủ tướng')],
    expect: [{ type: 'visit', actors: ['VN', 'CN'] }],
  },
  // A forum said to be held somewhere is a meeting, even a business one.
  {
    text: 'Diễn đàn Doanh nghiệp Việt Nam - Canada lần thứ hai được tổ chức tại Hà Nội với sự bảo trợ của chính phủ hai nước.',
    entities: [VN, c('Canada', 'CA')],
    expect: [{ type: 'conference', actors: ['VN', 'CA'] }],
  },
  // Members of a group meeting one another; two leaders meeting one another.
  {
    text: 'Các bộ trưởng RCEP đã gặp nhau tại Jakarta để rà soát việc thực thi hiệp định.',
    entities: [o('RCEP', 'RCEP')],
    expect: [{ type: 'conference', actors: ['VN', 'RCEP'] }],
  },
  {
    text: 'Thủ tướng Việt Nam và Thủ tướng Thái Lan đã gặp nhau bên lề hội nghị để bàn về hợp tác lúa gạo.',
    entities: [VN, c('Thái Lan', 'TH')],
    expect: [{ type: 'talks', actors: ['VN', 'TH'] }],
  },
  // A completed signing in the passive voice.
  {
    text: 'Tại lễ khai trương, nhiều thỏa thuận hợp tác giữa doanh nghiệp Việt Nam và Ấn Độ đã được ký kết.',
    entities: [VN, c('Ấn Độ', 'IN')],
    expect: [{ type: 'agreement_signed', actors: ['VN', 'IN'] }],
  },
  // An EU institution takes part as the EU.
  {
    text: 'Thủ tướng Phạm Quốc Hưng hội đàm với Chủ tịch Ủy ban châu Âu tại Brussels.',
    entities: [o('Ủy ban châu Âu', 'EC'), o('Ủy ban châu Âu', 'EU'), p('Phạm Quốc Hưng', 'Thủ tướng')],
    expect: [{ type: 'talks', actors: ['VN', 'EU'] }],
  },
];

/** Sentences that must yield no event at all. */
export const NEGATIVES: { text: string; entities: EntitySpec[] }[] = [
  { text: 'Hai nước cần tăng cường hợp tác trong lĩnh vực giáo dục và y tế.', entities: [] },
  { text: 'Việt Nam tiếp tục thúc đẩy quan hệ hữu nghị với các nước láng giềng.', entities: [VN] },
  { text: 'Cơ quan chức năng tổ chức thăm dò ý kiến người dân về dự án.', entities: [] },
  { text: 'Những ký ức về chiến tranh vẫn còn in đậm trong lòng cựu chiến binh Mỹ.', entities: [c('Mỹ', 'US')] },
  {
    text: 'Đến nay, Việt Nam đã tiếp nhận 156 triệu liều vaccine từ các đối tác, trong đó Nhật Bản hỗ trợ nhiều nhất.',
    entities: [VN, c('Nhật Bản', 'JP')],
  },
  { text: 'Trong năm 2023, lãnh đạo cấp cao đã có 35 cuộc điện đàm và 22 chuyến thăm nước ngoài.', entities: [] },
  {
    text: 'Chủ tịch nước chuyển lời mời Tổng thống Ireland sang thăm Việt Nam vào thời gian thích hợp.',
    entities: [c('Ireland', 'IE'), VN],
  },
  { text: 'Thủ tướng mời Thủ tướng Bỉ sớm thăm Việt Nam và được vui vẻ nhận lời.', entities: [c('Bỉ', 'BE'), VN] },
  { text: 'Hai bên nhất trí tăng cường trao đổi đoàn và tiếp xúc cấp cao với Thụy Điển.', entities: [c('Thụy Điển', 'SE')] },
  { text: 'Doanh nghiệp Việt Nam cần tiếp cận thị trường Hàn Quốc tốt hơn.', entities: [VN, c('Hàn Quốc', 'KR')] },
  { text: 'Hiệp định Thương mại tự do giữa Việt Nam và Israel sẽ được ký kết trong thời gian tới.', entities: [VN, c('Israel', 'IL')] },
  { text: 'Việt Nam đã ký 16 hiệp định thương mại tự do với hơn 60 nền kinh tế.', entities: [VN] },
  { text: 'Năm nay kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.', entities: [VN, c('Nhật Bản', 'JP')] },
  { text: 'Kể từ khi thiết lập quan hệ ngoại giao, hai nước luôn ủng hộ lẫn nhau.', entities: [] },
  { text: 'Doanh nghiệp gặp nhiều khó khăn do thị trường châu Âu suy giảm.', entities: [] },
  {
    text: 'Hai bên phối hợp chặt chẽ tại các diễn đàn đa phương như Liên Hợp Quốc và ASEAN.',
    entities: [o('Liên Hợp Quốc', 'UN'), o('ASEAN', 'ASEAN')],
  },
  { text: 'Nghị quyết 34/NQ-TW về công tác đối ngoại được ký ban hành ngày 9/1/2025.', entities: [] },
  { text: 'Chương trình hội nghị gồm các phiên thảo luận về kinh tế số.', entities: [] },
  { text: 'Bà con kiều bào tới thăm hỏi gia đình thương binh tại Quảng Trị.', entities: [] },
  { text: 'Thủ tướng tiếp tục chỉ đạo các bộ, ngành tháo gỡ khó khăn cho doanh nghiệp Singapore.', entities: [c('Singapore', 'SG')] },
  { text: 'Thủ tướng gặp gỡ cộng đồng người Việt Nam tại Đức.', entities: [VN, c('Đức', 'DE')] },
  { text: 'Phó Thủ tướng chúc mừng bà Sato tái đắc cử Chủ tịch Ủy ban Olympic.', entities: [] },
  {
    text: 'Việt Nam sẵn sàng phối hợp tổ chức các diễn đàn, sự kiện quảng bá hợp tác ASEAN - Ấn Độ.',
    entities: [VN, o('ASEAN', 'ASEAN'), c('Ấn Độ', 'IN')],
  },
  { text: 'Các chuyến thăm cấp cao thời gian qua đã tạo xung lực mới cho quan hệ với Lào.', entities: [c('Lào', 'LA')] },
  {
    text: 'Việt Nam tích cực tham gia các cơ chế như Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương.',
    entities: [VN, o('Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương', 'APEC')],
  },
  { text: 'Đây là lần thứ ba hai Bộ trưởng hội đàm kể từ đầu năm với người đồng cấp Úc.', entities: [c('Úc', 'AU')] },
  { text: 'Việt Nam cùng các nước thành viên trao đổi kinh nghiệm ứng phó biến đổi khí hậu.', entities: [VN] },
  { text: 'Đại hội đồng cổ đông thường niên của công ty đã thông qua kế hoạch kinh doanh.', entities: [] },
  { text: 'Người dân gặp khó khăn khi tiếp cận dịch vụ công tại Mỹ.', entities: [c('Mỹ', 'US')] },
  { text: 'Chủ tịch Ủy ban toàn quốc Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc phát biểu.', entities: [c('Trung Quốc', 'CN')] },
  // A title of someone elected, not an election.
  {
    text: 'Chủ tịch nước gửi điện mừng tới Tổng thống đắc cử Philippines nhân dịp nhậm chức.',
    entities: [c('Philippines', 'PH')],
  },
  // The diaspora meeting a leader is not state talks.
  {
    text: 'Bà con người Việt tại Ba Lan gặp Chủ tịch nước, mong hai nước mở thêm đường bay thẳng.',
    entities: [c('Ba Lan', 'PL')],
  },
  // Congratulating another country on a meeting it hosted is not attending it.
  {
    text: 'Thủ tướng chúc mừng Ai Cập đã tổ chức thành công Hội nghị quốc tế về nước sạch năm ngoái.',
    entities: [c('Ai Cập', 'EG')],
  },
  // Intentions to sign are not signings.
  { text: 'Việt Nam nỗ lực ký kết hiệp định thương mại tự do với Israel.', entities: [VN, c('Israel', 'IL')] },
  { text: 'Hai bên nhất trí hướng tới ký kết hiệp định về lao động với Hàn Quốc.', entities: [c('Hàn Quốc', 'KR')] },
  { text: 'Hai nước mong muốn sớm ký hiệp định thương mại tự do với Ai Cập.', entities: [c('Ai Cập', 'EG')] },
  // Habitual meetings, a person's name that holds a foreign province, a business forum merely mentioned.
  { text: 'Lãnh đạo hai nước thường xuyên gặp nhau tại các hội nghị quốc tế.', entities: [] },
  { text: 'Ông Trần Hải Nam đến thăm các hộ nghèo trong tỉnh.', entities: [p('Trần Hải Nam', 'ông')] },
  { text: 'Qua diễn đàn doanh nghiệp lần này, nhiều nhà đầu tư Đan Mạch quan tâm đến Việt Nam.', entities: [c('Đan Mạch', 'DK'), VN] },
];

/** The entities of an example as an entity extractor would give them. */
export function entitiesOf(text: string, specs: EntitySpec[]): Entity[] {
  const out: Entity[] = [];
  for (const s of specs) {
    const mentions = [];
    for (let at = text.indexOf(s.surface); at >= 0; at = text.indexOf(s.surface, at + s.surface.length)) {
      const end = at + s.surface.length;
      // A shorter name inside a longer one of another entity ("Liên Hợp Quốc" in "Hội đồng Bảo an Liên Hợp Quốc").
      const inside = specs.some(
        (o) =>
          o !== s &&
          o.surface.length > s.surface.length &&
          o.surface.includes(s.surface) &&
          text.slice(Math.max(0, at - o.surface.length), end + o.surface.length).includes(o.surface),
      );
      if (!inside) mentions.push({ start: at, end, text: s.surface });
    }
    out.push({ type: s.type, id: s.id, name: s.surface, title: s.title ?? null, mentions });
  }
  return out;
}

/** Time expressions of an example at their places in the text. */
export function timesOf(text: string, times: [string, string, string][] = []): TimeExpr[] {
  return times.map(([surface, start, end]) => {
    const at = text.indexOf(surface);
    if (at < 0) throw new Error(`time «${surface}» not in «${text}»`);
    return { start: at, end: at + surface.length, text: surface, kind: 'date', period: { start, end }, rule: 'corpus' };
  });
}
