import type { Finding } from './finding';
import type { Severity } from './codes';

/** Findings as the pane and the command line list them: by sheet (in the engine's order), then by severity. */
export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  /** null: findings about the workbook as a whole. */
  sheet: string | null;
  counts: Record<Severity, number>;
  groups: SeverityGroup[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const bySheet = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of list) counts[f.severity]++;
    const groups = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((severity) => ({
      severity,
      findings: list.filter((f) => f.severity === severity),
    }));
    return { sheet, counts, groups };
  });
}
