// The time corpus: examples with a fixed reference and the expected value, and strings that must yield nothing.
// Written for this project (not taken from the evaluation articles). The test runs every entry.
import type { IsoDate } from '../../types.ts';

export interface TimeExample {
  /** The text; the expression must cover `span` (default: the whole text) exactly, in one parse. */
  text: string;
  span?: string;
  /** The publication date the example is resolved against (null: none). */
  published: IsoDate | null;
  notBefore?: IsoDate | null;
  kind: 'date' | 'period' | 'asOf';
  /** [start, end] of the resolved span; omit to require that none was resolved. */
  period?: [IsoDate, IsoDate];
  asOf?: IsoDate;
  base?: true;
  future?: true;
}

/** December: "năm qua" is this year; "5 năm qua" runs 2016..2021. */
const DEC21 = '2021-12-14';
/** Mid-year: "năm qua" is last year; yearless dates fall before 20 July. */
const JUL23 = '2023-07-20';
const JAN23 = '2023-01-10';
const MAY17 = '2017-05-12';

export const TIME_EXAMPLES: TimeExample[] = [
  // Full dates
  { text: 'ngày 7/12/2021', published: DEC21, kind: 'date', period: ['2021-12-07', '2021-12-07'] },
  { text: '14/12/2021', published: null, kind: 'date', period: ['2021-12-14', '2021-12-14'] },
  { text: '7-12-2021', published: null, kind: 'date', period: ['2021-12-07', '2021-12-07'] },
  { text: 'ngày 07.12.2021', published: null, kind: 'date', period: ['2021-12-07', '2021-12-07'] },
  { text: 'ngày 5 tháng 8 năm 2024', published: null, kind: 'date', period: ['2024-08-05', '2024-08-05'] },
  { text: 'Thứ Hai, ngày 5 tháng 8 năm 2024', published: null, kind: 'date', period: ['2024-08-05', '2024-08-05'] },
  { text: 'PV - 11:05, 14/12/2021', span: '14/12/2021', published: null, kind: 'date', period: ['2021-12-14', '2021-12-14'] },
  // Dates without a year: the latest one not after publication, unless said to be ahead
  { text: 'Lễ ký kết diễn ra 28.6 tại Tokyo', span: '28.6', published: JUL23, kind: 'date', period: ['2023-06-28', '2023-06-28'] },
  { text: 'Hội nghị khai mạc 30/6, tại Hà Nội', span: '30/6', published: JUL23, kind: 'date', period: ['2023-06-30', '2023-06-30'] },
  { text: 'ngày 20/5', published: JUL23, kind: 'date', period: ['2023-05-20', '2023-05-20'] },
  { text: 'ngày 20/12', published: JAN23, kind: 'date', period: ['2022-12-20', '2022-12-20'] },
  { text: 'ngày 20/1 tới', published: JAN23, kind: 'date', period: ['2023-01-20', '2023-01-20'], future: true },
  { text: 'sáng 21', published: JUL23, kind: 'date', period: ['2023-06-21', '2023-06-21'] },
  { text: 'chiều 4-7', published: JUL23, kind: 'date', period: ['2023-07-04', '2023-07-04'] },
  { text: 'tối 12/6', published: JUL23, kind: 'date', period: ['2023-06-12', '2023-06-12'] },
  { text: 'ngày 15 tháng 9', published: JUL23, kind: 'date', period: ['2022-09-15', '2022-09-15'] },
  { text: 'ngày 15-16/6', published: JUL23, kind: 'date', period: ['2023-06-15', '2023-06-16'] },
  { text: 'hai ngày 9 và 10-3', published: JUL23, kind: 'date', period: ['2023-03-09', '2023-03-10'] },
  { text: 'từ ngày 20 đến 22/5/2023', published: null, kind: 'period', period: ['2023-05-20', '2023-05-22'] },
  { text: 'chiều qua (14/3)', published: '2019-03-15', kind: 'date', period: ['2019-03-14', '2019-03-14'] },
  { text: 'hôm qua', published: JUL23, kind: 'date', period: ['2023-07-19', '2023-07-19'] },
  // With no publication date: the first such date from a little before notBefore
  { text: 'ngày 9-5', published: null, notBefore: '2022-09-01', kind: 'date', period: ['2023-05-09', '2023-05-09'] },
  { text: 'ngày 16-11', published: null, notBefore: '2011-01-01', kind: 'date', period: ['2011-11-16', '2011-11-16'] },
  // Against a year alone (1 January), a day or month without its month is unknown, not January's.
  { text: 'Hội đàm diễn ra vào ngày 12 tại Seoul', span: 'ngày 12', published: null, notBefore: '2025-01-01', kind: 'date' },
  { text: 'tháng này', published: null, notBefore: '2025-01-01', kind: 'date' },
  { text: 'tháng này', published: null, notBefore: '2025-08-07', kind: 'date', period: ['2025-08-01', '2025-08-31'] },
  // Months
  { text: 'tháng 3/2021', published: null, kind: 'date', period: ['2021-03-01', '2021-03-31'] },
  { text: 'tháng 3 năm 2021', published: null, kind: 'date', period: ['2021-03-01', '2021-03-31'] },
  { text: 'tháng 10-2018', published: null, kind: 'date', period: ['2018-10-01', '2018-10-31'] },
  { text: 'tháng Ba', published: JUL23, kind: 'date', period: ['2023-03-01', '2023-03-31'] },
  { text: 'tháng Mười Hai năm 2020', published: null, kind: 'date', period: ['2020-12-01', '2020-12-31'] },
  { text: 'Tháng Giêng năm 2022', published: null, kind: 'date', period: ['2022-01-01', '2022-01-31'] },
  { text: 'tháng 12 năm ngoái', published: JUL23, kind: 'date', period: ['2022-12-01', '2022-12-31'] },
  { text: 'tháng 1-2/2023', published: null, kind: 'period', period: ['2023-01-01', '2023-02-28'] },
  { text: 'đầu tháng 3/2022', published: null, kind: 'date', period: ['2022-03-01', '2022-03-10'] },
  // Years, quarters, parts of a year
  { text: 'năm 2021', published: DEC21, kind: 'period', period: ['2021-01-01', '2021-12-31'] },
  { text: 'cả năm 2020', span: 'năm 2020', published: null, kind: 'period', period: ['2020-01-01', '2020-12-31'] },
  { text: '6 tháng đầu năm 2021', published: null, kind: 'period', period: ['2021-01-01', '2021-06-30'] },
  { text: 'sáu tháng đầu năm', published: JUL23, kind: 'period', period: ['2023-01-01', '2023-06-30'] },
  { text: '6 tháng cuối năm 2021', published: null, kind: 'period', period: ['2021-07-01', '2021-12-31'] },
  { text: '9 tháng năm 2022', published: null, kind: 'period', period: ['2022-01-01', '2022-09-30'] },
  { text: 'chín tháng đầu năm nay', published: '2023-10-05', kind: 'period', period: ['2023-01-01', '2023-09-30'] },
  {
    text: 'Chỉ trong 6 tháng, ngành đã',
    span: 'Chỉ trong 6 tháng',
    published: '2021-07-12',
    kind: 'period',
    period: ['2021-01-01', '2021-06-30'],
  },
  {
    text: 'Xuất khẩu tăng mạnh. 9 tháng, cả nước đạt',
    span: '9 tháng',
    published: '2023-10-05',
    kind: 'period',
    period: ['2023-01-01', '2023-09-30'],
  },
  { text: 'quý I/2023', published: null, kind: 'period', period: ['2023-01-01', '2023-03-31'] },
  { text: 'quý 2 năm 2022', published: null, kind: 'period', period: ['2022-04-01', '2022-06-30'] },
  { text: 'quý IV', published: JUL23, kind: 'period', period: ['2022-10-01', '2022-12-31'] },
  { text: 'quý III năm nay', published: '2023-11-02', kind: 'period', period: ['2023-07-01', '2023-09-30'] },
  { text: 'nửa đầu năm 2024', published: null, kind: 'period', period: ['2024-01-01', '2024-06-30'] },
  { text: 'cuối năm 2022', published: null, kind: 'period', period: ['2022-10-01', '2022-12-31'] },
  { text: 'đầu năm nay', published: JUL23, kind: 'period', period: ['2023-01-01', '2023-03-31'] },
  { text: 'năm nay', published: JUL23, kind: 'period', period: ['2023-01-01', '2023-12-31'] },
  { text: 'năm ngoái', published: JUL23, kind: 'period', period: ['2022-01-01', '2022-12-31'] },
  { text: 'sang năm', published: JUL23, kind: 'period', period: ['2024-01-01', '2024-12-31'], future: true },
  { text: 'năm qua', published: DEC21, kind: 'period', period: ['2021-01-01', '2021-12-31'] },
  { text: 'năm vừa qua', published: null, notBefore: '2023-01-01', kind: 'period', period: ['2023-01-01', '2023-12-31'] },
  { text: 'trong năm qua', span: 'năm qua', published: JUL23, kind: 'period', period: ['2022-01-01', '2022-12-31'] },
  { text: 'năm tài khóa 2019', span: 'năm tài khóa 2019', published: null, kind: 'period', period: ['2019-01-01', '2019-12-31'] },
  {
    text: 'JICA giải ngân trong năm tài khóa 2019',
    span: 'năm tài khóa 2019',
    published: null,
    kind: 'period',
    period: ['2019-04-01', '2020-03-31'],
  },
  { text: 'ngân sách FY2019 của Hoa Kỳ', span: 'FY2019', published: null, kind: 'period', period: ['2018-10-01', '2019-09-30'] },
  // Spans of years
  { text: 'giai đoạn 2016-2021', published: null, kind: 'period', period: ['2016-01-01', '2021-12-31'] },
  { text: '2016 - 2021', published: null, kind: 'period', period: ['2016-01-01', '2021-12-31'] },
  { text: 'trong 5 năm (2016-2020)', span: '2016-2020', published: null, kind: 'period', period: ['2016-01-01', '2020-12-31'] },
  {
    text: 'tính từ đầu năm 2023 đến hết tháng 10',
    span: 'từ đầu năm 2023 đến hết tháng 10',
    published: null,
    kind: 'period',
    period: ['2023-01-01', '2023-10-31'],
  },
  { text: 'giai đoạn 2021–2025', published: null, kind: 'period', period: ['2021-01-01', '2025-12-31'] },
  { text: 'nhiệm kỳ 2008-2009', published: null, kind: 'period', period: ['2008-01-01', '2009-12-31'] },
  { text: 'từ năm 2006 tới năm 2010', published: null, kind: 'period', period: ['2006-01-01', '2010-12-31'] },
  { text: 'giai đoạn từ 2011 đến 2015', span: 'từ 2011 đến 2015', published: null, kind: 'period', period: ['2011-01-01', '2015-12-31'] },
  { text: 'từ tháng 3/2021 đến hết ngày 7/12/2021', published: null, kind: 'period', period: ['2021-03-01', '2021-12-07'] },
  { text: 'từ tháng 11 đến tháng 2/2022', published: null, kind: 'period', period: ['2021-11-01', '2022-02-28'] },
  // Relative to publication
  { text: 'trong 5 năm qua', span: '5 năm qua', published: DEC21, kind: 'period', period: ['2016-01-01', '2021-12-31'] },
  { text: 'mười năm qua', published: DEC21, kind: 'period', period: ['2011-01-01', '2021-12-31'] },
  { text: 'hơn 3 năm trở lại đây', published: JUL23, kind: 'period', period: ['2020-01-01', '2023-12-31'] },
  { text: '3 tháng qua', published: JUL23, kind: 'period', period: ['2023-04-01', '2023-07-31'] },
  { text: 'trong 3 ngày qua', span: '3 ngày qua', published: JUL23, kind: 'period', period: ['2023-07-17', '2023-07-20'] },
  { text: 'quý đầu năm', span: 'quý đầu', published: JUL23, kind: 'period', period: ['2023-01-01', '2023-03-31'] },
  { text: 'tính đến thời điểm cuối năm 2022', published: JUL23, kind: 'asOf', asOf: '2022-12-31' },
  {
    text: 'ngân sách năm tài chính 2023 của Nhật Bản',
    span: 'năm tài chính 2023',
    published: null,
    kind: 'period',
    period: ['2023-04-01', '2024-03-31'],
  },
  { text: 'tuần qua', published: JUL23, kind: 'period', period: ['2023-07-13', '2023-07-20'] },
  { text: '2 năm trước', published: JUL23, kind: 'period', period: ['2021-01-01', '2021-12-31'] },
  { text: 'Kể từ khi thiết lập quan hệ ngoại giao năm 1973', published: DEC21, kind: 'period', period: ['1973-01-01', '2021-12-14'] },
  { text: 'những năm 1990', published: null, kind: 'period', period: ['1990-01-01', '1999-12-31'] },
  {
    text: 'Năm 2024 được dự báo tiếp tục khó khăn',
    span: 'Năm 2024',
    published: '2024-01-05',
    kind: 'period',
    period: ['2024-01-01', '2024-12-31'],
    future: true,
  },
  { text: 'từ nay tới năm 2025', published: MAY17, kind: 'period', period: ['2017-05-12', '2025-12-31'] },
  { text: 'đến năm 2030', published: DEC21, kind: 'period', period: ['2030-01-01', '2030-12-31'], future: true },
  { text: 'từ đầu năm đến nay', published: JUL23, kind: 'period', period: ['2023-01-01', '2023-07-20'], asOf: '2023-07-20' },
  { text: 'từ năm 2019 đến nay', published: DEC21, kind: 'period', period: ['2019-01-01', '2021-12-14'], asOf: '2021-12-14' },
  // Running totals
  { text: 'đến nay', published: DEC21, kind: 'asOf', asOf: '2021-12-14' },
  { text: 'Cho đến nay', published: DEC21, kind: 'asOf', asOf: '2021-12-14' },
  { text: 'tới nay', published: DEC21, kind: 'asOf', asOf: '2021-12-14' },
  { text: 'đến nay', published: null, notBefore: '2021-12-07', kind: 'asOf', asOf: '2021-12-07' },
  { text: 'đến nay', published: null, kind: 'asOf' },
  { text: 'hiện nay', published: DEC21, kind: 'asOf', asOf: '2021-12-14' },
  { text: 'Ấn Độ hiện có 420 dự án', span: 'hiện', published: DEC21, kind: 'asOf', asOf: '2021-12-14' },
  { text: 'tính tới thời điểm hiện tại', published: JUL23, kind: 'asOf', asOf: '2023-07-20' },
  { text: 'tính đến ngày 7/12/2021', published: null, kind: 'asOf', asOf: '2021-12-07' },
  { text: 'Tính đến cuối tháng 9/2019', published: null, kind: 'asOf', asOf: '2019-09-30' },
  { text: 'lũy kế đến hết tháng 6', published: JUL23, kind: 'asOf', asOf: '2023-06-30' },
  { text: 'đến cuối năm 2021', published: DEC21, kind: 'asOf', asOf: '2021-12-31' },
  // A yearless end of year: last year's while this year's has not begun, this year's from October on.
  { text: 'lũy kế đến cuối năm', published: '2024-01-18', kind: 'asOf', asOf: '2023-12-31' },
  { text: 'lũy kế đến cuối năm', published: '2024-11-20', kind: 'asOf', asOf: '2024-12-31' },
  { text: 'Đến tháng 10/2022', published: JUL23, kind: 'asOf', asOf: '2022-10-31' },
  { text: 'tại thời điểm cuối năm 2022', published: JUL23, kind: 'asOf', asOf: '2022-12-31' },
  { text: 'Hết năm 2022', published: JUL23, kind: 'asOf', asOf: '2022-12-31' },
  { text: 'hết quý I/2023', published: JUL23, kind: 'asOf', asOf: '2023-03-31' },
  { text: 'trước năm 2020', published: null, kind: 'asOf', asOf: '2019-12-31' },
  // Comparison bases
  { text: 'so với năm 2018', published: null, kind: 'period', period: ['2018-01-01', '2018-12-31'], base: true },
  { text: 'so với cùng kỳ năm 2022', published: null, kind: 'period', period: ['2022-01-01', '2022-12-31'], base: true },
];

