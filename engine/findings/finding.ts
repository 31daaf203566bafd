import { FINDING_CODES, type FindingCode, type Severity } from './codes';

/** One finding, as plain data (SPEC §4). */
export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** The sheet's name as the workbook spells it; null for the workbook as a whole. */
  sheet: string | null;
  /** A1 address, or null for a whole sheet or workbook. */
  cell: string | null;
  message: string;
  hint?: string;
}

export function finding(code: FindingCode, sheet: string | null, cell: string | null, message: string, hint?: string): Finding {
  const f: Finding = { severity: FINDING_CODES[code], code, sheet, cell, message };
  if (hint) f.hint = hint;
  return f;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
