import { formatNumber } from '../../text/vi-format';
import { raiser, type CodeTable, type Where } from './define';

/** Sheet "Chỉ tiêu": rows that cannot be judged, and each target's verdict. */
export const TARGET_CODES = {
  'target-invalid': { severity: 'error', when: 'a target row that cannot be evaluated (unknown code, missing value)' },
  'target-not-met': { severity: 'warning', when: 'deadline reached (Năm ≤ report year) and the target is not met' },
  'target-behind': { severity: 'warning', when: 'deadline ahead and progress behind the straight line from the baseline' },
  'target-met': { severity: 'info', when: 'met' },
  'target-actual-differs': { severity: 'warning', when: 'a typed "Giá trị thực hiện" differs from the value the sheets give' },
} as const satisfies CodeTable;

const raise = raiser(TARGET_CODES);

/** Why a target row cannot be judged; the same sentence is the finding's message and the result's reason. */
export const targetInvalidReason = {
  noCode: (row: number) => `Dòng ${row}: chưa có mã chỉ tiêu.`,
  unknownCode: (row: number, code: string) => `Dòng ${row}: mã chỉ tiêu "${code}" không có trong danh mục (ví dụ: so_xa_dat_chuan_ntm, ty_le_bhyt, so_san_pham_ocop, hoặc khac).`,
  noTarget: (row: number) => `Dòng ${row}: chưa có giá trị mục tiêu.`,
  noDeadline: (row: number) => `Dòng ${row}: chưa có năm hoàn thành của chỉ tiêu.`,
  otherWithoutActual: (row: number) => `Dòng ${row}: chỉ tiêu "khac" không tính được từ các sheet nên cần ghi "Giá trị thực hiện".`,
  otherPerUnit: (row: number, scope: string) => `Dòng ${row}: chỉ tiêu "khac" chỉ có một giá trị thực hiện nên không đánh giá được theo "${scope}".`,
  noData: (row: number, label: string, code: string, scope: string) => `Dòng ${row}: chưa có số liệu để tính "${label}" (${code}) trong phạm vi "${scope || 'toàn đơn vị'}".`,
  /** `why` from sheetUnavailable: the sheet the figure comes from is absent or unreadable. */
  sheetUnavailable: (row: number, label: string, code: string, why: string) => `Dòng ${row}: không tính được "${label}" (${code}) vì ${why}.`,
  eachDistrictWithoutDistricts: (row: number) => `Dòng ${row}: phạm vi "mỗi huyện" cần sổ cấp tỉnh có cột "Huyện" ở sheet "Xã".`,
  eachCommuneWithoutCommunes: (row: number) => `Dòng ${row}: phạm vi "mỗi xã" cần sheet "Xã".`,
  /** A cell of the row already has its own error finding: the target is invalid without a second finding. */
  badValue: () => 'giá trị không hợp lệ',
};

/** Why a sheet's figures are unknown, as a target-invalid reason completes it ("… vì sổ không có sheet "OCOP""). */
export const sheetUnavailable = {
  absent: (sheet: string) => `sổ không có sheet "${sheet}"`,
  unreadable: (sheet: string) => `sheet "${sheet}" không đọc được (xem lỗi của sheet này)`,
};

export function targetInvalid(at: Where, reason: string) {
  return raise('target-invalid', at, reason, 'Sửa dòng chỉ tiêu này để có thể đánh giá.');
}

/** A target as the verdicts name it, its figures already written with their units. */
export interface TargetText {
  description: string;
  row: number;
  scope: string;
  comparator: string;
  target: string;
  deadline: number;
  actual: string;
  /** Units (districts, communes) that miss a per-unit target; empty otherwise. */
  failing: readonly string[];
}

function what(t: TargetText): string {
  return `"${t.description}" (dòng ${t.row}, ${t.scope})`;
}

function goal(t: TargetText): string {
  return `mục tiêu ${t.comparator} ${t.target} đến năm ${t.deadline}`;
}

function failingList(t: TargetText): string {
  if (t.failing.length === 0) return '';
  const names = t.failing.length <= 8 ? t.failing.join(', ') : `${t.failing.slice(0, 8).join(', ')} và ${t.failing.length - 8} đơn vị khác`;
  return `; chưa đạt: ${names}`;
}

export function targetMet(at: Where, t: TargetText) {
  return raise('target-met', at, `Chỉ tiêu ${what(t)} đã đạt: thực hiện ${t.actual}, ${goal(t)}.`);
}

export function targetNotMet(at: Where, t: TargetText) {
  return raise('target-not-met', at, `Chỉ tiêu ${what(t)} chưa đạt: thực hiện ${t.actual}, ${goal(t)}${failingList(t)}.`, 'Nêu nguyên nhân và giải pháp trong phần "Tồn tại, hạn chế" của báo cáo.');
}

export function targetBehind(at: Where, t: TargetText & { baselineYear: number; expected: string; reportYear: number }) {
  return raise(
    'target-behind',
    at,
    `Chỉ tiêu ${what(t)} chậm tiến độ: thực hiện ${t.actual}, theo lộ trình từ năm gốc ${t.baselineYear} cần khoảng ${t.expected} vào năm ${t.reportYear}; ${goal(t)}${failingList(t)}.`,
    'Cần đẩy nhanh tiến độ để kịp hạn.',
  );
}

export function targetActualDiffers(at: Where, p: { row: number; typed: number; computed: string }) {
  return raise(
    'target-actual-differs',
    at,
    `Dòng ${p.row}: "Giá trị thực hiện" ghi ${formatNumber(p.typed, 4)} nhưng số liệu các sheet cho ${p.computed}; đánh giá dùng số tính được.`,
    'Kiểm tra lại số liệu ở sheet "Xã"/"OCOP", hoặc xóa giá trị ghi tay để dùng số tính tự động.',
  );
}
