import type { OcopProduct } from '../data';
import { ocopFields } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import { addMonths } from '../text/vi-date';
import { readTable, type Table } from './read-table';
import { normalizeDistrict } from '../places/district-key';
import type { RequirementContext } from './requirement';

export interface OcopSheet {
  products: OcopProduct[];
  table: Table | null;
}

/** Sheet "OCOP" (SPEC §3.3) into typed products; rows without a usable date or stars are kept out. */
export function readOcop(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): OcopSheet {
  const months = loadRules().ocop.validity.months;
  const table = readTable(sheet, ocopFields(), ctx, findings, { nameKey: 'ten', groupKey: 'huyen' });
  if (!table) return { products: [], table: null };
  const products: OcopProduct[] = [];
  for (const { row, values: v, cells, group } of table.rows) {
    const recognised = v.ngayCongNhan;
    const stars = v.soSao;
    if (recognised === undefined || stars === undefined) continue;
    products.push({
      row,
      ten: v.ten ?? '',
      chuThe: v.chuThe ?? '',
      loaiHinh: v.loaiHinh,
      xa: v.xa ?? '',
      huyen: (v.huyen && normalizeDistrict(v.huyen)) || group || undefined,
      nhomSanPham: v.nhomSanPham,
      diem: v.diem,
      soSao: stars,
      capCongNhan: v.capCongNhan,
      soQuyetDinh: v.soQuyetDinh,
      ngayCongNhan: recognised,
      ngayHetHan: v.ngayHetHan ?? addMonths(recognised, months),
      ngayHetHanTyped: v.ngayHetHan !== undefined,
      cells,
    });
  }
  return { products, table };
}
