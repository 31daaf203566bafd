import { checkDistrictAbolition } from './checks/abolition-checks';
import { checkCommunes } from './checks/commune-checks';
import { checkIndicators } from './checks/indicator-checks';
import { checkOcop } from './checks/ocop-checks';
import { checkCommuneTotals, checkOcopTotals } from './checks/total-checks';
import { sortFindings } from './checks/sort-findings';
import { ThresholdTable } from './checks/threshold-table';
import type { Commune, Metrics, OcopProduct, TargetRow, ThresholdRow, UnitInfo, WorkbookData } from './data';
import { sheetMissing, sheetUnavailable, unitNotCommune } from './findings/catalog';
import { SHEETS } from './workbook-layout/sheets';
import { summarize, type Finding } from './findings/finding';
import { CommuneMatcher } from './places/commune-matcher';
import { districtKey } from './places/district-key';
import { computeMetrics, INDICATOR_METRICS, type MetricScope, type MetricValues } from './metrics/compute';
import type { Workbook } from './model/workbook';
import { readCommunes } from './parse/communes';
import { readInfoSheet } from './parse/info-sheet';
import { locateSheets } from './parse/locate-sheet';
import { readOcop } from './parse/ocop';
import { parseScope, readTargets } from './parse/targets';
import { readThresholds } from './parse/thresholds';
import type { RequirementContext } from './parse/requirement';
import type { PreviousYear, TargetResult, ValidationResult } from './result';
import { loadRules } from './rules/load';
import type { MetricCode } from './rules/schemas';
import { evaluateTargets, type SheetsUnavailable } from './targets/evaluate';
import { unitName } from './unit-name';

export interface ValidateOptions {
  /** Called between the stages of a long validation (hosts show it as progress). */
  onProgress?: (stage: string) => void;
  /** Last year's workbook (`--previous`): the source of last year's indicator averages. */
  previous?: Workbook;
}

/** Validates a workbook against SPEC §3–5: findings, metrics and targets, as plain data. */
export function validateWorkbook(workbook: Workbook, options: ValidateOptions = {}): ValidationResult {
  const rules = loadRules();
  const progress = options.onProgress ?? (() => undefined);
  const findings: Finding[] = [];
  const located = locateSheets(workbook);
  const sheets = located.sheets;
  findings.push(...located.findings);

  progress('Thông tin');
  if (!sheets.info) findings.push(sheetMissing.info(workbook.sheets.map((s) => s.name)));
  const infoSheet = readInfoSheet(sheets.info, findings);
  const info = infoSheet.info;
  if (!sheets.communes && !sheets.ocop) findings.push(sheetMissing.data());
  const ctx: RequirementContext = { period: info.period, provinceLevel: !info.huyen };
  const set = rules.criteria[info.period];

  progress('Ngưỡng');
  const thresholds: ThresholdRow[] = sheets.thresholds ? readThresholds(sheets.thresholds, ctx, findings) : [];

  progress('Xã');
  // One root cause, one finding: a sheet that is absent or unreadable is not checked further, and
  // the targets that need it are invalid with this reason (SPEC §3).
  const unavailable: SheetsUnavailable = {};
  let communes: Commune[] = [];
  let otherUnits: Commune[] = [];
  let districtHeaderCell: string | undefined;
  if (sheets.communes) {
    const read = readCommunes(sheets.communes, ctx, findings);
    communes = read.communes.filter((c) => c.kind === 'xa');
    otherUnits = read.communes.filter((c) => c.kind !== 'xa');
    districtHeaderCell = read.table?.headerCells.huyen;
    if (read.table) {
      if (otherUnits.length > 0) {
        findings.push(
          unitNotCommune(
            sheets.communes.name,
            otherUnits.map((u) => ({ name: u.ten, row: u.row, cell: u.cells.ten })),
          ),
        );
      }
      checkCommuneTotals(sheets.communes.name, read.table, info.period, findings);
      checkCommunes(sheets.communes.name, read.communes, info, set, findings);
      checkIndicators(sheets.communes.name, communes, info, rules.indicators, new ThresholdTable(rules.indicators.thresholds, thresholds), findings);
    } else {
      unavailable.communes = sheetUnavailable.unreadable(sheets.communes.name);
    }
  } else {
    unavailable.communes = sheetUnavailable.absent(SHEETS.communes.name);
  }

  // Every unit of sheet "Xã", for the OCOP checks and this year's and last year's metrics alike.
  const matcher = new CommuneMatcher([...communes, ...otherUnits]);

  progress('OCOP');
  let products: OcopProduct[] = [];
  if (sheets.ocop) {
    const read = readOcop(sheets.ocop, ctx, findings);
    products = read.products;
    if (read.table) checkOcopTotals(sheets.ocop.name, read.table, findings);
    if (read.table) checkOcop(sheets.ocop.name, products, unavailable.communes ? null : matcher, info, rules.ocop, findings);
    else unavailable.ocop = sheetUnavailable.unreadable(sheets.ocop.name);
  } else {
    unavailable.ocop = sheetUnavailable.absent(SHEETS.ocop.name);
  }
  checkDistrictAbolition(info, sheets.info?.name ?? SHEETS.info.name, infoSheet.cells, sheets.communes?.name, communes, districtHeaderCell, rules.ocop, findings);

  progress('Chỉ tiêu');
  const hasCommuneSheet = !unavailable.communes;
  const hasOcopSheet = !unavailable.ocop;
  const scope: MetricScope = { communes, otherUnits, products, hasCommuneSheet, hasOcopSheet, matcher };
  const whole = computeMetrics(scope, info);
  const districts = districtMetrics([...communes, ...otherUnits], products, hasCommuneSheet, hasOcopSheet, info);
  let targetRows: TargetRow[] = [];
  let targets: TargetResult[] = [];
  if (sheets.targets) {
    const read = readTargets(sheets.targets, ctx, findings);
    targetRows = read.targets;
    targets = evaluateTargets(sheets.targets.name, read.targets, { info, communes, products, hasCommuneSheet, hasOcopSheet, unavailable, whole, districts }, findings);
    for (const bad of read.invalid) {
      targets.push({
        row: bad.row,
        code: bad.code,
        description: bad.description,
        scope: bad.scopeText || (info.huyen ? 'toàn huyện' : 'toàn tỉnh'),
        comparator: '≥',
        target: null,
        actual: null,
        deadline: null,
        status: 'invalid',
        scopeKind: parseScope(bad.scopeText).kind,
        completion: null,
      });
    }
    targets.sort((a, b) => a.row - b.row);
  }

  const data: WorkbookData = {
    info,
    communes,
    otherUnits,
    products,
    targets: targetRows,
    thresholds,
    sheetNames: {
      info: sheets.info?.name,
      communes: sheets.communes?.name,
      ocop: sheets.ocop?.name,
      targets: sheets.targets?.name,
      thresholds: sheets.thresholds?.name,
    },
    hasCommuneSheet,
    hasOcopSheet,
  };
  const sorted = sortFindings(
    findings,
    workbook.sheets.map((s) => s.name),
  );
  const previousYear = previousYearMetrics(scope, info, options.previous);
  const byDistrict = new Map<string, ValidationResult['metrics']>();
  for (const d of districts.values()) byDistrict.set(d.name, d.metrics.values);
  return {
    unit: unitName(info),
    period: info.period,
    year: info.year,
    summary: summarize(sorted),
    findings: sorted,
    targets,
    metrics: whole.values,
    previousYear,
    districtMetrics: byDistrict,
    data,
  };
}

