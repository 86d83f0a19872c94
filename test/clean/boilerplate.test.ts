import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markBoilerplate } from '../../src/clean/boilerplate/index.ts';
import { type Block, splitBlocks } from '../../src/clean/paragraphs.ts';

const PARA =
  'Chiều 5/9, tại Hà Nội, Bộ trưởng Ngoại giao đã có cuộc hội đàm với người đồng cấp, hai bên nhất trí thúc đẩy hợp tác ' +
  'kinh tế, thương mại, đầu tư, giáo dục và giao lưu nhân dân, đồng thời trao đổi về các vấn đề khu vực cùng quan tâm.';
const PARA2 =
  'Hai bên đánh giá cao kết quả hợp tác thời gian qua và nhất trí phấn đấu đưa kim ngạch thương mại song phương lên mức mới, ' +
  'tăng cường kết nối giao thông, hợp tác về năng lượng tái tạo, chuyển đổi số và ứng phó biến đổi khí hậu.';

const PARA3 =
  'Nhân dịp này, Bộ trưởng chuyển lời mời của lãnh đạo cấp cao Việt Nam tới lãnh đạo nước bạn sang thăm Việt Nam vào thời điểm ' +
  'thích hợp; lời mời đã được vui vẻ nhận lời, thời gian cụ thể sẽ được thu xếp qua đường ngoại giao.';
const PARA4 =
  'Trước đó, đoàn đã làm việc với Phòng Thương mại và Công nghiệp, gặp gỡ cộng đồng người Việt Nam đang sinh sống, học tập và ' +
  'làm việc tại địa bàn, thăm một số doanh nghiệp có vốn đầu tư lớn vào Việt Nam.';

function page(lines: string[], metaTitle: string | null = null) {
  const { blocks } = splitBlocks(lines.join('\n'));
  const info = markBoilerplate(blocks, metaTitle);
  const kept = blocks.filter((b) => !b.drop).map((b) => b.text);
  const dropped = blocks.filter((b) => b.drop).map((b) => [b.text, (b.drop as NonNullable<Block['drop']>).reason]);
  return { info, kept, dropped };
}

test('page clock and lone labels above the headline go; the byline goes but is read', () => {
  const p = page([
    'Trang chủ',
    'Tracking',
    'Thứ Hai, ngày 04 tháng 03 năm 2024, 07:41:09',
    '',
    'Việt Nam và Úc nâng cấp quan hệ',
    'Minh Châu - 08:30, 07/03/2024',
    PARA,
  ]);
  assert.deepEqual(p.kept, ['Việt Nam và Úc nâng cấp quan hệ', PARA]);
  assert.deepEqual(
    p.dropped.map((d) => d[1]),
    ['page-header', 'page-header', 'clock', 'byline'],
  );
  assert.equal(p.info.header.byline?.date, '2024-03-07');
  assert.equal(p.info.header.byline?.author, 'Minh Châu');
  assert.equal(p.info.header.headDate?.seconds, true);
});

test('a related list after its heading goes with everything in it', () => {
  const p = page([
    'Việt Nam dự Hội nghị Bộ trưởng ASEAN',
    PARA,
    PARA2,
    'Tin liên quan',
    'Thủ tướng tiếp Đại sứ Ấn Độ',
    'Thủ tướng tiếp Đại sứ Ấn Độ',
    'Kinh tế - Thu Trang - 2 giờ trước',
    'Sáng nay, Thủ tướng đã tiếp Đại sứ Ấn Độ nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.',
    'Xuất khẩu nông sản sang EU tăng mạnh',
  ]);
  assert.deepEqual(p.kept, ['Việt Nam dự Hội nghị Bộ trưởng ASEAN', PARA, PARA2]);
  assert.ok(p.dropped.every((d) => d[1] === 'related-list'));
});

test('a dense run of teasers with no heading is found by its shape', () => {
  const p = page([
    'Hợp tác Việt - Lào ngày càng đi vào chiều sâu',
    PARA,
    PARA2,
    'Khánh thành cầu hữu nghị qua sông Mê Công',
    'Khánh thành cầu hữu nghị qua sông Mê Công',
    'Thời sự - PV - 3 giờ trước',
    'Cây cầu dài 800 m nối hai tỉnh biên giới được khánh thành sáng nay.',
    'Hội chợ thương mại biên giới thu hút 300 doanh nghiệp',
    'Hội chợ thương mại biên giới thu hút 300 doanh nghiệp',
    'Kinh tế - Hoàng Lan - 5 giờ trước',
    'Hội chợ diễn ra trong 5 ngày tại cửa khẩu quốc tế.',
  ]);
  assert.deepEqual(p.kept, ['Hợp tác Việt - Lào ngày càng đi vào chiều sâu', PARA, PARA2]);
});

test('"Đọc thêm" inside an article removes only its own line', () => {
  const p = page(['Hợp tác quốc phòng Việt - Nga', PARA, 'Đọc thêm: Nga và Việt Nam ký kế hoạch hợp tác 2024', PARA2, PARA3, PARA4]);
  assert.deepEqual(p.dropped, [['Đọc thêm: Nga và Việt Nam ký kế hoạch hợp tác 2024', 'related-list']]);
  assert.equal(p.kept.length, 5);
});

