import type { CellValidation } from './blank-workbook-plan';

/** Excel's limits on data-validation texts (title 32, input message 255, error 225 characters). */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function rangeText(min: number | undefined, max: number | undefined): string {
  const n = (v: number) => String(v).replace('.', ',');
  if (min !== undefined && max !== undefined) return ` từ ${n(min)} đến ${n(max)}`;
  if (min !== undefined) return ` từ ${n(min)} trở lên`;
  if (max !== undefined) return ` không quá ${n(max)}`;
  return '';
}

/** What Excel shows for a column's input rule, the same from `init` (exceljs) and from the pane (Office.js). */
export interface ValidationTexts {
  title: string;
  prompt?: string;
  error?: string;
  /** Lists only warn, so an accepted alias ("x" for Đạt) can be kept; numbers and dates stop. */
  style: 'warning' | 'stop';
}

export function validationTexts(validation: CellValidation | undefined, title: string, note: string | undefined): ValidationTexts {
  const out: ValidationTexts = { title: clip(title, TITLE_MAX), style: 'stop' };
  if (note) out.prompt = clip(note, PROMPT_MAX);
  if (!validation) return out;
  switch (validation.type) {
    case 'list':
      out.style = 'warning';
      out.error = clip(`Giá trị không có trong danh sách. Chọn một trong: ${validation.values.join('; ')}`, ERROR_MAX);
      break;
    case 'whole':
    case 'decimal':
      out.error = clip(`Phải là ${validation.type === 'whole' ? 'số nguyên' : 'số'}${rangeText(validation.min, validation.max)}.`, ERROR_MAX);
      break;
    case 'date':
      out.error = 'Phải là ngày hợp lệ, dạng dd/mm/yyyy.';
      break;
  }
  return out;
}
