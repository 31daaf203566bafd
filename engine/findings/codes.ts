/**
 * The finding codes of SPEC §4 (a contract: other tools match on them), each with its fixed severity.
 * Two codes are additions the SPEC asks for in prose without naming: column-extra (the info on
 * ignored columns, §3) and target-actual-differs (a typed "Giá trị thực hiện" that disagrees with the
 * computed value, §3.4).
 */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = {
  'sheet-missing': 'error',
  'column-missing': 'error',
  'column-duplicate': 'error',
  'column-extra': 'info',
  'value-required': 'error',
  'value-type': 'error',
  'value-enum': 'error',
  'value-range': 'error',
  'value-duplicate': 'error',
  'value-reference': 'error',
  'formula-error': 'error',
  'text-encoding': 'warning',
  'number-as-text': 'info',
  'criteria-count': 'error',
  'level-criteria': 'error',
  'level-order': 'error',
  'indicator-threshold': 'warning',
  'threshold-missing': 'info',
  'ocop-star-score': 'error',
  'ocop-expired': 'warning',
  'ocop-level': 'warning',
  'district-after-abolition': 'warning',
  'target-invalid': 'error',
  'target-not-met': 'warning',
  'target-behind': 'warning',
  'target-met': 'info',
  'target-actual-differs': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;