test('comment boxes, share buttons and player time go', () => {
  const p = page([
    'Đà Nẵng đón 2 triệu lượt khách quốc tế',
    '0:00 / 2:15',
    PARA,
    'Chia sẻ',
    PARA2,
    'Gửi bình luận',
    'Tối đa: 2000 ký tự',
    'Chưa có bình luận nào cho bài viết này',
  ]);
  assert.deepEqual(p.kept, ['Đà Nẵng đón 2 triệu lượt khách quốc tế', PARA, PARA2]);
  assert.deepEqual(
    p.dropped.map((d) => d[1]),
    ['player', 'widget', 'widget', 'widget', 'widget'],
  );
});

test('a caption printed twice goes (the second copy as a duplicate); the headline printed again loses its copy', () => {
  const caption = 'Chủ tịch nước phát biểu tại lễ đón. Ảnh: Thống Nhất/TTXVN';
  const p = page(['Chủ tịch nước đón Tổng thống Hàn Quốc', PARA, caption, caption, 'Chủ tịch nước đón Tổng thống Hàn Quốc', PARA2]);
  assert.deepEqual(p.kept, ['Chủ tịch nước đón Tổng thống Hàn Quốc', PARA, PARA2]);
  assert.deepEqual(
    p.dropped.map((d) => d[1]),
    ['caption', 'caption-duplicate', 'headline-repeat'],
  );
});

test('a line printed twice with no credit is a repeated paragraph, not a caption: one copy stays', () => {
  const line = 'Chủ tịch nước phát biểu tại lễ đón chính thức';
  const p = page(['Chủ tịch nước đón Tổng thống Hàn Quốc', PARA, line, line, PARA2]);
  assert.deepEqual(p.kept, ['Chủ tịch nước đón Tổng thống Hàn Quốc', PARA, line, PARA2]);
});

test('a truncated headline gives way to the full one below it', () => {
  const p = page([
    'Thủ tướng hội đàm với Thủ tướng Nhật Bản về ...',
    '',
    'Thủ tướng hội đàm với Thủ tướng Nhật Bản về hợp tác bán dẫn',
    PARA,
  ]);
  assert.equal(p.info.header.titleIndex, 1);
  assert.deepEqual(p.dropped, [['Thủ tướng hội đàm với Thủ tướng Nhật Bản về ...', 'headline-repeat']]);
});

test('the signature at the end is read and removed', () => {
  const p = page(['Đoàn đại biểu Quốc hội thăm Lào', PARA, PARA2, 'Hoàng Minh Đức (TTXVN)']);
  assert.equal(p.info.tail.author, 'Hoàng Minh Đức');
  assert.equal(p.info.tail.source, 'TTXVN');
  const q = page(['Đoàn đại biểu Quốc hội thăm Lào', PARA, PARA2, 'Theo VnExpress']);
  assert.equal(q.info.tail.source, 'VnExpress');
});

test('a clean article loses nothing', () => {
  const lines = [
    'Việt Nam - Singapore thúc đẩy kinh tế số',
    PARA,
    'Hai nước ký 3 văn kiện hợp tác.',
    PARA2,
    'Tăng trưởng xanh',
    PARA3,
    PARA4,
  ];
  const p = page(lines);
  assert.deepEqual(p.dropped, []);
  assert.deepEqual(p.kept, lines);
});

test('a noisy page: breadcrumb, share buttons, tags, credits and the site footer go', () => {
  const p = page([
    'Trang chủ » Thế giới » Đối ngoại',
    'Đối ngoại',
    'Việt Nam và Ấn Độ thúc đẩy hợp tác quốc phòng',
    'Thứ tư, 20/03/2024 14:30 (GMT+7)',
    'Facebook',
    'Zalo',
    PARA,
    PARA2,
    PARA3,
    'Tags: quốc phòng, Ấn Độ',
    'Bài và ảnh: Hồng Nhung',
    'Bản quyền thuộc về Báo Điện tử ABC. Ghi rõ nguồn khi phát hành lại thông tin.',
    'Địa chỉ: 11 Lê Lợi, Hà Nội',
  ]);
  assert.deepEqual(p.kept, ['Đối ngoại', 'Việt Nam và Ấn Độ thúc đẩy hợp tác quốc phòng', PARA, PARA2, PARA3]);
  assert.equal(p.info.header.headDate, null);
  assert.equal(p.info.header.byline?.date, '2024-03-20');
  assert.equal(p.info.tail.author, 'Hồng Nhung');
});

test('footer words inside the article stay', () => {
  const line = 'Tổng biên tập Báo Nhân Dân phát biểu khai mạc hội thảo về báo chí đối ngoại.';
  const p = page(['Hội thảo báo chí đối ngoại', PARA, line, PARA2]);
  assert.deepEqual(p.dropped, []);
});

test('a share bar of several buttons on one line goes; a sentence using those words stays', () => {
  const p = page([
    'Hợp tác giáo dục Việt - Pháp',
    PARA,
    'Chia sẻ Facebook Zalo Email',
    PARA2,
    'Bạn đọc có thể chia sẻ ý kiến qua email của tòa soạn.',
    PARA3,
  ]);
  assert.deepEqual(p.dropped, [['Chia sẻ Facebook Zalo Email', 'widget']]);
});
