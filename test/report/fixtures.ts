import type { Commune, Metrics, OcopProduct, TargetResult, UnitInfo, ValidationResult, WorkbookData } from '../../engine';
import { targetCompletion, utcDate } from '../../engine';

/** Hand-built validation results, until the engine's validateWorkbook reads the sample workbooks. */

function commune(row: number, ten: string, met: number, level: Commune['level'], huyen?: string): Commune {
  const criteria = Array.from({ length: 19 }, (_, i) => i < met);
  return { row, ten, kind: 'xa', huyen, level, criteria, criteriaMet: met, cells: {}, thuNhap: 60 + row, tyLeHoNgheo: 2, tyLeBhyt: 93 };
}

function product(row: number, ten: string, soSao: number, loaiHinh: string | undefined, xa: string, huyen?: string): OcopProduct {
  return { row, ten, chuThe: `Chủ thể ${row}`, loaiHinh, xa, huyen, soSao, ngayCongNhan: utcDate(2023, 5, 10), ngayHetHan: utcDate(2026, 5, 10), ngayHetHanTyped: false, cells: {} };
}

export function metrics(partial: Partial<Metrics>): Metrics {
  const zero: Metrics = {
    so_xa: 0,
    so_xa_dat_chuan_ntm: 0,
    ty_le_xa_dat_chuan_ntm: 0,
    so_xa_ntm_nang_cao: 0,
    ty_le_xa_ntm_nang_cao: 0,
    so_xa_ntm_kieu_mau: 0,
    ty_le_xa_ntm_kieu_mau: 0,
    binh_quan_tieu_chi: 0,
    so_xa_duoi_10_tieu_chi: 0,
    so_xa_10_14_tieu_chi: 0,
    so_xa_15_18_tieu_chi: 0,
    so_xa_dat_5_9_tieu_chi: 0,
    so_xa_duoi_5_tieu_chi: 0,
    thu_nhap_binh_quan: 0,
    ty_le_ho_ngheo: 0,
    ty_le_bhyt: 0,
    so_san_pham_ocop: 0,
    so_san_pham_ocop_3_sao: 0,
    so_san_pham_ocop_4_sao: 0,
    so_san_pham_ocop_5_sao: 0,
    so_san_pham_ocop_htx_tht: 0,
    so_xa_co_san_pham_ocop: 0,
    ty_le_xa_co_san_pham_ocop: 0,
    so_don_vi_co_san_pham_ocop: 0,
    ty_le_don_vi_co_san_pham_ocop: 0,
    so_xa_dat_chuan_ntm_trong_nam: 0,
    so_xa_ntm_nang_cao_trong_nam: 0,
    so_xa_ntm_kieu_mau_trong_nam: 0,
    so_san_pham_ocop_trong_nam: 0,
  };
  return { ...zero, ...partial };
}

const baseInfo: UnitInfo = {
  kinhGui: [],
  tinh: 'Kiên Giang',
  huyen: 'U Minh Thượng',
  period: '2021-2025',
  periodFrom: 'giai-doan',
  vung: 'Đồng bằng sông Cửu Long',
  year: 2024,
  reportPeriod: 'nam',
  coQuanChuQuan: 'UBND tỉnh Kiên Giang',
  coQuanBanHanh: 'Ủy ban nhân dân huyện U Minh Thượng',
  kyHieuCoQuan: 'UBND',
  soVanBan: '15',
  diaDanh: 'U Minh Thượng',
  ngayBanHanh: utcDate(2024, 3, 5),
  quyenHanKy: 'KT.',
  chucVuNguoiKy: 'Phó Chủ tịch',
  nguoiKy: 'Nguyễn Văn An',
  noiNhan: ['UBND tỉnh Kiên Giang (b/c)', 'Sở Nông nghiệp và PTNT', 'Lưu: VT, NN'],
  canCuKeHoach: 'Kế hoạch số 39-KH/HU ngày 14/9/2021 của Huyện ủy U Minh Thượng',
};

