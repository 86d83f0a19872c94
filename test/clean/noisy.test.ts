// Web copies in the manner of several outlets, each with its own chrome. Every case is a list of lines marked
// keep (K) or drop (D): the cleaned text must be exactly the kept lines, and every dropped line must be recorded in
// `removed`. The articles are invented for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../src/clean/index.ts';

type Seg = readonly [keep: boolean, text: string];
const K = (text: string): Seg => [true, text];
const D = (text: string): Seg => [false, text];

interface Case {
  name: string;
  segs: Seg[];
  author?: string | null;
}

const doc = (raw: string) => clean({ source: 'test', format: 'text', raw, meta: {} });

function check(c: Case): void {
  const raw = c.segs.map((s) => s[1]).join('\n\n');
  const d = doc(raw);
  const kept = c.segs.filter((s) => s[0]).map((s) => s[1]);
  assert.equal(d.text, kept.join('\n\n'), `${c.name}: text`);
  const removedText = d.removed.map((r) => r.text).join('\n');
  for (const [keep, text] of c.segs) if (!keep) assert.ok(removedText.includes(text), `${c.name}: not recorded «${text}»`);
  if (c.author !== undefined) assert.equal(d.author, c.author, `${c.name}: author`);
}

const CASES: Case[] = [
  {
    name: 'VnExpress-like: caption with credit after a full stop, signature, share bar, related list',
    segs: [
      K('Việt Nam và Phần Lan thúc đẩy hợp tác kinh tế tuần hoàn'),
      D('Thứ ba, 14/5/2024, 17:20 (GMT+7)'),
      K(
        'Hai nước nhất trí mở rộng hợp tác trong lĩnh vực kinh tế tuần hoàn, năng lượng sạch và giáo dục, hướng tới kim ngạch thương mại 1 tỷ USD vào năm 2030.',
      ),
      D('Phó thủ tướng tiếp Bộ trưởng Phát triển Phần Lan tại Hà Nội, ngày 14/5. Ảnh: Nhật Bắc'),
      K(
        'Tại cuộc tiếp chiều 14/5, Phó thủ tướng đề nghị phía Phần Lan chia sẻ kinh nghiệm xử lý chất thải và hỗ trợ doanh nghiệp Việt Nam tiếp cận công nghệ mới.',
      ),
      K(
        'Bộ trưởng Phần Lan cho biết nước này sẵn sàng dành khoản tín dụng ưu đãi khoảng 50 triệu euro cho các dự án nước sạch tại Việt Nam.',
      ),
      D('Thu Hằng'),
      D('Chia sẻ'),
      D('Bình luận'),
    ],
    author: 'Thu Hằng',
  },
  {
    name: 'Tuổi Trẻ-like: "- Ảnh: AGENCY" caption, signature in capitals, tags, TIN LIÊN QUAN',
    segs: [
      K('Tổng thống Indonesia sắp thăm cấp nhà nước Việt Nam'),
      K(
        'Theo thông cáo của Bộ Ngoại giao, chuyến thăm diễn ra từ ngày 9 đến 11/3 theo lời mời của Chủ tịch nước, nhân dịp hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao.',
      ),
      D('Tổng thống Indonesia phát biểu tại Jakarta - Ảnh: REUTERS'),
      K(
        'Indonesia hiện là đối tác thương mại lớn thứ ba của Việt Nam trong ASEAN, với kim ngạch song phương năm ngoái đạt khoảng 14 tỉ USD.',
      ),
      D('NGỌC AN'),
      D('Tags: Indonesia Việt Nam ASEAN Ngoại giao'),
      D('TIN LIÊN QUAN'),
      D('Việt Nam - Indonesia đặt mục tiêu thương mại 18 tỉ USD'),
      D('Hai nước ký bản ghi nhớ về hợp tác nghề cá'),
    ],
    author: 'NGỌC AN',
  },
  {
    name: 'Dân trí-like: outlet lead kept, lone "(Ảnh: X)" line, inline "Xem thêm:", video heading, source line',
    segs: [
      K('Thủ tướng tiếp Đại sứ Ireland chào từ biệt'),
      K(
        '(Dân trí) - Chiều 20/6, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Ireland đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.',
      ),
      D('(Ảnh: Đoàn Bắc)'),
      K(
        'Thủ tướng đánh giá cao những đóng góp của Đại sứ trong việc thúc đẩy quan hệ hai nước, đặc biệt trong hợp tác giáo dục và viện trợ phát triển.',
      ),
      D('Xem thêm: Ireland tăng học bổng cho sinh viên Việt Nam'),
      K('Đại sứ khẳng định sẽ tiếp tục là người bạn của Việt Nam và mong muốn hai bên sớm mở đường bay thẳng.'),
      D('Theo Chinhphu.vn'),
      D('Video đang được xem nhiều'),
      D('Hà Nội mưa lớn, nhiều tuyến phố ngập sâu'),
      D('Giá vàng hôm nay tăng mạnh'),
    ],
  },
  {
    name: 'VOV-like: caption ending "(Ảnh: VGP)", name/outlet signature, keywords',
    segs: [
      K('Việt Nam - Brazil nâng cấp quan hệ'),
      K('VOV.VN - Sáng 17/11, tại Rio de Janeiro, lãnh đạo hai nước đã hội đàm và nhất trí nghiên cứu nâng cấp quan hệ lên tầm cao mới.'),
      D('Toàn cảnh cuộc hội đàm (Ảnh: VGP)'),
      K(
        'Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương đạt 15 tỷ USD, mở cửa thị trường cho nông sản và thúc đẩy hợp tác quốc phòng.',
      ),
      D('Hà Vân/VOV.VN'),
      D('Từ khóa: Việt Nam Brazil hội đàm'),
    ],
    author: 'Hà Vân',
  },
  {
    name: 'Báo Quốc tế-like: bracketed caption, copyright and republication footer',
    segs: [
      K('Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Australia'),
      K(
        'TGVN. Ngày 3/4, Bộ trưởng Ngoại giao đã điện đàm với Ngoại trưởng Australia để trao đổi về các biện pháp thúc đẩy quan hệ Đối tác chiến lược toàn diện.',
      ),
      D('Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Australia. [Ảnh: Tuấn Anh]'),
      K(
        'Hai Bộ trưởng nhất trí phối hợp chuẩn bị cho các chuyến thăm cấp cao sắp tới và tăng cường hợp tác trong khuôn khổ ASEAN và Mekong.',
      ),
      K('Ngoại trưởng Australia khẳng định nước này coi Việt Nam là đối tác quan trọng hàng đầu ở khu vực.'),
      D('© Bản quyền thuộc về Báo Thế giới và Việt Nam'),
      D('Ghi rõ nguồn "Báo Thế giới và Việt Nam" khi phát hành lại thông tin từ website này.'),
      D('Đường dây nóng: 0243 8222 111'),
      D('Email: toasoan@example.vn'),
    ],
  },
  {
    name: 'Nhân Dân-like: caption credit in capitals, source line, subscription prompt, hotline',
    segs: [
      K('Tăng cường hợp tác giữa hai Quốc hội Việt Nam và Lào'),
      K('Sáng 12/9, tại Hà Nội, Chủ tịch Quốc hội đã hội đàm với Chủ tịch Quốc hội Lào về phương hướng hợp tác trong thời gian tới.'),
      D('Chủ tịch Quốc hội chủ trì lễ đón Chủ tịch Quốc hội Lào. ẢNH: DUY LINH'),
      K(
        'Hai bên thống nhất tăng cường giám sát việc thực hiện các thỏa thuận cấp cao, trong đó có các dự án hạ tầng kết nối và hợp tác giáo dục, đào tạo.',
      ),
      D('Theo TTXVN'),
      D('Đăng ký nhận bản tin để không bỏ lỡ những thông tin mới nhất'),
      D('Hotline: 0912 000 111'),
    ],
  },
  {
    name: 'Hội đồng-like: caption with credit, signature, then the page teaser "(OUTLET) – …"',
    segs: [
      K('Việt Nam và Nhật Bản mở rộng hợp tác chuyển đổi xanh'),
      D('Hai bên trao đổi văn kiện hợp tác tại lễ ký. Ảnh: M.Châu'),
      K(
        'Trong khuôn khổ diễn đàn ngày 5/10, đại diện hai nước đã ký 12 văn kiện hợp tác trong các lĩnh vực năng lượng tái tạo, giao thông đô thị và quản lý chất thải.',
      ),
      K('Phía Nhật Bản cam kết tiếp tục hỗ trợ vốn vay ưu đãi cho các dự án hạ tầng xanh của Việt Nam trong giai đoạn tới.'),
      D('Minh Châu'),
      D('(DNVN) – Việt Nam và Nhật Bản đang mở rộng hợp tác chuyển đổi xanh trong nhiều lĩnh vực quan trọng.'),
    ],
    author: 'Minh Châu',
  },
  {
    name: 'Lone credit lines, graphics and video labels',
    segs: [
      K('Thương mại Việt Nam - EU sau 5 năm thực thi hiệp định'),
      K(
        'Sau 5 năm thực thi hiệp định thương mại tự do, kim ngạch hai chiều giữa Việt Nam và EU đã tăng hơn 50%, đạt khoảng 68 tỷ USD trong năm vừa qua.',
      ),
      D('Ảnh minh họa'),
      K(
        'Các mặt hàng xuất khẩu chủ lực của Việt Nam sang EU gồm điện thoại, máy tính, dệt may và giày dép, trong khi nhập khẩu chủ yếu là máy móc và dược phẩm.',
      ),
      D('Đồ họa: Thanh Huyền'),
      K('Giới chuyên gia cho rằng doanh nghiệp cần tận dụng tốt hơn các quy tắc xuất xứ để hưởng ưu đãi thuế quan.'),
      D('Video: Toàn cảnh lễ ký kết hiệp định'),
      K('Hai bên cũng đang thúc đẩy phê chuẩn hiệp định bảo hộ đầu tư để thu hút thêm vốn từ châu Âu.'),
    ],
  },
  {
    name: 'Clean article with photo words in its text: nothing removed',
    segs: [
      K('Triển lãm ảnh về quan hệ Việt Nam - Cuba khai mạc tại Hà Nội'),
      K('Triển lãm giới thiệu hơn 100 bức ảnh tư liệu về quan hệ hai nước từ năm 1960 đến nay, nhiều ảnh lần đầu được công bố.'),
      K('Phát biểu tại lễ khai mạc, Đại sứ Cuba cho biết những hình ảnh này là minh chứng cho tình đoàn kết đặc biệt giữa hai dân tộc.'),
      K('Ảnh hưởng của quan hệ hai nước còn thể hiện trong hợp tác y tế, giáo dục và nông nghiệp, theo ban tổ chức.'),
      K('Video tư liệu về chuyến thăm năm 1973 cũng được trình chiếu tại triển lãm.'),
      K('Triển lãm mở cửa đến hết ngày 30/9.'),
    ],
    author: null,
  },
  {
    name: 'Clean article ending in a short sentence and a figure source: nothing removed',
    segs: [
      K('Hàn Quốc duy trì vị trí nhà đầu tư lớn nhất tại Việt Nam'),
      K('Tính đến cuối tháng 6, Hàn Quốc có hơn 10.000 dự án đầu tư còn hiệu lực tại Việt Nam với tổng vốn đăng ký khoảng 87 tỷ USD.'),
      K(
        'Các doanh nghiệp Hàn Quốc tập trung vào công nghiệp chế biến, chế tạo, bất động sản và bán lẻ, theo số liệu của Cục Đầu tư nước ngoài.',
      ),
      K('Việt Nam là đối tác thương mại lớn thứ ba của Hàn Quốc.'),
    ],
    author: null,
  },
  {
    name: 'Clean article whose last paragraph opens with an outlet in brackets but is the article text: nothing removed',
    segs: [
      K('Diễn đàn kinh tế Việt Nam - Ấn Độ lần thứ năm'),
      K('Diễn đàn thu hút hơn 300 doanh nghiệp hai nước tham gia, tập trung vào dược phẩm, công nghệ thông tin và năng lượng tái tạo.'),
      K(
        'Ấn Độ hiện có khoảng 400 dự án đầu tư tại Việt Nam với tổng vốn hơn 1 tỷ USD, trong khi kim ngạch thương mại song phương đạt gần 15 tỷ USD.',
      ),
      K(
        '(TTXVN) - Phát biểu bế mạc, đại diện Bộ Công Thương đề nghị hai bên sớm rà soát hiệp định thương mại hàng hóa ASEAN - Ấn Độ để tháo gỡ rào cản cho doanh nghiệp, nhất là trong lĩnh vực nông sản.',
      ),
    ],
    author: null,
  },
  {
    name: 'Long paragraph with the caption run into it: only the bracketed credit goes',
    segs: [
      K('Thủ tướng hội kiến Tổng thống Pháp'),
      K(
        'Thủ tướng đề nghị Pháp thúc đẩy các nước EU còn lại sớm phê chuẩn hiệp định bảo hộ đầu tư, đồng thời tăng cường hợp tác trong lĩnh vực hàng không, đường sắt đô thị, năng lượng hạt nhân dân sự và y tế. Tổng thống Pháp khẳng định coi trọng vai trò của Việt Nam tại khu vực và mong muốn hai nước tăng cường trao đổi đoàn cấp cao.',
      ),
    ],
  },
];

