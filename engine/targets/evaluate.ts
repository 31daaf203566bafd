import type { Commune, OcopProduct, TargetRow, UnitInfo } from '../data';
import { finding, type Finding } from '../findings/finding';
import { computeMetrics, type MetricValues } from '../metrics/compute';
import { formatWithUnit } from '../metrics/metric-text';
import type { TargetResult, TargetStatus } from '../result';
import { loadRules } from '../rules/load';
import type { MetricCode } from '../rules/schemas';
import { fold } from '../text/fold';
import { formatNumber } from '../text/vi-format';
import { agrees, higherIsBetter, meets, targetCompletion, worst } from './compare';

export interface TargetData {
  info: UnitInfo;
  communes: readonly Commune[];
  products: readonly OcopProduct[];
  hasCommuneSheet: boolean;
  whole: MetricValues;
  /** Folded district name → its spelling and metrics. */
  districts: ReadonlyMap<string, { name: string; metrics: MetricValues }>;
}

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
  };
  const cell = t.cells.noiDung ?? t.cells.ma ?? null;
  const invalid = (message: string, code: 'target-invalid' | 'value-reference' = 'target-invalid', at = cell): TargetResult => {
    findings.push(finding(code, sheet, at, message, 'Sửa dòng chỉ tiêu này để có thể đánh giá.'));
    return result;
  };

  let units: UnitValue[];
  if (t.code === 'khac') {
    if (t.scope.kind === 'each-district' || t.scope.kind === 'each-commune') {
      return invalid(`Dòng ${t.row}: chỉ tiêu "khac" chỉ có một giá trị thực hiện nên không đánh giá được theo "${t.scopeText}".`, 'target-invalid', t.cells.phamVi ?? cell);
    }
    units = [{ name: result.scope, value: t.actualTyped! }];
  } else {
    const code = t.code;
    const pick = (m: MetricValues): number | undefined => (m.missing.has(code) ? undefined : m.values[code]);
    switch (t.scope.kind) {
      case 'all': {
        const v = pick(data.whole);
        if (v === undefined) return invalid(noData(t, code));
        units = [{ name: result.scope, value: v }];
        break;
      }
      case 'district': {
        const d = data.districts.get(fold(t.scope.name));
        if (!d) {
          return invalid(
            `Dòng ${t.row}: phạm vi "${t.scope.name}" không phải một huyện có trong sheet "Xã"${data.districts.size > 0 ? ` (các huyện: ${[...data.districts.values()].map((x) => x.name).join(', ')})` : ''}.`,
            'value-reference',
            t.cells.phamVi ?? cell,
          );
        }
        const v = pick(d.metrics);
        if (v === undefined) return invalid(noData(t, code));
        units = [{ name: d.name, value: v }];
        break;
      }
      case 'each-district': {
        if (data.districts.size === 0) {
          return invalid(`Dòng ${t.row}: phạm vi "mỗi huyện" cần sổ cấp tỉnh có cột "Huyện" ở sheet "Xã".`, 'target-invalid', t.cells.phamVi ?? cell);
        }
        units = [];
        for (const d of data.districts.values()) {
          const v = pick(d.metrics);
          if (v !== undefined) units.push({ name: d.name, value: v });
        }
        if (units.length === 0) return invalid(noData(t, code));
        break;
      }
      case 'each-commune': {
        if (data.communes.length === 0) return invalid(`Dòng ${t.row}: phạm vi "mỗi xã" cần sheet "Xã".`, 'target-invalid', t.cells.phamVi ?? cell);
        units = perCommune(data, code);
        if (units.length === 0) return invalid(noData(t, code));
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
  result.completion = targetCompletion({ comparator: t.comparator, target: t.target, actual });

  if (t.code !== 'khac' && t.actualTyped !== undefined && t.scope.kind !== 'each-district' && t.scope.kind !== 'each-commune' && !agrees(t.actualTyped, actual)) {
    findings.push(
      finding(
        'target-actual-differs',
        sheet,
        t.cells.giaTriThucHien ?? cell,
        `Dòng ${t.row}: "Giá trị thực hiện" ghi ${formatNumber(t.actualTyped, 4)} nhưng số liệu các sheet cho ${formatWithUnit(t.code, actual, unit)}; đánh giá dùng số tính được.`,
        'Kiểm tra lại số liệu ở sheet "Xã"/"OCOP", hoặc xóa giá trị ghi tay để dùng số tính tự động.',
      ),
    );
  }

  const year = data.info.year;
  let status: TargetStatus;
  if (allMet) status = 'met';
  else if (t.deadline <= year) status = 'not-met';
  else status = progressStatus(t, actual, year, result);
  result.status = status;

  const what = `"${t.description || t.code}" (dòng ${t.row}, ${result.scope})`;
  const goal = `mục tiêu ${t.comparator} ${formatWithUnit(t.code, t.target, unit)} đến năm ${t.deadline}`;
  const got = `thực hiện ${formatWithUnit(t.code, actual, unit)}`;
  const missList = failing.length > 0 && units.length > 1 ? `; chưa đạt: ${listNames(failing)}` : '';
  if (status === 'met') {
    findings.push(finding('target-met', sheet, cell, `Chỉ tiêu ${what} đã đạt: ${got}, ${goal}.`));
  } else if (status === 'not-met') {
    findings.push(
      finding('target-not-met', sheet, cell, `Chỉ tiêu ${what} chưa đạt: ${got}, ${goal}${missList}.`, 'Nêu nguyên nhân và giải pháp trong phần "Tồn tại, hạn chế" của báo cáo.'),
    );
  } else if (status === 'behind') {
    findings.push(
      finding(
        'target-behind',
        sheet,
        cell,
        `Chỉ tiêu ${what} chậm tiến độ: ${got}, theo lộ trình từ năm gốc ${t.baselineYear} cần khoảng ${formatWithUnit(t.code, result.expected ?? 0, unit)} vào năm ${year}; ${goal}${missList}.`,
        'Cần đẩy nhanh tiến độ để kịp hạn.',
      ),
    );
  }
  return result;
}

/** Deadline ahead, target not yet met: on the straight line from the baseline, or behind it. */
function progressStatus(t: TargetRow, actual: number, year: number, result: TargetResult): TargetStatus {
  if (t.baselineYear === undefined || t.baselineValue === undefined || t.baselineYear >= t.deadline || t.baselineYear > year) {
    // Without a baseline there is no line to measure against: the target is simply still open.
    return 'on-track';
  }
  const expected = t.baselineValue + ((t.target - t.baselineValue) * (year - t.baselineYear)) / (t.deadline - t.baselineYear);
  result.expected = expected;
  const up = higherIsBetter(t.comparator, t.target, t.baselineValue);
  const onLine = up ? actual >= expected - 1e-9 : actual <= expected + 1e-9;
  return onLine ? 'on-track' : 'behind';
}

function perCommune(data: TargetData, code: MetricCode): UnitValue[] {
  const byCommune = new Map<string, OcopProduct[]>();
  for (const p of data.products) {
    const key = fold(p.xa);
    const list = byCommune.get(key);
    if (list) list.push(p);
    else byCommune.set(key, [p]);
  }
  const out: UnitValue[] = [];
  for (const c of data.communes) {
    const products = (byCommune.get(fold(c.ten)) ?? []).filter((p) => !p.huyen || !c.huyen || fold(p.huyen) === fold(c.huyen));
    const m = computeMetrics({ communes: [c], products, hasCommuneSheet: true }, data.info);
    if (!m.missing.has(code)) out.push({ name: c.huyen ? `${c.ten} (${c.huyen})` : c.ten, value: m.values[code] });
  }
  return out;
}

function noData(t: TargetRow, code: MetricCode): string {
  const label = loadRules().metricByCode.get(code)?.label ?? code;
  return `Dòng ${t.row}: chưa có số liệu để tính "${label}" (${code}) trong phạm vi "${t.scopeText || 'toàn đơn vị'}".`;
}

function listNames(names: readonly string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} và ${names.length - 8} đơn vị khác`;
}
