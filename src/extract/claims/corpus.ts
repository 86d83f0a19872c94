// Claims corpus: sentences and the claims they must yield (value, unit and the attributes given); the negative
// corpus holds sentences whose numbers are not figures. Publication date for all: 2024-01-15.
import type { Modality, Period, Qualifier } from '../../types.ts';

export interface ExpectedClaim {
  value: number;
  unit: string;
  valueMax?: number;
  qualifier?: Qualifier;
  modality?: Modality;
  change?: boolean;
  /** null: the claim must have no period. */
  period?: Period | null;
  asOf?: string;
}

export interface ClaimExample {
  text: string;
  claims: ExpectedClaim[];
}

export const CLAIMS_PUBLISHED = '2024-01-15';

const y = (year: number): Period => ({ start: `${year}-01-01`, end: `${year}-12-31` });

export const CLAIMS_CORPUS: ClaimExample[] = [
  // Qualifiers
  { text: 'Hội chợ thu hút hơn 300 doanh nghiệp tham gia.', claims: [{ value: 300, unit: 'count', qualifier: 'more_than' }] },
  { text: 'Có trên 40 nước cử đoàn dự lễ.', claims: [{ value: 40, unit: 'count', qualifier: 'more_than' }] },
  { text: 'Doanh số vượt mốc 10 tỷ USD.', claims: [{ value: 1e10, unit: 'USD', qualifier: 'more_than' }] },
  { text: 'Ít nhất 25 công dân đã được giải cứu.', claims: [{ value: 25, unit: 'count', qualifier: 'more_than' }] },
  { text: 'Đoàn gồm gần 200 đại biểu từ các địa phương.', claims: [{ value: 200, unit: 'count', qualifier: 'nearly' }] },
  { text: 'Hiện có khoảng 12.000 sinh viên đang theo học.', claims: [{ value: 12000, unit: 'count', qualifier: 'approx' }] },
  { text: 'Giá trị đầu tư xấp xỉ 1,7 tỷ USD.', claims: [{ value: 1.7e9, unit: 'USD', qualifier: 'approx' }] },
  { text: 'Doanh thu ước đạt 3,2 tỷ USD.', claims: [{ value: 3.2e9, unit: 'USD', qualifier: 'approx' }] },
  {
    text: 'Thời gian xử lý hồ sơ dưới 5 ngày, chi phí chưa đến 2 triệu đồng.',
    claims: [{ value: 2e6, unit: 'VND', qualifier: 'less_than' }],
  },
  { text: 'Số lao động chưa tới 800 người.', claims: [{ value: 800, unit: 'count', qualifier: 'less_than' }] },
  { text: 'Việt Nam đã tiếp nhận khoảng trên 20 triệu liều vắc-xin.', claims: [{ value: 2e7, unit: 'count', qualifier: 'more_than' }] },
  { text: 'Khoản vay khoảng gần 1 tỷ USD.', claims: [{ value: 1e9, unit: 'USD', qualifier: 'nearly' }] },
  { text: 'Chương trình dành cho 50 doanh nghiệp trở lên.', claims: [{ value: 50, unit: 'count', qualifier: 'more_than' }] },
  {
    text: 'Kim ngạch dự kiến từ 3 đến 5 tỷ USD.',
    claims: [{ value: 3e9, valueMax: 5e9, unit: 'USD', qualifier: 'range', modality: 'forecast' }],
  },
  { text: 'Lạm phát được kiểm soát ở mức 3-4%.', claims: [{ value: 3, valueMax: 4, unit: '%', qualifier: 'range' }] },
  { text: 'Tăng trưởng năm nay cao hơn mức 5% của năm trước.', claims: [{ value: 5, unit: '%', qualifier: 'exact' }] },
  // Modality
  { text: 'Năm 2023 xuất khẩu dự báo đạt 400 tỷ USD.', claims: [{ value: 4e11, unit: 'USD', modality: 'forecast' }] },
  { text: 'Theo dự kiến, dự án sẽ cần 800 triệu USD.', claims: [{ value: 8e8, unit: 'USD', modality: 'forecast' }] },
  { text: 'Hai nước đặt mục tiêu nâng kim ngạch lên 10 tỷ USD.', claims: [{ value: 1e10, unit: 'USD', modality: 'target' }] },
  { text: 'Ngành du lịch phấn đấu đón 18 triệu lượt khách quốc tế.', claims: [{ value: 18e6, unit: 'count', modality: 'target' }] },
  { text: 'Chỉ tiêu kế hoạch là 6.000 tỷ đồng.', claims: [{ value: 6e12, unit: 'VND', modality: 'target' }] },
  { text: 'Kết quả đạt 120% kế hoạch đề ra.', claims: [{ value: 120, unit: '%', modality: 'actual' }] },
  { text: 'Bộ Kế hoạch và Đầu tư cho biết có 35 dự án được cấp phép.', claims: [{ value: 35, unit: 'count', modality: 'actual' }] },
  { text: 'Hai bên nhất trí sớm đưa kim ngạch lên 5 tỷ USD.', claims: [{ value: 5e9, unit: 'USD', modality: 'target' }] },
  // A list of targets: the later figures have only their own dates, and keep the target.
  {
    text: 'Hai bên phấn đấu đưa kim ngạch lên 100 tỷ USD vào năm 2023 và 150 tỷ USD vào năm 2030.',
    claims: [
      { value: 1e11, unit: 'USD', modality: 'target', period: y(2023) },
      { value: 1.5e11, unit: 'USD', modality: 'target', period: y(2030) },
    ],
  },
  // A change right after a target is part of it; after a reported level it stays actual.
  {
    text: 'Hai nước phấn đấu nâng kim ngạch lên 2 tỷ USD trong năm 2023, tăng khoảng 15%.',
    claims: [
      { value: 2e9, unit: 'USD', modality: 'target' },
      { value: 15, unit: '%', modality: 'target', change: true },
    ],
  },
  {
    text: 'Năm 2022 kim ngạch đạt 1,7 tỷ USD, tăng 12%, và hai bên phấn đấu đạt 2 tỷ USD.',
    claims: [
      { value: 1.7e9, unit: 'USD', modality: 'actual' },
      { value: 12, unit: '%', modality: 'actual', change: true },
      { value: 2e9, unit: 'USD', modality: 'target' },
    ],
  },
  // A future figure in the same clause as a target is part of the target; with a clause of its own, a forecast.
  {
    text: 'Thành phố đặt mục tiêu đến năm 2030 thu hút 8 triệu lượt khách quốc tế và nâng kim ngạch xuất khẩu lên 2,5 tỷ USD.',
    claims: [
      { value: 8e6, unit: 'count', modality: 'target' },
      { value: 2.5e9, unit: 'USD', modality: 'target' },
    ],
  },
  {
    text: 'Thành phố đặt mục tiêu thu hút 8 triệu lượt khách quốc tế, còn xuất khẩu năm 2030 sẽ đạt 2,5 tỷ USD.',
    claims: [
      { value: 8e6, unit: 'count', modality: 'target' },
      { value: 2.5e9, unit: 'USD', modality: 'forecast' },
    ],
  },
  // A clause break or words of its own end the list: "đã đạt" is said of what happened.
  {
    text: 'Hai bên phấn đấu đạt 10 tỷ USD năm 2025, năm 2022 đạt 7 tỷ USD.',
    claims: [
      { value: 1e10, unit: 'USD', modality: 'target' },
      { value: 7e9, unit: 'USD', modality: 'actual' },
    ],
  },
  {
    text: 'Hai bên phấn đấu đạt 10 tỷ USD năm 2025 và năm 2022 đạt 7 tỷ USD.',
    claims: [
      { value: 1e10, unit: 'USD', modality: 'target' },
      { value: 7e9, unit: 'USD', modality: 'actual' },
    ],
  },
  {
    text: 'Mục tiêu là 20 tỷ USD vào năm 2030 và kim ngạch năm 2020 đã đạt 9 tỷ USD.',
    claims: [
      { value: 2e10, unit: 'USD', modality: 'target' },
      { value: 9e9, unit: 'USD', modality: 'actual' },
    ],
  },
  // Change
  { text: 'Xuất khẩu tăng 12,4% so với cùng kỳ.', claims: [{ value: 12.4, unit: '%', change: true }] },
  { text: 'Nhập khẩu giảm 3% trong quý.', claims: [{ value: 3, unit: '%', change: true }] },
  { text: 'Thị phần chiếm 18% tổng lượng.', claims: [{ value: 18, unit: '%' }] },
  { text: 'Năm 2023 kim ngạch giảm còn 22 tỷ USD.', claims: [{ value: 2.2e10, unit: 'USD', change: false }] },
  { text: 'Khoản đầu tư tăng thêm 2 tỷ USD.', claims: [{ value: 2e9, unit: 'USD', change: true }] },
  // Money and units
  { text: 'Tổng vốn cam kết là 2,5 tỷ euro.', claims: [{ value: 2.5e9, unit: 'EUR' }] },
  { text: 'Công trình trị giá 1.500 tỷ đồng đã khánh thành.', claims: [{ value: 1.5e12, unit: 'VND' }] },
  { text: 'Nhật Bản cho vay 80 tỉ yên.', claims: [{ value: 8e10, unit: 'JPY' }] },
  { text: 'Lượng hàng đạt 3 triệu tấn.', claims: [{ value: 3e6, unit: 't' }] },
  {
    text: 'Đường cao tốc dài 120 km đi qua 3 tỉnh.',
    claims: [
      { value: 120, unit: 'km' },
      { value: 3, unit: 'count' },
    ],
  },
  // Counts and lists
  {
    text: 'Trong năm, ngành đã bảo hộ trên 3.000 công dân, xử lý gần 400 vụ việc và đưa 1.200 ngư dân về nước.',
    claims: [
      { value: 3000, unit: 'count', qualifier: 'more_than' },
      { value: 400, unit: 'count', qualifier: 'nearly' },
      { value: 1200, unit: 'count', qualifier: 'exact' },
    ],
  },
  {
    text: 'Đảng có quan hệ với 250 chính đảng ở 110 quốc gia.',
    claims: [
      { value: 250, unit: 'count' },
      { value: 110, unit: 'count' },
    ],
  },
  { text: 'Hai bên đã ký hai văn kiện quan trọng.', claims: [{ value: 2, unit: 'count' }] },
  { text: 'Thủ tướng tiếp lãnh đạo mười doanh nghiệp hàng đầu.', claims: [{ value: 10, unit: 'count' }] },
  { text: 'Mỹ xếp thứ 9/120 quốc gia đầu tư vào Việt Nam.', claims: [{ value: 120, unit: 'count' }] },
  {
    text: 'Việt Nam trúng cử với 184/192 phiếu ủng hộ.',
    claims: [
      { value: 184, unit: 'count' },
      { value: 192, unit: 'count' },
    ],
  },
  {
    text: 'Việc này liên quan đến 600 vụ việc/900 tàu cá.',
    claims: [
      { value: 600, unit: 'count' },
      { value: 900, unit: 'count' },
    ],
  },
  { text: 'Có hơn trăm nghìn đô-la được quyên góp.', claims: [{ value: 100000, unit: 'USD', qualifier: 'more_than' }] },
  // Time attachment
  { text: 'Năm 2022, kim ngạch xuất khẩu đạt 371 tỷ USD.', claims: [{ value: 3.71e11, unit: 'USD', period: y(2022) }] },
  { text: 'Xuất siêu đạt 12 tỷ USD năm 2021.', claims: [{ value: 1.2e10, unit: 'USD', period: y(2021) }] },
  {
    text: 'Doanh thu năm 2022 đạt 5 tỷ USD và dự báo năm 2023 sẽ đạt 6 tỷ USD.',
    claims: [
      { value: 5e9, unit: 'USD', period: y(2022), modality: 'actual' },
      { value: 6e9, unit: 'USD', period: y(2023), modality: 'forecast' },
    ],
  },
  {
    text: 'Trong năm 2023, khách đến đạt 12 triệu lượt khách, tăng 10% so với năm 2022.',
    claims: [
      { value: 12e6, unit: 'count' },
      { value: 10, unit: '%', period: y(2023), change: true },
    ],
  },
  { text: 'Đến nay, cả nước có 40.000 dự án còn hiệu lực.', claims: [{ value: 40000, unit: 'count', asOf: '2024-01-15' }] },
  // A time expression binds within its own clause: "năm Y đạt N" gives N the year Y, even before "…, [time] đạt M".
  {
    text: 'Kim ngạch hai chiều năm 2022 đạt 4,5 tỷ USD, 6 tháng đầu năm 2023 đạt 2,1 tỷ USD.',
    claims: [
      { value: 4.5e9, unit: 'USD', period: y(2022) },
      { value: 2.1e9, unit: 'USD', period: { start: '2023-01-01', end: '2023-06-30' } },
    ],
  },
  {
    text: 'Xuất khẩu đạt 8 tỷ USD, năm 2023 nhập khẩu đạt 5 tỷ USD.',
    claims: [
      { value: 8e9, unit: 'USD', period: null },
      { value: 5e9, unit: 'USD', period: y(2023) },
    ],
  },
  // "từ A (năm Y1) lên B (năm Y2)": two levels, each with its own year; an equivalent in brackets shares it.
  {
    text: 'Thương mại song phương tăng mạnh, từ 300 triệu USD (khoảng 7.000 tỷ đồng) vào năm 2005 lên 9 tỷ USD vào năm 2022.',
    claims: [
      { value: 3e8, unit: 'USD', period: y(2005) },
      { value: 7e12, unit: 'VND', period: y(2005) },
      { value: 9e9, unit: 'USD', period: y(2022) },
    ],
  },
  // A forecast year stays with its own figure.
  {
    text: 'Khu vực được dự báo sẽ chiếm 40% thương mại toàn cầu vào năm 2040, trong đó thương mại nội khối đạt hơn 800 tỷ USD mỗi năm.',
    claims: [
      { value: 40, unit: '%', modality: 'forecast', period: y(2040) },
      { value: 8e11, unit: 'USD', period: null },
    ],
  },
  // A clause framed by a time before it keeps it across a clause break.
  {
    text: 'Năm 2023, xuất khẩu đạt 6 tỷ USD, trong đó hàng nông sản đạt 2 tỷ USD.',
    claims: [
      { value: 6e9, unit: 'USD', period: y(2023) },
      { value: 2e9, unit: 'USD', period: y(2023) },
    ],
  },
  // A figure's own period does not carry into the next paragraph; a topic period (dating no figure) does.
  {
    text: 'Năm 2022, kim ngạch đạt 6 tỷ USD.\nNhà máy mới có diện tích 120 ha.',
    claims: [
      { value: 6e9, unit: 'USD', period: y(2022) },
      { value: 120, unit: 'ha', period: null },
    ],
  },
  {
    text: 'Năm 2023 là một năm sôi động của ngoại giao.\nViệt Nam tổ chức 20 chuyến thăm cấp cao.',
    claims: [{ value: 20, unit: 'count', period: y(2023) }],
  },
  // Counts of nouns on no list
  { text: 'Cả nước hiện có 18 khu kinh tế cửa khẩu.', claims: [{ value: 18, unit: 'count' }] },
  { text: 'Lớp học tiếng Việt thu hút khoảng 30 em tham gia.', claims: [{ value: 30, unit: 'count', qualifier: 'approx' }] },
  { text: 'Doanh nghiệp nước ngoài có mặt trong hơn 19 ngành nghề.', claims: [{ value: 19, unit: 'count', qualifier: 'more_than' }] },
  // Repeats inside one sentence are one claim
  { text: 'Con số 30 nước, đúng vậy, 30 nước đã tham gia.', claims: [{ value: 30, unit: 'count' }] },
];