/** Strings that must yield no time expression at all. */
export const TIME_NEGATIVES: string[] = [
  'Nghị quyết 21/NQ-CP',
  'Nghị quyết số 12/2016/QH14',
  'Chỉ thị 41',
  'Quyết định số 1/2021',
  'COP26',
  'hội nghị COP 28',
  'G20',
  'APEC 2017',
  'Năm APEC 2017',
  'SEA Games 31',
  'Đại hội Đảng lần thứ 6',
  'Đại hội lần thứ XIII',
  'Quốc hội khóa XV',
  'Quốc hội khóa 15',
  'đường dây nóng 0243.8253.333',
  'hotline 1900 1234',
  'ĐT: 0912 345 678',
  'Fax: (024) 3942 1234',
  'thu hút viện trợ 2,85 tỷ USD',
  'quan hệ với 30 nước',
  'kỷ niệm 79 năm Quốc khánh',
  'kỷ niệm 30 năm thiết lập quan hệ ngoại giao',
  'sau 10 năm gia nhập WTO',
  'gần 27 năm bình thường hóa quan hệ',
  '11:05',
  '09:25:27',
  'lúc 9h30',
  'xếp thứ 5/120 quốc gia',
  'chiếm 3/10 dự án',
  'tăng gấp 2.5 lần',
  'chỉ số đạt 12.5, tăng nhẹ',
  'FDI tăng 14,8%',
  'từ 3 đến 5 tỷ USD',
  'trong những năm qua',
  'nhiều năm qua',
  'hằng năm',
  'mỗi năm hai lần',
  'kéo dài 3 ngày',
  'thị thực có thời hạn 6 tháng',
  'lớn nhất từ trước đến nay',
  'hết sức quan trọng',
  'kỷ niệm 50 năm (1973-2023)',
  'lễ kỷ niệm 45 năm quan hệ ngoại giao Việt Nam - Nhật Bản (1973-2018)',
  'trong thời gian qua',
  'thực hiện có hiệu quả',
  'sự kiện xuất hiện là dấu mốc',
  'điều này thể hiện có trách nhiệm',
  'có 2021 doanh nghiệp',
  'tăng từ 2020 tỷ đồng',
  'mỗi ngày 20 chuyến bay',
  'nhóm 20 nền kinh tế hàng đầu',
  'đứng thứ 6 thế giới',
  'Euro 2020',
];

