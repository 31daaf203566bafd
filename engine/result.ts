import type { Finding, FindingSummary } from './findings/finding';
import type { Comparator } from './workbook-layout/sheets';
import type { Metrics, TargetScope, WorkbookData } from './data';
import type { MetricCode, Period } from './rules/schemas';

export type TargetStatus = 'met' | 'not-met' | 'behind' | 'on-track' | 'invalid';

/** One district's or commune's own result for a "mỗi huyện" / "mỗi xã" target. */
export interface TargetUnitResult {
  /** The district as the workbook spells it; a commune as "Tên xã (Huyện)" in a province workbook. */
  name: string;
  actual: number;
  status: Exclude<TargetStatus, 'invalid'>;
  completion: number | null;
}

/** One evaluated target, as SPEC §6 prints it. */
export interface TargetResult {
  row: number;
  code: MetricCode | 'khac' | string;
  description: string;
  scope: string;
  comparator: Comparator;
  target: number | null;
  actual: number | null;
  deadline: number | null;
  status: TargetStatus;
  /** Not in the JSON contract: details for the report and the pane. */
  unit?: string;
  /** How the scope was read (TargetScope's kind). */
  scopeKind: TargetScope['kind'];
  /** For a target scoped to one district: that district as sheet "Xã" spells it (as typed when unknown). */
  district?: string;
  /** Share of the target achieved, in percent (see targetCompletion); null where nothing divides or nothing was judged. */
  completion: number | null;
  /** For per-district / per-commune targets: the units that miss it. */
  failingUnits?: string[];
  /** For per-district / per-commune targets: every unit's own result, so a report on one district reads its own. */
  units?: TargetUnitResult[];
  /** The straight-line value expected by the report year, for targets whose deadline is ahead. */
  expected?: number;
  source?: string;
}

/**
 * The metrics as of the year before the report year, as far as the workbook determines them
 * (levels by recognition year, products by recognition date); the indicator averages only when
 * last year's workbook was given.
 */
export interface PreviousYear {
  year: number;
  metrics: Partial<Metrics>;
}

/** Everything one validation produced. */
export interface ValidationResult {
  unit: string;
  period: Period;
  year: number;
  summary: FindingSummary;
  findings: Finding[];
  targets: TargetResult[];
  metrics: Metrics;
  previousYear: PreviousYear;
  /** Metrics per district (province workbooks), keyed by the district's name as written. */
  districtMetrics: Map<string, Metrics>;
  /** The typed data. Without sheet "Thông tin", data.sheetNames.info is undefined and the unit unknown. */
  data: WorkbookData;
}

/** The SPEC §6 JSON object, exactly. */
export interface ValidationJson {
  file: string;
  unit: string;
  period: Period;
  year: number;
  summary: FindingSummary;
  findings: Finding[];
  targets: Array<Pick<TargetResult, 'row' | 'code' | 'description' | 'scope' | 'comparator' | 'target' | 'actual' | 'deadline' | 'status'>>;
  metrics: Metrics;
  previousYear: PreviousYear;
}

export function toValidationJson(file: string, result: ValidationResult): ValidationJson {
  return {
    file,
    unit: result.unit,
    period: result.period,
    year: result.year,
    summary: result.summary,
    findings: result.findings.map((f) => {
      const out: Finding = { severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message };
      if (f.hint) out.hint = f.hint;
      return out;
    }),
    targets: result.targets.map((t) => ({
      row: t.row,
      code: t.code,
      description: t.description,
      scope: t.scope,
      comparator: t.comparator,
      target: t.target,
      actual: t.actual,
      deadline: t.deadline,
      status: t.status,
    })),
    metrics: result.metrics,
    previousYear: result.previousYear,
  };
}
