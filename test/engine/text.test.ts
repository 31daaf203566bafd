import { addMonths, fold, foldKey, formatCount, formatWithUnit, formatDateLong, formatDateShort, formatNumber, formatPercent, parseViNumber, utcDate } from '../../engine';
import { meets } from '../../engine/targets/compare';

test('fold: case, diacritics, đ, surrounding spaces and punctuation', () => {
  expect(fold('  THÔNG TIN ')).toBe('thong tin');
  expect(fold('Thong tin')).toBe(fold('Thông tin'));
  expect(fold('Đạt chuẩn NTM.')).toBe('dat chuan ntm');
  expect(fold('Thông tin'.normalize('NFD'))).toBe('thong tin');
  expect(foldKey('1. Quy hoạch')).toBe(foldKey('1 - Quy hoach'));
});

test('fold keeps values made only of symbols apart', () => {
  const symbols = ['≥', '≤', '>=', '<=', '=', '>', '<'];
  expect(new Set(symbols.map(fold)).size).toBe(symbols.length);
});

test('comparators', () => {
  expect(meets(74.5, '≥', 74.5)).toBe(true);
  expect(meets(3, '≤', 2)).toBe(false);
  expect(meets(1, '<', 2)).toBe(true);
  expect(meets(2, '>', 2)).toBe(false);
});

test('Vietnamese number notation', () => {
  expect(parseViNumber('74,5')).toEqual({ value: 74.5, percent: false });
  expect(parseViNumber('2.000')).toEqual({ value: 2000, percent: false });
  expect(parseViNumber('1.234,5')).toEqual({ value: 1234.5, percent: false });
  expect(parseViNumber('95%')).toEqual({ value: 95, percent: true });
  expect(parseViNumber('abc')).toBeNull();
  expect(formatNumber(2000)).toBe('2.000');
  expect(formatNumber((38 / 51) * 100)).toBe('74,5');
  expect(formatPercent((38 / 51) * 100)).toBe('74,5%');
  expect(formatCount(6)).toBe('06');
  expect(formatCount(16)).toBe('16');
});

test('dates by the ND30 rule', () => {
  expect(formatDateLong(utcDate(2024, 3, 5))).toBe('ngày 05 tháng 3 năm 2024');
  expect(formatDateLong(utcDate(2023, 1, 9))).toBe('ngày 09 tháng 01 năm 2023');
  expect(formatDateLong(utcDate(2020, 12, 29))).toBe('ngày 29 tháng 12 năm 2020');
  expect(formatDateShort(utcDate(2021, 9, 14))).toBe('14/9/2021');
  expect(formatDateShort(addMonths(utcDate(2021, 3, 5), 36))).toBe('05/3/2024');
  expect(formatDateShort(addMonths(utcDate(2024, 1, 31), 1))).toBe('29/02/2024');
});

test('values with their unit', () => {
  expect(formatWithUnit('ty_le_bhyt', 94.02, '%')).toBe('94,02%');
  expect(formatWithUnit('so_xa_dat_chuan_ntm', 4, 'xã')).toBe('04 xã');
  expect(formatWithUnit('so_xa_dat_chuan_ntm', 5.4, 'xã')).toBe('5,4 xã');
  expect(formatWithUnit('thu_nhap_binh_quan', 59.15, undefined)).toBe('59,15 triệu đồng/người/năm');
  expect(formatWithUnit('khac', 12, 'HTX')).toBe('12 HTX');
});

test('the quick fold of composed Vietnamese agrees with the general one', () => {
  const general = (t: string) =>
    t
      .normalize('NFC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/gu, ' ')
      .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  for (const t of ['Xã Vĩnh Hòa', 'ĐỒNG BẰNG SÔNG CỬU LONG', ' Thạnh Yên A. ', 'Hộ SXKD', 'Tỷ lệ tham gia BHYT (%)', 'Ngưỡng', 'Quốc phòng và An ninh', 'Trường học']) {
    expect(fold(t)).toBe(general(t));
  }
});