/** Sentences whose numbers are not claims. */
export const CLAIMS_NEGATIVE: string[] = [
  'Ngày 14/12/2021, Hội nghị diễn ra tại Hà Nội.',
  'Sáng 7/12, đoàn đến sân bay lúc 11:05.',
  'Năm 2021 là năm bản lề của kế hoạch 5 năm.',
  'Thực hiện Nghị quyết 21/NQ-CP và Chỉ thị 41 của Ban Bí thư.',
  'Theo Quyết định số 123/QĐ-TTg ngày 5/3/2020.',
  'Hội nghị COP26 và Hội nghị thượng đỉnh G20 đã kết thúc.',
  'Tuần lễ cấp cao APEC 2017 được tổ chức tại Đà Nẵng.',
  'Hiệp định TPP 11 có hiệu lực.',
  'Hội nghị MRT 23 đã thông qua tuyên bố chung.',
  'Đại hội Đảng lần thứ XIII, khóa XIII.',
  'Đây là lần thứ 6 hai bên gặp nhau.',
  'Nhân kỷ niệm 79 năm Quốc khánh, Đại sứ quán tổ chức tiệc chiêu đãi.',
  'Lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao.',
  'Mọi thắc mắc xin gọi 0243 825 1234 hoặc 1900 1234.',
  'Kinh tế 6 tháng đầu năm phục hồi tích cực.',
  'Trong 5 năm qua, quan hệ hai nước phát triển tốt.',
  'Hai bên nhất trí tăng cường hợp tác giữa 2 nước.',
  'Quan hệ giữa hai dân tộc ngày càng gắn bó.',
  'Hàng nghìn người đã đến dự lễ hội.',
  'Kim ngạch tăng gấp 3 lần so với trước.',
  'Việt Nam đứng thứ 6 trong khu vực.',
  'Nhóm 20 nền kinh tế lớn họp tại Ấn Độ.',
  'Đoàn sẽ ở lại trong 3 ngày, từ 2 - 5/10/2023.',
  'Ông hưởng thọ 80 tuổi.',
  'Hơn một nửa ý kiến ủng hộ.',
  'Cuộc gặp kéo dài hơn hai giờ.',
  'Dịch Covid-19 đã gây nhiều khó khăn.',
  'Hội nghị Trung ương 8 khóa XI đã ban hành nghị quyết.',
  'Lúc 9h30 ngày 23/8, phiên họp thứ 3 bắt đầu.',
  'Cách mạng công nghiệp 4.0 mở ra nhiều cơ hội.',
  'Khách sạn 5 sao nằm gần Hồ Gươm.',
  'Trung đoàn 9 đóng quân tại đây.',
  'Đây là một trong 3 chiến dịch lớn của năm.',
  'Em bé 6 tuổi được cứu sống sau 12 tiếng tìm kiếm.',
  'Luật Đầu tư 2020 có hiệu lực từ đầu năm.',
  'Bài viết tối đa 1500 ký tự.',
];
