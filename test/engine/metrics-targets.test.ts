import { MetricCodeSchema, toValidationJson } from '../../engine';
import { date, districtFixture, errors, OCOP_HEADER, TARGET_HEADER, TC19, validateFixture, withCode, type Fixture, type Row } from './fixture';

/** A province of 51 communes in 3 districts: 38 NTM, of which 9 nâng cao and 1 kiểu mẫu. */
function provinceFixture(): Fixture {
  const header: Row = ['Tên xã', 'Huyện', 'Mức đạt chuẩn', 'Năm đạt chuẩn', 'Năm đạt nâng cao', 'Năm đạt kiểu mẫu', ...TC19];
  const rows: Row[] = [header];
  const districts = ['Châu Thành', 'Phụng Hiệp', 'Vị Thủy'];
  for (let i = 0; i < 51; i++) {
    const district = districts[i % 3];
    const kieuMau = i === 0;
    const nangCao = i < 9;
    const ntm = i < 38;
    const level = kieuMau ? 'NTM kiểu mẫu' : nangCao ? 'NTM nâng cao' : ntm ? 'Đạt chuẩn NTM' : 'Chưa đạt';
    const met = ntm ? 19 : 10 + (i % 9); // 10..18 for the others
    const years = [ntm ? 2019 : null, nangCao ? 2021 : null, kieuMau ? 2022 : null];
    rows.push([`Xã ${i + 1}`, district, level, ...years, ...TC19.map((_, k) => (k < met ? 'x' : null))]);
  }
  const ocop: Row[] = [['Tên sản phẩm', 'Chủ thể', 'Loại hình chủ thể', 'Xã', 'Huyện', 'Điểm', 'Số sao', 'Cấp công nhận', 'Ngày công nhận']];
  // Châu Thành 6 products, Phụng Hiệp 5, Vị Thủy 2: the "mỗi huyện ≥ 5" target fails in Vị Thủy only.
  const counts: Record<string, number> = { 'Châu Thành': 6, 'Phụng Hiệp': 5, 'Vị Thủy': 2 };
  let n = 0;
  for (const [district, count] of Object.entries(counts)) {
    const first = districts.indexOf(district);
    for (let k = 0; k < count; k++) {
      const stars = k % 2 === 0 ? 3 : 4;
      ocop.push([`Sản phẩm ${++n}`, `Chủ thể ${n}`, k === 0 ? 'HTX' : 'DN', `Xã ${first + 1 + 3 * k}`, district, stars === 3 ? 60 : 75, stars, stars === 3 ? 'Huyện' : 'Tỉnh', date(2022, 6, 1)]);
    }
  }
  return {
    info: [
      ['Tỉnh', 'Hậu Giang'],
      ['Vùng', 'Đồng bằng sông Cửu Long'],
      ['Năm báo cáo', 2022],
    ],
    xa: rows,
    ocop,
    chiTieu: [
      TARGET_HEADER,
      ['so_xa_dat_chuan_ntm', 'Lũy kế 38/51 xã đạt chuẩn NTM', null, null, 38, 'xã', 2022],
      ['ty_le_xa_dat_chuan_ntm', 'Tỷ lệ xã đạt chuẩn NTM', null, null, 74.5, '%', 2022, 74.5],
      ['so_xa_ntm_nang_cao', 'Tổng số xã NTM nâng cao', null, null, 9, 'xã', 2022],
      ['so_san_pham_ocop', 'Mỗi huyện ít nhất 5 sản phẩm', 'mỗi huyện', 'tối thiểu', 5, 'sản phẩm', 2022],
      ['so_san_pham_ocop', 'Phụng Hiệp ít nhất 5 sản phẩm', 'Phụng Hiệp', null, 5, 'sản phẩm', 2022],
      ['binh_quan_tieu_chi', 'Bình quân tiêu chí/xã', null, null, 18.2, 'tiêu chí/xã', 2022],
      ['so_xa_dat_chuan_ntm', 'Huyện không có', 'Long Mỹ', null, 5, 'xã', 2022],
    ],
    nguong: null,
  };
}

