import type { FakeCellJson, FakeWorkbookJson } from './fake-excel';
import { cellAddress } from '../../engine/model';

/**
 * Workbooks for adapter tests, built directly as the fake's JSON: a district workbook of the
 * 2026-2030 period with `communes` rows in sheet "Xã" (about 20 columns, like a real one).
 */
export function districtWorkbook(communes: number): FakeWorkbookJson {
  const info: Record<string, FakeCellJson> = {};
  const infoRows: Array<[string, string | number]> = [
    ['Tỉnh', 'Kiên Giang'],
    ['Huyện', 'U Minh Thượng'],
    ['Giai đoạn', '2026-2030'],
    ['Năm báo cáo', 2026],
  ];
  infoRows.forEach(([k, v], r) => {
    info[cellAddress(r, 0)] = { v: k };
    info[cellAddress(r, 1)] = { v };
  });
  const headers = [
    'Tên xã',
    'Nhóm xã',
    'Mức đạt chuẩn',
    'Năm đạt chuẩn',
    ...Array.from({ length: 10 }, (_, i) => `TC${i + 1}`),
    'Số tiêu chí đạt',
    'Thu nhập bình quân (triệu đồng/người/năm)',
    'Tỷ lệ hộ nghèo đa chiều (%)',
    'Tỷ lệ tham gia BHYT (%)',
    'Dân số',
    'Ngày cập nhật',
  ];
  const xa: Record<string, FakeCellJson> = {};
  headers.forEach((h, c) => (xa[cellAddress(0, c)] = { v: h }));
  for (let i = 0; i < communes; i++) {
    const r = i + 1;
    const row: FakeCellJson[] = [
      { v: `Xã số ${i + 1}` },
      { v: (i % 3) + 1 },
      { v: i % 2 ? 'Đạt chuẩn NTM' : 'Chưa đạt' },
      i % 2 ? { v: 2020 + (i % 5) } : {},
      ...Array.from({ length: 10 }, (_, k) => ((i + k) % 4 ? { v: 'Đạt' } : {})),
      { v: 8 },
      { v: 60.5 + (i % 10) },
      { v: 0.035, numberFormat: '0.0%' },
      { v: 95 },
      { v: 5000 + i },
      { v: 46000 + (i % 300), numberFormat: 'dd/mm/yyyy' },
    ];
    row.forEach((cell, c) => {
      if (cell.v !== undefined) xa[cellAddress(r, c)] = cell;
    });
  }
  return {
    sheets: [
      { name: 'Thông tin', cells: info },
      { name: 'Xã', cells: xa },
    ],
  };
}
