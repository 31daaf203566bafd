import { computeMetrics, fold, type Commune, type Metrics, type OcopProduct, type Period, type TargetResult, type UnitInfo, type ValidationResult } from '../../engine';

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
    if (item.huyen && !seen.has(fold(item.huyen))) seen.set(fold(item.huyen), item.huyen);
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
  const key = fold(district);
  const name = listDistricts(result).find((d) => fold(d) === key);
  if (!name) throw new ReportInputError(`Sổ không có huyện "${district}".`);
  // Metrics come from the engine (one computation for validate, the pane and every report).
  const communes = data.communes.filter((c) => c.huyen !== undefined && fold(c.huyen) === key);
  const products = data.products.filter((p) => p.huyen !== undefined && fold(p.huyen) === key);
  const metrics =
    [...result.districtMetrics.entries()].find(([d]) => fold(d) === key)?.[1] ??
    computeMetrics({ communes, products, hasCommuneSheet: data.hasCommuneSheet }, data.info).values;
  return {
    info: { ...data.info, huyen: name },
    period: result.period,
    year: result.year,
    communes,
    products,
    metrics,
    targets: districtTargets(result.targets, name, metrics),
    district: name,
    groupByDistrict: false,
  };
}

/**
 * Targets that speak about one district: those scoped to it by name, and the "mỗi huyện" targets
 * judged for it alone (met unless the engine lists it among the failing units).
 */
function districtTargets(targets: TargetResult[], district: string, metrics: Metrics): TargetResult[] {
  const key = fold(district);
  const out: TargetResult[] = [];
  for (const t of targets) {
    const scope = fold(t.scope);
    if (scope === key || scope === fold(`huyện ${district}`)) {
      out.push(t);
    } else if (scope === 'moi huyen') {
      const failing = (t.failingUnits ?? []).some((u) => fold(u) === key);
      const actual = t.code in metrics ? metrics[t.code as keyof Metrics] : null;
      const status = t.status === 'invalid' ? 'invalid' : failing ? (t.status === 'met' ? 'not-met' : t.status) : t.status === 'on-track' || t.status === 'behind' ? 'on-track' : 'met';
      out.push({ ...t, actual, status, completion: undefined, failingUnits: undefined });
    }
  }
  return out;
}
