import {
  computeMetrics,
  districtKey,
  districtName,
  fold,
  type Commune,
  type Metrics,
  type MetricCode,
  type OcopProduct,
  type Period,
  type TargetResult,
  type UnitInfo,
  type ValidationResult,
} from '../../engine';
import { FigureStyle } from './style';

/** The slice of a validation one report speaks about: the whole unit, or one district of a province. */
export interface ReportScope {
  info: UnitInfo;
  period: Period;
  year: number;
  communes: Commune[];
  products: OcopProduct[];
  metrics: Metrics;
  targets: TargetResult[];
  /** The district this report is restricted to (--by huyen), as the workbook writes it. */
  district?: string;
  /** A province workbook reported as a whole: the appendix groups communes by district. */
  groupByDistrict: boolean;
  /**
   * The unit that issues and signs the report: the workbook's own. A report on one district of a
   * province is the province's report on that district ("trên địa bàn huyện …", SPEC §7), unless
   * the workbook names that district's own body as the issuer.
   */
  issuer: UnitInfo;
  /** True for the province's report on one district: the body speaks of "trên địa bàn …". */
  onArea: boolean;
  /** The same metrics as of the year before (SPEC §6 previousYear), for "tăng … so với năm …". */
  previous: { year: number; metrics: Partial<Metrics> };
  /** How every figure of this report is written (one rule for sentences and tables). */
  figures: FigureStyle;
}

export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

/** Districts of a province workbook, in the order their first commune (or product) appears. */
export function listDistricts(result: ValidationResult): string[] {
  const seen = new Map<string, string>();
  for (const item of [...(result.data?.communes ?? []), ...(result.data?.products ?? [])]) {
    if (item.huyen && !seen.has(districtKey(item.huyen))) seen.set(districtKey(item.huyen), item.huyen);
  }
  return [...seen.values()];
}

export function reportScope(result: ValidationResult, district?: string): ReportScope {
  const data = result.data;
  if (!data) throw new ReportInputError('Không lập được báo cáo: sổ không đọc được (thiếu sheet "Thông tin").');
  if (district === undefined) {
    return {
      info: data.info,
      period: result.period,
      year: result.year,
      communes: data.communes,
      products: data.products,
      metrics: result.metrics,
      targets: result.targets,
      groupByDistrict: !data.info.huyen && listDistricts(result).length > 0,
      issuer: data.info,
      onArea: false,
      previous: result.previousYear,
      figures: new FigureStyle(result.targets),
    };
  }
  const key = districtKey(district);
  const name = listDistricts(result).find((d) => districtKey(d) === key);
  if (!name) throw new ReportInputError(`Sổ không có huyện "${district}".`);
  // Metrics come from the engine (one computation for validate, the pane and every report).
  const communes = data.communes.filter((c) => c.huyen !== undefined && districtKey(c.huyen) === key);
  const products = data.products.filter((p) => p.huyen !== undefined && districtKey(p.huyen) === key);
  const metrics =
    [...result.districtMetrics.entries()].find(([d]) => districtKey(d) === key)?.[1] ??
    computeMetrics({ communes, products, hasCommuneSheet: data.hasCommuneSheet, hasOcopSheet: data.hasOcopSheet }, data.info).values;
  const targets = districtTargets(result.targets, name);
  const ownIssuer = issuerIsDistrict(data.info.coQuanBanHanh, name);
  return {
    info: { ...data.info, huyen: name },
    period: result.period,
    year: result.year,
    communes,
    products,
    metrics,
    targets,
    district: name,
    groupByDistrict: false,
    issuer: ownIssuer ? { ...data.info, huyen: name } : data.info,
    onArea: !ownIssuer,
    previous: districtPrevious(result, communes, products),
    figures: new FigureStyle(targets),
  };
}

/** "Ủy ban nhân dân thành phố Ngã Bảy" issues the report on Ngã Bảy itself: the district's own report. */
function issuerIsDistrict(issuer: string | undefined, district: string): boolean {
  if (!issuer?.trim()) return false;
  return fold(issuer).includes(fold(districtName(district)));
}

/**
 * Last year's figures for one district, from the same workbook (levels by recognition year,
 * products by recognition date). Indicator averages of last year are known only for the whole unit.
 */
function districtPrevious(result: ValidationResult, communes: Commune[], products: OcopProduct[]): ReportScope['previous'] {
  const data = result.data;
  const year = result.previousYear.year;
  const computed = computeMetrics({ communes, products, hasCommuneSheet: data.hasCommuneSheet, hasOcopSheet: data.hasOcopSheet }, { year, reportPeriod: 'nam' });
  const metrics: Partial<Metrics> = {};
  for (const [code, value] of Object.entries(computed.values) as Array<[MetricCode, number]>) {
    if (!computed.missing.has(code) && !['thu_nhap_binh_quan', 'ty_le_ho_ngheo', 'ty_le_bhyt'].includes(code)) metrics[code] = value;
  }
  return { year, metrics };
}

/**
 * Targets that speak about one district: those scoped to it by name, and the "mỗi huyện" targets
 * with the district's own result, as the engine judged it.
 */
function districtTargets(targets: TargetResult[], district: string): TargetResult[] {
  const key = districtKey(district);
  const out: TargetResult[] = [];
  for (const t of targets) {
    if (t.scopeKind === 'district' && t.district !== undefined && (districtKey(t.district) === key || districtKey(t.district) === districtKey(`huyện ${district}`))) {
      out.push(t);
    } else if (t.scopeKind === 'each-district') {
      const own = t.units?.find((u) => districtKey(u.name) === key);
      if (own) out.push({ ...t, actual: own.actual, status: own.status, completion: own.completion, failingUnits: undefined, units: undefined });
      else if (t.status === 'invalid') out.push(t);
    }
  }
  return out;
}
