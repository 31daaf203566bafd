import { computeMetrics, districtKey, type Commune, type Metrics, type OcopProduct, type Period, type TargetResult, type UnitInfo, type ValidationResult } from '../../engine';

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
  return {
    info: { ...data.info, huyen: name },
    period: result.period,
    year: result.year,
    communes,
    products,
    metrics,
    targets: districtTargets(result.targets, name),
    district: name,
    groupByDistrict: false,
  };
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
