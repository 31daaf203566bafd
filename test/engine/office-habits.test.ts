import { districtFixture, TARGET_HEADER, validateFixture, withCode, XA_COL, XA_HEADER, xaRow, type Fixture } from './fixture';

/**
 * Issue "Read the workbooks that offices actually keep", items 4–6: sheet names as offices give
 * them, one root cause → one finding, and messages a clerk reads once. Real .xlsx files throughout.
 */

function fixture(change: (f: Fixture) => void): Fixture {
  const f = districtFixture();
  change(f);
  return f;
}

const TARGETS = [
  TARGET_HEADER,
  ['so_xa_dat_chuan_ntm', 'Số xã đạt chuẩn NTM', '', '≥', 2, 'xã', 2025, null, null, null, 'Kế hoạch số 39-KH/HU'],
  ['so_san_pham_ocop', 'Số sản phẩm OCOP 3 sao trở lên', '', '≥', 2, 'sản phẩm', 2024, null, null, null, 'Kế hoạch số 39-KH/HU'],
];

describe('sheet names as offices write them', () => {
  test('prefixed, numbered and short names are read as the five sheets', async () => {
    const r = await validateFixture(
      fixture((f) => {
        f.chiTieu = TARGETS;
        f.sheetNames = { info: 'TT chung', xa: 'Biểu 01 - Danh sách xã', ocop: 'Sản phẩm OCOP 2024', chiTieu: 'Chỉ tiêu KH 2024' };
      }),
    );
    expect(r.data.sheetNames).toEqual({ info: 'TT chung', communes: 'Biểu 01 - Danh sách xã', ocop: 'Sản phẩm OCOP 2024', targets: 'Chỉ tiêu KH 2024', thresholds: undefined });
    expect(r.summary.errors).toBe(0);
    // 2 xã đạt chuẩn (Vĩnh Hòa 2019, Thạnh Yên 2018) ≥ 2; 2 sản phẩm (4★ 2023, 3★ 2024) ≥ 2.
    expect(r.targets.map((t) => t.status)).toEqual(['met', 'met']);
    expect(withCode(r, 'sheet-unrecognised')).toEqual([]);
  });

  test('a renamed target sheet is reported, not silently ignored', async () => {
    const r = await validateFixture(fixture((f) => ((f.chiTieu = TARGETS), (f.sheetNames = { chiTieu: 'KH chỉ tiêu năm 2024' }))));
    expect(r.targets).toEqual([]);
    const [f] = withCode(r, 'sheet-unrecognised');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'KH chỉ tiêu năm 2024', cell: null });
    expect(f.message).toContain('"Chỉ tiêu"');
  });
});

describe('one root cause, one finding', () => {
  test('sheet "Xã" without its level column: no checks on its rows, its targets invalid with the reason', async () => {
    const r = await validateFixture(
      fixture((f) => {
        f.xa![0] = XA_HEADER.map((h) => (h === 'Mức đạt chuẩn' ? 'Ghi chú 2' : h));
        f.xa!.push(xaRow(4, 'Vĩnh Hòa', 'Đạt chuẩn NTM', [2019], 12)); // would be a duplicate and a level-criteria error
        f.chiTieu = TARGETS;
      }),
    );
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['column-missing', 'target-invalid']);
    const [ntm, ocop] = r.targets;
    expect(ntm.status).toBe('invalid');
    expect(withCode(r, 'target-invalid')[0].message).toBe('Dòng 2: không tính được "Số xã đạt chuẩn nông thôn mới" (so_xa_dat_chuan_ntm) vì sheet "Xã" không đọc được (xem lỗi của sheet này).');
    // OCOP is still read; the products' communes are not checked against an unreadable sheet "Xã".
    expect(ocop.status).toBe('met');
    expect(withCode(r, 'value-reference')).toEqual([]);
  });

  test('no sheet "OCOP": an OCOP target is invalid, never "not met" with 0 products', async () => {
    const r = await validateFixture(fixture((f) => ((f.ocop = null), (f.chiTieu = TARGETS))));
    expect(r.targets.map((t) => t.status)).toEqual(['met', 'invalid']);
    expect(withCode(r, 'target-invalid')[0].message).toContain('vì sổ không có sheet "OCOP"');
    expect(withCode(r, 'target-not-met')).toEqual([]);
  });
});

describe('messages a clerk reads once', () => {
  test('numbers typed as text: one finding for the column, naming its cells', async () => {
    const r = await validateFixture(
      fixture((f) => {
        f.xa![1][26] = '60,5';
        f.xa![2][26] = '70';
        f.xa![3][26] = '1.234,5';
      }),
    );
    const found = withCode(r, 'number-as-text');
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe(`${XA_COL.thuNhap}2`);
    expect(found[0].message).toBe(
      `3 ô ở cột "Thu nhập bình quân (triệu đồng/người/năm)" ghi số dạng chữ, được đọc theo cách viết của Việt Nam: AA2 "60,5" → 60,5; AA3 "70" → 70; AA4 "1.234,5" → 1.234,5.`,
    );
    expect(r.data.communes.map((c) => c.thuNhap)).toEqual([60.5, 70, 1234.5]);
  });

  test('years are never written with a thousands separator', async () => {
    const r = await validateFixture(fixture((f) => (f.xa![1][3] = 20190)));
    const [f] = withCode(r, 'value-range');
    expect(f.message).toBe(`Giá trị 20190 ở ô ${XA_COL.namChuan}2 (cột "Năm đạt chuẩn") nằm ngoài khoảng cho phép từ 2000 đến 2100.`);
  });

  test('recognition years out of order: no doubled words', async () => {
    const r = await validateFixture(fixture((f) => (f.xa![2][4] = 2017)));
    expect(withCode(r, 'level-order')[0].message).toBe('Xã Thạnh Yên: năm đạt nâng cao (2017) trước năm đạt chuẩn (2018).');
  });

  test('a comparison decided by decimals shows them', async () => {
    const r = await validateFixture(
      fixture((f) => {
        f.nguong = [
          ['Mã chỉ số', 'Mức', 'Vùng hoặc Nhóm', 'Năm', 'Giá trị', 'Nguồn'],
          ['thu_nhap', 'Đạt chuẩn NTM', '', 2024, 60.2, 'QĐ của tỉnh'],
        ];
        f.xa![1][26] = 60.196;
      }),
    );
    const [f] = withCode(r, 'indicator-threshold');
    expect(f.message).toContain('là 60,196 triệu đồng/người/năm, ngưỡng tối thiểu 60,2 triệu đồng/người/năm');
  });
});
