import type { ThresholdRow } from '../data';
import { communeGroupValues, thresholdFields } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import { valueEnum } from '../findings/catalog';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import { fold } from '../text/fold';
import { readTable } from './read-table';
import type { RequirementContext } from './requirement';

/** Sheet "Ngưỡng" (SPEC §3.5): the province's thresholds, which fill or override the rules data. */
export function readThresholds(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): ThresholdRow[] {
  const rules = loadRules();
  const regions = rules.criteria['2021-2025'].regions ?? [];
  const groups = communeGroupValues();
  const levelByName = new Map(rules.levels.map((l) => [l.name, l.id]));
  const table = readTable(sheet, thresholdFields(), ctx, findings);
  if (!table) return [];
  const out: ThresholdRow[] = [];
  for (const row of table.rows) {
    const v = row.values;
    const level = v.muc === undefined ? undefined : levelByName.get(v.muc);
    if (v.maChiSo === undefined || level === undefined || level === 'chua-dat' || v.nam === undefined || v.giaTri === undefined) continue;
    let unit: string | undefined;
    const rawUnit = v.vungNhom;
    if (rawUnit) {
      const key = fold(rawUnit).replace(/^nhom\s*/, '');
      const region = regions.find((r) => fold(r) === fold(rawUnit));
      if (region) unit = region;
      else if (groups.includes(key)) unit = key;
      else {
        findings.push(valueEnum.regionOrGroup({ sheet: sheet.name, cell: row.cells.vungNhom }, rawUnit, regions, groups));
        continue;
      }
    }
    out.push({
      row: row.row,
      indicator: v.maChiSo,
      level,
      unit,
      year: v.nam,
      value: v.giaTri,
      source: v.nguon,
    });
  }
  return out;
}
