import { promises as fs } from 'fs';
import * as path from 'path';
import { readWorkbook } from '../generator/read-workbook';
import type { Workbook } from '../engine/model';
import type { ValidationResult } from '../engine/result';
import { buildSamples } from '../samples/build-samples';
import { makeTempDir, removeTempDir, sheetNamed } from './helpers/xlsx';
import { validateWorkbook } from '../engine';

const SAMPLES_DIR = path.join(__dirname, '..', 'samples');
const FILES = ['u-minh-thuong.xlsx', 'tinh-hau-giang.xlsx', 'mau-2026-2030.xlsx'];

async function readSample(file: string): Promise<Workbook> {
  return readWorkbook(await fs.readFile(path.join(SAMPLES_DIR, file)));
}

function errorsOf(result: ValidationResult): string[] {
  return result.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell} ${f.code}: ${f.message}`);
}

/** The target of that code for the whole unit (scope "toàn huyện"/"toàn tỉnh"), or for the given scope. */
function targetByCode(result: ValidationResult, code: string, scope?: string) {
  const t = result.targets.find((x) => x.code === code && (scope === undefined ? !x.scope.startsWith('mỗi') : x.scope === scope));
  if (!t) throw new Error(`no target ${code} (${scope})`);
  return t;
}

describe('sample workbooks', () => {
  test.each(FILES)('%s is committed and says its figures are illustrative', async (file) => {
    const wb = await readSample(file);
    expect(wb.sheets[0].name).toBe('Ghi chú');
    expect(sheetNamed(wb, 'Ghi chú').rows[0]?.[0]?.value).toBe('Số liệu minh họa, không phải số liệu chính thức.');
    for (const name of ['Thông tin', 'Xã', 'OCOP', 'Chỉ tiêu', 'Ngưỡng']) expect(sheetNamed(wb, name)).toBeDefined();
  });

  test('the committed files are what the builder writes now (rebuild with `npm run samples`)', async () => {
    const dir = await makeTempDir('ntm-samples-');
    try {
      await buildSamples(dir);
      for (const file of FILES) {
        const fresh = await readWorkbook(await fs.readFile(path.join(dir, file)));
        expect(JSON.stringify(await readSample(file))).toBe(JSON.stringify(fresh));
      }
    } finally {
      await removeTempDir(dir);
    }
  });

  test.each(FILES)('%s validates without errors', async (file) => {
    const result = validateWorkbook(await readSample(file));
    expect(errorsOf(result)).toEqual([]);
    expect(result.targets.filter((t) => t.status === 'invalid')).toEqual([]);
  });
});

describe('u-minh-thuong.xlsx (district, 2024)', () => {
  test('unit, period and year', async () => {
    const result = validateWorkbook(await readSample('u-minh-thuong.xlsx'));
    expect(result.period).toBe('2021-2025');
    expect(result.year).toBe(2024);
    expect(result.unit).toContain('U Minh Thượng');
  });

  test('metrics match the figures computed by hand from the sample data', async () => {
    const result = validateWorkbook(await readSample('u-minh-thuong.xlsx'));
    const m = result.metrics as Record<string, number>;
    // Six communes; Vĩnh Hòa, Thạnh Yên, Thạnh Yên A, Hòa Chánh NTM; Thạnh Yên nâng cao (2024).
    expect(m.so_xa).toBe(6);
    expect(m.so_xa_dat_chuan_ntm).toBe(4);
    expect(m.ty_le_xa_dat_chuan_ntm).toBeCloseTo((4 / 6) * 100, 6);
    expect(m.so_xa_ntm_nang_cao).toBe(1);
    expect(m.ty_le_xa_ntm_nang_cao).toBeCloseTo((1 / 6) * 100, 6);
    expect(m.so_xa_ntm_kieu_mau).toBe(0);
    // 4 × 19 + 18 (Minh Thuận) + 16 (An Minh Bắc) = 110 criteria over 6 communes.
    expect(m.binh_quan_tieu_chi).toBeCloseTo(110 / 6, 6);
    expect(m.so_xa_15_18_tieu_chi).toBe(2);
    expect(m.so_xa_10_14_tieu_chi).toBe(0);
    expect(m.so_xa_duoi_10_tieu_chi).toBe(0);
    // Weighted by population (71.000 people): Σ thu nhập × dân số = 4.200.000.
    expect(m.thu_nhap_binh_quan).toBeCloseTo(4_200_000 / 71_000, 6);
    expect(m.ty_le_ho_ngheo).toBeCloseTo(216_400 / 71_000, 6);
    expect(m.ty_le_bhyt).toBeCloseTo(6_675_600 / 71_000, 6);
    // Seven products: 3★ ×3, 4★ ×4; HTX ×3 + THT ×1; in five communes (none in An Minh Bắc).
    expect(m.so_san_pham_ocop).toBe(7);
    expect(m.so_san_pham_ocop_3_sao).toBe(3);
    expect(m.so_san_pham_ocop_4_sao).toBe(4);
    expect(m.so_san_pham_ocop_5_sao).toBe(0);
    expect(m.so_san_pham_ocop_htx_tht).toBe(4);
    expect(m.so_xa_co_san_pham_ocop).toBe(5);
    expect(m.ty_le_xa_co_san_pham_ocop).toBeCloseTo((5 / 6) * 100, 6);
  });

  test('targets: a mix of behind, on track and met', async () => {
    const result = validateWorkbook(await readSample('u-minh-thuong.xlsx'));
    expect(result.targets).toHaveLength(9);
    // Straight line from the 2020 baseline to 2025, read in 2024 (4/5 of the way).
    expect(targetByCode(result, 'so_xa_dat_chuan_ntm').status).toBe('behind'); // 4 < 3 + 3 × 0,8
    expect(targetByCode(result, 'so_xa_ntm_nang_cao').status).toBe('behind'); // 1 < 1,6
    expect(targetByCode(result, 'thu_nhap_binh_quan').status).toBe('behind'); // 59,15 < 64,5
    expect(targetByCode(result, 'ty_le_bhyt').status).toBe('on-track'); // 94,02 ≥ 93,2
    const khac = targetByCode(result, 'khac');
    expect(khac.actual).toBe(11);
    expect(khac.status).toBe('on-track'); // 11 ≥ 6 + 6 × 0,8
    for (const code of ['so_san_pham_ocop', 'so_san_pham_ocop_3_sao', 'so_san_pham_ocop_4_sao', 'so_san_pham_ocop_htx_tht']) {
      expect(['met', 'on-track']).toContain(targetByCode(result, code).status);
    }
    expect(targetByCode(result, 'so_san_pham_ocop').actual).toBe(7);
  });
});

describe('tinh-hau-giang.xlsx (province, 2022)', () => {
  test('the plan figures for 2022 hold, and two cities miss the per-district OCOP target', async () => {
    const result = validateWorkbook(await readSample('tinh-hau-giang.xlsx'));
    const m = result.metrics as Record<string, number>;
    expect(result.year).toBe(2022);
    expect(m.so_xa).toBe(51);
    expect(m.so_xa_dat_chuan_ntm).toBe(38);
    expect(m.ty_le_xa_dat_chuan_ntm).toBeCloseTo((38 / 51) * 100, 6);
    expect(m.so_xa_ntm_nang_cao).toBe(9);
    expect(m.so_xa_ntm_kieu_mau).toBe(1);
    // 38 × 19 + 2 × 18 + 7 × 16 + 3 × 15 + 14 = 929 criteria.
    expect(m.binh_quan_tieu_chi).toBeCloseTo(929 / 51, 6);
    expect(m.so_xa_15_18_tieu_chi).toBe(12);
    expect(m.so_xa_10_14_tieu_chi).toBe(1);
    expect(m.so_san_pham_ocop).toBe(50);
    for (const code of ['so_xa_dat_chuan_ntm', 'ty_le_xa_dat_chuan_ntm', 'binh_quan_tieu_chi', 'so_xa_ntm_nang_cao', 'so_xa_ntm_kieu_mau']) {
      expect(targetByCode(result, code).status).toBe('met');
    }
    expect(targetByCode(result, 'so_san_pham_ocop').status).toBe('met');
    const each = targetByCode(result, 'so_san_pham_ocop', 'mỗi huyện');
    expect(each.status).toBe('not-met');
    expect([...(each.failingUnits ?? [])].sort()).toEqual(['Thành phố Ngã Bảy', 'Thành phố Vị Thanh']);
    expect(result.districtMetrics.size).toBe(8);
    expect(result.districtMetrics.get('Thành phố Ngã Bảy')?.so_san_pham_ocop).toBe(3);
  });
});

describe('mau-2026-2030.xlsx (province, 2026)', () => {
  test('ten criteria, commune groups, no district', async () => {
    const result = validateWorkbook(await readSample('mau-2026-2030.xlsx'));
    const m = result.metrics as Record<string, number>;
    expect(result.period).toBe('2026-2030');
    expect(result.year).toBe(2026);
    expect(m.so_xa).toBe(20);
    expect(m.so_xa_dat_chuan_ntm).toBe(6);
    expect(m.ty_le_xa_dat_chuan_ntm).toBeCloseTo(30, 6);
    // Criteria met: 10 ×6, 9 ×2, 8 ×2, 7 ×2, 6 ×2, 5 ×2, 4 ×2, 3, 2.
    expect(m.binh_quan_tieu_chi).toBeCloseTo(143 / 20, 6);
    expect(m.so_xa_dat_5_9_tieu_chi).toBe(10);
    expect(m.so_xa_duoi_5_tieu_chi).toBe(4);
    expect(m.so_san_pham_ocop).toBe(6);
    // "≤ 0 by 2030" from 6 in 2025: 4 in 2026 is ahead of the line (4,8), not yet met.
    const fewer = targetByCode(result, 'so_xa_duoi_5_tieu_chi');
    expect(fewer.comparator).toBe('≤');
    expect(fewer.status).toBe('on-track');
    expect(result.findings.filter((f) => f.code === 'district-after-abolition')).toEqual([]);
  });
});
