// The entities corpus: each example lists every entity it must yield ("type:id"), nothing more.
// People are written with their full names as ids; countries as ISO alpha-2; organisations by stable id.

export interface EntityExample {
  text: string;
  expect: string[];
}

export const examples: EntityExample[] = [
  // Countries: package names, aliases, transliterations, English names.
  { text: 'Kim ngạch thương mại giữa Việt Nam và Hoa Kỳ tăng mạnh.', expect: ['country:VN', 'country:US'] },
  { text: 'Doanh nghiệp Mỹ đầu tư thêm vào ngành bán dẫn.', expect: ['country:US'] },
  { text: 'Quan hệ Việt - Nga có truyền thống lâu đời.', expect: ['country:RU'] },
  { text: 'Đoàn đại biểu LB Nga tới Hà Nội hôm qua.', expect: ['country:RU'] },
  { text: 'Liên bang Nga và Cộng hòa Séc cử quan sát viên.', expect: ['country:RU', 'country:CZ'] },
  { text: 'Sinh viên Việt Nam đang học tập tại Ô-xtrây-li-a và Niu Di-lân.', expect: ['country:VN', 'country:AU', 'country:NZ'] },
  { text: 'Hàng nông sản được xuất sang Úc, Hàn Quốc và Nhật Bản.', expect: ['country:AU', 'country:KR', 'country:JP'] },
  { text: 'CHDCND Triều Tiên phóng thử tên lửa, Hàn Quốc phản đối.', expect: ['country:KP', 'country:KR'] },
  { text: 'Phái đoàn CHND Trung Hoa đến thăm Cam-pu-chia.', expect: ['country:CN', 'country:KH'] },
  { text: 'Đông Timo được kết nạp làm thành viên thứ 11.', expect: ['country:TL'] },
  { text: 'Hợp tác ba bên giữa Lào, Campuchia và Thái Lan được thúc đẩy.', expect: ['country:LA', 'country:KH', 'country:TH'] },
  {
    text: 'Hàng dệt may xuất khẩu sang Pháp, Đức, I-ta-li-a và Tây Ban Nha.',
    expect: ['country:FR', 'country:DE', 'country:IT', 'country:ES'],
  },
  { text: 'Thuỵ Sĩ và Hà Lan cam kết hỗ trợ ứng phó biến đổi khí hậu.', expect: ['country:CH', 'country:NL'] },
  {
    text: 'Các nước Xinh-ga-po, Ma-lai-xi-a, In-đô-nê-xi-a và Phi-líp-pin đã phê chuẩn.',
    expect: ['country:SG', 'country:MY', 'country:ID', 'country:PH'],
  },
  { text: 'Myanmar và Bru-nây chưa gửi phản hồi.', expect: ['country:MM', 'country:BN'] },
  { text: 'Cu-ba gửi lời cảm ơn tới nhân dân Ai Cập và Nam Phi.', expect: ['country:CU', 'country:EG', 'country:ZA'] },
  { text: 'Đội cứu hộ đã có mặt tại Haiti sau trận động đất.', expect: ['country:HT'] },
  {
    text: 'Thị trường Ca-na-đa, Braxin, Ác-hen-ti-na và Mê-hi-cô mở cửa cho trái cây.',
    expect: ['country:CA', 'country:BR', 'country:AR', 'country:MX'],
  },
  { text: 'Xri Lan-ca và Ả-rập Xê-út ký bản ghi nhớ về lao động.', expect: ['country:LK', 'country:SA'] },
  { text: 'Các Tiểu vương quốc Ả-rập Thống nhất (UAE) là điểm trung chuyển.', expect: ['country:AE'] },
  { text: 'Hội nghị có đại diện từ Germany, France và the United Kingdom.', expect: ['country:DE', 'country:FR', 'country:GB'] },
  { text: 'Thủ tướng Anh thông báo sẽ thăm Ấn Độ vào tháng tới.', expect: ['country:GB', 'country:IN'] },
  { text: 'Xuất khẩu sang Vương quốc Anh tăng nhờ hiệp định UKVFTA.', expect: ['country:GB', 'org:UKVFTA'] },
  { text: 'Mỹ, Anh và Pháp đã lên tiếng về vụ việc.', expect: ['country:US', 'country:GB', 'country:FR'] },
  { text: 'Tòa án nước Anh bác đơn kháng cáo.', expect: ['country:GB'] },
  { text: 'Tổng thống Áo đến Hà Nội, mở đầu chuyến thăm cấp nhà nước.', expect: ['country:AT'] },
  { text: 'VN và TQ nhất trí quản lý tốt biên giới trên đất liền.', expect: ['country:VN', 'country:CN'] },
  { text: 'Đại sứ quán Việt Nam tại Thổ Nhĩ Kỳ khuyến cáo công dân.', expect: ['country:VN', 'country:TR'] },
  { text: 'Hàng hóa của ta vào Bỉ và Ba Lan tăng đều.', expect: ['country:BE', 'country:PL'] },

  // Organisations: names, acronyms, nesting.
  { text: 'Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc.', expect: ['country:VN', 'org:UNSC', 'org:UN'] },
  { text: 'LHQ kêu gọi các bên kiềm chế.', expect: ['org:UN'] },
  { text: 'Tổ chức Y tế Thế giới (WHO) khuyến nghị tiêm mũi nhắc lại.', expect: ['org:WHO'] },
  { text: 'Quỹ Tiền tệ Quốc tế dự báo tăng trưởng 6,5%, còn Ngân hàng Thế giới thận trọng hơn.', expect: ['org:IMF', 'org:WB'] },
  { text: 'Ngân hàng Phát triển châu Á (ADB) cho vay ưu đãi.', expect: ['org:ADB'] },
  { text: 'Các nền kinh tế G20 và G7 họp bàn về nợ công.', expect: ['org:G20', 'org:G7'] },
  { text: 'BRICS mở rộng, trong khi NATO tăng chi tiêu quốc phòng.', expect: ['org:BRICS', 'org:NATO'] },
  { text: 'Hiệp định CPTPP và RCEP tạo động lực cho xuất khẩu.', expect: ['org:CPTPP', 'org:RCEP'] },
  {
    text: 'Sau khi gia nhập WTO, Việt Nam đàm phán EVFTA với Liên minh châu Âu.',
    expect: ['org:WTO', 'country:VN', 'org:EVFTA', 'org:EU'],
  },
  { text: 'Đại hội đồng AIPA lần này do Lào đăng cai.', expect: ['org:AIPA', 'country:LA'] },
  { text: 'Ngân hàng AIIB và OECD công bố báo cáo chung.', expect: ['org:AIIB', 'org:OECD'] },
  { text: 'UNESCO ghi danh di sản; ASEAN chào mừng; APEC họp tại Peru.', expect: ['org:UNESCO', 'org:ASEAN', 'org:APEC', 'country:PE'] },
  { text: 'Hiệp định Đối tác xuyên Thái Bình Dương (TPP) từng được kỳ vọng.', expect: ['org:TPP'] },

  // People: titles of office, honorifics, foreign names, merging.
  { text: 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.', expect: ['person:Bùi Thanh Sơn', 'country:JP'] },
  {
    text: 'Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch nước. Ông Putin nhấn mạnh hợp tác năng lượng.',
    expect: ['country:RU', 'person:Vladimir Putin'],
  },
  {
    text: 'Thủ tướng Nhật Bản Shinzo Abe đón Thủ tướng Nguyễn Xuân Phúc tại Tokyo.',
    expect: ['country:JP', 'person:Shinzo Abe', 'person:Nguyễn Xuân Phúc'],
  },
  { text: 'Ngoại trưởng Nga Xéc-gây La-vrốp sẽ sang thăm.', expect: ['country:RU', 'person:Xéc-gây La-vrốp'] },
  // After a foreign title, unmarked syllables that could each be Vietnamese words still make a name; one alone does not.
  { text: 'Thủ tướng tiếp Chủ tịch Thượng viện Campuchia Hun Sen.', expect: ['country:KH', 'person:Hun Sen'] },
  { text: 'Đoàn của Chủ tịch Thượng viện Campuchia Sen đến Hà Nội.', expect: ['country:KH'] },
  { text: 'Phó Thủ tướng Lê Văn Thành chủ trì cuộc họp; ông Thành yêu cầu các bộ khẩn trương.', expect: ['person:Lê Văn Thành'] },
  { text: 'Chủ tịch Quốc hội Vương Đình Huệ gặp Chủ tịch Thượng viện Pháp.', expect: ['org:VN-NA', 'person:Vương Đình Huệ', 'country:FR'] },
  { text: 'Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.', expect: ['org:UN', 'person:António Guterres'] },
  { text: 'Bà Nguyễn Thị Thanh Hà, chuyên viên Bộ Công Thương, cho biết như vậy.', expect: ['person:Nguyễn Thị Thanh Hà', 'org:VN-MOIT'] },
  { text: 'Tiến sĩ Trần Minh Khoa nhận định thị trường còn nhiều dư địa.', expect: ['person:Trần Minh Khoa'] },
  { text: 'Thứ trưởng Bộ Kế hoạch và Đầu tư Đỗ Thành Trung dẫn đầu đoàn công tác.', expect: ['org:VN-MPI', 'person:Đỗ Thành Trung'] },
  {
    text: 'Ngoại trưởng Mỹ Antony Blinken và người đồng cấp Anh David Lammy điện đàm.',
    expect: ['country:US', 'person:Antony Blinken', 'country:GB'],
  },
  {
    text: 'Đại sứ Lào tại Việt Nam Khamphao Ernthavanh trình quốc thư.',
    expect: ['country:LA', 'country:VN', 'person:Khamphao Ernthavanh'],
  },
  {
    text: 'Chủ tịch nước Võ Văn Thưởng tiếp Tổng thống Hàn Quốc Yoon Suk-yeol.',
    expect: ['person:Võ Văn Thưởng', 'country:KR', 'person:Yoon Suk-yeol'],
  },
  {
    text: 'Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình và Thủ tướng Lý Cường tiếp đoàn.',
    expect: ['country:CN', 'person:Tập Cận Bình', 'person:Lý Cường'],
  },
  { text: 'Quốc vương Campuchia Norodom Sihamoni đến dự lễ.', expect: ['country:KH', 'person:Norodom Sihamoni'] },
  { text: 'Ông Nguyễn Minh Đức phát biểu tại hội thảo về logistics.', expect: ['person:Nguyễn Minh Đức'] },
  {
    text: 'Tổng thống Pháp Emmanuel Macron nói. Tổng thống Macron cũng cảm ơn nước chủ nhà.',
    expect: ['country:FR', 'person:Emmanuel Macron'],
  },
  { text: 'Thủ tướng Lào Sonexay Siphandone chủ trì lễ đón. Ảnh: VGP/Nhật Bắc', expect: ['country:LA', 'person:Sonexay Siphandone'] },
  { text: 'Chủ tịch Ủy ban châu Âu Ursula von der Leyen có bài phát biểu.', expect: ['org:EC', 'org:EU', 'person:Ursula von der Leyen'] },
  { text: 'Ngài Robert H. Smith Jr., Giám đốc quỹ đầu tư, trả lời phỏng vấn.', expect: ['person:Robert H. Smith Jr.'] },
  {
    text: 'Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Úc Richard Marles.',
    expect: ['person:Phan Văn Giang', 'country:AU', 'person:Richard Marles'],
  },
  { text: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc đã công nhận nghệ thuật xòe.', expect: ['org:UNESCO', 'org:UN'] },
  { text: 'Quan hệ giữa Mĩ và Nam Hàn vẫn được duy trì.', expect: ['country:US', 'country:KR'] },
  { text: 'Đại sứ Việt Nam tại Mỹ Lê Thị Hoa trình thư ủy nhiệm.', expect: ['country:VN', 'country:US', 'person:Lê Thị Hoa'] },
  { text: 'Có mặt tại buổi lễ: Marek Novak, Phó Chủ tịch Thượng viện Séc.', expect: ['person:Marek Novak', 'country:CZ'] },
  { text: 'Chủ tịch Tập đoàn Hanwha Kim Seung-youn cam kết mở rộng đầu tư.', expect: ['person:Kim Seung-youn'] },
  {
    text: 'Tổng thống Philippines Ferdinand Marcos Jr. nhấn mạnh. Ông Marcos cũng kêu gọi đối thoại.',
    expect: ['country:PH', 'person:Ferdinand Marcos Jr.'],
  },
  {
    text: 'Thủ tướng Phạm Minh Chính chủ trì phiên họp. Thủ tướng Chính yêu cầu các bộ, ngành báo cáo.',
    expect: ['person:Phạm Minh Chính'],
  },
  {
    text: 'Chủ tịch nước Lào Thongloun Sisoulith (phải) và Tổng Bí thư Tô Lâm. (Ảnh: Thống Nhất/TTXVN)',
    expect: ['country:LA', 'person:Thongloun Sisoulith', 'person:Tô Lâm'],
  },
  { text: 'Tổng thống Mông Cổ U. Khurelsukh đón đoàn tại thủ đô Ulaanbaatar.', expect: ['country:MN', 'person:U. Khurelsukh'] },
  { text: 'Phó Tổng thống Mỹ Kamala Harris và Quốc vụ khanh Anh tham dự.', expect: ['country:US', 'person:Kamala Harris', 'country:GB'] },
  {
    text: 'Hội nghị Bộ trưởng Ngoại giao ASEAN mở rộng với Nhật, Hàn và Ấn Độ.',
    expect: ['org:ASEAN', 'country:JP', 'country:KR', 'country:IN'],
  },
  {
    text: 'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu có hiệu lực từ tháng 8/2020.',
    expect: ['org:EVFTA', 'country:VN', 'org:EU'],
  },
  {
    text: 'Cùng dự có các Bộ trưởng: Tài chính Hồ Đức Phớc; Xây dựng Nguyễn Thanh Nghị và Y tế Đào Hồng Lan.',
    expect: ['person:Hồ Đức Phớc', 'person:Nguyễn Thanh Nghị', 'person:Đào Hồng Lan'],
  },
  { text: 'Bộ Ngoại giao Trung Quốc ra thông cáo, Quốc hội Lào hoan nghênh.', expect: ['country:CN', 'country:LA'] },
  {
    text: 'Tổng thống Mỹ Joe Biden cùng phu nhân Jill Biden dự tiệc. Sau đó Tổng thống Biden rời Hà Nội.',
    expect: ['country:US', 'person:Joe Biden', 'person:Jill Biden'],
  },
  { text: 'Phía Nga khẳng định; tại Đức, thủ tướng nước này cũng lên tiếng.', expect: ['country:RU', 'country:DE'] },
  {
    text: 'Ngoại trưởng Indonesia Retno Marsudi nói rằng Hiệp hội các quốc gia Đông Nam Á cần đoàn kết.',
    expect: ['country:ID', 'person:Retno Marsudi', 'org:ASEAN'],
  },
  { text: 'Theo hãng tin Kyodo, Thủ tướng Kishida Fumio sẽ tới Ma-ni-la.', expect: ['org:KYODO', 'person:Kishida Fumio'] },
  {
    text: "Cố vấn An ninh Quốc gia Mỹ Robert O'Brien gặp Tổng thống Hàn Quốc Yoon Suk Yeol.",
    expect: ['country:US', "person:Robert O'Brien", 'country:KR', 'person:Yoon Suk Yeol'],
  },
  { text: 'Thủ tướng Israel Netanyahu bác bỏ đề xuất ngừng bắn.', expect: ['country:IL', 'person:Netanyahu'] },
  { text: 'Toàn quyền Canada Mary Simon chủ trì lễ đón chính thức.', expect: ['country:CA', 'person:Mary Simon'] },
  { text: 'Thống đốc bang California Gavin Newsom tiếp đoàn doanh nghiệp.', expect: ['person:Gavin Newsom'] },
  // EU institutions also name the EU.
  { text: 'Chủ tịch Ủy ban châu Âu sẽ thăm Hà Nội vào tháng tới.', expect: ['org:EC', 'org:EU'] },
  { text: 'Nghị viện châu Âu đã phê chuẩn hiệp định với Chile.', expect: ['org:EP', 'org:EU', 'country:CL'] },
  // People: a name set off by commas after a long title; a capitalised honorific at a sentence start.
  {
    text: 'Thứ trưởng Thương mại Canada phụ trách các vấn đề châu Á, Laura Whitfield, cho biết hai bên sẽ tiếp tục đàm phán.',
    expect: ['country:CA', 'person:Laura Whitfield'],
  },
  { text: 'Chị Lê Thị Mai Hương, giáo viên tiếng Việt tại Praha, chia sẻ niềm vui.', expect: ['person:Lê Thị Mai Hương'] },
  // A company name before an East Asian name with a hyphenated given name is not part of the name.
  {
    text: 'Chủ tịch Hyundai Motor Group Chung Eui-sun và Đại diện LG Display Jeong Ho-young đã dự buổi làm việc.',
    expect: ['org:HYUNDAI', 'person:Chung Eui-sun', 'org:LG', 'person:Jeong Ho-young'],
  },
  // A foreign name without a title, before a verb of speech or office.
  { text: 'Thị trường biến động khi Javier Milei lên nhậm chức vào cuối năm.', expect: ['person:Javier Milei'] },
];

/** Text that must yield no entity at all. */
export const negatives: string[] = [
  'Ngày mai trời có mưa rào ở nhiều nơi.',
  'Anh ấy nói rằng sẽ quay lại vào tuần sau.',
  'Anh hùng Lao động được tặng thưởng huân chương.',
  'Các biện pháp cần được áp dụng theo đúng pháp luật.',
  'Pháp lệnh mới có hiệu lực từ đầu năm.',
  'Pháp luật nghiêm cấm hành vi này.',
  'Ý kiến của cử tri được tổng hợp đầy đủ.',
  'Áo dài là trang phục truyền thống.',
  'Mỹ phẩm nhập khẩu phải được kiểm định.',
  'Chủ nhật tuần này sẽ có buổi ra mắt sách.',
  'Người dân Lào Cai đón tết sớm.',
  'Nhiều du khách ghé thăm Mỹ Sơn và Hội An dịp cuối tuần.',
  'Giá EUR giảm so với đầu năm, còn chỉ số who-cares không đổi.',
  'Nam giới chiếm đa số trong đội tuyển.',
  'Bức tranh được treo trang trọng tại nhà văn hóa.',
  'anh em trong gia đình đều đồng lòng.',
  'Thời tiết Hà Nội hôm nay nắng nhẹ, nhiệt độ 25 độ.',
  'Đức tính cần cù được đề cao trong bài viết.',
  'Ảnh: Trọng Đức - TTXVN',
  'Tiếng Anh và tiếng Pháp được dạy ở nhiều trường.',
  'Hôm qua Thủ tướng đã chủ trì cuộc họp thường kỳ.',
  'Hòa bình và ổn định là nguyện vọng chung.',
  'Đức Phật đản sinh được cử hành trang nghiêm.',
  'Vùng biển Ấn Độ Dương và Thái Bình Dương có nhiều tuyến hàng hải.',
  'Chợ nổi Mỹ Tho tấp nập từ sáng sớm.',
  'Nhạc sĩ Đức Trí và ca sĩ Mỹ Linh biểu diễn.',
  'Sinh nhật lần thứ 30 của chị được tổ chức tại nhà.',
  'Ông ấy là người có đạo đức, được bà con quý mến.',
  'Bà con tiểu thương phấn khởi vì giá cả ổn định.',
  'Lời giới thiệu: Anh Thư và Minh Anh dẫn chương trình.',
  'Hằng Nga là nhân vật trong truyện cổ tích.',
  'Bộ trưởng cho biết sẽ sớm ban hành thông tư.',
  'Tỉnh Lai Châu và Điện Biên có nhiều đồng bào dân tộc.',
  'Hiệu trưởng Trường THPT Chu Văn An, tỉnh An Giang phát biểu.',
  'Nhà hàng Mỹ Đình phục vụ khách cả ngày.',
  'Phó Giám đốc Công an tỉnh cho biết như vậy.',
  'Thầy Cô đều vui mừng trước kết quả của học trò.',
  'Bộ trưởng cho biết, hôm nay, các bên sẽ họp lại.',
  'Financial Times cho biết giá khí đốt có thể giảm.',
  'Giám đốc điều hành cho biết, Silicon Valley, nơi tập trung nhiều công ty, vẫn tăng trưởng.',
];
