import type { Commune } from '../data';
import { communeFields } from '../workbook-layout/sheets';
import { LEVEL_NAMES, LEVEL_ORDER, type CommuneLevel } from '../workbook-layout/levels';
import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import { readTable, type Table } from './read-table';
import type { RequirementContext } from './requirement';

const LEVEL_BY_NAME = new Map<string, CommuneLevel>(LEVEL_ORDER.map((l) => [LEVEL_NAMES[l], l]));

export interface CommuneSheet {
  communes: Commune[];
  table: Table | null;
}

/** Sheet "Xã" (SPEC §3.2) into typed communes. */
export function readCommunes(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): CommuneSheet {
  const set = loadRules().criteria[ctx.period];
  const table = readTable(sheet, communeFields(ctx.period), ctx, findings);
  if (!table) return { communes: [], table: null };
  const communes: Commune[] = [];
  for (const row of table.rows) {
    const v = row.values;
    const criteria = set.criteria.map((c) => v[`tc${c.number}`] === true);
    const group = v.nhom === undefined ? undefined : (Number(v.nhom) as 1 | 2 | 3);
    communes.push({
      row: row.row,
      ten: (v.ten as string | undefined) ?? '',
      huyen: (v.huyen as string | undefined) || undefined,
      nhom: group,
      level: LEVEL_BY_NAME.get(v.mucDatChuan as string) ?? 'chua-dat',
      namDatChuan: v.namDatChuan as number | undefined,
      namNangCao: v.namNangCao as number | undefined,
      namKieuMau: v.namKieuMau as number | undefined,
      criteria,
      criteriaMet: criteria.filter(Boolean).length,
      soTieuChiDat: v.soTieuChiDat as number | undefined,
      thuNhap: v.thuNhap as number | undefined,
      tyLeHoNgheo: v.tyLeHoNgheo as number | undefined,
      tyLeBhyt: v.tyLeBhyt as number | undefined,
      tyLeLaoDongDaoTao: v.tyLeLaoDongDaoTao as number | undefined,
      danSo: v.danSo as number | undefined,
      cells: row.cells,
    });
  }
  return { communes, table };
}
