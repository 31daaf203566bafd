import { levelAsOf, levelAtLeast, loadRules, type Commune, type MetricCode } from '../../engine';
import { metric } from './figures';
import type { ReportScope } from './scope';
import type { TableContent } from './types';
import { areaSubject, communeName } from './names';
import { count, joinAnd } from './style';
import { changeWords } from './changes';

const LEVELS = [
  { id: 'dat-chuan', name: 'đạt chuẩn nông thôn mới', total: 'so_xa_dat_chuan_ntm', share: 'ty_le_xa_dat_chuan_ntm', inYear: 'so_xa_dat_chuan_ntm_trong_nam', year: 'namDatChuan' },
  { id: 'nang-cao', name: 'đạt chuẩn nông thôn mới nâng cao', total: 'so_xa_ntm_nang_cao', share: 'ty_le_xa_ntm_nang_cao', inYear: 'so_xa_ntm_nang_cao_trong_nam', year: 'namNangCao' },
  { id: 'kieu-mau', name: 'đạt chuẩn nông thôn mới kiểu mẫu', total: 'so_xa_ntm_kieu_mau', share: 'ty_le_xa_ntm_kieu_mau', inYear: 'so_xa_ntm_kieu_mau_trong_nam', year: 'namKieuMau' },
] as const;

/** Beyond this many communes recognised at one level in the year (a national or regional book), they are counted, not named. */
export const NAMED_COMMUNES = 30;

/** Communes that reached `level` in the report year, named as running text names them. */
export function recognisedInYear(scope: ReportScope, level: (typeof LEVELS)[number]): string[] {
  return scope.communes.filter((c: Commune) => levelAtLeast(levelAsOf(c, scope.year), level.id) && c[level.year] === scope.year).map((c) => communeName(c.ten, c.huyen, scope.groupByDistrict));
}

/**
 * "Toàn huyện có 04/06 xã đạt chuẩn nông thôn mới, chiếm 66,7%; trong đó có 01 xã đạt chuẩn nông
 * thôn mới nâng cao (chiếm 16,7%); bình quân đạt 18,3 tiêu chí/xã." then what changed in the year
 * and against the year before.
 */
export function ntmSentence(scope: ReportScope): string {
  const m = scope.metrics;
  const f = scope.figures;
  const total = metric(m, 'so_xa');
  if (total === 0) return `${areaSubject(scope)} chưa có số liệu xã trong sổ theo dõi.`;
  const ntm = metric(m, 'so_xa_dat_chuan_ntm');
  let text =
    ntm === 0
      ? `${areaSubject(scope)} có ${count(total)} xã, chưa có xã nào đạt chuẩn nông thôn mới`
      : `${areaSubject(scope)} có ${count(ntm)}/${count(total)} xã đạt chuẩn nông thôn mới, chiếm ${f.metric('ty_le_xa_dat_chuan_ntm', m.ty_le_xa_dat_chuan_ntm)}`;
  const higher = LEVELS.slice(1)
    .filter((l) => metric(m, l.total) > 0)
    .map((l) => `${count(metric(m, l.total))} xã ${l.name} (chiếm ${f.metric(l.share, m[l.share])})`);
  if (higher.length > 0) text += `; trong đó có ${joinAnd(higher)}`;
  text += `; bình quân đạt ${f.metric('binh_quan_tieu_chi', m.binh_quan_tieu_chi)} tiêu chí/xã.`;
  return [text, inYearSentence(scope), comparisonSentence(scope)].filter((s) => s !== '').join(' ');
}

/** "Trong năm 2024, công nhận thêm 01 xã đạt chuẩn nông thôn mới nâng cao: xã Thạnh Yên." */
export function inYearSentence(scope: ReportScope): string {
  const parts: string[] = [];
  for (const level of LEVELS) {
    const names = recognisedInYear(scope, level);
    if (names.length > NAMED_COMMUNES) parts.push(`${count(names.length)} xã ${level.name}`);
    else if (names.length > 0) parts.push(`${count(names.length)} xã ${level.name}: ${names.join(', ')}`);
  }
  // Levels are recognised by year: a six-month report says "from the start of the year".
  const when = scope.info.reportPeriod === '6-thang' ? `Từ đầu năm ${scope.year} đến nay` : `Trong năm ${scope.year}`;
  if (parts.length === 0) return `${when}, chưa có xã được công nhận thêm đạt chuẩn nông thôn mới.`;
  return `${when}, công nhận thêm ${parts.join('; ')}.`;
}