describe('province workbook', () => {
  let result: Awaited<ReturnType<typeof validateFixture>>;
  beforeAll(async () => {
    result = await validateFixture(provinceFixture());
  });

  test('metrics against hand-computed values', () => {
    const m = result.metrics;
    expect(m.so_xa).toBe(51);
    expect(m.so_xa_dat_chuan_ntm).toBe(38);
    expect(m.ty_le_xa_dat_chuan_ntm).toBeCloseTo((38 / 51) * 100, 12); // 74,5%
    expect(m.ty_le_xa_dat_chuan_ntm.toFixed(1)).toBe('74.5');
    expect(m.so_xa_ntm_nang_cao).toBe(9);
    expect(m.so_xa_ntm_kieu_mau).toBe(1);
    // 38 communes at 19; the 13 others at 10 + (i % 9) for i = 38…50.
    const others = Array.from({ length: 13 }, (_, k) => 10 + ((38 + k) % 9));
    expect(m.binh_quan_tieu_chi).toBeCloseTo((38 * 19 + others.reduce((a, b) => a + b, 0)) / 51, 12);
    expect(m.so_xa_10_14_tieu_chi).toBe(others.filter((x) => x <= 14).length);
    expect(m.so_xa_15_18_tieu_chi).toBe(others.filter((x) => x >= 15).length);
    expect(m.so_xa_duoi_10_tieu_chi).toBe(0);
    expect(m.so_san_pham_ocop).toBe(13);
    expect(m.so_san_pham_ocop_3_sao).toBe(7);
    expect(m.so_san_pham_ocop_4_sao).toBe(6);
    expect(m.so_san_pham_ocop_htx_tht).toBe(3);
    expect(m.so_xa_co_san_pham_ocop).toBe(13);
    expect(m.ty_le_xa_co_san_pham_ocop).toBeCloseTo((13 / 51) * 100, 12);
  });

  test('no errors but the unknown district', () => {
    expect(errors(result).map((f) => f.code)).toEqual(['value-reference']);
    expect(errors(result)[0]).toMatchObject({ sheet: 'Chỉ tiêu', cell: 'C8' });
  });

  test('target statuses', () => {
    const status = Object.fromEntries(result.targets.map((t) => [t.row, t.status]));
    expect(status).toEqual({ 2: 'met', 3: 'met', 4: 'met', 5: 'not-met', 6: 'met', 7: 'not-met', 8: 'invalid' });
    const perDistrict = result.targets.find((t) => t.row === 5)!;
    expect(perDistrict.actual).toBe(2);
    expect(perDistrict.failingUnits).toEqual(['Vị Thủy']);
    expect(withCode(result, 'target-not-met')[0].message).toContain('Vị Thủy');
    // The typed 74,5 agrees with 74,509…: no target-actual-differs.
    expect(withCode(result, 'target-actual-differs')).toEqual([]);
  });

  test('district metrics', () => {
    expect([...result.districtMetrics.keys()]).toEqual(['Châu Thành', 'Phụng Hiệp', 'Vị Thủy']);
    expect(result.districtMetrics.get('Vị Thủy')!.so_san_pham_ocop).toBe(2);
    expect(result.districtMetrics.get('Châu Thành')!.so_xa).toBe(17);
  });

  test('the JSON object has exactly the SPEC §6 keys', () => {
    const json = toValidationJson('tinh.xlsx', result);
    expect(Object.keys(json)).toEqual(['file', 'unit', 'period', 'year', 'summary', 'findings', 'targets', 'metrics', 'previousYear']);
    expect(Object.keys(json.targets[0])).toEqual(['row', 'code', 'description', 'scope', 'comparator', 'target', 'actual', 'deadline', 'status']);
    expect(json.unit).toBe('tỉnh Hậu Giang');
    expect(json.metrics).toHaveProperty('so_xa_duoi_5_tieu_chi');
    expect(Object.keys(json.metrics)).toHaveLength(MetricCodeSchema.options.length);
  });
});

