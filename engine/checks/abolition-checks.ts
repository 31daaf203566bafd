import type { Commune, UnitInfo } from '../data';
import { districtAfterAbolition } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import type { OcopRules } from '../rules/schemas';

/**
 * District-level data dated after the district level of government ended (01/7/2025): a district
 * workbook reporting on a later date, or district names in a 2026–2030 commune list.
 */
export function checkDistrictAbolition(
  info: UnitInfo,
  infoSheet: string,
  infoCells: Record<string, string>,
  communeSheet: string | undefined,
  communes: readonly Commune[],
  districtHeaderCell: string | undefined,
  rules: OcopRules,
  findings: Finding[],
): void {
  const abolished = new Date(rules.districtAbolished.date);
  if (info.huyen) {
    const dated = info.ngayBanHanh ?? (info.year >= abolished.getUTCFullYear() + 1 ? new Date(Date.UTC(info.year, 0, 1)) : undefined);
    if (dated && dated.getTime() >= abolished.getTime()) {
      findings.push(districtAfterAbolition.districtWorkbook({ sheet: infoSheet, cell: infoCells.huyen ?? null }, { district: info.huyen, dated, abolished }));
    }
  }
  if (info.period === '2026-2030' && communeSheet && districtHeaderCell && communes.some((c) => c.huyen)) {
    findings.push(districtAfterAbolition.districtColumn({ sheet: communeSheet, cell: districtHeaderCell }, { sheet: communeSheet, abolished }));
  }
}
