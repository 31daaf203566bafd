import type { Commune, OcopProduct, TargetRow, UnitInfo } from '../data';
import { targetActualDiffers, targetBehind, targetInvalid, targetInvalidReason, targetMet, targetNotMet, valueReference, type TargetText } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import { CommuneMatcher } from '../places/commune-matcher';
import { districtKey } from '../places/district-key';
import { computeMetrics, type MetricValues } from '../metrics/compute';
import { formatWithUnit } from '../metrics/metric-text';
import type { TargetResult, TargetStatus } from '../result';
import { loadRules } from '../rules/load';
import type { MetricCode } from '../rules/schemas';
import { distinguishingDecimals } from '../text/vi-format';
import { agrees, higherIsBetter, meets, targetCompletion, worst } from './compare';

export interface TargetData {
  info: UnitInfo;
  communes: readonly Commune[];
  products: readonly OcopProduct[];
  hasCommuneSheet: boolean;
  hasOcopSheet: boolean;
  /** Why a sheet's figures are unknown (absent or unreadable), for the targets that need it. */
  unavailable: SheetsUnavailable;
  whole: MetricValues;
  /** Folded district name → its spelling and metrics. */
  districts: ReadonlyMap<string, { name: string; metrics: MetricValues }>;
}

export type SheetsUnavailable = Partial<Record<'communes' | 'ocop', string>>;

interface UnitValue {
  name: string;
  value: number;
}

/** Evaluates each target as of the report year (SPEC §5, §6) and reports its finding. */
export function evaluateTargets(sheet: string, rows: readonly TargetRow[], data: TargetData, findings: Finding[]): TargetResult[] {
  return rows.map((t) => evaluate(sheet, t, data, findings));
}

function scopeLabel(t: TargetRow, info: UnitInfo): string {
  switch (t.scope.kind) {
    case 'all':
      return info.huyen ? 'toàn huyện' : 'toàn tỉnh';
    case 'district':
      return t.scope.name;
    case 'each-district':
      return 'mỗi huyện';
    case 'each-commune':
      return 'mỗi xã';
  }
}

function evaluate(sheet: string, t: TargetRow, data: TargetData, findings: Finding[]): TargetResult {
  const rules = loadRules();
  const metric = t.code === 'khac' ? undefined : rules.metricByCode.get(t.code);
  const unit = t.unit ?? metric?.unit;
  const result: TargetResult = {
    row: t.row,
    code: t.code,
    description: t.description,
    scope: scopeLabel(t, data.info),
    comparator: t.comparator,
    target: t.target,
    actual: null,
    deadline: t.deadline,
    status: 'invalid',
    unit,
    source: t.source,
    scopeKind: t.scope.kind,
    completion: null,
  };
  if (t.scope.kind === 'district') result.district = t.scope.name;
  const cell = t.cells.noiDung ?? t.cells.ma ?? null;
  const invalid = (reason: string, at = cell): TargetResult => {
    findings.push(targetInvalid({ sheet, cell: at }, reason));
    return result;
  };

  let units: UnitValue[];
  if (t.code === 'khac') {
    if (t.scope.kind === 'each-district' || t.scope.kind === 'each-commune') {
      return invalid(targetInvalidReason.otherPerUnit(t.row, t.scopeText), t.cells.phamVi ?? cell);
    }
    units = [{ name: result.scope, value: t.actualTyped! }];
  } else {
    const code = t.code;
    const pick = (m: MetricValues): number | undefined => (m.missing.has(code) ? undefined : m.values[code]);
    switch (t.scope.kind) {
      case 'all': {
        const v = pick(data.whole);
        if (v === undefined) return invalid(noData(t, code, data.unavailable));
        units = [{ name: result.scope, value: v }];
        break;
      }
      case 'district': {
        const d = data.districts.get(districtKey(t.scope.name));
        if (!d) {
          const districts = [...data.districts.values()].map((x) => x.name);
          findings.push(valueReference.targetDistrict({ sheet, cell: t.cells.phamVi ?? cell }, { row: t.row, scope: t.scope.name, districts }));
          return result;
        }
        result.district = d.name;
        const v = pick(d.metrics);
        if (v === undefined) return invalid(noData(t, code, data.unavailable));
        units = [{ name: d.name, value: v }];
        break;
      }
      case 'each-district': {
        if (data.districts.size === 0) {
          return invalid(targetInvalidReason.eachDistrictWithoutDistricts(t.row), t.cells.phamVi ?? cell);
        }
        units = [];
        for (const d of data.districts.values()) {
          const v = pick(d.metrics);
          if (v !== undefined) units.push({ name: d.name, value: v });
        }
        if (units.length === 0) return invalid(noData(t, code, data.unavailable));
        break;
      }
      case 'each-commune': {
        if (data.communes.length === 0) return invalid(targetInvalidReason.eachCommuneWithoutCommunes(t.row), t.cells.phamVi ?? cell);
        units = perCommune(data, code);
        if (units.length === 0) return invalid(noData(t, code, data.unavailable));
        break;
      }
    }
  }

  const values = units.map((u) => u.value);
  const actual = worst(values, t.comparator, t.target);
  result.actual = actual;
  const failing = units.filter((u) => !meets(u.value, t.comparator, t.target)).map((u) => u.name);
  if (units.length > 1 || t.scope.kind === 'each-commune') result.failingUnits = failing;
  const allMet = failing.length === 0;
  result.completion = targetCompletion({ comparator: t.comparator, target: t.target, actual }) ?? null;
  const year = data.info.year;
  if (t.scope.kind === 'each-district' || t.scope.kind === 'each-commune') {
    result.units = units.map((u) => ({
      name: u.name,
      actual: u.value,
      status: unitStatus(t, u.value, year),
      completion: targetCompletion({ comparator: t.comparator, target: t.target, actual: u.value }) ?? null,
    }));
  }

  if (t.code !== 'khac' && t.actualTyped !== undefined && t.scope.kind !== 'each-district' && t.scope.kind !== 'each-commune' && !agrees(t.actualTyped, actual)) {
    findings.push(targetActualDiffers({ sheet, cell: t.cells.giaTriThucHien ?? cell }, { row: t.row, typed: t.actualTyped, computed: formatWithUnit(t.code, actual, unit) }));
  }

  let status: TargetStatus;
  if (allMet) status = 'met';
  else if (t.deadline <= year) status = 'not-met';
  else status = progressStatus(t, actual, year, result);
  result.status = status;

  // A verdict decided by decimals shows them: "thực hiện 93,96%, mục tiêu ≥ 94%".
  const decimals = distinguishingDecimals(actual, t.target, 2);
  const text: TargetText = {
    description: t.description || t.code,
    row: t.row,
    scope: result.scope,
    comparator: t.comparator,
    target: formatWithUnit(t.code, t.target, unit, decimals),
    deadline: t.deadline,
    actual: formatWithUnit(t.code, actual, unit, decimals),
    failing: units.length > 1 ? failing : [],
  };
  const at = { sheet, cell };
  if (status === 'met') findings.push(targetMet(at, text));
  else if (status === 'not-met') findings.push(targetNotMet(at, text));
  else if (status === 'behind') {
    findings.push(targetBehind(at, { ...text, baselineYear: t.baselineYear!, expected: formatWithUnit(t.code, result.expected ?? 0, unit), reportYear: year }));
  }
  return result;
}