test('a province workbook for 2021-2025 requires the district column', async () => {
  const f = provinceFixture();
  f.xa = f.xa!.map((row) => [row[0], ...row.slice(2)]);
  const r = await validateFixture(f);
  expect(withCode(r, 'column-missing')[0].message).toContain('Huyện');
});

test('a level counts from its recognition year on', async () => {
  const f = districtFixture();
  f.info![4][1] = 2022;
  // Thạnh Yên: NTM 2018, nâng cao 2023 (after 2022: a level-order error, and not counted in 2022).
  const r = await validateFixture(f);
  expect(r.metrics.so_xa_ntm_nang_cao).toBe(0);
  expect(r.metrics.so_xa_dat_chuan_ntm).toBe(2);
});

test('a title row above the header, unaccented upper-case headers and percent formats', async () => {
  const f = districtFixture();
  f.xaTitleRows = [['DANH SÁCH XÃ VÀ TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024'], []];
  f.xa![0] = f.xa![0].map((h) => (typeof h === 'string' ? h.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toUpperCase() : h));
  f.xa![1][28] = 0.93; // BHYT as 93% in a percent-formatted cell
  f.formats = { Xã: { AC4: '0%' } };
  f.sheetNames = { xa: 'XA ', info: 'THONG TIN' };
  const r = await validateFixture(f);
  expect(errors(r)).toEqual([]);
  expect(r.data!.communes[0].tyLeBhyt).toBeCloseTo(93, 10);
  expect(r.data!.communes[0].row).toBe(4);
});

test('2026-2030: ten criteria and commune groups', async () => {
  const header: Row = ['Tên xã', 'Nhóm xã', 'Mức đạt chuẩn', 'Năm đạt chuẩn', ...Array.from({ length: 10 }, (_, i) => `Tiêu chí ${i + 1}`), 'Thu nhập bình quân'];
  const mk = (name: string, group: number, level: string, year: number | null, met: number): Row => [name, group, level, year, ...Array.from({ length: 10 }, (_, i) => (i < met ? 'Đạt' : null)), 80];
  const f: Fixture = {
    info: [
      ['Tỉnh', 'Tuyên Quang'],
      ['Năm báo cáo', 2026],
    ],
    xa: [header, mk('Hồng Thái', 1, 'Đạt chuẩn NTM', 2026, 10), mk('Thượng Lâm', 3, 'Chưa đạt', null, 7), mk('Lăng Can', 2, 'Chưa đạt', null, 4)],
    ocop: [OCOP_HEADER, ['Chè Shan tuyết', 'HTX Chè Hồng Thái', 'HTX', 'Hồng Thái', 'Đồ uống', 75, 4, 'Tỉnh', null, date(2026, 3, 2), null]],
    chiTieu: [TARGET_HEADER, ['so_xa_dat_5_9_tieu_chi', 'Xã đạt 5-9 tiêu chí', null, '≤', 1, 'xã', 2026]],
    nguong: [
      ['Mã chỉ số', 'Mức', 'Nhóm', 'Năm', 'Giá trị'],
      ['thu_nhap', 'Đạt chuẩn NTM', 'Nhóm 1', 2026, 90],
    ],
  };
  const r = await validateFixture(f);
  expect(r.period).toBe('2026-2030');
  expect(errors(r)).toEqual([]);
  expect(r.metrics.so_xa_dat_chuan_ntm).toBe(1);
  expect(r.metrics.so_xa_dat_5_9_tieu_chi).toBe(1);
  expect(r.metrics.so_xa_duoi_5_tieu_chi).toBe(1);
  expect(r.metrics.binh_quan_tieu_chi).toBeCloseTo(7, 12);
  expect(r.targets[0].status).toBe('met');
  // Income 80 against the group-1 threshold of 90, criterion 3 marked met.
  expect(withCode(r, 'indicator-threshold')[0]).toMatchObject({ sheet: 'Xã', cell: 'O2' });

  const missingGroup = await validateFixture({ ...f, xa: f.xa!.map((row) => [row[0], ...row.slice(2)]) });
  expect(withCode(missingGroup, 'column-missing')[0].message).toContain('Nhóm xã');
});