/** A hand-made result, completed as the engine completes its own (completion, scope kind). */
function target(row: number, partial: Partial<TargetResult>): TargetResult {
  const t = { row, code: 'khac', description: '', scope: '', comparator: '≥' as const, target: null, actual: null, deadline: 2024, status: 'met' as const, scopeKind: 'all' as const, ...partial };
  return { completion: targetCompletion(t) ?? null, ...t };
}

/** A district workbook: 6 communes, 4 of them NTM (66,7%), 17,5 criteria per commune on average. */
export function districtResult(overrides: Partial<UnitInfo> = {}): ValidationResult {
  const communes = [
    commune(2, 'An Minh Bắc', 19, 'kieu-mau'),
    commune(3, 'Minh Thuận', 19, 'nang-cao'),
    commune(4, 'Thạnh Yên', 19, 'nang-cao'),
    commune(5, 'Vĩnh Hòa', 19, 'dat-chuan'),
    commune(6, 'Hòa Chánh', 16, 'chua-dat'),
    commune(7, 'Thạnh Yên A', 13, 'chua-dat'),
  ];
  const products = [product(2, 'Mật ong U Minh', 3, 'HTX', 'An Minh Bắc'), product(3, 'Khô cá lóc', 3, 'Hộ SXKD', 'Minh Thuận'), product(4, 'Tinh dầu tràm', 4, 'DN', 'Thạnh Yên')];
  const info = { ...baseInfo, ...overrides };
  const data: WorkbookData = {
    info,
    communes,
    otherUnits: [],
    products,
    targets: [],
    thresholds: [],
    sheetNames: { info: 'Thông tin', communes: 'Xã', ocop: 'OCOP', targets: 'Chỉ tiêu' },
    hasCommuneSheet: true,
    hasOcopSheet: true,
  };
  return {
    unit: 'huyện U Minh Thượng',
    period: '2021-2025',
    year: 2024,
    summary: { errors: 0, warnings: 1, infos: 0 },
    findings: [],
    targets: [
      target(2, {
        code: 'ty_le_xa_dat_chuan_ntm',
        description: 'Tỷ lệ xã đạt chuẩn nông thôn mới',
        target: 80,
        actual: 66.66666666666667,
        unit: '%',
        status: 'not-met',
        completion: 83.33333333333334,
      }),
      target(3, { code: 'binh_quan_tieu_chi', description: 'Bình quân tiêu chí/xã', target: 17, actual: 17.5, unit: 'tiêu chí/xã', status: 'met' }),
      target(4, { code: 'so_san_pham_ocop', description: 'Số sản phẩm OCOP 3 sao trở lên', target: 6, actual: 3, unit: 'sản phẩm', deadline: 2025, status: 'behind', expected: 4 }),
    ],
    metrics: metrics({
      so_xa: 6,
      so_xa_dat_chuan_ntm: 4,
      ty_le_xa_dat_chuan_ntm: 66.66666666666667,
      so_xa_ntm_nang_cao: 3,
      ty_le_xa_ntm_nang_cao: 50,
      so_xa_ntm_kieu_mau: 1,
      ty_le_xa_ntm_kieu_mau: 16.666666666666668,
      binh_quan_tieu_chi: 17.5,
      so_xa_10_14_tieu_chi: 1,
      so_xa_15_18_tieu_chi: 1,
      thu_nhap_binh_quan: 64.5,
      ty_le_ho_ngheo: 2,
      ty_le_bhyt: 93,
      so_san_pham_ocop: 3,
      so_san_pham_ocop_3_sao: 2,
      so_san_pham_ocop_4_sao: 1,
      so_san_pham_ocop_htx_tht: 1,
      so_xa_co_san_pham_ocop: 3,
      ty_le_xa_co_san_pham_ocop: 50,
    }),
    previousYear: { year: 2023, metrics: {} },
    districtMetrics: new Map(),
    data,
  };
}

