// Number corpus: each example must yield exactly one numeral with this value (and kind); negatives yield none.
import type { NumberKind } from './rules.ts';

export interface NumberExample {
  text: string;
  value: number;
  valueMax?: number;
  kind?: NumberKind;
}

export const NUMBER_CORPUS: NumberExample[] = [
  // Digits, Vietnamese separators
  { text: '2,85', value: 2.85 },
  { text: '14,8', value: 14.8 },
  { text: '0,5', value: 0.5 },
  { text: '50.000', value: 50000 },
  { text: '1.200.000', value: 1200000 },
  { text: '3.456,75', value: 3456.75 },
  { text: '7', value: 7 },
  { text: '1000', value: 1000 },
  // English separators where unambiguous
  { text: '1,200,000', value: 1200000 },
  { text: '2,345,678.9', value: 2345678.9 },
  { text: '2.5 tỷ', value: 2.5e9 },
  { text: '6.5%', value: 6.5 },
  // Scale words
  { text: '2,85 tỷ', value: 2.85e9 },
  { text: '192 triệu', value: 192e6 },
  { text: '45 nghìn', value: 45000 },
  { text: '12 ngàn', value: 12000 },
  { text: '3 tỉ', value: 3e9 },
  { text: '1,5 nghìn tỷ', value: 1.5e12 },
  { text: '400 ngàn tỷ', value: 400e12 },
  { text: '1 tỷ 200 triệu', value: 1.2e9 },
  { text: '10,07 tỉ', value: 10.07e9 },
  // Numbers in words
  { text: 'một trăm', value: 100 },
  { text: 'hai mươi lăm', value: 25 },
  { text: 'ba mươi mốt', value: 31 },
  { text: 'bốn mươi tư', value: 44 },
  { text: 'mười hai', value: 12 },
  { text: 'mười lăm', value: 15 },
  { text: 'mười', value: 10 },
  { text: 'bảy', value: 7 },
  { text: 'chín', value: 9 },
  { text: 'năm mươi', value: 50 },
  { text: 'ba trăm linh năm', value: 305 },
  { text: 'hai trăm bốn mươi', value: 240 },
  { text: 'năm triệu', value: 5e6 },
  { text: 'một tỷ', value: 1e9 },
  { text: 'hai triệu rưỡi', value: 2.5e6 },
  { text: 'sáu nghìn', value: 6000 },
  { text: 'hơn trăm nghìn', value: 100000 },
  { text: 'gần chục', value: 10 },
  { text: 'hai chục', value: 20 },
  { text: 'một nửa', value: 0.5, kind: 'fraction' },
  { text: 'phân nửa số dự án', value: 0.5, kind: 'fraction' },
  // Vague amounts
  { text: 'hàng nghìn', value: 1000, kind: 'vague' },
  { text: 'hàng trăm', value: 100, kind: 'vague' },
  { text: 'hàng chục', value: 10, kind: 'vague' },
  { text: 'hàng triệu', value: 1e6, kind: 'vague' },
  { text: 'hàng chục nghìn', value: 10000, kind: 'vague' },
  // Ranges
  { text: 'từ 3 đến 5', value: 3, valueMax: 5, kind: 'range' },
  { text: 'từ 3 đến 5 tỷ', value: 3e9, valueMax: 5e9, kind: 'range' },
  { text: '3-5', value: 3, valueMax: 5, kind: 'range' },
  { text: '3 – 5', value: 3, valueMax: 5, kind: 'range' },
  { text: '6,5-7', value: 6.5, valueMax: 7, kind: 'range' },
  { text: 'từ 500 triệu tới 1 tỷ', value: 5e8, valueMax: 1e9, kind: 'range' },
  // Multipliers
  { text: 'gấp 1,6 lần', value: 1.6, kind: 'multiplier' },
  { text: 'gấp đôi', value: 2, kind: 'multiplier' },
  { text: 'gấp rưỡi', value: 1.5, kind: 'multiplier' },
  { text: 'gấp ba', value: 3, kind: 'multiplier' },
  // The cue in capitals, and after a word that holds a "p" of its own.
  { text: 'tăng GẤP 3 lần', value: 3, kind: 'multiplier' },
  { text: 'nhập khẩu tăng gấp  2,5 lần', value: 2.5, kind: 'multiplier' },
  { text: 'Gấp đôi', value: 2, kind: 'multiplier' },
];

/** Strings that hold no numeral at all. */
export const NUMBER_NEGATIVE: string[] = [
  'Ba Lan và Séc',
  'một số nước láng giềng',
  'năm nay',
  'năm ngoái',
  'thứ tư tuần trước',
  'COP26',
  'G20',
  'H5N1',
  'ngày 12.5 vừa qua',
  'công nghiệp 4.0',
  'lăm le',
  'một trong những nước',
  'Hai Bà Trưng',
  'quận Ba Đình',
  'linh hoạt và lẻ loi',
  'tỷ lệ thất nghiệp',
  'nghìn năm văn hiến',
  'triệu phú',
  'ngày thứ năm',
  'một lòng một dạ',
];