/**
 * "So với năm 2023, số xã đạt chuẩn nông thôn mới tăng 03 xã (từ 35 lên 38 xã), số xã đạt chuẩn nông
 * thôn mới nâng cao tăng 01 xã." Only the levels held this year or last year are compared.
 */
export function comparisonSentence(scope: ReportScope): string {
  const prev = scope.previous.metrics;
  const parts: string[] = [];
  for (const level of LEVELS) {
    const before = prev[level.total];
    const now = metric(scope.metrics, level.total);
    if (before === undefined || (before === 0 && now === 0)) continue;
    let part = `số xã ${level.name} ${changeWords(before, now, 'xã')}`;
    // The share of communes recognised, as reports give it beside the count ("tỷ lệ tăng từ 68,6% lên 74,5%").
    const f = scope.figures;
    const shareBefore = prev[level.share];
    if (level.id === 'dat-chuan' && shareBefore !== undefined && before !== now) {
      const shareNow = metric(scope.metrics, level.share);
      part += `, tỷ lệ ${shareNow > shareBefore ? 'tăng' : 'giảm'} từ ${f.metric(level.share, shareBefore)} ${shareNow > shareBefore ? 'lên' : 'xuống'} ${f.metric(level.share, shareNow)}`;
    }
    parts.push(part);
  }
  if (parts.length === 0) return '';
  return `So với năm ${scope.previous.year}, ${parts.join('; ')}.`;
}

/** The criteria bands of the period, from the rules data: [metric, "đạt từ 10 - 14 tiêu chí", min]. */
export function criteriaBands(scope: ReportScope): Array<[MetricCode, string, number]> {
  const rules = loadRules();
  return rules.criteria[scope.period].criteriaBands
    .filter((b) => rules.metricByCode.has(b.metric as MetricCode))
    .map((b) => [b.metric as MetricCode, rules.metricByCode.get(b.metric as MetricCode)!.label.replace(/^Số xã\s+/u, ''), b.min]);
}

/**
 * "Về mức độ đạt tiêu chí: 04/06 xã đạt đủ 19 tiêu chí, 02 xã đạt từ 15 - 18 tiêu chí; không còn xã
 * nào đạt dưới 15 tiêu chí." Empty bands below the lowest one in use are said once, positively.
 */
export function bandsSentence(scope: ReportScope): string {
  const total = metric(scope.metrics, 'so_xa');
  if (total === 0) return '';
  const n = loadRules().criteria[scope.period].criteria.length;
  const full = scope.communes.filter((c) => c.criteriaMet >= n).length;
  const bands = criteriaBands(scope).sort((a, b) => b[2] - a[2]);
  const some: string[] = [];
  if (full > 0) some.push(`${count(full)}/${count(total)} xã đạt đủ ${n} tiêu chí`);
  let lowest = n;
  for (const [code, label, min] of bands) {
    const k = metric(scope.metrics, code);
    if (k === 0) continue;
    some.push(`${count(k)} xã ${label}`);
    lowest = min;
  }
  const minBand = Math.min(...bands.map((b) => b[2]));
  // "không còn xã nào đạt dưới …" only when some commune falls short of the full set: never beside "02/02 xã đạt đủ".
  const tail = lowest > minBand && full < total ? `; không còn xã nào đạt dưới ${lowest} tiêu chí` : '';
  return `Về mức độ đạt tiêu chí: ${some.join(', ')}${tail}.`;
}

