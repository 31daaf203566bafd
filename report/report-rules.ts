import type { ValidationResult } from '../engine';
import { ReportInputError } from './content/scope';

/**
 * Rules every host obeys before a report is made, so that the CLI and the pane refuse the same
 * workbooks. Hosts catch NoReportError to word the refusal their own way (the CLI names the file).
 */
export class NoReportError extends ReportInputError {
  constructor(
    message: string,
    /** Which rule refused: hosts choose their wording and exit code from it. */
    readonly rule: 'no-info-sheet',
  ) {
    super(message);
    this.name = 'NoReportError';
  }
}

/**
 * The engine returns data even without sheet "Thông tin", but then the unit, the year and the
 * issuer are unknown: no report from that.
 */
export function assertReportable(result: ValidationResult): void {
  if (!result.data || !result.data.sheetNames.info) {
    throw new NoReportError('Sổ không có đủ dữ liệu để lập báo cáo (thiếu sheet "Thông tin").', 'no-info-sheet');
  }
}
