import { countedProducts, formatCount, loadRules, type OcopProduct } from '../../engine';
import { formatMetric, metric } from './figures';
import type { ReportScope } from './scope';
import type { TableCellContent, TableContent } from './types';
import { wholeUnit } from './names';

const STARS = [3, 4, 5] as const;

/** The products the engine's figures count, split here by subject type. */
export function recognisedProducts(scope: ReportScope): OcopProduct[] {
  return countedProducts(scope.products, scope.info);
}

/** Subject types are read as their codes (HTX, THT, DN, Hộ SXKD); the table shows their names. */
function subjectType(p: OcopProduct): string {
  if (!p.loaiHinh) return 'Chưa phân loại';
  return loadRules().ocop.subjectTypes.find((s) => s.code === p.loaiHinh)?.name ?? p.loaiHinh;
}

export function ocopSentence(scope: ReportScope): string {
  const m = scope.metrics;
  const total = metric(m, 'so_san_pham_ocop');
  if (total === 0) return `${wholeUnit(scope.info)} chưa có sản phẩm OCOP đạt từ 3 sao trở lên.`;
  const byStars = STARS.map((s) => [s, metric(m, `so_san_pham_ocop_${s}_sao` as const)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${formatCount(n)} sản phẩm ${s} sao`);
  let text = `${wholeUnit(scope.info)} có ${formatCount(total)} sản phẩm OCOP đạt từ 3 sao trở lên, gồm ${byStars.join(', ')}`;
  const coop = metric(m, 'so_san_pham_ocop_htx_tht');
  if (coop > 0) text += `; trong đó ${formatCount(coop)} sản phẩm của hợp tác xã, tổ hợp tác`;
  const communes = metric(m, 'so_xa');
  if (communes > 0) {
    text += `; ${formatCount(metric(m, 'so_xa_co_san_pham_ocop'))}/${formatCount(communes)} xã có sản phẩm OCOP 3 sao trở lên (chiếm ${formatMetric('ty_le_xa_co_san_pham_ocop', m.ty_le_xa_co_san_pham_ocop)})`;
  }
  return `${text}.`;
}

/** Products by subject type (rows) and stars (columns), with totals. */
export function ocopTable(scope: ReportScope): TableContent {
  const products = recognisedProducts(scope);
  const order = [...loadRules().ocop.subjectTypes.map((s) => s.name)];
  const groups = new Map<string, number[]>();
  for (const p of products) {
    const type = subjectType(p);
    if (!groups.has(type)) groups.set(type, [0, 0, 0]);
    const i = STARS.indexOf(p.soSao as 3 | 4 | 5);
    if (i >= 0) groups.get(type)![i]++;
  }
  const types = [...order, ...[...groups.keys()].filter((t) => !order.includes(t))];
  const count = (n: number) => (n === 0 ? '-' : formatCount(n));
  const rows: TableCellContent[][] = [];
  const totals = [0, 0, 0];
  types.forEach((type) => {
    const counts = groups.get(type) ?? [0, 0, 0];
    counts.forEach((n, i) => (totals[i] += n));
    rows.push([
      { text: String(rows.length + 1), align: 'center' },
      { text: type },
      ...counts.map((n) => ({ text: count(n), align: 'center' as const })),
      { text: count(counts.reduce((a, b) => a + b, 0)), align: 'center' },
    ]);
  });
  rows.push([
    { text: '', align: 'center' },
    { text: 'Tổng cộng', bold: true },
    ...totals.map((n) => ({ text: count(n), bold: true, align: 'center' as const })),
    { text: count(totals.reduce((a, b) => a + b, 0)), bold: true, align: 'center' },
  ]);
  return {
    header: [[
      { text: 'TT', bold: true, align: 'center' },
      { text: 'Loại hình chủ thể', bold: true, align: 'center' },
      ...STARS.map((s) => ({ text: `${s} sao`, bold: true, align: 'center' as const })),
      { text: 'Tổng số', bold: true, align: 'center' },
    ]],
    rows,
    widths: [8, 40, 13, 13, 13, 13],
    fontSize: 13,
  };
}
