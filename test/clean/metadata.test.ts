import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateLine, parseMetaLine } from '../../src/clean/boilerplate/byline.ts';
import { findDates, parseMetaDate } from '../../src/clean/metadata/dates.ts';
import { knownOutlet, leadOutlet, pickOutlet } from '../../src/clean/metadata/outlet.ts';
import { pickPublished, withNotBefore } from '../../src/clean/metadata/published.ts';
import { cutHeadline, stripSiteName } from '../../src/clean/metadata/title.ts';
import { analyse } from '../../src/extract/index.ts';

test('date lines: bylines, page clocks, teaser lines', () => {
  assert.deepEqual(parseDateLine('Thanh Hà - 15:20, 02/09/2023'), {
    date: '2023-09-02',
    time: '15:20',
    seconds: false,
    relative: false,
    author: 'Thanh Hà',
  });
  assert.equal(parseDateLine('Thứ Bảy, 02/09/2023 15:20 (GMT+7)')?.date, '2023-09-02');
  assert.equal(parseDateLine('Chủ nhật, ngày 10 tháng 11 năm 2024, 21:03:44')?.seconds, true);
  assert.equal(parseDateLine('Cập nhật lúc 06:00 ngày 1/6/2022')?.time, '06:00');
  assert.equal(parseMetaLine('Quốc tế - Minh Phương - 4 giờ trước')?.author, 'Minh Phương');
  assert.equal(parseMetaLine('Kinh tế - PV - 12 phút trước')?.relative, true);
  // The cheap test before parsing (a year or "trước" in any spelling) lets these through and stops the plain numbers.
  assert.equal(parseMetaLine('Thời sự - PV - 3 GIỜ TRƯỚC')?.relative, true);
  assert.equal(parseMetaLine('Minh Anh - 2 ngày truoc')?.author, 'Minh Anh');
  assert.equal(parseMetaLine('Thanh Hà - 15:20, 02/09/2023')?.date, '2023-09-02');
  assert.equal(parseMetaLine('Có 12 người - 15:20'), null);
  assert.equal(parseDateLine('PV - 15:20, 02/09/1999')?.date, '1999-09-02');
  for (const s of [
    'Ngày 2/9/2023, Chủ tịch nước chủ trì lễ đón.',
    '2023 - năm ngoại giao sôi động',
    'Hà Nội, 2/9/2023: Lễ kỷ niệm Quốc khánh diễn ra trang trọng tại Quảng trường Ba Đình',
  ]) {
    assert.equal(parseMetaLine(s), null, s);
  }
});

test('dates in the body', () => {
  assert.deepEqual(
    findDates('từ 3/2021 đến ngày 7/12/2021, ngày 5 tháng 6 năm 2020, tháng 9/2019, năm 2018').map((d) => [d.iso, d.precision]),
    [
      ['2021-12-07', 'day'],
      ['2020-06-05', 'day'],
      ['2019-09-01', 'month'],
      ['2018-01-01', 'year'],
    ],
  );
  assert.deepEqual(parseMetaDate('2021-12-14T11:05:00+07:00'), { date: '2021-12-14', time: '11:05' });
  assert.deepEqual(parseMetaDate('14/12/2021 11:05'), { date: '2021-12-14', time: '11:05' });
});

const none = { byline: null, headDate: null, tailDate: null, metaDate: undefined, lead: null, text: '' };