/** One unit's own verdict: met, or against the deadline and the straight line from the baseline. */
function unitStatus(t: TargetRow, value: number, year: number): Exclude<TargetStatus, 'invalid'> {
  if (meets(value, t.comparator, t.target)) return 'met';
  if (t.deadline <= year) return 'not-met';
  const expected = expectedByLine(t, year);
  if (expected === undefined) return 'on-track';
  return onLine(t, value, expected) ? 'on-track' : 'behind';
}

function expectedByLine(t: TargetRow, year: number): number | undefined {
  if (t.baselineYear === undefined || t.baselineValue === undefined || t.baselineYear >= t.deadline || t.baselineYear > year) return undefined;
  return t.baselineValue + ((t.target - t.baselineValue) * (year - t.baselineYear)) / (t.deadline - t.baselineYear);
}

function onLine(t: TargetRow, actual: number, expected: number): boolean {
  const up = higherIsBetter(t.comparator, t.target, t.baselineValue);
  return up ? actual >= expected - 1e-9 : actual <= expected + 1e-9;
}

/** Deadline ahead, target not yet met: on the straight line from the baseline, or behind it. */
function progressStatus(t: TargetRow, actual: number, year: number, result: TargetResult): TargetStatus {
  // Without a baseline there is no line to measure against: the target is simply still open.
  const expected = expectedByLine(t, year);
  if (expected === undefined) return 'on-track';
  result.expected = expected;
  return onLine(t, actual, expected) ? 'on-track' : 'behind';
}

function perCommune(data: TargetData, code: MetricCode): UnitValue[] {
  const byCommune = new Map<Commune, OcopProduct[]>();
  const matcher = new CommuneMatcher(data.communes);
  for (const p of data.products) {
    for (const c of matcher.matches(p.xa, p.huyen)) {
      const list = byCommune.get(c);
      if (list) list.push(p);
      else byCommune.set(c, [p]);
    }
  }
  const out: UnitValue[] = [];
  for (const c of data.communes) {
    const m = computeMetrics({ communes: [c], products: byCommune.get(c) ?? [], hasCommuneSheet: true, hasOcopSheet: data.hasOcopSheet }, data.info);
    if (!m.missing.has(code)) out.push({ name: c.huyen ? `${c.ten} (${c.huyen})` : c.ten, value: m.values[code] });
  }
  return out;
}

function noData(t: TargetRow, code: MetricCode, unavailable: SheetsUnavailable): string {
  const metric = loadRules().metricByCode.get(code);
  const label = metric?.label ?? code;
  const why = metric?.needs.map((sheet) => unavailable[sheet]).find((reason) => reason !== undefined);
  return why ? targetInvalidReason.sheetUnavailable(t.row, label, code, why) : targetInvalidReason.noData(t.row, label, code, t.scopeText);
}
