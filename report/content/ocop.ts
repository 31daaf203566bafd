import { addMonths, countedProducts, formatDateShort, loadRules, periodEnd, utcDate, type OcopProduct } from '../../engine';
import { changeWords } from './changes';
import { metric } from './figures';
import { areaSubject, districtName, placeName } from './names';
import type { ReportScope } from './scope';
import { capitalise, count, joinAnd, punctuateList } from './style';
import type { ParagraphContent, TableCellContent, TableContent } from './types';

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
  const f = scope.figures;
  const total = metric(m, 'so_san_pham_ocop');
  const comparison = ocopComparison(scope);
  if (total === 0) return [`${areaSubject(scope)} chưa có sản phẩm OCOP đạt từ 3 sao trở lên.`, comparison].filter((t) => t !== '').join(' ');
  const byStars = STARS.map((s) => [s, metric(m, `so_san_pham_ocop_${s}_sao` as const)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${count(n)} sản phẩm ${s} sao`);
  let text = `${areaSubject(scope)} có ${count(total)} sản phẩm OCOP đạt từ 3 sao trở lên, gồm ${joinAnd(byStars)}`;
  const coop = metric(m, 'so_san_pham_ocop_htx_tht');
  if (coop > 0) text += `; trong đó ${count(coop)} sản phẩm do hợp tác xã, tổ hợp tác làm chủ thể`;
  const communes = metric(m, 'so_xa');
  const withProduct = metric(m, 'so_xa_co_san_pham_ocop');
  if (communes > 0) {
    text +=
      withProduct > 0
        ? `; ${count(withProduct)}/${count(communes)} xã có sản phẩm OCOP từ 3 sao trở lên (chiếm ${f.metric('ty_le_xa_co_san_pham_ocop', m.ty_le_xa_co_san_pham_ocop)})`
        : '; chưa có xã nào có sản phẩm OCOP từ 3 sao trở lên';
  }
  return [`${text}.`, comparison].filter((t) => t !== '').join(' ');
}

/** "So với năm 2023, số sản phẩm OCOP từ 3 sao trở lên tăng 03 sản phẩm (từ 04 lên 07 sản phẩm)." */
function ocopComparison(scope: ReportScope): string {
  const before = scope.previous.metrics.so_san_pham_ocop;
  const now = metric(scope.metrics, 'so_san_pham_ocop');
  if (before === undefined || (before === 0 && now === 0)) return '';
  return `So với năm ${scope.previous.year}, số sản phẩm OCOP từ 3 sao trở lên ${changeWords(before, now, 'sản phẩm')}.`;
}

/** The products recognised within the report period (3 stars and up), in the order of their recognition. */
export function productsInPeriod(scope: ReportScope): OcopProduct[] {
  const start = periodStartOf(scope).getTime();
  return recognisedProducts(scope)
    .filter((p) => p.ngayCongNhan.getTime() >= start)
    .sort((a, b) => a.ngayCongNhan.getTime() - b.ngayCongNhan.getTime() || a.row - b.row);
}

function periodStartOf(scope: ReportScope): Date {
  return utcDate(scope.year, 1, 1);
}

/** The day the report looks ahead from: its issue date when typed, else the end of the period. */
function lookAheadFrom(scope: ReportScope): Date {
  return scope.info.ngayBanHanh ?? periodEnd(scope.info);
}

/** Beyond this many products recognised in the period, the list is left to Phụ lục II. */
export const NAMED_PRODUCTS = 20;

/** Months ahead in which an expiring certificate is named, so it is assessed again in time. */
export const EXPIRY_MONTHS = 6;

/** Counted products whose certificate ends within the next 6 months, soonest first. */
export function productsExpiringSoon(scope: ReportScope): OcopProduct[] {
  const from = lookAheadFrom(scope);
  const until = addMonths(from, EXPIRY_MONTHS).getTime();
  return recognisedProducts(scope)
    .filter((p) => p.ngayHetHan.getTime() >= from.getTime() && p.ngayHetHan.getTime() <= until)
    .sort((a, b) => a.ngayHetHan.getTime() - b.ngayHetHan.getTime() || a.row - b.row);
}

/** "Mật ong U Minh (4 sao) của HTX Ong mật, xã An Minh Bắc": the subject's name already says what it is. */
function productLabel(scope: ReportScope, p: OcopProduct): string {
  return `${p.ten} (${p.soSao} sao) của ${p.chuThe}, ${placeName(p.xa, p.huyen, scope.groupByDistrict)}`;
}

/** "Trong năm 2024, công nhận thêm 03 sản phẩm OCOP:" and one item per product; a sentence when there is none. */
export function inYearProductItems(scope: ReportScope): ParagraphContent[] {
  const products = productsInPeriod(scope);
  const when = scope.info.reportPeriod === '6-thang' ? `Trong 6 tháng đầu năm ${scope.year}` : `Trong năm ${scope.year}`;
  if (products.length === 0) return [{ text: `${when}, chưa có sản phẩm OCOP được công nhận thêm.` }];
  // A province-wide year of many products: named in Phụ lục II rather than in a page-long list.
  if (products.length > NAMED_PRODUCTS) return [{ text: `${when}, công nhận thêm ${count(products.length)} sản phẩm OCOP (danh sách tại Phụ lục II).` }];
  const items = products.map((p) => {
    const decision = p.soQuyetDinh ? `, Quyết định số ${p.soQuyetDinh} ngày ${formatDateShort(p.ngayCongNhan)}` : `, công nhận ngày ${formatDateShort(p.ngayCongNhan)}`;
    return `- ${productLabel(scope, p)}${decision}`;
  });
  return [{ text: `${when}, công nhận thêm ${count(products.length)} sản phẩm OCOP:`, keepNext: true }, ...punctuateList(items).map((text) => ({ text }))];
}

/** Counted products whose certificate had already ended on the day the report looks ahead from. */
export function productsExpired(scope: ReportScope): OcopProduct[] {
  const from = lookAheadFrom(scope).getTime();
  return recognisedProducts(scope)
    .filter((p) => p.ngayHetHan.getTime() < from)
    .sort((a, b) => a.ngayHetHan.getTime() - b.ngayHetHan.getTime() || a.row - b.row);
}

/**
 * The certificates that end within 6 months, by name (a sentence when there is none), after those
 * that have already ended, if any: both need the product assessed again.
 */
export function expiringProductItems(scope: ReportScope): ParagraphContent[] {
  const out: ParagraphContent[] = [];
  const expired = productsExpired(scope);
  if (expired.length > 0) {
    out.push({ text: `Có ${count(expired.length)} sản phẩm OCOP đã hết hạn chứng nhận, cần đánh giá, công nhận lại:`, keepNext: true });
    out.push(...punctuateList(expired.map((p) => `- ${productLabel(scope, p)}: hết hạn ngày ${formatDateShort(p.ngayHetHan)}`)).map((text) => ({ text })));
  }
  const products = productsExpiringSoon(scope);
  const until = formatDateShort(addMonths(lookAheadFrom(scope), EXPIRY_MONTHS));
  if (products.length === 0) return [...out, { text: `Không có sản phẩm OCOP nào hết hạn chứng nhận từ nay đến ngày ${until}.` }];
  const items = products.map((p) => `- ${productLabel(scope, p)}: hết hạn ngày ${formatDateShort(p.ngayHetHan)}`);
  return [
    ...out,
    { text: `Có ${count(products.length)} sản phẩm OCOP hết hạn chứng nhận từ nay đến ngày ${until}, cần hướng dẫn chủ thể đánh giá, công nhận lại:`, keepNext: true },
    ...punctuateList(items).map((text) => ({ text })),
  ];
}

/** Phụ lục: every counted product, grouped by district in a province report. */
export function productAppendix(scope: ReportScope): TableContent {
  const heads = ['TT', 'Tên sản phẩm', 'Chủ thể', 'Xã', 'Số sao', 'Cấp công nhận, số quyết định', 'Ngày công nhận', 'Ngày hết hạn'];
  const columns = heads.length;
  const products = recognisedProducts(scope);
  const groups = new Map<string, OcopProduct[]>();
  for (const p of products) {
    const key = scope.groupByDistrict ? (p.huyen ?? '') : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(p);
  }
  const rows: TableCellContent[][] = [];
  let stt = 0;
  for (const [district, list] of groups) {
    if (scope.groupByDistrict) rows.push([{ text: district ? capitalise(districtName(district)) : 'Chưa ghi huyện', bold: true, span: columns }]);
    for (const p of list) {
      stt++;
      const level = [p.capCongNhan ? `Cấp ${p.capCongNhan.toLocaleLowerCase('vi-VN')}` : '', p.soQuyetDinh ?? ''].filter((t) => t !== '').join(', ');
      rows.push([
        { text: String(stt), align: 'center' },
        { text: p.ten },
        { text: p.chuThe },
        { text: p.xa },
        { text: String(p.soSao), align: 'center' },
        { text: level || '-' },
        { text: formatDateShort(p.ngayCongNhan), align: 'center' },
        { text: formatDateShort(p.ngayHetHan), align: 'center' },
      ]);
    }
  }
  if (rows.length === 0) rows.push([{ text: 'Chưa có sản phẩm OCOP đạt từ 3 sao trở lên.', span: columns }]);
  return {
    header: [heads.map((text) => ({ text, bold: true, align: 'center' as const }))],
    rows,
    widths: [4, 19, 19, 11, 5, 20, 11, 11],
    fontSize: 11,
  };
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
  const cellCount = (n: number) => (n === 0 ? '-' : count(n));
  const rows: TableCellContent[][] = [];
  const totals = [0, 0, 0];
  types.forEach((type) => {
    const counts = groups.get(type) ?? [0, 0, 0];
    counts.forEach((n, i) => (totals[i] += n));
    rows.push([
      { text: String(rows.length + 1), align: 'center' },
      { text: type },
      ...counts.map((n) => ({ text: cellCount(n), align: 'center' as const })),
      { text: cellCount(counts.reduce((a, b) => a + b, 0)), align: 'center' },
    ]);
  });
  rows.push([
    { text: '', align: 'center' },
    { text: 'Tổng cộng', bold: true },
    ...totals.map((n) => ({ text: cellCount(n), bold: true, align: 'center' as const })),
    { text: cellCount(totals.reduce((a, b) => a + b, 0)), bold: true, align: 'center' },
  ]);
  return {
    header: [
      [
        { text: 'TT', bold: true, align: 'center' },
        { text: 'Loại hình chủ thể', bold: true, align: 'center' },
        ...STARS.map((s) => ({ text: `${s} sao`, bold: true, align: 'center' as const })),
        { text: 'Tổng số', bold: true, align: 'center' },
      ],
    ],
    rows,
    widths: [8, 40, 13, 13, 13, 13],
    fontSize: 13,
  };
}