test('publication date: byline over metadata over dateline; a stale page clock never', () => {
  const byline = parseDateLine('PV - 09:10, 20/10/2022');
  const clock = parseDateLine('Thứ Hai, ngày 04 tháng 03 năm 2019, 07:41:09');
  const text = 'Ngày 19/10/2022, hai bên ký kết thỏa thuận.';
  // Cleaning picks the date; analysis adds notBefore from its parse of the same text.
  const full = (e: Parameters<typeof pickPublished>[0]) => withNotBefore(pickPublished(e), analyse(e.text, { published: null }).notBefore);
  assert.deepEqual(pickPublished({ ...none, byline, headDate: clock, metaDate: '2022-10-21', text }), {
    date: '2022-10-20',
    basis: 'byline',
    time: '09:10',
  });
  assert.deepEqual(full({ ...none, byline, headDate: clock, metaDate: '2022-10-21', text }), {
    date: '2022-10-20',
    basis: 'byline',
    notBefore: '2022-10-19',
    time: '09:10',
  });
  assert.equal(pickPublished({ ...none, headDate: clock, metaDate: '2022-10-21', text }).basis, 'metadata');
  assert.deepEqual(pickPublished({ ...none, lead: 'Hà Nội, 20/10/2022 (TTXVN) - Sáng nay, ...', text }).date, '2022-10-20');
  assert.equal(pickPublished({ ...none, lead: 'Hà Nội, 20/10/2022 (TTXVN) - Sáng nay, ...', text }).basis, 'dateline');
  assert.equal(pickPublished({ ...none, lead: 'Hà Nội (TTXVN 20/10/2022) - Sáng nay, ...', text }).date, '2022-10-20');
  assert.equal(pickPublished({ ...none, lead: 'Hà Nội (TTXVN) - Sáng 20/10/2022, ...', text }).date, null);
  // The clock shows seconds and is years older than the article's events.
  assert.deepEqual(pickPublished({ ...none, headDate: clock, text }), { date: null, basis: 'none', time: null });
  assert.deepEqual(full({ ...none, headDate: clock, text }), { date: null, basis: 'latest-mention', notBefore: '2022-10-19', time: null });
  // A date line above the headline without seconds is the article's own, unless the text is over 60 days later.
  assert.equal(pickPublished({ ...none, headDate: parseDateLine('Thứ Năm, 20/10/2022 08:00 (GMT+7)'), text }).date, '2022-10-20');
  assert.equal(pickPublished({ ...none, headDate: parseDateLine('Thứ Năm, 04/03/2019 08:00 (GMT+7)'), text }).date, null);
  assert.deepEqual(pickPublished(none), { date: null, basis: 'none', time: null });
  assert.deepEqual(full(none), { date: null, basis: 'none', notBefore: null, time: null });
});

test('outlet from the lead, a closing line, or metadata', () => {
  assert.equal(leadOutlet('(PLVN) - Thứ trưởng cho biết ...'), 'Pháp luật Việt Nam');
  assert.equal(leadOutlet('VOV.VN - Chiều 20/3, Bộ trưởng ...'), 'Đài Tiếng nói Việt Nam');
  assert.equal(leadOutlet('(Chinhphu.vn) - Sáng 15/6, ...'), 'Báo Điện tử Chính phủ');
  assert.equal(leadOutlet('(Baomoi.com) - Sáng nay ...'), 'Baomoi.com');
  assert.equal(leadOutlet('Theo Bộ trưởng, năm nay ...'), null);
  assert.equal(leadOutlet('Hà Nội - Sáng nay, ...'), null);
  assert.equal(knownOutlet('ttxvn'), 'Thông tấn xã Việt Nam');
  assert.equal(pickOutlet('VnExpress', '(PLVN) - ...', null, null), 'VnExpress');
  assert.equal(pickOutlet(undefined, 'Sáng nay ...', 'Dân trí', null), 'Dân trí');
  assert.equal(pickOutlet(undefined, 'Sáng nay ...', null, '... hai nước. Minh Anh (TTXVN)'), 'Thông tấn xã Việt Nam');
  // A photo credit is not the outlet.
  assert.equal(pickOutlet(undefined, 'Thủ tướng phát biểu. Ảnh: TTXVN', null, 'Kết thúc chuyến thăm.'), null);
});

test('headline: site name cut off; a headline run into the lead is cut where the lead starts', () => {
  assert.equal(stripSiteName('Việt Nam - Hàn Quốc nâng cấp quan hệ - VnExpress'), 'Việt Nam - Hàn Quốc nâng cấp quan hệ');
  assert.equal(stripSiteName('Việt Nam - Hàn Quốc nâng cấp quan hệ | baoquocte.vn'), 'Việt Nam - Hàn Quốc nâng cấp quan hệ');
  assert.equal(stripSiteName('Việt Nam - Hàn Quốc nâng cấp quan hệ'), 'Việt Nam - Hàn Quốc nâng cấp quan hệ');
  const merged =
    'Ngoại giao văn hóa: Lan tỏa hình ảnh đất nước thân thiện và mến khách Trong năm qua, ngành ngoại giao đã phối hợp tổ chức ' +
    'hàng trăm hoạt động quảng bá tại nhiều quốc gia, thu hút đông đảo bạn bè quốc tế tham gia.';
  assert.deepEqual(cutHeadline(merged), { title: 'Ngoại giao văn hóa: Lan tỏa hình ảnh đất nước thân thiện và mến khách', at: 70 });
});

