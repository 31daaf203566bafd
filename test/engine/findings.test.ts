import { districtFixture, date, OCOP_HEADER, TARGET_HEADER, validateFixture, withCode, XA_COL, XA_HEADER, xaRow, type Fixture } from './fixture';

/** One test per finding code of SPEC §4: a real .xlsx, checked by code, sheet and cell. */

function fixture(change: (f: Fixture) => void): Fixture {
  const f = districtFixture();
  change(f);
  return f;
}

test('sheet-missing: no sheet "Thông tin"', async () => {
  const r = await validateFixture(fixture((f) => (f.info = null)));
  const [f] = withCode(r, 'sheet-missing');
  expect(f).toMatchObject({ severity: 'error', sheet: null, cell: null });
  expect(f.message).toContain('Thông tin');
});

test('sheet-missing: neither "Xã" nor "OCOP"', async () => {
  const r = await validateFixture(fixture((f) => ((f.xa = null), (f.ocop = null))));
  expect(
    withCode(r, 'sheet-missing')
      .map((f) => f.message)
      .join(),
  ).toMatch(/Xã.*OCOP/);
});

test('column-missing lists the headers that were found', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![0] = XA_HEADER.map((h) => (h === 'Mức đạt chuẩn' ? 'Ghi chú 2' : h)))));
  const [f] = withCode(r, 'column-missing');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: null });
  expect(f.message).toContain('Mức đạt chuẩn');
  expect(f.message).toContain('"Tên xã"');
});

test('column-duplicate: two columns for one field', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.xa = f.xa!.map((row, i) => [...row, i === 0 ? 'Xếp loại' : 'Chưa đạt']);
    }),
  );
  const [f] = withCode(r, 'column-duplicate');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: 'AE1' });
});

test('value-required: empty commune name and empty level', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![3] = xaRow(3, '', '', [], 16))));
  const cells = withCode(r, 'value-required').map((f) => f.cell);
  expect(cells).toEqual(expect.arrayContaining(['B4', 'C4']));
});

test('value-required: Vùng is required for 2021-2025', async () => {
  const r = await validateFixture(fixture((f) => (f.info = f.info!.filter((row) => row[0] !== 'Vùng'))));
  const [f] = withCode(r, 'value-required');
  expect(f).toMatchObject({ sheet: 'Thông tin', cell: null });
  expect(f.message).toContain('Vùng');
});

test('value-type: a year that is not a number', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![1][3] = 'năm ngoái')));
  const [f] = withCode(r, 'value-type');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: `${XA_COL.namChuan}2` });
  expect(f.message).toContain('năm ngoái');
});

test('value-enum: an unknown level lists the allowed values', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![3][2] = 'Gần đạt')));
  const [f] = withCode(r, 'value-enum');
  expect(f).toMatchObject({ sheet: 'Xã', cell: 'C4' });
  expect(f.message).toContain('NTM kiểu mẫu');
});

test('value-range: a percentage above 100', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![1][28] = 120)));
  const [f] = withCode(r, 'value-range');
  expect(f).toMatchObject({ sheet: 'Xã', cell: `${XA_COL.bhyt}2` });
});

test('value-range: OCOP stars below 3', async () => {
  const r = await validateFixture(fixture((f) => (f.ocop![2][6] = 2)));
  expect(withCode(r, 'value-range')[0]).toMatchObject({ sheet: 'OCOP', cell: 'G3' });
});

test('value-duplicate: the same commune twice in one district', async () => {
  const r = await validateFixture(fixture((f) => f.xa!.push(xaRow(4, 'Vĩnh  hòa ', 'Chưa đạt', [], 12))));
  const [f] = withCode(r, 'value-duplicate');
  expect(f).toMatchObject({ sheet: 'Xã', cell: 'B5' });
  expect(f.message).toContain('dòng 2');
});

test('value-duplicate: the same product of the same subject', async () => {
  const r = await validateFixture(fixture((f) => f.ocop!.push([...f.ocop![1]])));
  expect(withCode(r, 'value-duplicate')[0]).toMatchObject({ sheet: 'OCOP', cell: 'A4' });
});

test('value-reference: a product in a commune sheet "Xã" does not have', async () => {
  const r = await validateFixture(fixture((f) => (f.ocop![1][3] = 'Xã Không Có')));
  expect(withCode(r, 'value-reference')[0]).toMatchObject({ sheet: 'OCOP', cell: 'D2' });
});

