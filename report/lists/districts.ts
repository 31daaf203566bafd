import type { ValidationResult } from '../../engine';
import { districtName } from '../content/names';
import { listDistricts, reportScope, type ReportScope } from '../content/scope';
import type { RowValues } from '../content/types';

/**
 * {{#moi huyen}}: the districts of a province report, each with its figures, formatted as the same
 * figures are everywhere in the report (the report's FigureStyle). A report on one district (or a district workbook) has none.
 */
export function districtItems(result: ValidationResult, scope: ReportScope): RowValues[] {
  if (!scope.groupByDistrict) return [];
  return listDistricts(result).map((d, i) => {
    const m = reportScope(result, d).metrics;
    return {
      stt: String(i + 1),
      ten: districtName(d),
      so_xa: scope.figures.metric('so_xa', m.so_xa),
      so_xa_dat_chuan_ntm: scope.figures.metric('so_xa_dat_chuan_ntm', m.so_xa_dat_chuan_ntm),
      ty_le_xa_dat_chuan_ntm: scope.figures.metric('ty_le_xa_dat_chuan_ntm', m.ty_le_xa_dat_chuan_ntm),
      so_xa_ntm_nang_cao: scope.figures.metric('so_xa_ntm_nang_cao', m.so_xa_ntm_nang_cao),
      binh_quan_tieu_chi: scope.figures.metric('binh_quan_tieu_chi', m.binh_quan_tieu_chi),
      so_san_pham_ocop: scope.figures.metric('so_san_pham_ocop', m.so_san_pham_ocop),
    };
  });
}
