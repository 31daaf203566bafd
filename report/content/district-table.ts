import type { Metrics } from '../../engine';
import { metric } from './figures';
import { capitalise } from './style';
import { districtName, wholeUnit } from './names';
import type { ReportScope } from './scope';
import type { TableCellContent, TableContent } from './types';

export interface DistrictFigures {
  /** As the workbook spells it. */
  name: string;
  metrics: Metrics;
}

/**
 * The table by district of a province report (SPEC §7): số xã, đạt chuẩn NTM, tỷ lệ, bình quân
 * tiêu chí, sản phẩm OCOP, one row per district and the province's total, figures written as the
 * sentences write them.
 */
export function districtTable(scope: ReportScope, districts: DistrictFigures[]): TableContent {
  const f = scope.figures;
  const row = (stt: string, label: string, m: Metrics, bold = false): TableCellContent[] => [
    { text: stt, align: 'center', bold },
    { text: label, bold },
    { text: f.metric('so_xa', metric(m, 'so_xa')), align: 'center', bold },
    { text: metric(m, 'so_xa_dat_chuan_ntm') === 0 ? '-' : f.metric('so_xa_dat_chuan_ntm', m.so_xa_dat_chuan_ntm), align: 'center', bold },
    { text: metric(m, 'so_xa') === 0 ? '-' : f.metric('ty_le_xa_dat_chuan_ntm', m.ty_le_xa_dat_chuan_ntm), align: 'center', bold },
    { text: metric(m, 'so_xa_ntm_nang_cao') === 0 ? '-' : f.metric('so_xa_ntm_nang_cao', m.so_xa_ntm_nang_cao), align: 'center', bold },
    { text: metric(m, 'so_xa') === 0 ? '-' : f.metric('binh_quan_tieu_chi', m.binh_quan_tieu_chi), align: 'center', bold },
    { text: metric(m, 'so_san_pham_ocop') === 0 ? '-' : f.metric('so_san_pham_ocop', m.so_san_pham_ocop), align: 'center', bold },
  ];
  const heads = ['TT', 'Đơn vị', 'Số xã', 'Xã đạt chuẩn NTM', 'Tỷ lệ xã đạt chuẩn NTM', 'Xã đạt chuẩn NTM nâng cao', 'Bình quân tiêu chí/xã', 'Sản phẩm OCOP từ 3 sao'];
  return {
    header: [heads.map((text) => ({ text, bold: true, align: 'center' as const }))],
    rows: [...districts.map((d, i) => row(String(i + 1), capitalise(districtName(d.name)), d.metrics)), row('', wholeUnit(scope.info), scope.metrics, true)],
    widths: [6, 24, 9, 11, 12, 12, 12, 14],
    fontSize: 12,
  };
}
