import { formatWithUnit, type Finding, type TargetResult, type ValidationResult } from '../engine';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
export const STATUS_LABEL: Record<TargetResult['status'], string> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  behind: 'Chậm tiến độ',
  'on-track': 'Đúng tiến độ',
  invalid: 'Không đánh giá được',
};

/** The readable report of `validate`: findings grouped by sheet, then target progress. */
export function formatValidation(file: string, result: ValidationResult): string {
  const lines: string[] = [];
  const s = result.summary;
  lines.push(`Sổ: ${file}`);
  lines.push(`Đơn vị: ${result.unit || '(chưa rõ)'} · giai đoạn ${result.period} · năm báo cáo ${result.year}`);
  lines.push(`Kết quả: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin`);
  lines.push(...findingGroups(result.findings));
  if (result.targets.length > 0) {
    lines.push('', 'Tiến độ chỉ tiêu');
    for (const t of result.targets) {
      const value = (n: number | null) => (n === null ? '—' : formatWithUnit(t.code, n, t.unit));
      lines.push(
        `  Dòng ${t.row}  ${t.description || t.code} (${t.scope}): thực hiện ${value(t.actual)}, mục tiêu ${t.comparator} ${value(t.target)}${t.deadline ? ` năm ${t.deadline}` : ''} — ${STATUS_LABEL[t.status]}`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

/** Findings grouped by sheet (workbook-level first), each with its cell, message and how to fix it. */
export function findingGroups(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet === null ? 'Toàn sổ' : `Sheet "${f.sheet}"`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const [title, list] of groups) {
    const counts = (['error', 'warning', 'info'] as const)
      .map((sev) => [sev, list.filter((f) => f.severity === sev).length] as const)
      .filter(([, n]) => n > 0)
      .map(([sev, n]) => `${n} ${SEVERITY_LABEL[sev].toLowerCase()}`)
      .join(', ');
    lines.push('', `${title} (${counts})`);
    for (const f of list) {
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.cell ?? '—'}  ${f.message}`);
      if (f.hint) lines.push(`      → ${f.hint}`);
    }
  }
  return lines;
}
