import { formatWithUnit, groupFindings, SEVERITY_NAMES, TARGET_STATUS_NAMES, type Finding, type ValidationResult } from '../engine';

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
        `  Dòng ${t.row}  ${t.description || t.code} (${t.scope}): thực hiện ${value(t.actual)}, mục tiêu ${t.comparator} ${value(t.target)}${t.deadline ? ` năm ${t.deadline}` : ''} — ${TARGET_STATUS_NAMES[t.status]}`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

/** Findings grouped by sheet, then severity (engine/findings/group), each with its cell, message and fix. */
export function findingGroups(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  for (const group of groupFindings(findings)) {
    const title = group.sheet === null ? 'Toàn sổ' : `Sheet "${group.sheet}"`;
    const counts = group.groups.map((g) => `${g.findings.length} ${SEVERITY_NAMES[g.severity].toLowerCase()}`).join(', ');
    lines.push('', `${title} (${counts})`);
    for (const f of group.groups.flatMap((g) => g.findings)) {
      lines.push(`  [${SEVERITY_NAMES[f.severity]}] ${f.cell ?? '—'}  ${f.message}`);
      if (f.hint) lines.push(`      → ${f.hint}`);
    }
  }
  return lines;
}