for (const c of CASES) test(`noisy copy — ${c.name}`, () => check(c));

test('a credit in brackets inside a long paragraph is cut out and recorded; the words around it stay', () => {
  const body =
    'Thủ tướng và Tổng thống Pháp tại Điện Élysée (Ảnh: VGP/Nhật Bắc) Tại cuộc hội kiến, Thủ tướng đề nghị Pháp thúc đẩy các nước EU còn lại sớm phê chuẩn hiệp định bảo hộ đầu tư, đồng thời tăng cường hợp tác trong lĩnh vực hàng không và năng lượng.';
  const d = doc(`Thủ tướng hội kiến Tổng thống Pháp\n\n${body}`);
  assert.ok(d.text.includes('Thủ tướng và Tổng thống Pháp tại Điện Élysée Tại cuộc hội kiến, Thủ tướng đề nghị'));
  assert.ok(!d.text.includes('Nhật Bắc'));
  assert.deepEqual(
    d.removed.map((r) => [r.reason, r.text]),
    [['photo-credit', '(Ảnh: VGP/Nhật Bắc)']],
  );
});

test('a long paragraph ending in a credit loses the credit only', () => {
  const body =
    'Hai bên nhất trí tăng cường hợp tác quốc phòng - an ninh, thúc đẩy thương mại và đầu tư, phấn đấu nâng kim ngạch song phương lên 10 tỷ USD, đồng thời mở rộng hợp tác trong giáo dục, du lịch và giao lưu nhân dân, nhất là giữa các địa phương có quan hệ kết nghĩa lâu năm, với nhiều chương trình trao đổi sinh viên, học bổng và hợp tác nghiên cứu khoa học. Ảnh: TTXVN';
  const d = doc(`Việt Nam và Lào tăng cường hợp tác\n\n${body}`);
  assert.equal(d.text, `Việt Nam và Lào tăng cường hợp tác\n\n${body.slice(0, -'Ảnh: TTXVN'.length).trim()}`);
  assert.deepEqual(
    d.removed.map((r) => r.reason),
    ['photo-credit'],
  );
});