export interface AttachExample {
  /** A sentence holding one figure; `figure` is the number as written. */
  text: string;
  figure: string;
  published: IsoDate | null;
  period?: [IsoDate, IsoDate];
  asOf?: IsoDate;
}

/** Which time governs a figure (governingTime), on our own sentences. */
export const ATTACH_EXAMPLES: AttachExample[] = [
  {
    text: 'Năm 2022, kim ngạch thương mại hai chiều đạt 12,5 tỷ USD.',
    figure: '12,5',
    published: JUL23,
    period: ['2022-01-01', '2022-12-31'],
  },
  {
    text: 'Kim ngạch song phương đạt 8 tỷ USD năm 2019, tăng 5% so với năm 2018.',
    figure: '8',
    published: JUL23,
    period: ['2019-01-01', '2019-12-31'],
  },
  {
    text: 'Kim ngạch song phương đạt 8 tỷ USD năm 2019, tăng 5% so với năm 2018.',
    figure: '5',
    published: JUL23,
    period: ['2019-01-01', '2019-12-31'],
  },
  { text: 'Tính đến hết tháng 6/2023, Hàn Quốc có 9.800 dự án còn hiệu lực.', figure: '9.800', published: JUL23, asOf: '2023-06-30' },
  { text: 'Trong 5 năm qua, ta đã đón 120 đoàn cấp cao.', figure: '120', published: DEC21, period: ['2016-01-01', '2021-12-31'] },
  {
    text: 'Từ năm 1988 đến nay, vốn đăng ký đạt 400 tỷ USD.',
    figure: '400',
    published: DEC21,
    period: ['1988-01-01', '2021-12-14'],
    asOf: '2021-12-14',
  },
  {
    text: 'Hai nước đặt mục tiêu nâng kim ngạch lên 20 tỷ USD vào năm 2025.',
    figure: '20',
    published: DEC21,
    period: ['2025-01-01', '2025-12-31'],
  },
  {
    text: 'Giai đoạn 2016-2020, Việt Nam ký thêm 4 hiệp định, nâng tổng số hiệp định lên 16.',
    figure: '4',
    published: DEC21,
    period: ['2016-01-01', '2020-12-31'],
  },
  {
    text: 'Giai đoạn 2016-2020, Việt Nam ký thêm 4 hiệp định, nâng tổng số hiệp định lên 16.',
    figure: '16',
    published: DEC21,
    asOf: '2021-12-14',
  },
  { text: 'Hiện có khoảng 5,3 triệu người Việt Nam sinh sống ở nước ngoài.', figure: '5,3', published: DEC21, asOf: '2021-12-14' },
  {
    text: 'Xuất khẩu sang EU 6 tháng đầu năm đạt 22 tỷ USD, trong đó nông sản chiếm 3 tỷ USD.',
    figure: '3',
    published: JUL23,
    period: ['2023-01-01', '2023-06-30'],
  },
  {
    text: 'Lũy kế đến nay, Nhật Bản có 5.000 dự án (trong đó 300 dự án mới trong năm 2022).',
    figure: '300',
    published: JUL23,
    period: ['2022-01-01', '2022-12-31'],
  },
  {
    text: 'Lũy kế đến nay, Nhật Bản có 5.000 dự án (trong đó 300 dự án mới trong năm 2022).',
    figure: '5.000',
    published: JUL23,
    asOf: '2023-07-20',
  },
  {
    text: 'Năm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế, gấp 3,4 lần năm 2022.',
    figure: '12,6',
    published: '2024-01-05',
    period: ['2023-01-01', '2023-12-31'],
  },
  {
    text: 'Trong 10 tháng đầu năm 2023, thương mại hai chiều đạt 20 tỷ USD.',
    figure: '20',
    published: '2023-11-10',
    period: ['2023-01-01', '2023-10-31'],
  },
  { text: 'Dự kiến đến năm 2025, kim ngạch sẽ đạt 25 tỷ USD.', figure: '25', published: DEC21, period: ['2025-01-01', '2025-12-31'] },
  { text: 'Sau 30 năm thiết lập quan hệ, kim ngạch tăng 150 lần.', figure: '150', published: DEC21 },
  { text: 'Dự kiến năm 2024, lượng khách sẽ đạt 1,2 triệu lượt.', figure: '1,2', published: JUL23, period: ['2024-01-01', '2024-12-31'] },
  // A finished year and the months so far, in one sentence: each figure keeps its own.
  {
    text: 'Thương mại với Ai Cập năm 2022 đạt 1,1 tỷ USD, 6 tháng đầu năm đạt 540 triệu USD.',
    figure: '1,1',
    published: JUL23,
    period: ['2022-01-01', '2022-12-31'],
  },
  {
    text: 'Thương mại với Ai Cập năm 2022 đạt 1,1 tỷ USD, 6 tháng đầu năm đạt 540 triệu USD.',
    figure: '540',
    published: JUL23,
    period: ['2023-01-01', '2023-06-30'],
  },
  // Two levels compared: each takes the year written right after it, past a bracketed conversion.
  {
    text: 'Kim ngạch tăng từ 40 triệu USD (khoảng 900 tỷ đồng) vào năm 1995 lên 7,5 tỷ USD vào năm ngoái.',
    figure: '40',
    published: JUL23,
    period: ['1995-01-01', '1995-12-31'],
  },
  {
    text: 'Kim ngạch tăng từ 40 triệu USD (khoảng 900 tỷ đồng) vào năm 1995 lên 7,5 tỷ USD vào năm ngoái.',
    figure: '7,5',
    published: JUL23,
    period: ['2022-01-01', '2022-12-31'],
  },
  // A forecast year that has its own figure does not spread to another one.
  {
    text: 'Khu vực được dự báo chiếm 40% dân số thế giới vào năm 2045, trong đó thương mại nội khối đạt hơn 900 tỷ USD mỗi năm.',
    figure: '900',
    published: JUL23,
  },
  {
    text: 'Khu vực được dự báo chiếm 40% dân số thế giới vào năm 2045, trong đó thương mại nội khối đạt hơn 900 tỷ USD mỗi năm.',
    figure: '40',
    published: JUL23,
    period: ['2045-01-01', '2045-12-31'],
  },
  // "hiện có" after its subject is a running total, and reaches the rest of its sentence.
  { text: 'Về đầu tư, Ấn Độ hiện có 420 dự án tại Việt Nam.', figure: '420', published: JUL23, asOf: '2023-07-20' },
  {
    text: 'Việt Nam hiện có 12 dự án tại Ấn Độ, với tổng vốn 950 triệu USD.',
    figure: '950',
    published: JUL23,
    asOf: '2023-07-20',
  },
  // A period never crosses into the next paragraph.
  { text: 'Năm 2022, hai nước ký 6 thỏa thuận.\nKhu công nghiệp mới rộng 250 ha.', figure: '250', published: JUL23 },
];

