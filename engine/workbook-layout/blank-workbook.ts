import type { Period } from '../rules/schemas';
import { loadRules } from '../rules/load';
import type { FieldSpec } from './field';
import type { BlankColumn, BlankInfoSheet, BlankSheet, BlankTableSheet, BlankTextSheet, BlankWorkbookPlan, CellValidation } from './blank-workbook-plan';
import { SHEETS, communeFields, infoFields, ocopFields, targetFields, thresholdFields } from './sheets';

/** The values offered for a criterion mark; the validator also accepts "x", "1", TRUE and ✓. */
export const MARK_VALUES: readonly string[] = ['Đạt', 'Chưa đạt'];

/** Name of the hidden sheet that holds lists too long (or with commas) for an inline list formula. */
export const LIST_SHEET_NAME = 'Danh mục';

/** Excel stores a literal list as one quoted, comma-separated string of at most 255 characters. */
export const INLINE_LIST_MAX = 255;

/**
 * True when the values can be written as an inline list ("a,b,c"). A value containing a comma or a
 * quote would be split or break the formula, so such lists go to the hidden sheet as well.
 */
export function fitsInlineList(values: readonly string[]): boolean {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return false;
  return values.join(',').length <= INLINE_LIST_MAX;
}

/** Rows below the header that receive data validation, per table sheet. */
const DATA_ROWS = { communes: 300, ocop: 500, targets: 100, thresholds: 100 } as const;

const DATE_FORMAT = 'dd/mm/yyyy';

export function validationFor(field: FieldSpec): CellValidation | undefined {
  switch (field.type) {
    case 'enum':
      return field.values && field.values.length > 0 ? { type: 'list', values: [...field.values] } : undefined;
    case 'mark':
      return { type: 'list', values: MARK_VALUES };
    case 'integer':
    case 'year':
      return withBounds({ type: 'whole' }, field);
    case 'number':
    case 'percent':
      return withBounds({ type: 'decimal' }, field);
    case 'date':
      return { type: 'date' };
    default:
      return undefined;
  }
}

function withBounds<T extends { type: 'whole' | 'decimal'; min?: number; max?: number }>(v: T, field: FieldSpec): T {
  const min = field.min ?? (field.type === 'percent' ? 0 : undefined);
  const max = field.max ?? (field.type === 'percent' ? 100 : undefined);
  if (min !== undefined) v.min = min;
  if (max !== undefined) v.max = max;
  return v;
}

/** A note for fields the format leaves without one, so every input cell explains itself. */
function defaultNote(field: FieldSpec): string | undefined {
  switch (field.type) {
    case 'enum':
      return 'Chọn một giá trị trong danh sách';
    case 'percent':
      return 'Nhập số từ 0 đến 100, ví dụ 95 hoặc 74,5';
    case 'year':
      return 'Năm, ví dụ 2024';
    case 'date':
      return 'Ngày, dạng dd/mm/yyyy';
    case 'integer':
      return 'Số nguyên';
    case 'number':
      return 'Số';
    default:
      return undefined;
  }
}

function column(field: FieldSpec, noteOverride?: string): BlankColumn {
  const col: BlankColumn = { header: field.header, width: field.width ?? Math.max(10, field.header.length + 2) };
  const validation = validationFor(field);
  if (validation) col.validation = validation;
  const note = noteOverride ?? field.note ?? defaultNote(field);
  if (note) col.note = note;
  if (field.type === 'date') col.numberFormat = DATE_FORMAT;
  return col;
}

function table(name: string, fields: FieldSpec[], dataRows: number, notes: Record<string, string> = {}): BlankTableSheet {
  return { kind: 'table', name, columns: fields.map((f) => column(f, notes[f.key])), dataRows };
}

/** The district level ended on 01/7/2025: 2026-2030 sheets have no Huyện. */
function forPeriod(fields: FieldSpec[], period: Period): FieldSpec[] {
  if (period === '2026-2030') return fields.filter((f) => f.key !== 'huyen' && f.required !== 'period-2021-2025');
  return fields.filter((f) => f.required !== 'period-2026-2030');
}

function infoSheet(period: Period): BlankInfoSheet {
  return {
    kind: 'info',
    name: SHEETS.info.name,
    rows: forPeriod(infoFields(), period).map((field) => {
      const row: BlankInfoSheet['rows'][number] = { key: field.header };
      if (field.key === 'giaiDoan') row.value = period;
      const validation = validationFor(field);
      if (validation) row.validation = validation;
      const note = field.note ?? defaultNote(field);
      if (note) row.note = note;
      return row;
    }),
  };
}