test('words that merely contain "ảnh" or name a photo are not credits', () => {
  for (const line of [
    'Tổng Bí thư (ảnh) sẽ thăm Hàn Quốc theo lời mời của Tổng thống nước này.',
    'Ảnh hưởng của cuộc xung đột tới chuỗi cung ứng khu vực là rất lớn.',
    'Phó Thủ tướng (ảnh, trái) đã gặp Ngoại trưởng Tây Ban Nha bên lề hội nghị.',
    'Bức ảnh: một kỷ niệm khó quên của chuyến thăm năm ấy.',
  ]) {
    const d = doc(`Quan hệ Việt Nam và khu vực\n\n${line}\n\nHai bên sẽ tiếp tục trao đổi trong thời gian tới.`);
    assert.deepEqual(d.removed, [], line);
  }
});

test('signature lines: a capitalised name, a name in capitals, a name with its outlet go; sentences stay', () => {
  const body =
    'Hai bên nhất trí tăng cường hợp tác thương mại, đầu tư, giáo dục và giao lưu nhân dân, phấn đấu đưa kim ngạch song phương lên 5 tỷ USD.';
  for (const [sig, author] of [
    ['Hương Giang', 'Hương Giang'],
    ['PHẠM HOÀNG', 'PHẠM HOÀNG'],
    ['Thanh Tâm/VOV.VN', 'Thanh Tâm'],
  ] as const) {
    const d = doc(`Quan hệ Việt Nam - Peru\n\n${body}\n\n${sig}`);
    assert.equal(d.text, `Quan hệ Việt Nam - Peru\n\n${body}`, sig);
    assert.equal(d.author, author, sig);
  }
  for (const last of ['Hai bên sẽ gặp lại vào năm tới.', 'HAI BÊN SẼ TIẾP TỤC TRAO ĐỔI VỀ CÁC VẤN ĐỀ CÙNG QUAN TÂM']) {
    const d = doc(`Quan hệ Việt Nam - Peru\n\n${body}\n\n${last}`);
    assert.deepEqual(d.removed, [], last);
  }
});