/** A province workbook with two districts. */
export function provinceResult(): ValidationResult {
  const base = districtResult({
    huyen: undefined,
    coQuanChuQuan: '',
    coQuanBanHanh: 'Ủy ban nhân dân tỉnh Hậu Giang',
    diaDanh: 'Hậu Giang',
    quyenHanKy: 'TM.',
    chucVuNguoiKy: 'Chủ tịch',
    tinh: 'Hậu Giang',
    ngayBanHanh: undefined,
    soVanBan: undefined,
  });
  const data = base.data!;
  data.communes = [
    commune(2, 'Hòa An', 19, 'dat-chuan', 'Phụng Hiệp'),
    commune(3, 'Tân Bình', 12, 'chua-dat', 'Phụng Hiệp'),
    commune(4, 'Vị Thanh', 19, 'nang-cao', 'Vị Thủy'),
    commune(5, 'Vị Bình', 8, 'chua-dat', 'Vị Thủy'),
  ];
  data.products = [product(2, 'Khóm Cầu Đúc', 4, 'HTX', 'Hòa An', 'Phụng Hiệp'), product(3, 'Cá thát lát', 3, undefined, 'Vị Thanh', 'Vị Thủy')];
  base.unit = 'tỉnh Hậu Giang';
  base.metrics = metrics({
    so_xa: 4,
    so_xa_dat_chuan_ntm: 2,
    ty_le_xa_dat_chuan_ntm: 50,
    so_xa_ntm_nang_cao: 1,
    ty_le_xa_ntm_nang_cao: 25,
    binh_quan_tieu_chi: 14.5,
    so_xa_duoi_10_tieu_chi: 1,
    so_xa_10_14_tieu_chi: 1,
    so_san_pham_ocop: 2,
    so_san_pham_ocop_3_sao: 1,
    so_san_pham_ocop_4_sao: 1,
    so_san_pham_ocop_htx_tht: 1,
    so_xa_co_san_pham_ocop: 2,
    ty_le_xa_co_san_pham_ocop: 50,
  });
  base.districtMetrics = new Map([
    [
      'Phụng Hiệp',
      metrics({
        so_xa: 2,
        so_xa_dat_chuan_ntm: 1,
        ty_le_xa_dat_chuan_ntm: 50,
        binh_quan_tieu_chi: 15.5,
        so_xa_10_14_tieu_chi: 1,
        so_san_pham_ocop: 1,
        so_san_pham_ocop_4_sao: 1,
        so_san_pham_ocop_htx_tht: 1,
        so_xa_co_san_pham_ocop: 1,
        ty_le_xa_co_san_pham_ocop: 50,
      }),
    ],
    [
      'Vị Thủy',
      metrics({
        so_xa: 2,
        so_xa_dat_chuan_ntm: 1,
        ty_le_xa_dat_chuan_ntm: 50,
        so_xa_ntm_nang_cao: 1,
        ty_le_xa_ntm_nang_cao: 50,
        binh_quan_tieu_chi: 13.5,
        so_xa_duoi_10_tieu_chi: 1,
        so_san_pham_ocop: 1,
        so_san_pham_ocop_3_sao: 1,
        so_xa_co_san_pham_ocop: 1,
        ty_le_xa_co_san_pham_ocop: 50,
      }),
    ],
  ]);
  base.targets = [
    target(2, {
      code: 'so_san_pham_ocop',
      description: 'Mỗi huyện có ít nhất 02 sản phẩm OCOP',
      scope: 'mỗi huyện',
      scopeKind: 'each-district',
      target: 2,
      actual: 1,
      deadline: 2024,
      status: 'not-met',
      failingUnits: ['Phụng Hiệp', 'Vị Thủy'],
      units: [
        { name: 'Phụng Hiệp', actual: 1, status: 'not-met', completion: 50 },
        { name: 'Vị Thủy', actual: 1, status: 'not-met', completion: 50 },
      ],
    }),
    target(3, { code: 'ty_le_xa_dat_chuan_ntm', description: 'Tỷ lệ xã đạt chuẩn NTM toàn tỉnh', scope: '', target: 60, actual: 50, deadline: 2025, status: 'on-track', unit: '%' }),
  ];
  return base;
}
