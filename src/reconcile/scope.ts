// Scope words: what a figure counts ("signed" vs "negotiated, signed and in force", "including aid and purchases").
// Data, not code: add a key with its Vietnamese cues (matched on whole syllables, tone style folded) and its labels.
import { foldTone } from '../text/fold.ts';

export interface ScopeWord {
  key: string;
  cues: string[];
  vi: string;
  en: string;
}

export const SCOPE_WORDS: ScopeWord[] = [
  { key: 'negotiating', cues: ['đàm phán', 'đang đàm phán'], vi: 'đàm phán', en: 'under negotiation' },
  { key: 'signed', cues: ['ký', 'ký kết', 'đã ký', 'kí', 'kí kết'], vi: 'đã ký', en: 'signed' },
  { key: 'in_force', cues: ['thực thi', 'có hiệu lực', 'đi vào thực hiện', 'đang thực hiện'], vi: 'có hiệu lực/thực thi', en: 'in force' },
  { key: 'aid', cues: ['viện trợ', 'tài trợ', 'tặng', 'biếu tặng', 'quyên góp'], vi: 'viện trợ', en: 'aid' },
  { key: 'purchase', cues: ['mua', 'mua thương mại', 'mua sắm'], vi: 'mua thương mại', en: 'commercial purchase' },
  { key: 'including', cues: ['bao gồm', 'bao gồm cả', 'tính cả', 'kể cả'], vi: 'bao gồm cả', en: 'including' },
  { key: 'cumulative', cues: ['lũy kế', 'luỹ kế', 'tổng cộng', 'từ trước đến nay', 'tính từ khi'], vi: 'lũy kế', en: 'cumulative' },
  { key: 'local', cues: ['địa phương', 'cấp tỉnh'], vi: 'của các địa phương', en: 'by localities' },
  { key: 'committed', cues: ['cam kết', 'đăng ký'], vi: 'cam kết/đăng ký', en: 'committed/registered' },
  { key: 'disbursed', cues: ['giải ngân', 'thực hiện được'], vi: 'giải ngân', en: 'disbursed' },
  { key: 'export', cues: ['xuất khẩu'], vi: 'xuất khẩu', en: 'exports' },
  { key: 'import', cues: ['nhập khẩu'], vi: 'nhập khẩu', en: 'imports' },
];

const BY_KEY = new Map(SCOPE_WORDS.map((w) => [w.key, w]));

// Each cue as a regexp over folded text, bounded by non-letters so "ký" does not match inside "kỳ" or "kýt".
const MATCHERS = SCOPE_WORDS.map((w) => ({
  key: w.key,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${w.cues.map((c) => escapeRe(foldTone(c))).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
}));

/** Scope keys whose cues occur in the text (sorted). Export+import together ("xuất nhập khẩu") read as the total. */
export function scopeOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const t = foldTone(text).replace(/xuất,? nhập khẩu|xuất nhập khẩu/gu, 'xnk');
  return MATCHERS.filter((m) => m.re.test(t))
    .map((m) => m.key)
    .sort();
}

export function scopeLabel(key: string, lang: 'vi' | 'en'): string {
  return BY_KEY.get(key)?.[lang] ?? key;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
