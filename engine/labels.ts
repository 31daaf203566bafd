import type { Severity } from './findings/codes';
import type { TargetStatus } from './result';

/** The words every host shows for a severity: the pane, the command line and the report agree. */
export const SEVERITY_NAMES: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

/** A target's status as the report's "Đánh giá" column, the pane's badges and the CLI write it. */
export const TARGET_STATUS_NAMES: Record<TargetStatus, string> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  behind: 'Chậm tiến độ',
  'on-track': 'Đúng tiến độ',
  invalid: 'Không đánh giá được',
};
