// Vietnamese first, English on a switch: one dictionary, one context, the choice kept in local storage.
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

export type Lang = 'vi' | 'en';

const DICT = {
  appName: ['Đối ngoại — dữ liệu có nguồn', 'Foreign affairs — sourced data'],
  navSearch: ['Tìm kiếm', 'Search'],
  navIndicators: ['Chỉ số', 'Indicators'],
  navConflicts: ['Khác biệt', 'Differences'],
  navCountries: ['Quốc gia', 'Countries'],
  navEvents: ['Sự kiện', 'Events'],
  navReport: ['Báo cáo', 'Report'],
  navApi: ['API', 'API'],
  switchLang: ['English', 'Tiếng Việt'],
  signIn: ['Đăng nhập duyệt', 'Reviewer sign-in'],
  signOut: ['Đăng xuất', 'Sign out'],
  tokenLabel: ['Token người duyệt (tạo bằng `doingoai token create`)', 'Reviewer token (made with `doingoai token create`)'],
  tokenSave: ['Đăng nhập', 'Sign in'],
  tokenBad: ['Token không hợp lệ', 'Invalid token'],
  signedInAs: ['Người duyệt', 'Reviewer'],
  cancel: ['Huỷ', 'Cancel'],
  searchPlaceholder: [
    'Tìm trong các bài: viet nam, "đối tác chiến lược", vaccine -covid',
    'Search articles: viet nam, "strategic partner", vaccine -covid',
  ],
  searchButton: ['Tìm', 'Search'],
  results: ['kết quả', 'results'],
  about: ['khoảng', 'about'],
  facetsSample: ['bộ lọc đếm trên {n} kết quả mới nhất', 'filters count the {n} most recent matches'],
  noResults: ['Không có kết quả.', 'No results.'],
  loadMore: ['Xem thêm', 'Load more'],
  loading: ['Đang tải…', 'Loading…'],
  from: ['Từ', 'From'],
  to: ['Đến', 'To'],
  clearFilters: ['Bỏ lọc', 'Clear filters'],
  facetOutlet: ['Nguồn báo', 'Outlet'],
  facetYear: ['Năm', 'Year'],
  facetEntity: ['Thực thể', 'Entity'],
  facetIndicator: ['Chỉ số', 'Indicator'],
  facetEventType: ['Loại sự kiện', 'Event type'],
  cluster: ['nhóm gần trùng', 'near-duplicate group'],
  copies: ['bản', 'copies'],
  undated: ['không rõ ngày', 'undated'],
  published: ['Ngày đăng', 'Published'],
  source: ['Nguồn', 'Source'],
  outlet: ['Báo', 'Outlet'],
  showClaims: ['Số liệu', 'Claims'],
  showEntities: ['Thực thể', 'Entities'],
  showEvents: ['Sự kiện', 'Events'],
  showRemoved: ['Hiện phần đã lược bỏ và lý do', 'Show removed parts and why'],
  removedParts: ['Phần đã lược bỏ', 'Removed parts'],
  noRemoved: ['Không lược bỏ gì.', 'Nothing was removed.'],
  claims: ['Số liệu', 'Claims'],
  entities: ['Thực thể', 'Entities'],
  events: ['Sự kiện', 'Events'],
  versions: ['Phiên bản', 'Versions'],
  duplicates: ['Bài gần trùng', 'Near-duplicates'],
  rule: ['quy tắc', 'rule'],
  indicator: ['chỉ số', 'indicator'],
  subject: ['chủ thể', 'subject'],
  asOf: ['tính đến', 'as of'],
  period: ['giai đoạn', 'period'],
  spun: ['bài viết lại bằng máy', 'machine-spun'],
  dashboardTitle: ['Các chỉ số theo thời gian', 'Indicators over time'],
  dashboardHelp: [
    'Mỗi điểm màu là một dữ kiện (chỉ số, chủ thể, năm): bấm để xem các nguồn; đỏ: số liệu mâu thuẫn, cam: khác nhau có giải thích. Chấm xám là từng số liệu: bấm để mở bài.',
    'Each coloured point is a fact (indicator, subject, year): click it for its sources; red: conflicting figures, orange: differences explained. Grey dots are single claims: click to open the article.',
  ],
  filterIndicators: ['Lọc chỉ số…', 'Filter indicators…'],
  sources: ['nguồn', 'sources'],
  sourcesTitle: ['Số nguồn độc lập', 'Independent sources'],
  best: ['Giá trị tốt nhất', 'Best value'],
  range: ['Khoảng', 'Range'],
  explanation: ['Giải thích', 'Explanation'],
  allClaims: ['Tất cả số liệu', 'All claims'],
  status: ['Trạng thái', 'Status'],
  accept: ['Chấp nhận', 'Accept'],
  reject: ['Bác bỏ', 'Reject'],
  correct: ['Sửa', 'Correct'],
  reason: ['Lý do', 'Reason'],
  newValue: ['Giá trị đúng', 'Correct value'],
  submit: ['Ghi', 'Save'],
  reviewed: ['Đã duyệt', 'Reviewed'],
  reviewDone: ['Đã ghi duyệt', 'Review recorded'],
  reviewNeedsSignIn: ['Đăng nhập để duyệt', 'Sign in to review'],
  scope: ['phạm vi', 'scope'],
  openDocument: ['Xem bài', 'Open document'],
  countriesTitle: ['Quốc gia và tổ chức', 'Countries and organisations'],
  filterEntities: ['Tìm quốc gia, tổ chức…', 'Find a country, organisation…'],
  typeCountry: ['Quốc gia', 'Countries'],
  typeOrg: ['Tổ chức', 'Organisations'],
  typePerson: ['Người', 'People'],
  documents: ['bài', 'documents'],
  mentions: ['lần nhắc', 'mentions'],
  mentionsOverTime: ['Số bài và sự kiện theo năm', 'Documents and events per year'],
  related: ['Hay đi cùng', 'Often mentioned with'],
  latestDocuments: ['Bài gần nhất', 'Latest documents'],
  claimsAbout: ['Số liệu về chủ thể này', 'Claims about it'],
  eventsTitle: ['Dòng thời gian sự kiện', 'Events timeline'],
  allTypes: ['Mọi loại', 'All types'],
  actor: ['Bên tham gia (mã, vd. VN, US)', 'Actor (id, e.g. VN, US)'],
  conflictsTitle: ['Dữ kiện có số liệu khác nhau', 'Facts whose figures differ'],
  noConflicts: ['Không có khác biệt.', 'No differences.'],
  notFound: ['Không tìm thấy.', 'Not found.'],
  error: ['Lỗi', 'Error'],
  needToken: ['Kho này yêu cầu token để đọc: hãy đăng nhập.', 'This server needs a token for reads: sign in.'],
  back: ['Quay lại', 'Back'],
  place: ['địa điểm', 'place'],
  rejected: ['đã bác bỏ', 'rejected'],
  corrected: ['đã sửa', 'corrected'],
  accepted: ['đã chấp nhận', 'accepted'],
  machineValue: ['máy đọc được', 'machine read'],
  untrustedNote: ['Nội dung bài được hiển thị nguyên văn dưới dạng chữ.', 'Article content is shown verbatim, as text.'],
  facts: ['dữ kiện', 'facts'],
} as const satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof DICT;

