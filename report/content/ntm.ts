import { formatCount, loadRules, type MetricCode } from '../../engine';
import { formatMetric, metric } from './figures';
import type { ReportScope } from './scope';
import type { TableContent } from './types';
import { wholeUnit } from './names';

/**
 * "Toàn huyện có 04/06 xã đạt chuẩn nông thôn mới, chiếm 66,7%; bình quân đạt 17,5 tiêu chí/xã;
 * trong đó có 02 xã đạt chuẩn nông thôn mới nâng cao (chiếm 33,3%) …"
 */
export function ntmSentence(scope: ReportScope): string {
  const m = scope.metrics;
  const total = metric(m, 'so_xa');
  if (total === 0) return `${wholeUnit(scope.info)} chưa có số liệu xã trong sổ theo dõi.`;
  let text =
    `${wholeUnit(scope.info)} có ${formatCount(metric(m, 'so_xa_dat_chuan_ntm'))}/${formatCount(total)} xã đạt chuẩn nông thôn mới, ` +
    `chiếm ${formatMetric('ty_le_xa_dat_chuan_ntm', m.ty_le_xa_dat_chuan_ntm)}; ` +
    `bình quân đạt ${formatMetric('binh_quan_tieu_chi', m.binh_quan_tieu_chi)} tiêu chí/xã`;
  const higher: string[] = [];
  if (metric(m, 'so_xa_ntm_nang_cao') > 0) {
    higher.push(`${formatCount(metric(m, 'so_xa_ntm_nang_cao'))} xã đạt chuẩn nông thôn mới nâng cao (chiếm ${formatMetric('ty_le_xa_ntm_nang_cao', m.ty_le_xa_ntm_nang_cao)})`);
  }
  if (metric(m, 'so_xa_ntm_kieu_mau') > 0) {
    higher.push(`${formatCount(metric(m, 'so_xa_ntm_kieu_mau'))} xã đạt chuẩn nông thôn mới kiểu mẫu (chiếm ${formatMetric('ty_le_xa_ntm_kieu_mau', m.ty_le_xa_ntm_kieu_mau)})`);
  }
  if (higher.length > 0) text += `; trong đó có ${higher.join(' và ')}`;
  return `${text}.`;
}

/** The criteria bands of the period, from the rules data: [metric, "đạt từ 10 - 14 tiêu chí"]. */
export function criteriaBands(scope: ReportScope): Array<[MetricCode, string]> {
  const rules = loadRules();
  return rules.criteria[scope.period].criteriaBands
    .map((b) => b.metric as MetricCode)
    .filter((code) => rules.metricByCode.has(code))
    .map((code) => [code, rules.metricByCode.get(code)!.label.replace(/^Số xã\s+/u, '')]);
}

/** "Số xã chưa đạt chuẩn: 01 xã đạt từ 15 - 18 tiêu chí, 01 xã đạt từ 10 - 14 tiêu chí; không có xã đạt dưới 10 tiêu chí." */
export function bandsSentence(scope: ReportScope): string {
  if (metric(scope.metrics, 'so_xa') === 0) return '';
  const some: string[] = [];
  const none: string[] = [];
  for (const [code, label] of criteriaBands(scope)) {
    const n = metric(scope.metrics, code);
    if (n > 0) some.push(`${formatCount(n)} xã ${label}`);
    else none.push(label);
  }
  const parts: string[] = [];
  if (some.length > 0) parts.push(`có ${some.join(', ')}`);
  if (none.length > 0) parts.push(`không có xã ${none.join(' hoặc ')}`);
  return parts.length > 0 ? `Về mức độ đạt tiêu chí: ${parts.join('; ')}.` : '';
}

/** Income, poverty and health-insurance figures, only when the workbook has them. */
export function indicatorSentence(scope: ReportScope): string {
  const has = (field: 'thuNhap' | 'tyLeHoNgheo' | 'tyLeBhyt') => scope.communes.some((c) => c[field] !== undefined);
  const parts: string[] = [];
  if (has('thuNhap')) parts.push(`thu nhập bình quân đầu người đạt ${formatMetric('thu_nhap_binh_quan', scope.metrics.thu_nhap_binh_quan)} triệu đồng/người/năm`);
  if (has('tyLeHoNgheo')) parts.push(`tỷ lệ hộ nghèo đa chiều còn ${formatMetric('ty_le_ho_ngheo', scope.metrics.ty_le_ho_ngheo)}`);
  if (has('tyLeBhyt')) parts.push(`tỷ lệ dân số tham gia bảo hiểm y tế đạt ${formatMetric('ty_le_bhyt', scope.metrics.ty_le_bhyt)}`);
  if (parts.length === 0) return '';
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('vi-VN')}${text.slice(1)}.`;
}

/** Bảng kết quả NTM: label | number of communes | share of all communes. */
export function ntmTable(scope: ReportScope): TableContent {
  const m = scope.metrics;
  const total = metric(m, 'so_xa');
  const share = (n: number) => (total > 0 && n > 0 ? formatMetric('ty_le_xa_dat_chuan_ntm', (n / total) * 100) : '-');
  // Tables write "-" for nothing, as the provinces' tables do ("00" is for running text).
  const figure = (code: MetricCode) => (metric(m, code) === 0 && code !== 'so_xa' ? '-' : formatMetric(code, m[code]));
  const row = (stt: string, label: string, code: MetricCode, percent?: MetricCode) => [
    { text: stt, align: 'center' as const },
    { text: label },
    { text: figure(code), align: 'center' as const },
    { text: percent && metric(m, code) > 0 ? formatMetric(percent, m[percent]) : share(metric(m, code)), align: 'center' as const },
  ];
  const rows = [
    row('1', 'Tổng số xã', 'so_xa'),
    row('2', 'Xã đạt chuẩn nông thôn mới', 'so_xa_dat_chuan_ntm', 'ty_le_xa_dat_chuan_ntm'),
  ];
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
    { text: formatMetric('binh_quan_tieu_chi', m.binh_quan_tieu_chi), align: 'center' },
    { text: '-', align: 'center' },
  ]);
  return {
    header: [[
      { text: 'TT', bold: true, align: 'center' },
      { text: 'Nội dung', bold: true, align: 'center' },
      { text: 'Số xã', bold: true, align: 'center' },
      { text: 'Tỷ lệ', bold: true, align: 'center' },
    ]],
    rows,
    widths: [8, 58, 17, 17],
    fontSize: 13,
  };
}
