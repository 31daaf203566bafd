import { LEVEL_NAMES, levelAsOf, levelAtLeast, loadRules, type Commune } from '../../engine';
import type { ParagraphContent, RowValues, TableCellContent, TableContent } from './types';
import type { ReportScope } from './scope';
import { districtName } from './names';
import { capitalise, count, joinAnd, punctuateList } from './style';

/** How many lagging communes section II names. */
const LAGGING_COMMUNES = 5;

function criteriaNames(scope: ReportScope): string[] {
  return loadRules().criteria[scope.period].criteria.map((c) => `${c.number}. ${c.name}`);
}

function missingCriteria(scope: ReportScope, c: Commune): string[] {
  const names = criteriaNames(scope);
  return names.filter((_, i) => !c.criteria[i]);
}

function communeLabel(c: Commune, withDistrict: boolean): string {
  const name = /^(xã|phường|thị trấn)\s/iu.test(c.ten) ? c.ten : `xã ${c.ten}`;
  const cap = `${name.charAt(0).toLocaleUpperCase('vi-VN')}${name.slice(1)}`;
  return withDistrict && c.huyen ? `${cap} (${districtName(c.huyen)})` : cap;
}

/** Communes not recognised in the report year (levels count from their year on), fewest criteria first. */
export function laggingCommunes(scope: ReportScope): Commune[] {
  return scope.communes
    .filter((c) => !levelAtLeast(levelAsOf(c, scope.year), 'dat-chuan'))
    .sort((a, b) => a.criteriaMet - b.criteriaMet || a.row - b.row)
    .slice(0, LAGGING_COMMUNES);
}

/** "- Xã Minh Thuận đạt 18/19 tiêu chí, còn thiếu tiêu chí 10. Thu nhập;" with the last item ending ".". */
export function laggingItems(scope: ReportScope): ParagraphContent[] {
  const total = loadRules().criteria[scope.period].criteria.length;
  const items = laggingCommunes(scope).map((c) => {
    const missing = missingCriteria(scope, c);
    // Up to three criteria by name; beyond that by number, which the appendix matrix explains.
    const lacks =
      missing.length === 1
        ? `còn thiếu tiêu chí ${missing[0]}`
        : missing.length <= 3
          ? `còn thiếu ${count(missing.length)} tiêu chí: ${missing.join(', ')}`
          : `còn thiếu ${count(missing.length)} tiêu chí: số ${joinAnd(missing.map((m) => m.replace(/\..*$/u, '')))}`;
    return `- ${communeLabel(c, scope.groupByDistrict)} đạt ${count(c.criteriaMet)}/${total} tiêu chí, ${lacks}`;
  });
  return punctuateList(items).map((text) => ({ text }));
}

export function communeRows(scope: ReportScope): RowValues[] {
  return scope.communes.map((c, i) => ({
    stt: String(i + 1),
    ten: c.ten,
    huyen: c.huyen ?? '',
    so_tieu_chi: String(c.criteriaMet),
    muc_dat_chuan: LEVEL_NAMES[levelAsOf(c, scope.year)],
    tieu_chi_chua_dat: missingCriteria(scope, c).join(', '),
  }));
}

/**
 * The appendix matrix: one row per commune, TC1…TCn with "x" where met, the total and the level;
 * a province's communes are grouped under a row per district.
 */
export function criteriaMatrix(scope: ReportScope): TableContent {
  const n = loadRules().criteria[scope.period].criteria.length;
  const columns = 2 + n + 2;
  // Two heading rows: "Tiêu chí đạt" over the criterion numbers, as the provinces' tables do.
  const header: TableCellContent[][] = [
    [
      { text: 'TT', bold: true, align: 'center', rowSpan: 2 },
      { text: 'Tên xã', bold: true, align: 'center', rowSpan: 2 },
      { text: 'Tiêu chí đạt', bold: true, align: 'center', span: n },
      { text: 'Tổng số tiêu chí đạt', bold: true, align: 'center', rowSpan: 2 },
      { text: 'Mức đạt chuẩn', bold: true, align: 'center', rowSpan: 2 },
    ],
    Array.from({ length: n }, (_, i) => ({ text: String(i + 1), bold: true, align: 'center' as const })),
  ];
  const rows: TableCellContent[][] = [];
  const groups = new Map<string, Commune[]>();
  for (const c of scope.communes) {
    const key = scope.groupByDistrict ? (c.huyen ?? '') : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(c);
  }
  let stt = 0;
  for (const [district, communes] of groups) {
    if (scope.groupByDistrict) {
      rows.push([{ text: district ? capitalise(districtName(district)) : 'Chưa ghi huyện', bold: true, span: columns }]);
    }
    for (const c of communes) {
      stt++;
      rows.push([
        { text: String(stt), align: 'center' },
        { text: c.ten },
        ...Array.from({ length: n }, (_, i) => ({ text: c.criteria[i] ? 'x' : '', align: 'center' as const })),
        { text: String(c.criteriaMet), align: 'center' },
        { text: LEVEL_NAMES[levelAsOf(c, scope.year)], align: 'center' },
      ]);
    }
  }
  const criterionWidth = n > 12 ? 4 : 6;
  return {
    header,
    rows,
    widths: [4, 15, ...Array.from({ length: n }, () => criterionWidth), 7, 12],
    fontSize: n > 12 ? 10 : 11,
  };
}
