import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { computeMetrics, districtName, validateWorkbook } from '../../engine';
import { parseScope } from '../../engine/parse/targets';
import { CommuneMatcher } from '../../engine/places/commune-matcher';
import { readWorkbook } from '../../generator/read-workbook';
import { date, districtFixture, validateFixture, withCode, writeFixture, xaRow, type Fixture } from './fixture';

/**
 * Issue "Read the workbooks that offices actually keep", item 3, and SPEC §5's new metrics: units
 * named as offices name them, wards and towns, Quyền hạn ký and Kính gửi as typed, in-year figures
 * and the year before. District fixture: Vĩnh Hòa (NTM 2019), Thạnh Yên (NTM 2018, nâng cao 2023),
 * Minh Thuận (chưa đạt); Mật ong 4★ 10/5/2023 at Vĩnh Hòa, Khô cá lóc 3★ 05/3/2024 at Thạnh Yên.
 */

function fixture(change: (f: Fixture) => void): Fixture {
  const f = districtFixture();
  change(f);
  return f;
}

test('prefixes: "X. Minh Thuận" is Minh Thuận; products may write "Xã …"', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.xa![3][1] = 'X. Minh Thuận';
      f.ocop!.push(['Chuối sấy', 'THT Minh Thuận', 'THT', 'Xã Minh Thuận', 'Thực phẩm', 55, 3, 'Tỉnh', '9/QĐ-UBND', date(2024, 8, 1), null]);
    }),
  );
  expect(r.summary.errors).toBe(0);
  expect(r.data.communes.map((c) => c.ten)).toEqual(['Vĩnh Hòa', 'Thạnh Yên', 'Minh Thuận']);
  // Every commune now has a product: 3/3.
  expect(r.metrics.so_xa_co_san_pham_ocop).toBe(3);
});

test('wards and towns: out of the commune counts, one info, still places for OCOP', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.xa!.push(xaRow(4, 'Thị trấn Thạnh Yên', 'Chưa đạt', [], 10));
      f.ocop!.push(['Mắm cá', 'Hộ Trần Văn B', 'Hộ SXKD', 'TT. Thạnh Yên', 'Thực phẩm', 58, 3, 'Tỉnh', '10/QĐ-UBND', date(2024, 9, 1), null]);
    }),
  );
  expect(r.summary.errors).toBe(0);
  const [info] = withCode(r, 'unit-not-commune');
  expect(info).toMatchObject({ severity: 'info', sheet: 'Xã', cell: 'B5' });
  expect(info.message).toContain('Thị trấn Thạnh Yên (dòng 5)');
  // 3 xã: 2 NTM → 66,67%; the town's 10 criteria do not enter the average (19+19+16)/3 = 18.
  expect(r.metrics.so_xa).toBe(3);
  expect(r.metrics.ty_le_xa_dat_chuan_ntm).toBeCloseTo(66.667, 3);
  expect(r.metrics.binh_quan_tieu_chi).toBe(18);
  // Places with a product: xã Vĩnh Hòa, xã Thạnh Yên, thị trấn Thạnh Yên → 2 xã (of 3), 3 units (of 4).
  expect(r.metrics.so_xa_co_san_pham_ocop).toBe(2);
  expect(r.metrics.so_don_vi_co_san_pham_ocop).toBe(3);
  expect(r.metrics.ty_le_don_vi_co_san_pham_ocop).toBe(75);
  expect(withCode(r, 'value-reference')).toEqual([]);
});

test('in-year figures and the year before', async () => {
  const r = await validateFixture(fixture((f) => (f.xa![2][4] = 2024)));
  // Thạnh Yên nâng cao in 2024; Khô cá lóc recognised 05/3/2024.
  expect(r.metrics.so_xa_dat_chuan_ntm_trong_nam).toBe(0);
  expect(r.metrics.so_xa_ntm_nang_cao_trong_nam).toBe(1);
  expect(r.metrics.so_san_pham_ocop_trong_nam).toBe(1);
  // As of 2023: 2 NTM, no nâng cao yet, 1 product; no income figure without last year's workbook.
  expect(r.previousYear.year).toBe(2023);
  expect(r.previousYear.metrics).toMatchObject({ so_xa_dat_chuan_ntm: 2, so_xa_ntm_nang_cao: 0, so_san_pham_ocop: 1 });
  expect(r.previousYear.metrics.thu_nhap_binh_quan).toBeUndefined();
});