test('a closing "(Theo ...)" names the outlet', () => {
  assert.equal(pickOutlet(undefined, null, null, 'Hai bên ký 3 văn kiện. (Theo VnExpress)'), 'VnExpress');
  assert.equal(pickOutlet(undefined, null, null, 'Hai bên ký 3 văn kiện (Nguồn: TTXVN).'), 'Thông tấn xã Việt Nam');
});

test('a long first paragraph that opens like a lead or ends its first sentence holds no headline', () => {
  const lead =
    'Chiều 13/2, tại Wellington, Thủ tướng đã hội đàm với Thủ tướng New Zealand, hai bên nhất trí nâng cấp quan hệ lên Đối tác ' +
    'chiến lược toàn diện và thúc đẩy hợp tác kinh tế, giáo dục, nông nghiệp trong thời gian tới.';
  assert.deepEqual(cutHeadline(lead), { title: null, at: null });
  const plain =
    'Hai nước đã ký kết 5 văn kiện hợp tác quan trọng. Các văn kiện tập trung vào lĩnh vực giáo dục, nông nghiệp, quốc phòng ' +
    'và lao động, mở ra giai đoạn phát triển mới trong quan hệ song phương giữa hai nước.';
  assert.deepEqual(cutHeadline(plain), { title: null, at: null });
  const question =
    'Vì sao doanh nghiệp Nhật Bản tăng đầu tư vào Việt Nam? Theo khảo sát mới nhất, hơn 60% doanh nghiệp Nhật Bản muốn mở rộng ' +
    'hoạt động kinh doanh tại Việt Nam trong một đến hai năm tới, cao nhất trong khu vực.';
  assert.equal(cutHeadline(question).title, 'Vì sao doanh nghiệp Nhật Bản tăng đầu tư vào Việt Nam?');
});

test('an outlet after the author in a byline is not part of the name', () => {
  assert.equal(parseMetaLine('Hà Vân/VOV.VN - 11:05, 14/12/2021')?.author, 'Hà Vân');
  assert.equal(parseMetaLine('Nguyễn Hùng (TTXVN) | 09:30 14/12/2021')?.author, 'Nguyễn Hùng');
});

test('site names in several forms come off the headline', () => {
  assert.equal(stripSiteName('Thủ tướng tiếp Đại sứ Nhật Bản - Báo Tuổi Trẻ'), 'Thủ tướng tiếp Đại sứ Nhật Bản');
  assert.equal(stripSiteName('Hội nghị ASEAN - Nhân Dân điện tử'), 'Hội nghị ASEAN');
  assert.equal(stripSiteName('Chiến tranh - Hòa bình'), 'Chiến tranh - Hòa bình');
});

test('notBefore: the latest past mention of any grain, from the time dimension (one implementation)', () => {
  const nb = (text: string) => analyse(text, { published: null }).notBefore;
  assert.equal(nb('Ngày 12/7/2021 hội nghị khai mạc; ngày 30/6/2021 báo cáo được ký.'), '2021-07-12');
  // Plans and the end of a term say nothing about when the text was written.
  assert.equal(nb('Năm 2023 ghi nhiều dấu ấn; trọng tâm cho năm 2024; nhiệm kỳ 2023 - 2027.'), '2023-01-01');
  assert.equal(nb('Không có ngày tháng nào.'), null);
  // A later bare year outranks an old exact date; founding dates and document names count for nothing.
  assert.equal(nb('Hai nước lập quan hệ ngoại giao ngày 3/4/1975. Năm 2022, hai bên trao đổi 15 đoàn.'), '2022-01-01');
  assert.equal(nb('Hai bên tôn trọng Hiệp định Khung về Hợp tác Biển năm 1998.'), null);
  // A whole-year figure: the year is over.
  assert.equal(nb('Thương mại hai chiều năm 2022 đạt 4,1 tỷ USD.'), '2022-12-01');
});