test('formula-error: a cached #DIV/0!', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![1][26] = { formula: 'A1/0', result: { error: '#DIV/0!' } })));
  const [f] = withCode(r, 'formula-error');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: `${XA_COL.thuNhap}2` });
  expect(f.message).toContain('#DIV/0!');
});

test('number-as-text: "74,5" typed as text is read as 74.5', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![1][26] = '74,5')));
  const [f] = withCode(r, 'number-as-text');
  expect(f).toMatchObject({ severity: 'info', sheet: 'Xã', cell: `${XA_COL.thuNhap}2` });
  expect(r.data!.communes[0].thuNhap).toBe(74.5);
});

test('criteria-count: Số tiêu chí đạt differs from the marks', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![3][25] = 17)));
  const [f] = withCode(r, 'criteria-count');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: `${XA_COL.soTc}4` });
  expect(f.message).toContain('16/19');
});

test('level-criteria: a recognised commune with criteria not met', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![1] = xaRow(1, 'Vĩnh Hòa', 'Đạt chuẩn NTM', [2019], 18))));
  const [f] = withCode(r, 'level-criteria');
  expect(f).toMatchObject({ severity: 'error', sheet: 'Xã', cell: 'C2' });
  expect(f.message).toContain('TC19 Quốc phòng và An ninh');
});

test('level-order: nâng cao before đạt chuẩn, and a year after the report year', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![2] = xaRow(2, 'Thạnh Yên', 'NTM nâng cao', [2020, 2025], 19))));
  const cells = withCode(r, 'level-order').map((f) => f.cell);
  expect(cells).toEqual([`${XA_COL.namNangCao}3`]);
  const r2 = await validateFixture(fixture((f) => (f.xa![2] = xaRow(2, 'Thạnh Yên', 'NTM nâng cao', [2022, 2021], 19))));
  expect(withCode(r2, 'level-order')[0].message).toMatch(/trước năm đạt đạt chuẩn|trước năm đạt/);
});

test('level-order: nâng cao without a recognition as NTM', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![2] = xaRow(2, 'Thạnh Yên', 'NTM nâng cao', [undefined, 2023], 19))));
  expect(withCode(r, 'level-order')[0]).toMatchObject({ sheet: 'Xã', cell: `${XA_COL.namChuan}3` });
});

test('indicator-threshold and threshold-missing', async () => {
  const nguong = [
    ['Mã chỉ số', 'Mức', 'Vùng hoặc Nhóm', 'Năm', 'Giá trị', 'Nguồn'],
    ['thu_nhap', 'Đạt chuẩn NTM', 'Đồng bằng sông Cửu Long', 2024, 65, 'QĐ minh họa'],
    ['thu_nhap', 'Đạt chuẩn NTM', '', 2022, 40, 'QĐ minh họa'],
  ];
  const r = await validateFixture(fixture((f) => (f.nguong = nguong)));
  const hits = withCode(r, 'indicator-threshold');
  // Vĩnh Hòa (60) and Minh Thuận (50, criterion 10 marked met) miss 65; Thạnh Yên (70) does not.
  expect(hits.map((h) => h.cell)).toEqual([`${XA_COL.thuNhap}2`, `${XA_COL.thuNhap}4`]);
  expect(hits[0]).toMatchObject({ severity: 'warning', sheet: 'Xã' });
  expect(hits[0].message).toContain('65');
  const missing = withCode(r, 'threshold-missing')
    .map((f) => f.message)
    .join('\n');
  expect(missing).toContain('ty_le_bhyt');
  expect(missing).not.toContain('(thu_nhap)');
});

test('ocop-star-score: 72 points is 4 stars, not 3', async () => {
  const r = await validateFixture(fixture((f) => (f.ocop![2][5] = 72)));
  expect(withCode(r, 'ocop-star-score')[0]).toMatchObject({ severity: 'error', sheet: 'OCOP', cell: 'G3' });
});

test('ocop-expired: recognised 2021, expired 2024 before the end of the period', async () => {
  const r = await validateFixture(fixture((f) => (f.ocop![2][9] = date(2021, 3, 5))));
  const [f] = withCode(r, 'ocop-expired');
  expect(f).toMatchObject({ severity: 'warning', sheet: 'OCOP', cell: 'J3' });
  expect(f.message).toContain('05/3/2024');
});

test('ocop-level: 5 stars not at Trung ương; Huyện after 01/7/2025', async () => {
  const r = await validateFixture(fixture((f) => ((f.ocop![1][5] = 92), (f.ocop![1][6] = 5))));
  expect(withCode(r, 'ocop-level')[0]).toMatchObject({ sheet: 'OCOP', cell: 'H2' });
  const r2 = await validateFixture(
    fixture((f) => {
      f.info![4][1] = 2025;
      f.ocop![2][9] = date(2025, 8, 1);
    }),
  );
  expect(withCode(r2, 'ocop-level')[0].message).toContain('01/7/2025');
});

