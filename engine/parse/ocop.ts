import type { OcopProduct } from '../data';
import { ocopFields } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import type { Sheet } from '../model/workbook';
import { loadRules } from '../rules/load';
import { addMonths } from '../text/vi-date';
import { readTable, type Table } from './read-table';
import type { RequirementContext } from './requirement';

export interface OcopSheet {
  products: OcopProduct[];
  table: Table | null;
}

/** Sheet "OCOP" (SPEC §3.3) into typed products; rows without a usable date or stars are kept out. */
export function readOcop(sheet: Sheet, ctx: RequirementContext, findings: Finding[]): OcopSheet {
  const months = loadRules().ocop.validity.months;
  const table = readTable(sheet, ocopFields(), ctx, findings);
  if (!table) return { products: [], table: null };
  const products: OcopProduct[] = [];
  for (const row of table.rows) {
    const v = row.values;
    const recognised = v.ngayCongNhan as Date | undefined;
    const stars = v.soSao as number | undefined;
    if (recognised === undefined || stars === undefined) continue;
    products.push({
      row: row.row,
      ten: (v.ten as string | undefined) ?? '',
      chuThe: (v.chuThe as string | undefined) ?? '',
      loaiHinh: v.loaiHinh as string | undefined,
      xa: (v.xa as string | undefined) ?? '',
      huyen: (v.huyen as string | undefined) || undefined,
      nhomSanPham: v.nhomSanPham as string | undefined,
      diem: v.diem as number | undefined,
      soSao: stars,
      capCongNhan: v.capCongNhan as string | undefined,
      soQuyetDinh: v.soQuyetDinh as string | undefined,
      ngayCongNhan: recognised,
      ngayHetHan: (v.ngayHetHan as Date | undefined) ?? addMonths(recognised, months),
      ngayHetHanTyped: v.ngayHetHan !== undefined,
      cells: row.cells,
    });
  }
  return { products, table };
}
