import type { FindingCode, Severity } from '../codes';
import type { Finding } from '../finding';

/** Where a finding points: the sheet as the workbook spells it and an A1 address (null: the whole sheet or workbook). */
export interface Where {
  sheet: string | null;
  cell: string | null;
}

/** A code's fixed severity and, for a reviewer, when it is raised (SPEC §4). */
export interface CodeInfo {
  severity: Severity;
  when: string;
}

export type CodeTable = Record<string, CodeInfo>;

/** The builder every message of one family goes through: severity comes from the family's table. */
export function raiser<T extends CodeTable>(table: T) {
  return (code: keyof T & string, where: Where, message: string, hint?: string): Finding => {
    // Every family's table is part of FINDING_CATALOG, so its codes are FindingCodes.
    const f: Finding = { severity: table[code].severity, code: code as FindingCode, sheet: where.sheet, cell: where.cell, message };
    if (hint) f.hint = hint;
    return f;
  };
}