test('district-after-abolition: a district workbook dated after 01/7/2025', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.info![4][1] = 2025;
      f.info!.push(['Ngày ban hành', date(2025, 12, 15)]);
    }),
  );
  expect(withCode(r, 'district-after-abolition')[0]).toMatchObject({ severity: 'warning', sheet: 'Thông tin', cell: 'B2' });
});

test('target codes: invalid, not met, behind, met', async () => {
  const chiTieu = [
    TARGET_HEADER,
    ['so_xa_khong_co', 'Mã sai', null, null, 5, 'xã', 2025],
    ['so_xa_dat_chuan_ntm', 'Số xã đạt chuẩn NTM', null, '≥', 3, 'xã', 2024],
    ['ty_le_bhyt', 'Tỷ lệ BHYT', null, 'trở lên', 95, '%', 2025, null, 2020, 85],
    ['so_san_pham_ocop', 'Sản phẩm OCOP', null, '>=', 2, 'sản phẩm', 2024],
    ['khac', 'Tổng số HTX', null, null, 12, 'HTX', 2025],
  ];
  const r = await validateFixture(fixture((f) => (f.chiTieu = chiTieu)));
  const byRow = (row: number) => r.targets.find((t) => t.row === row)!;
  expect(byRow(2).status).toBe('invalid');
  expect(byRow(3)).toMatchObject({ status: 'not-met', actual: 2, target: 3 });
  // BHYT, population-weighted: (93·10000 + 96·12000 + 90·8000) / 30000 = 93.4; line from 85 (2020) to 95 (2025) asks 93 in 2024.
  expect(byRow(4).status).toBe('on-track');
  expect(byRow(4).actual).toBeCloseTo(93.4, 10);
  expect(byRow(5)).toMatchObject({ status: 'met', actual: 2 });
  expect(byRow(6).status).toBe('invalid');
  expect(withCode(r, 'target-invalid').map((f) => f.cell)).toEqual(['A2', 'H6']);
  expect(withCode(r, 'target-not-met')[0]).toMatchObject({ severity: 'warning', sheet: 'Chỉ tiêu', cell: 'B3' });
  expect(withCode(r, 'target-met')[0]).toMatchObject({ severity: 'info', cell: 'B5' });

  const behind = await validateFixture(fixture((f) => (f.chiTieu = [TARGET_HEADER, ['ty_le_bhyt', 'Tỷ lệ BHYT', null, '≥', 95, '%', 2025, null, 2020, 90]])));
  // The line from 90 (2020) to 95 (2025) asks 94 in 2024; 93.4 is behind it.
  expect(behind.targets[0].status).toBe('behind');
  expect(withCode(behind, 'target-behind')[0]).toMatchObject({ sheet: 'Chỉ tiêu', cell: 'B2' });
});

test('text-encoding: TCVN3 and decomposed text are reported', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.xa![3][1] = 'Minh Thu\u1eadn'.normalize('NFD');
      f.ocop![1][1] = 'HTX Ong mËt VÜnh Hßa';
    }),
  );
  const hits = withCode(r, 'text-encoding');
  expect(hits.map((h) => `${h.sheet}!${h.cell}`)).toEqual(expect.arrayContaining(['Xã!B4', 'OCOP!B2']));
  expect(hits.every((h) => h.severity === 'warning')).toBe(true);
  // Decomposed names are normalised for matching: the commune is still found.
  expect(r.data!.communes[2].ten).toBe('Minh Thuận');
});

test('column-extra: an unknown column is reported once as info, STT is not', async () => {
  const r = await validateFixture(fixture((f) => (f.xa = f.xa!.map((row, i) => [...row, i === 0 ? 'Người cập nhật' : 'Lan']))));
  const hits = withCode(r, 'column-extra');
  expect(hits).toHaveLength(1);
  expect(hits[0].message).toContain('Người cập nhật');
  expect(hits[0].message).not.toContain('STT');
});

test('OCOP header row with aliases', async () => {
  const r = await validateFixture(fixture((f) => (f.ocop![0] = OCOP_HEADER.map((h) => (h === 'Số sao' ? 'HẠNG SAO' : h === 'Chủ thể' ? 'chu the' : h)))));
  expect(r.summary.errors).toBe(0);
  expect(r.metrics.so_san_pham_ocop).toBe(2);
});