test("the year before takes its indicator averages from last year's workbook", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-prev-'));
  const read = async (f: Fixture, name: string) => {
    const file = path.join(dir, name);
    await writeFixture(f, file);
    return readWorkbook(await fs.readFile(file));
  };
  const now = await read(districtFixture(), 'now.xlsx');
  const last = await read(
    fixture((f) => {
      f.info![4][1] = 2023;
      f.xa = f.xa!.map((row, i) => (i === 0 ? row : row.map((v, j) => (j === 26 ? 50 : j === 29 ? 1000 : v))));
    }),
    'last.xlsx',
  );
  const r = validateWorkbook(now, { previous: last });
  expect(r.previousYear.metrics.thu_nhap_binh_quan).toBe(50);
});

test('Quyền hạn ký as typed, and Kính gửi one addressee per line', async () => {
  const r = await validateFixture(
    fixture((f) => {
      f.info!.push(['Quyền hạn ký', 'KT. CHỦ TỊCH'], ['Kính gửi', 'Ủy ban nhân dân tỉnh Kiên Giang\nSở Nông nghiệp và Môi trường']);
    }),
  );
  expect(r.data.info.quyenHanKy).toBe('KT. CHỦ TỊCH');
  expect(r.data.info.kinhGui).toEqual(['Ủy ban nhân dân tỉnh Kiên Giang', 'Sở Nông nghiệp và Môi trường']);
  const bare = await validateFixture(fixture((f) => f.info!.push(['Quyền hạn ký', 'kt'])));
  expect(bare.data.info.quyenHanKy).toBe('KT.');
  const bad = await validateFixture(fixture((f) => f.info!.push(['Quyền hạn ký', 'Phó Chủ tịch'])));
  expect(withCode(bad, 'value-enum')[0].message).toContain('"Phó Chủ tịch"');
});

test('scopes as plans word them', () => {
  expect(parseScope('mỗi huyện, thị xã, thành phố').kind).toBe('each-district');
  expect(parseScope('Mỗi đơn vị cấp huyện').kind).toBe('each-district');
  expect(parseScope('mỗi huyện, thành phố').kind).toBe('each-district');
  expect(parseScope('Toàn tỉnh').kind).toBe('all');
  expect(parseScope('Huyện Kim Bôi')).toEqual({ kind: 'district', name: 'Huyện Kim Bôi' });
});

describe('where the period comes from (the add-in lays out Tạo sổ mẫu by it)', () => {
  test('"Giai đoạn", else "Năm báo cáo", else the default', async () => {
    const declared = await validateFixture(fixture(() => undefined));
    expect([declared.data.info.periodFrom, declared.period]).toEqual(['giai-doan', '2021-2025']);
    const byYear = await validateFixture(fixture((f) => (f.info = f.info!.filter((r) => r[0] !== 'Giai đoạn'))));
    expect([byYear.data.info.periodFrom, byYear.period]).toEqual(['nam-bao-cao', '2021-2025']);
    const neither = await validateFixture(fixture((f) => (f.info = f.info!.filter((r) => r[0] !== 'Giai đoạn' && r[0] !== 'Năm báo cáo'))));
    expect(neither.data.info.periodFrom).toBe('default');
  });
});

describe('a district named the way it was typed reads the same in sentences', () => {
  test('abbreviated kinds are written out, a huyện takes its kind once', () => {
    expect(['TX. Long Mỹ', 'H. Châu Thành', 'Huyện Kim Bôi', 'Kim Bôi', 'TP. Vị Thanh'].map(districtName)).toEqual([
      'thị xã Long Mỹ',
      'huyện Châu Thành',
      'huyện Kim Bôi',
      'huyện Kim Bôi',
      'thành phố Vị Thanh',
    ]);
  });
});

describe('one commune matcher per validation (shared by the checks and the metrics)', () => {
  test('answers are kept by spelling; a matcher knows the units it was built over, and only those', async () => {
    const result = await validateFixture(districtFixture());
    const communes = [...result.data.communes];
    const first = new CommuneMatcher([...communes, ...result.data.otherUnits]);
    expect(first.matches('Xã Vĩnh Hòa', undefined).map((c) => c.ten)).toEqual(['Vĩnh Hòa']);
    // Asking again, or in another spelling of the same name, gives the same units.
    expect(first.matches('X. Vĩnh Hòa', undefined)).toEqual(first.matches('Vĩnh Hòa', undefined));
    const added = { ...communes[0], ten: 'Tân Lập', row: 99 };
    communes.push(added);
    expect(new CommuneMatcher([...communes, ...result.data.otherUnits]).matches('xã Tân Lập', added.huyen)).toEqual([added]);
    expect(first.matches('xã Tân Lập', added.huyen)).toEqual([]);
  });

  test("the metrics computed with the validation's shared matcher are those computed without one", async () => {
    const result = await validateFixture(districtFixture());
    const { communes, otherUnits, products, hasCommuneSheet, hasOcopSheet, info } = result.data;
    const alone = computeMetrics({ communes, otherUnits, products, hasCommuneSheet, hasOcopSheet }, info);
    expect(result.metrics).toEqual(alone.values);
  });
});