const STATUS: Record<string, [string, string]> = {
  consistent: ['thống nhất', 'consistent'],
  differs_in_time: ['khác thời điểm', 'differs in time'],
  differs_in_scope: ['khác phạm vi', 'differs in scope'],
  forecast_vs_actual: ['dự báo và thực tế', 'forecast vs actual'],
  conflicting: ['mâu thuẫn', 'conflicting'],
};

const EVENT_TYPES: Record<string, [string, string]> = {
  visit: ['chuyến thăm', 'visit'],
  phone_call: ['điện đàm', 'phone call'],
  talks: ['hội đàm', 'talks'],
  agreement_signed: ['ký kết', 'agreement signed'],
  relation_upgrade: ['nâng cấp quan hệ', 'relation upgrade'],
  conference: ['hội nghị', 'conference'],
  elected: ['trúng cử', 'elected'],
};

const REMOVAL: Record<string, [string, string]> = {
  boilerplate: ['khuôn mẫu trang', 'boilerplate'],
  'page-header': ['đầu trang', 'page header'],
  clock: ['đồng hồ, ngày giờ trang', 'page clock'],
  byline: ['dòng tác giả', 'byline'],
  'caption-duplicate': ['chú thích ảnh lặp', 'duplicate caption'],
  caption: ['chú thích ảnh', 'photo caption'],
  'photo-credit': ['nguồn ảnh', 'photo credit'],
  player: ['trình phát', 'media player'],
  widget: ['tiện ích trang', 'widget'],
  'related-list': ['danh sách bài liên quan', 'related-articles list'],
  'headline-repeat': ['tiêu đề lặp lại', 'repeated headline'],
  'table-debris': ['mảnh bảng', 'table debris'],
  spam: ['quảng cáo chèn', 'injected spam'],
  'entity-remnant': ['mã ký tự thừa', 'entity remnant'],
  'control-char': ['ký tự điều khiển', 'control character'],
  'duplicate-paragraph': ['đoạn lặp', 'duplicate paragraph'],
  'html-chrome': ['khung trang HTML', 'HTML chrome'],
};

// Domain terms the API returns as codes.
const TERMS: Record<string, [string, string]> = {
  reviewed: ['đã duyệt', 'reviewed'],
  latest: ['mới nhất', 'latest'],
  corroborated: ['nhiều nguồn xác nhận', 'corroborated'],
  single: ['một nguồn', 'single source'],
  actual: ['thực tế', 'actual'],
  forecast: ['dự báo', 'forecast'],
  target: ['mục tiêu', 'target'],
  byline: ['theo dòng ngày đăng', 'from the byline'],
  dateline: ['theo ngày đầu bài', 'from the dateline'],
  metadata: ['theo siêu dữ liệu', 'from metadata'],
  'latest-mention': ['ngày muộn nhất bài nhắc tới', 'latest date mentioned'],
  none: ['không rõ', 'unknown'],
  country: ['quốc gia', 'country'],
  org: ['tổ chức', 'organisation'],
  person: ['người', 'person'],
};

export interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: (k: Key) => string;
  status: (s: string) => string;
  eventType: (s: string) => string;
  removal: (s: string) => string;
  term: (s: string) => string;
}

const Ctx = createContext<I18n | null>(null);

function pick(pair: readonly [string, string] | undefined, lang: Lang, fallback: string): string {
  return pair ? pair[lang === 'vi' ? 0 : 1] : fallback;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    try {
      return localStorage.getItem('doingoai.lang') === 'en' ? 'en' : 'vi';
    } catch {
      return 'vi';
    }
  });
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        setLangState(l);
        document.documentElement.lang = l;
        try {
          localStorage.setItem('doingoai.lang', l);
        } catch {
          // ignore
        }
      },
      t: (k) => pick(DICT[k], lang, k),
      status: (s) => pick(STATUS[s], lang, s),
      eventType: (s) => pick(EVENT_TYPES[s], lang, s),
      removal: (s) => pick(REMOVAL[s], lang, s),
      term: (s) => pick(TERMS[s], lang, s),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export const EVENT_TYPE_KEYS = Object.keys(EVENT_TYPES);
