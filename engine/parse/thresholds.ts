import type { ThresholdRow } from '../data';
import { thresholdFields } from '../workbook-layout/sheets';
import { finding, type Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import { fold } from '../text/fold';
import { readTable } from './read-table';
import type { RequirementContext } from './requirement';

const LEVELS: Record<string, ThresholdRow['level']> = {
  'Đạt chuẩn NTM': 'dat-chuan',
  'NTM nâng cao': 'nang-cao',
  'NTM kiểu mẫu': 'kieu-mau',
};

/** Sheet "Ngưỡng" (SPEC §3.5): the province's thresholds, which fill or override the rules data. */
export function readThresholds(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): ThresholdRow[] {
  const rules = loadRules();
  const regions = rules.criteria['2021-2025'].regions ?? [];
  const table = readTable(sheet, thresholdFields(), ctx, findings);
  if (!table) return [];
  const out: ThresholdRow[] = [];
  for (const row of table.rows) {
    const v = row.values;
    if (v.maChiSo === undefined || v.muc === undefined || v.nam === undefined || v.giaTri === undefined) continue;
    let unit: string | undefined;
    const rawUnit = v.vungNhom as string | undefined;
    if (rawUnit) {
      const key = fold(rawUnit).replace(/^nhom\s*/, '');
      const region = regions.find((r) => fold(r) === fold(rawUnit));
      if (region) unit = region;
      else if (['1', '2', '3'].includes(key)) unit = key;
      else {
        findings.push(
          finding(
            'value-enum',
            sheet.name,
            row.cells.vungNhom,
            `"${rawUnit}" ở ô ${row.cells.vungNhom} không phải một vùng (giai đoạn 2021-2025) hay nhóm xã 1, 2, 3 (giai đoạn 2026-2030).`,
            `Để trống nếu ngưỡng áp dụng chung; hoặc ghi một trong: ${regions.join('; ')}; hoặc nhóm 1, 2, 3.`,
          ),
        );
        continue;
      }
    }
    out.push({
      row: row.row,
      indicator: v.maChiSo as string,
      level: LEVELS[v.muc as string],
      unit,
      year: v.nam as number,
      value: v.giaTri as number,
      source: v.nguon as string | undefined,
    });
  }
  return out;
}
