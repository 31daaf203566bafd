import type { Workbook } from './model';
import type { ValidationResult } from './result';

export interface ValidateOptions {
  /** Reserved for hosts that want to report progress on long sheets. */
  onProgress?: (done: number, total: number) => void;
}

export function validateWorkbook(_workbook: Workbook, _options: ValidateOptions = {}): ValidationResult {
  throw new Error('not yet implemented');
}