test('a trailing "(OUTLET) – …" teaser goes under a signature or when it repeats the headline, and stays otherwise', () => {
  const title = 'Việt Nam và Nhật Bản mở rộng hợp tác chuyển đổi xanh';
  const body =
    'Trong khuôn khổ diễn đàn, đại diện hai nước đã ký 12 văn kiện hợp tác trong các lĩnh vực năng lượng tái tạo, giao thông đô thị và quản lý chất thải.';
  const teaser = '(DNVN) - Việt Nam và Nhật Bản đang mở rộng hợp tác chuyển đổi xanh trong nhiều lĩnh vực quan trọng.';
  const repeated = doc(`${title}\n\n${body}\n\n${teaser}`);
  assert.equal(repeated.text, `${title}\n\n${body}`);
  assert.deepEqual(
    repeated.removed.map((r) => [r.reason, r.rule]),
    [['related-list', 'tail.teaser']],
  );
  const own = '(DNVN) - Phía Nhật Bản cam kết tiếp tục hỗ trợ vốn vay ưu đãi cho các dự án hạ tầng xanh trong giai đoạn tới.';
  assert.deepEqual(doc(`${title}\n\n${body}\n\n${own}`).removed, []);
});

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Việt Nam và Chile thúc đẩy thương mại nông sản - Báo Mẫu</title>
<meta property="og:title" content="Việt Nam và Chile thúc đẩy thương mại nông sản">
<meta property="article:published_time" content="2024-09-12T08:30:00+07:00">
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/dang-nhap">Đăng nhập</a></nav></header>
<main><article>
<h1>Việt Nam và Chile thúc đẩy thương mại nông sản</h1>
<div class="meta"><span>Minh Khuê</span> - <time>08:30, 12/09/2024</time></div>
<div class="share"><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a></div>
<p><strong>(BÁO MẪU) - Ngày 11/9, tại Santiago, hai nước đã tổ chức phiên họp lần thứ năm của Ủy ban hỗn hợp về hợp tác kinh tế, thương mại.</strong></p>
<figure><img src="/a.jpg" alt=""><figcaption>Toàn cảnh phiên họp Ủy ban hỗn hợp. Ảnh: Hải Linh</figcaption></figure>
<p>Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 2 tỷ USD trong những năm tới, tập trung vào nông sản, thủy sản và đồ gỗ.</p>
<table><tr><td><img src="/b.jpg"></td></tr><tr><td>Bộ trưởng hai nước ký biên bản phiên họp (Ảnh: Bộ Công Thương)</td></tr></table>
<p>Trong 8 tháng đầu năm, kim ngạch hai chiều đạt khoảng 1,1 tỷ USD, tăng 12% so với cùng kỳ; Việt Nam chủ yếu xuất khẩu điện thoại, giày dép và gạo.</p>
<p style="text-align:right"><strong>Minh Khuê</strong></p>
<div class="tags">Từ khóa: <a>Chile</a> <a>nông sản</a></div>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/1">Việt Nam - Chile ký kết ba văn kiện hợp tác</a></li>
<li><a href="/2">Xuất khẩu nông sản sang Mỹ Latinh tăng mạnh</a></li></ul></div>
</article>
<section><h3>Bình luận</h3><p>Hiện chưa có bình luận nào.</p><button>Gửi bình luận</button></section></main>
<footer><p>© Bản quyền thuộc về Báo Mẫu. Ghi rõ nguồn khi phát hành lại.</p><p>Đường dây nóng: 0900 000 000</p></footer>
</body></html>`;

test('an HTML page: captions in figures and table cells, share bar, tags, related list, comments and footer all go', () => {
  const d = clean({ source: 'page.html', format: 'html', raw: PAGE, meta: {} });
  assert.equal(d.title, 'Việt Nam và Chile thúc đẩy thương mại nông sản');
  assert.equal(d.author, 'Minh Khuê');
  assert.equal(d.published.date, '2024-09-12');
  const paras = d.text.split('\n\n');
  assert.equal(paras.length, 3);
  assert.ok(paras[0]?.startsWith('(BÁO MẪU) - Ngày 11/9'));
  assert.ok(paras[2]?.endsWith('giày dép và gạo.'));
  for (const noise of ['Ảnh:', 'Chia sẻ', 'Từ khóa', 'Tin liên quan', 'Bình luận', 'Bản quyền', 'Đường dây nóng', 'Trang chủ'])
    assert.ok(!d.text.includes(noise), noise);
  const reasons = d.removed.map((r) => r.reason);
  assert.equal(reasons.filter((r) => r === 'caption').length, 2);
});

test('agency captions "… = Place, date (Agency)" go; an equation-like sentence in a long paragraph keeps its words', () => {
  const caption = 'Thủ tướng hai nước bắt tay tại diễn đàn doanh nghiệp = Hà Nội, ngày 12 (Yonhap News)';
  const d = doc(`Diễn đàn doanh nghiệp Việt Nam - Hàn Quốc\n\n${caption}\n\nDiễn đàn quy tụ khoảng 300 doanh nghiệp hai nước.`);
  assert.equal(d.text, 'Diễn đàn doanh nghiệp Việt Nam - Hàn Quốc\n\nDiễn đàn quy tụ khoảng 300 doanh nghiệp hai nước.');
  assert.deepEqual(
    d.removed.map((r) => r.reason),
    ['caption'],
  );
});

test('a long caption printed twice goes whole (it is a caption, however long)', () => {
  const caption =
    'Phó Thủ tướng phát biểu tại hội nghị: Công tác đối ngoại đã được triển khai đồng bộ trên tất cả các kênh, góp phần củng cố môi trường hòa bình, ổn định và nâng cao vị thế của đất nước, đồng thời tạo thuận lợi cho phát triển kinh tế, thu hút đầu tư, mở rộng thị trường xuất khẩu và tranh thủ nguồn lực bên ngoài cho phát triển. Ảnh: VGP';
  const body = 'Hội nghị tổng kết công tác đối ngoại diễn ra sáng nay tại Hà Nội với sự tham dự của đại diện các bộ, ngành.';
  const d = doc(`Hội nghị đối ngoại toàn quốc\n\n${caption}\n\n${caption}\n\n${body}`);
  assert.equal(d.text, `Hội nghị đối ngoại toàn quốc\n\n${body}`);
  assert.deepEqual(
    d.removed.map((r) => r.reason),
    ['caption', 'caption-duplicate'],
  );
});

test('footer phrases (email, subscription, app prompts) go only below the body; inside it they are text', () => {
  const long =
    'Hai bên nhất trí tăng cường hợp tác thương mại, đầu tư, giáo dục và giao lưu nhân dân, phấn đấu đưa kim ngạch song phương lên 5 tỷ USD, đồng thời thúc đẩy hợp tác trong chuyển đổi số, năng lượng tái tạo và ứng phó với biến đổi khí hậu.';
  const inside = [
    'Email của đại sứ quán được công bố để bà con liên hệ khi cần hỗ trợ lãnh sự.',
    'Tải ứng dụng công dân số giúp người lao động ở nước ngoài làm thủ tục nhanh hơn.',
  ];
  const raw = ['Đại sứ quán hỗ trợ lao động Việt Nam tại Hàn Quốc', long, ...inside, long.replace('5 tỷ', '6 tỷ')].join('\n\n');
  assert.deepEqual(doc(raw).removed, []);
  const below = doc(`${raw}\n\nEmail: bandoc@example.vn\n\nTải ứng dụng để đọc tin nhanh hơn`);
  assert.equal(below.text, raw);
});
