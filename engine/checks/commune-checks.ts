import type { Commune, UnitInfo } from '../data';
import { criteriaCount, levelCriteria, levelOrder, valueDuplicate, valueRequired } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import { communeKey } from '../places/district-key';
import { LEVEL_NAMES, LEVEL_ORDER, levelAtLeast, levelInfo, levelPrerequisite, type CommuneLevel } from '../rules/levels';
import type { CriteriaSet } from '../rules/schemas';
import { communeFields } from '../workbook-layout/sheets';

/** Duplicates among all units; criteria count, level against criteria and level order for the xã. */
export function checkCommunes(sheet: string, communes: readonly Commune[], info: UnitInfo, set: CriteriaSet, findings: Finding[]): void {
  const seen = new Map<string, Commune>();
  const total = set.criteria.length;
  const headers = new Map(communeFields(info.period).map((f) => [f.key, f.header]));
  for (const c of communes) {
    if (c.ten) {
      const key = communeKey(c.huyen, c.ten);
      const first = seen.get(key);
      if (first) {
        findings.push(valueDuplicate.commune({ sheet, cell: c.cells.ten }, { commune: c.ten, district: c.huyen, row: c.row, firstRow: first.row }));
      } else {
        seen.set(key, c);
      }
    }

    // Phường and thị trấn are not judged by the NTM criteria (SPEC §3); only duplicates concern them.
    if (c.kind !== 'xa') continue;

    if (c.soTieuChiDat !== undefined && c.soTieuChiDat !== c.criteriaMet) {
      findings.push(criteriaCount({ sheet, cell: c.cells.soTieuChiDat }, { commune: c.ten, typed: c.soTieuChiDat, marked: c.criteriaMet, total }));
    }

    const first = set.levels.find((l) => l.allCriteria);
    if (first && levelAtLeast(c.level, first.level) && c.criteriaMet < total) {
      const unmet = set.criteria.filter((_, i) => !c.criteria[i]).map((cr) => `TC${cr.number} ${cr.name}`);
      findings.push(levelCriteria({ sheet, cell: c.cells.mucDatChuan }, { commune: c.ten, level: LEVEL_NAMES[c.level], met: c.criteriaMet, total, unmet }));
    }
    checkLevelOrder(sheet, c, info, headers, findings);
  }
}

/** The recognised levels, lowest first, with the commune's recognition year of each. */
function recognitionYears(c: Commune): Array<{ level: CommuneLevel; year: number | undefined; cell: string | undefined }> {
  return LEVEL_ORDER.filter((l) => l !== 'chua-dat').map((level) => {
    const field = levelInfo(level).yearField!;
    return { level, year: c[field], cell: c.cells[field] };
  });
}

/**
 * Level prerequisites come from the criteria set (`levels[].requires`), walked down from the
 * commune's level: a kiểu mẫu commune needs nâng cao, which needs đạt chuẩn.
 */
function checkLevelOrder(sheet: string, c: Commune, info: UnitInfo, headers: ReadonlyMap<string, string>, findings: Finding[]): void {
  const at = (cell: string | undefined) => ({ sheet, cell: cell ?? c.cells.mucDatChuan ?? null });
  const years = recognitionYears(c);
  const yearOf = (level: CommuneLevel) => years.find((y) => y.level === level)!;
  if (c.level !== 'chua-dat') {
    const own = yearOf(c.level);
    if (own.year === undefined) {
      const header = headers.get(levelInfo(c.level).yearField!) ?? '';
      findings.push(valueRequired.levelYear(at(own.cell), { commune: c.ten, level: LEVEL_NAMES[c.level], header }));
    }
  }
  const missing: Finding[] = [];
  for (let level: CommuneLevel = c.level, pre = levelPrerequisite(info.period, level); pre; level = pre.level, pre = levelPrerequisite(info.period, level)) {
    const required = yearOf(pre.level);
    if (required.year !== undefined) continue;
    const prerequisite = levelInfo(pre.level);
    missing.unshift(
      levelOrder.prerequisiteMissing(at(required.cell), {
        commune: c.ten,
        level: LEVEL_NAMES[c.level],
        prerequisite: prerequisite.name,
        yearPhrase: prerequisite.yearPhrase!,
        note: pre.note,
      }),
    );
  }
  findings.push(...missing);
  for (let i = 0; i < years.length; i++) {
    for (let j = i + 1; j < years.length; j++) {
      const a = years[i];
      const b = years[j];
      if (a.year !== undefined && b.year !== undefined && a.year > b.year) {
        findings.push(
          levelOrder.yearsOutOfOrder(at(b.cell), {
            commune: c.ten,
            earlier: levelInfo(a.level).yearLabel!,
            earlierYear: a.year,
            later: levelInfo(b.level).yearLabel!,
            laterYear: b.year,
          }),
        );
      }
    }
  }
  for (const y of years) {
    if (y.year !== undefined && y.year > info.year) {
      findings.push(levelOrder.afterReportYear(at(y.cell), { commune: c.ten, yearLabel: levelInfo(y.level).yearLabel!, year: y.year, reportYear: info.year }));
    }
  }
}
