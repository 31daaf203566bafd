import type { FieldSpec, Requirement } from '../workbook-layout/field';
import type { Period } from '../rules/schemas';

/** What decides whether a conditionally required field is required in this workbook. */
export interface RequirementContext {
  period: Period;
  /** True when sheet "Thông tin" names no district: the workbook covers a province. */
  provinceLevel: boolean;
}

export function isRequired(field: FieldSpec, ctx: RequirementContext): boolean {
  const rule: Requirement = field.required;
  switch (rule) {
    case 'always':
      return true;
    case 'province-2021-2025':
      return ctx.provinceLevel && ctx.period === '2021-2025';
    case 'period-2021-2025':
      return ctx.period === '2021-2025';
    case 'period-2026-2030':
      return ctx.period === '2026-2030';
    case 'never':
    case 'report':
      return false;
  }
}