function guideSheet(period: Period): BlankTextSheet {
  const set = loadRules().criteria[period];
  const n = set.criteria.length;
  const lines = [
    `SỔ THEO DÕI NÔNG THÔN MỚI VÀ OCOP, GIAI ĐOẠN ${period}`,
    '',
    'Các sheet của sổ:',
    `- "${SHEETS.info.name}": thông tin chung của đơn vị và của báo cáo; tên mục ở cột A, giá trị ở cột B. Bắt buộc: Tỉnh, Năm báo cáo${period === '2021-2025' ? ', Vùng' : ''}.`,
    period === '2021-2025'
      ? `- "${SHEETS.communes.name}": mỗi xã một dòng; cột Huyện bắt buộc với sổ cấp tỉnh, để trống được với sổ cấp huyện.`
      : `- "${SHEETS.communes.name}": mỗi xã một dòng; ghi Nhóm xã 1, 2 hoặc 3 (giai đoạn 2026-2030 không còn cấp huyện).`,
    `- "${SHEETS.ocop.name}": mỗi sản phẩm OCOP đã được công nhận (3 sao trở lên) một dòng; cột Xã phải trùng tên xã ở sheet "${SHEETS.communes.name}".`,
    `- "${SHEETS.targets.name}": mỗi chỉ tiêu của kế hoạch một dòng; chọn Mã chỉ tiêu trong danh sách, dùng "khac" cho số liệu không tính được từ sổ và ghi Giá trị thực hiện.`,
    `- "${SHEETS.thresholds.name}": ngưỡng các chỉ số (thu nhập, hộ nghèo, BHYT, lao động qua đào tạo) theo quyết định của tỉnh; không bắt buộc.`,
    '',
    'Cách ghi tiêu chí:',
    `- Các cột TC1 … TC${n} là ${n} tiêu chí của Bộ tiêu chí giai đoạn ${period}.`,
    '- Tiêu chí đạt: ghi "Đạt" (chọn trong danh sách) hoặc "x". Chưa đạt: để trống hoặc chọn "Chưa đạt".',
    '- Mức đạt chuẩn: Chưa đạt, Đạt chuẩn NTM, NTM nâng cao hoặc NTM kiểu mẫu; ghi năm được công nhận ở các cột Năm đạt … tương ứng.',
    '- Tỷ lệ (%) ghi số từ 0 đến 100, ví dụ 95 hoặc 74,5.',
    '',
    'Lưu ý khác:',
    '- Số văn bản có thể để trống để ghi tay khi ký.',
    `- Ngưỡng chỉ số chưa có căn cứ chính thức thì không được tự đặt trong phần mềm: nhập vào sheet "${SHEETS.thresholds.name}" kèm Nguồn (số quyết định của tỉnh).`,
    '- Ngày ghi dạng dd/mm/yyyy. Có thể thêm cột khác; phần mềm bỏ qua cột không có trong mẫu.',
    '- Đưa chuột vào ô tiêu đề hoặc ô dữ liệu để xem hướng dẫn của từng cột.',
  ];
  return { kind: 'text', name: 'Hướng dẫn', lines };
}

function thresholdSheet(period: Period): BlankTableSheet {
  const fields = thresholdFields();
  const sheet = table(SHEETS.thresholds.name, fields, DATA_ROWS.thresholds);
  // The column is free text in the format (it accepts either dimension); offer the period's values.
  const unitIndex = fields.findIndex((f) => f.key === 'vungNhom');
  if (unitIndex >= 0) {
    const set = loadRules().criteria[period];
    const values = period === '2021-2025' ? (set.regions ?? []) : (set.communeGroups ?? []).map((g) => String(g.group));
    const col = sheet.columns[unitIndex];
    col.validation = { type: 'list', values };
    col.note = period === '2021-2025' ? 'Vùng áp dụng; để trống: mọi vùng' : 'Nhóm xã 1, 2 hoặc 3; để trống: mọi nhóm';
  }
  return sheet;
}

/** The blank data-entry workbook of SPEC §6 `init` and of the add-in's "Tạo sổ mẫu". */
export function blankWorkbookPlan(period: Period): BlankWorkbookPlan {
  const communeNotes: Record<string, string> = period === '2021-2025' ? { huyen: 'Bắt buộc với sổ cấp tỉnh; để trống được với sổ cấp huyện' } : { nhom: 'Nhóm xã 1, 2 hoặc 3 theo QĐ 51/2025/QĐ-TTg' };
  const sheets: BlankSheet[] = [
    guideSheet(period),
    infoSheet(period),
    table(SHEETS.communes.name, forPeriod(communeFields(period), period), DATA_ROWS.communes, communeNotes),
    table(SHEETS.ocop.name, forPeriod(ocopFields(), period), DATA_ROWS.ocop, { xa: `Tên xã như ở sheet "${SHEETS.communes.name}"` }),
    table(SHEETS.targets.name, targetFields(), DATA_ROWS.targets, { ma: 'Mã chỉ số; "khac" cho số liệu nhập tay ở cột Giá trị thực hiện' }),
    thresholdSheet(period),
  ];
  return { period, sheets };
}