/** Income, poverty and health-insurance figures, only when the workbook has them, with last year's when known. */
export function indicatorSentence(scope: ReportScope): string {
  const f = scope.figures;
  const has = (field: 'thuNhap' | 'tyLeHoNgheo' | 'tyLeBhyt') => scope.communes.some((c) => c[field] !== undefined);
  const prev = scope.previous.metrics;
  const since = (code: MetricCode, unit: string) => {
    const before = prev[code];
    if (before === undefined) return '';
    return `, ${changeWords(f.rounded(code, before), f.rounded(code, scope.metrics[code]), unit, { decimals: f.decimalsOf(code), bare: true })} so với năm ${scope.previous.year}`;
  };
  const parts: string[] = [];
  if (has('thuNhap'))
    parts.push(`thu nhập bình quân đầu người đạt ${f.metric('thu_nhap_binh_quan', scope.metrics.thu_nhap_binh_quan)} triệu đồng/người/năm${since('thu_nhap_binh_quan', 'triệu đồng')}`);
  if (has('tyLeHoNgheo')) parts.push(`tỷ lệ hộ nghèo đa chiều còn ${f.metric('ty_le_ho_ngheo', scope.metrics.ty_le_ho_ngheo)}${since('ty_le_ho_ngheo', 'điểm phần trăm')}`);
  if (has('tyLeBhyt')) parts.push(`tỷ lệ dân số tham gia bảo hiểm y tế đạt ${f.metric('ty_le_bhyt', scope.metrics.ty_le_bhyt)}${since('ty_le_bhyt', 'điểm phần trăm')}`);
  if (parts.length === 0) return '';
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('vi-VN')}${text.slice(1)}.`;
}

/** Bảng kết quả NTM: label | number of communes | share of all communes, written as the sentences write them. */
export function ntmTable(scope: ReportScope): TableContent {
  const m = scope.metrics;
  const f = scope.figures;
  const total = metric(m, 'so_xa');
  const share = (n: number) => (total > 0 && n > 0 ? f.metric('ty_le_xa_dat_chuan_ntm', (n / total) * 100) : '-');
  // Tables write "-" for nothing, as the provinces' tables do.
  const figure = (code: MetricCode) => (metric(m, code) === 0 && code !== 'so_xa' ? '-' : f.metric(code, m[code]));
  const row = (stt: string, label: string, code: MetricCode, percent?: MetricCode) => [
    { text: stt, align: 'center' as const },
    { text: label },
    { text: figure(code), align: 'center' as const },
    { text: percent && metric(m, code) > 0 ? f.metric(percent, m[percent]) : share(metric(m, code)), align: 'center' as const },
  ];
  const rows = [row('1', 'Tổng số xã', 'so_xa'), row('2', 'Xã đạt chuẩn nông thôn mới', 'so_xa_dat_chuan_ntm', 'ty_le_xa_dat_chuan_ntm')];
  if (scope.period === '2021-2025') {
    rows.push(row('3', 'Xã đạt chuẩn nông thôn mới nâng cao', 'so_xa_ntm_nang_cao', 'ty_le_xa_ntm_nang_cao'));
    rows.push(row('4', 'Xã đạt chuẩn nông thôn mới kiểu mẫu', 'so_xa_ntm_kieu_mau', 'ty_le_xa_ntm_kieu_mau'));
  }
  let n = rows.length;
  for (const [code, label] of criteriaBands(scope)) {
    n++;
    rows.push(row(String(n), `Xã ${label}`, code));
  }
  rows.push([
    { text: String(n + 1), align: 'center' },
    { text: 'Bình quân số tiêu chí đạt chuẩn/xã' },
    { text: f.metric('binh_quan_tieu_chi', m.binh_quan_tieu_chi), align: 'center' },
    { text: '-', align: 'center' },
  ]);
  return {
    header: [
      [
        { text: 'TT', bold: true, align: 'center' },
        { text: 'Nội dung', bold: true, align: 'center' },
        { text: 'Số xã', bold: true, align: 'center' },
        { text: 'Tỷ lệ', bold: true, align: 'center' },
      ],
    ],
    rows,
    widths: [8, 58, 17, 17],
    fontSize: 13,
  };
}