/** Lower bounds of the publication date from the text alone (inferNotBefore), positive and negative. */
export const LOWER_EXAMPLES: { text: string; notBefore: IsoDate | null; note: string }[] = [
  {
    text: 'Hai nước lập quan hệ ngoại giao ngày 3/4/1975. Năm 2022, hai bên trao đổi 15 đoàn.',
    notBefore: '2022-01-01',
    note: 'a later bare year outranks an old exact date; a founding date counts for nothing',
  },
  { text: 'Hai nước thiết lập quan hệ ngoại giao ngày 3/4/1975.', notBefore: null, note: 'a founding date alone' },
  {
    text: 'Đoàn đang thăm chính thức Việt Nam từ ngày 24 đến 26/10/2024.',
    notBefore: '2024-10-24',
    note: 'a range with its year at its end only: its start, since it may be under way',
  },
  {
    text: 'Bộ trưởng sẽ thăm chính thức Việt Nam từ ngày 14 đến 17/4/2025.',
    notBefore: null,
    note: 'a planned range with its year at its end only dates nothing',
  },
  { text: 'Hai bên tôn trọng Hiệp định Khung về Hợp tác Biển năm 1998.', notBefore: null, note: 'a year in a document name' },
  { text: 'Hai bên tôn trọng Công ước Viên năm 1961 về quan hệ ngoại giao.', notBefore: null, note: 'a convention named by its year' },
  { text: 'Hiệp định được ký kết năm 2019 tại Hà Nội.', notBefore: '2019-01-01', note: 'a document dated by a verb' },
  { text: 'Thương mại hai chiều năm 2022 đạt 4,1 tỷ USD.', notBefore: '2022-12-01', note: 'a finished year figure' },
  { text: 'Xuất khẩu đạt 4,1 tỷ USD năm 2022, tăng 8%.', notBefore: '2022-12-01', note: 'a finished year figure after its number' },
  { text: 'Thương mại hai chiều năm 2022 ước đạt 4,1 tỷ USD.', notBefore: '2022-01-01', note: 'an estimate is not a finished year' },
  { text: 'Năm 2022 là năm bản lề của quan hệ hai nước.', notBefore: '2022-01-01', note: 'a year without a figure' },
  {
    text: 'Thương mại năm 2022 đạt 4,1 tỷ USD, 8 tháng đầu năm đạt 3 tỷ USD.',
    notBefore: '2023-01-01',
    note: 'a finished year beside the months so far: the next year',
  },
  {
    text: 'Thương mại năm 2022 đạt 4,1 tỷ USD.\n8 tháng đầu năm, du lịch đạt 3 tỷ USD.',
    notBefore: '2022-12-01',
    note: 'not across paragraphs',
  },
  { text: 'Ảnh chụp tại Hà Nội ngày 2 tháng 3 (2024, AFP).', notBefore: '2024-01-01', note: 'a credit with a year' },
  {
    text: 'Đây là chuyến thăm đầu tiên sau 12 năm, kể từ chuyến thăm của Thủ tướng vào năm 2011.',
    notBefore: '2023-01-01',
    note: 'N years since year Y',
  },
  { text: 'Việt Nam đảm nhận vai trò chủ nhà APEC 2017 thành công.', notBefore: '2017-01-01', note: 'an event named with its year' },
  { text: 'Hai nước hợp tác từ năm 2014 trong lĩnh vực năng lượng.', notBefore: '2014-01-01', note: 'a since-year as a last resort' },
  {
    text: 'Hai nước hợp tác từ năm 2014. Năm 2019, thương mại tăng mạnh.',
    notBefore: '2019-01-01',
    note: 'the later bound holds',
  },
  { text: 'Mục tiêu đến năm 2030 đạt 50 tỷ USD.', notBefore: null, note: 'a deadline says nothing' },
  { text: 'Dự kiến năm 2026 kim ngạch sẽ đạt 50 tỷ USD.', notBefore: '2026-01-01', note: 'a plan only as a last resort' },
  {
    text: 'Dự kiến năm 2026 kim ngạch sẽ đạt 50 tỷ USD. Năm 2024, kim ngạch đạt 40 tỷ USD.',
    notBefore: '2024-12-01',
    note: 'a plan never outranks a past mention',
  },
];
