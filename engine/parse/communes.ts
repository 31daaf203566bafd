import type { Commune } from '../data';
import { criterionKey, communeFields, type CommuneRecord } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import type { CommuneLevel } from '../rules/levels';
import { splitUnitName, UNIT_KIND_NAMES, unitKindOf } from '../places/unit-kind';
import { readTable, type Table } from './read-table';
import { normalizeDistrict } from '../places/district-key';
import type { RequirementContext } from './requirement';

export interface CommuneSheet {
  communes: Commune[];
  table: Table<CommuneRecord> | null;
}

/** Sheet "Xã" (SPEC §3.2) into typed units: xã, and the phường and thị trấn some offices list too. */
export function readCommunes(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): CommuneSheet {
  const rules = loadRules();
  const set = rules.criteria[ctx.period];
  const levelByName = new Map<string, CommuneLevel>(rules.levels.map((l) => [l.name, l.id]));
  const table = readTable(sheet, communeFields(ctx.period), ctx, findings, { nameKey: 'ten', groupKey: 'huyen' });
  if (!table) return { communes: [], table: null };
  const communes: Commune[] = [];
  const criterionKeys = set.criteria.map((c) => criterionKey(c.number));
  for (const { row, values: v, cells, group } of table.rows) {
    const criteria = criterionKeys.map((key) => v[key] === true);
    const name = splitUnitName(v.ten ?? '');
    const kind = (v.loaiDonVi && unitKindOf(v.loaiDonVi)) || name.kind || 'xa';
    communes.push({
      row,
      kind,
      ten: kind === 'xa' ? name.bare : name.kind ? (v.ten ?? '').trim() : `${UNIT_KIND_NAMES[kind]} ${name.bare}`,
      huyen: (v.huyen && normalizeDistrict(v.huyen)) || group || undefined,
      nhom: v.nhom,
      level: (v.mucDatChuan && levelByName.get(v.mucDatChuan)) || 'chua-dat',
      namDatChuan: v.namDatChuan,
      namNangCao: v.namNangCao,
      namKieuMau: v.namKieuMau,
      criteria,
      criteriaMet: criteria.filter(Boolean).length,
      soTieuChiDat: v.soTieuChiDat,
      thuNhap: v.thuNhap,
      tyLeHoNgheo: v.tyLeHoNgheo,
      tyLeBhyt: v.tyLeBhyt,
      tyLeLaoDongDaoTao: v.tyLeLaoDongDaoTao,
      danSo: v.danSo,
      cells,
    });
  }
  return { communes, table };
}
