import { computeMetrics, targetCompletion, utcDate, type Commune, type Metrics, type OcopProduct, type TargetResult, type UnitInfo, type ValidationResult } from '../../engine';

/**
 * Small workbooks' data, with the metrics computed by the engine from that data (this year and the
 * year before, as validateWorkbook does), so every expected sentence is checked against the data.
 */

export function xa(ten: string, met: number, level: Commune['level'], years: { dat?: number; nc?: number; km?: number } = {}, huyen?: string): Commune {
  const criteria = Array.from({ length: 19 }, (_, i) => i < met);
  return {
    row: 0,
    ten,
    kind: 'xa',
    huyen,
    level,
    namDatChuan: years.dat,
    namNangCao: years.nc,
    namKieuMau: years.km,
    criteria,
    criteriaMet: met,
    cells: {},
  };
}

export function sp(ten: string, soSao: number, recognised: Date, xaName: string, extra: Partial<OcopProduct> = {}): OcopProduct {
  const expires = new Date(recognised);
  expires.setUTCMonth(expires.getUTCMonth() + 36);
  return { row: 0, ten, chuThe: `HTX ${ten}`, loaiHinh: 'HTX', xa: xaName, soSao, ngayCongNhan: recognised, ngayHetHan: expires, ngayHetHanTyped: false, cells: {}, ...extra };
}

export function target(partial: Partial<TargetResult>): TargetResult {
  const t = {
    row: 2,
    code: 'khac',
    description: 'Chỉ tiêu',
    scope: '',
    comparator: '≥' as const,
    target: null,
    actual: null,
    deadline: 2024,
    status: 'met' as const,
    scopeKind: 'all' as const,
    ...partial,
  };
  return { completion: targetCompletion(t) ?? null, ...t };
}

const INFO: UnitInfo = {
  kinhGui: [],
  tinh: 'Kiên Giang',
  huyen: 'U Minh Thượng',
  period: '2021-2025',
  periodFrom: 'giai-doan',
  year: 2024,
  reportPeriod: 'nam',
  coQuanBanHanh: 'Ủy ban nhân dân huyện U Minh Thượng',
  kyHieuCoQuan: 'UBND',
  ngayBanHanh: utcDate(2024, 12, 16),
  quyenHanKy: 'KT.',
  chucVuNguoiKy: 'Phó Chủ tịch',
  nguoiKy: 'Nguyễn Văn An',
  noiNhan: ['UBND tỉnh Kiên Giang', 'Lưu: VT'],
  canCuKeHoach: 'Kế hoạch số 39-KH/HU ngày 14/9/2021 của Huyện ủy U Minh Thượng',
};

export interface DataOptions {
  info?: Partial<UnitInfo>;
  communes?: Commune[];
  products?: OcopProduct[];
  targets?: TargetResult[];
  /** Last year's indicator averages (from a previous-year workbook). */
  previousIndicators?: Partial<Metrics>;
}

export function resultOf(options: DataOptions): ValidationResult {
  const info = { ...INFO, ...options.info };
  const communes = (options.communes ?? []).map((c, i) => ({ ...c, row: i + 2 }));
  const products = (options.products ?? []).map((p, i) => ({ ...p, row: i + 2 }));
  const scope = { communes, products, hasCommuneSheet: true, hasOcopSheet: true };
  const now = computeMetrics(scope, info);
  const last = computeMetrics(scope, { year: info.year - 1, reportPeriod: 'nam' });
  const previous: Partial<Metrics> = { ...last.values };
  for (const code of ['thu_nhap_binh_quan', 'ty_le_ho_ngheo', 'ty_le_bhyt'] as const) delete previous[code];
  Object.assign(previous, options.previousIndicators ?? {});
  const districtMetrics = new Map<string, Metrics>();
  for (const d of new Set(communes.map((c) => c.huyen).filter((h): h is string => h !== undefined))) {
    districtMetrics.set(d, computeMetrics({ ...scope, communes: communes.filter((c) => c.huyen === d), products: products.filter((p) => p.huyen === d) }, info).values);
  }
  return {
    unit: 'x',
    period: info.period,
    year: info.year,
    summary: { errors: 0, warnings: 0, infos: 0 },
    findings: [],
    targets: options.targets ?? [],
    metrics: now.values,
    previousYear: { year: info.year - 1, metrics: previous },
    districtMetrics,
    data: {
      info,
      communes,
      otherUnits: [],
      products,
      targets: [],
      thresholds: [],
      sheetNames: { info: 'Thông tin', communes: 'Xã', ocop: 'OCOP' },
      hasCommuneSheet: true,
      hasOcopSheet: true,
    },
  };
}