/**
 * The same metrics as of the year before (a full year): levels count from their recognition year
 * and products from their recognition date, so this workbook determines them; the indicator
 * averages come from last year's workbook when one is given, and are left out otherwise.
 */
function previousYearMetrics(scope: MetricScope, info: UnitInfo, previous: Workbook | undefined): PreviousYear {
  const year = info.year - 1;
  const computed = computeMetrics(scope, { year, reportPeriod: 'nam' });
  const metrics: Partial<Metrics> = {};
  for (const [code, value] of Object.entries(computed.values) as Array<[MetricCode, number]>) {
    if (!computed.missing.has(code)) metrics[code] = value;
  }
  const indicatorCodes = new Set(INDICATOR_METRICS.map(([code]) => code));
  for (const code of indicatorCodes) delete metrics[code];
  if (previous) {
    const last = validateWorkbook(previous);
    for (const code of indicatorCodes) if (code in last.metrics) metrics[code] = last.metrics[code];
  }
  return { year, metrics };
}

/** Metrics per district, each computed once over the district's own communes and products. */
function districtMetrics(
  /** Xã, phường and thị trấn. */
  units: readonly Commune[],
  products: readonly OcopProduct[],
  hasCommuneSheet: boolean,
  hasOcopSheet: boolean,
  info: WorkbookData['info'],
): Map<string, { name: string; metrics: MetricValues }> {
  const groups = new Map<string, { name: string; communes: Commune[]; products: OcopProduct[] }>();
  const group = (name: string) => {
    const key = districtKey(name);
    let g = groups.get(key);
    if (!g) {
      g = { name, communes: [], products: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const c of units) if (c.huyen) group(c.huyen).communes.push(c);
  if (!hasCommuneSheet) for (const p of products) if (p.huyen) group(p.huyen);
  for (const p of products) {
    if (!p.huyen) continue;
    const g = groups.get(districtKey(p.huyen));
    if (g) g.products.push(p);
  }
  const out = new Map<string, { name: string; metrics: MetricValues }>();
  for (const [key, g] of groups) {
    const scope = { communes: g.communes.filter((c) => c.kind === 'xa'), otherUnits: g.communes.filter((c) => c.kind !== 'xa'), products: g.products, hasCommuneSheet, hasOcopSheet };
    out.set(key, { name: g.name, metrics: computeMetrics(scope, info) });
  }
  return out;
}
