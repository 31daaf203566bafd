import { z } from 'zod';
import type { FieldSpec } from '../workbook-layout/field';
import { finding, type Finding } from '../findings/finding';
import { isPercentFormat, type Cell } from '../model/cell';
import { fold } from '../text/fold';
import { describeEncoding, detectLegacyEncoding, isDecomposed } from '../text/legacy-encoding';
import { formatDateShort, parseDateText } from '../text/vi-date';
import { formatNumber } from '../text/vi-format';
import { parseViNumber } from '../text/vi-number';

/** Where a value sits, for the findings it may raise. */
export interface ValueLocation {
  sheet: string;
  cell: string;
  findings: Finding[];
}

export type FieldValue = string | number | boolean | Date | string[];

const MET = new Set(['dat', 'x', '1', 'true', '✓', '✔', 'co', 'v', 'đ'].map(fold));
const NOT_MET = new Set(['chua dat', '0', 'false', 'khong', 'không đạt', '-'].map(fold));

function describe(cell: Cell): string {
  switch (cell.type) {
    case 'date':
      return formatDateShort(cell.value as Date);
    case 'number':
      return formatNumber(cell.value as number, 6);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return String(cell.value);
  }
}

function label(field: FieldSpec): string {
  return `"${field.header}"`;
}

/** Reads a cell as the field's type. Returns undefined when empty or unusable (a finding says why). */
export function readValue(cell: Cell | undefined, field: FieldSpec, at: ValueLocation): FieldValue | undefined {
  if (cell === undefined || (cell.type === 'string' && String(cell.value).trim() === '')) {
    return field.type === 'mark' ? false : undefined;
  }
  if (cell.type === 'error') {
    at.findings.push(
      finding(
        'formula-error',
        at.sheet,
        at.cell,
        `Ô ${at.cell} (cột ${label(field)}) có lỗi công thức ${String(cell.value)}.`,
        'Sửa công thức (hoặc ô mà nó tham chiếu) để có giá trị hợp lệ.',
      ),
    );
    return undefined;
  }
  if (cell.type === 'string') checkEncoding(String(cell.value), field, at);
  switch (field.type) {
    case 'text':
      return readText(cell, field, at);
    case 'multiline': {
      const text = readText(cell, field, at);
      return text === undefined ? undefined : splitLines(text);
    }
    case 'enum':
      return readEnum(cell, field, at);
    case 'mark':
      return readMark(cell, field, at);
    case 'date':
      return readDate(cell, field, at);
    case 'number':
    case 'integer':
    case 'year':
    case 'percent':
      return readNumber(cell, field, at);
  }
}

function readText(cell: Cell, field: FieldSpec, at: ValueLocation): string | undefined {
  if (cell.type === 'string') return String(cell.value).normalize('NFC').trim();
  if (cell.type === 'number') return String(cell.value);
  typeError(cell, field, at, 'một đoạn chữ');
  return undefined;
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-–•+]\s*/, '').replace(/[;.]\s*$/, '').trim())
    .filter((line) => line !== '');
}

const enumIndexes = new WeakMap<FieldSpec, Map<string, string>>();

/** Folded spelling → allowed value, built once per field. */
function enumIndex(field: FieldSpec): Map<string, string> {
  let index = enumIndexes.get(field);
  if (!index) {
    index = new Map();
    for (const value of field.values ?? []) {
      for (const alias of field.valueAliases?.[value] ?? []) index.set(fold(alias), value);
    }
    for (const value of field.values ?? []) index.set(fold(value), value);
    enumIndexes.set(field, index);
  }
  return index;
}

function readEnum(cell: Cell, field: FieldSpec, at: ValueLocation): string | undefined {
  const raw = cell.type === 'number' ? String(cell.value) : cell.type === 'string' ? String(cell.value) : undefined;
  const value = raw === undefined ? undefined : enumIndex(field).get(fold(raw));
  if (value !== undefined) return value;
  const allowed = (field.values ?? []).map((v) => `"${v}"`).join(', ');
  at.findings.push(
    finding(
      'value-enum',
      at.sheet,
      at.cell,
      `Giá trị "${describe(cell)}" ở ô ${at.cell} (cột ${label(field)}) không thuộc các giá trị cho phép: ${allowed}.`,
      'Chọn một giá trị trong danh sách (chữ hoa, chữ thường và dấu không quan trọng).',
    ),
  );
  return undefined;
}

function readMark(cell: Cell, field: FieldSpec, at: ValueLocation): boolean | undefined {
  if (cell.type === 'boolean') return cell.value as boolean;
  if (cell.type === 'number') {
    if (cell.value === 1) return true;
    if (cell.value === 0) return false;
  }
  if (cell.type === 'string') {
    const key = fold(String(cell.value));
    if (MET.has(key)) return true;
    if (NOT_MET.has(key) || key === '') return false;
  }
  at.findings.push(
    finding(
      'value-enum',
      at.sheet,
      at.cell,
      `Giá trị "${describe(cell)}" ở ô ${at.cell} (cột ${label(field)}) không rõ là đạt hay chưa đạt.`,
      'Ghi "Đạt" (hoặc "x", 1) nếu tiêu chí đã đạt; để trống hoặc ghi "Chưa đạt" nếu chưa đạt.',
    ),
  );
  return undefined;
}

function readDate(cell: Cell, field: FieldSpec, at: ValueLocation): Date | undefined {
  if (cell.type === 'date') return cell.value as Date;
  if (cell.type === 'string') {
    const date = parseDateText(String(cell.value));
    if (date) {
      at.findings.push(
        finding(
          'number-as-text',
          at.sheet,
          at.cell,
          `Ô ${at.cell} (cột ${label(field)}) ghi ngày dạng chữ "${String(cell.value)}", được đọc là ngày ${formatDateShort(date)}.`,
          'Nên nhập ô này dưới dạng ngày của Excel (định dạng dd/mm/yyyy).',
        ),
      );
      return date;
    }
  }
  typeError(cell, field, at, 'một ngày (dd/mm/yyyy)');
  return undefined;
}

function numberSchema(field: FieldSpec): z.ZodNumber {
  let schema = z.number();
  if (field.type === 'integer' || field.type === 'year') schema = schema.int();
  if (field.min !== undefined) schema = schema.min(field.min);
  if (field.max !== undefined) schema = schema.max(field.max);
  return schema;
}

const schemaCache = new WeakMap<FieldSpec, z.ZodNumber>();

function readNumber(cell: Cell, field: FieldSpec, at: ValueLocation): number | undefined {
  let value: number | undefined;
  if (cell.type === 'number') {
    value = cell.value as number;
    // 0.95 shown as 95% is 95 in a percent column; a bare 95 is 95 already.
    if (field.type === 'percent' && isPercentFormat(cell.numberFormat)) value = value * 100;
  } else if (cell.type === 'string') {
    const parsed = parseViNumber(String(cell.value));
    if (parsed) {
      value = parsed.value;
      at.findings.push(
        finding(
          'number-as-text',
          at.sheet,
          at.cell,
          `Ô ${at.cell} (cột ${label(field)}) ghi số dạng chữ "${String(cell.value)}", được đọc là ${formatNumber(value, 6)}.`,
          'Nên nhập số trực tiếp (không có dấu nháy hay khoảng trắng) để Excel tính toán được.',
        ),
      );
    }
  }
  if (value === undefined) {
    const expected = field.type === 'year' ? 'một năm (ví dụ 2024)' : field.type === 'integer' ? 'một số nguyên' : field.type === 'percent' ? 'một tỷ lệ phần trăm (0–100)' : 'một số';
    typeError(cell, field, at, expected);
    return undefined;
  }
  let schema = schemaCache.get(field);
  if (!schema) {
    schema = numberSchema(field);
    schemaCache.set(field, schema);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    at.findings.push(
      finding(
        'value-range',
        at.sheet,
        at.cell,
        `Giá trị ${formatNumber(value, 6)} ở ô ${at.cell} (cột ${label(field)}) nằm ngoài khoảng cho phép ${rangeText(field)}.`,
        field.type === 'percent' ? 'Tỷ lệ ghi theo phần trăm, từ 0 đến 100 (ví dụ 95 hoặc 95%).' : 'Kiểm tra lại số liệu.',
      ),
    );
  } else {
    typeError(cell, field, at, field.type === 'year' ? 'một năm (số nguyên, ví dụ 2024)' : 'một số nguyên');
  }
  return undefined;
}

function rangeText(field: FieldSpec): string {
  if (field.min !== undefined && field.max !== undefined) return `từ ${formatNumber(field.min)} đến ${formatNumber(field.max)}`;
  if (field.min !== undefined) return `từ ${formatNumber(field.min)} trở lên`;
  return `không quá ${formatNumber(field.max ?? 0)}`;
}

function typeError(cell: Cell, field: FieldSpec, at: ValueLocation, expected: string): void {
  at.findings.push(
    finding(
      'value-type',
      at.sheet,
      at.cell,
      `Ô ${at.cell} (cột ${label(field)}) có giá trị "${describe(cell)}", cần ${expected}.`,
      `Nhập lại ô ${at.cell} với ${expected}.`,
    ),
  );
}

/** Legacy TCVN3/VNI text and decomposed Unicode: reported, with the Unicode it most likely means. */
const ASCII = /^[\x00-\x7f]*$/;
const encodingCache = new Map<string, ReturnType<typeof detectLegacyEncoding>>();

function checkEncoding(text: string, field: FieldSpec, at: ValueLocation): void {
  // Plain ASCII can be neither legacy-encoded nor decomposed; names repeat, so decide each once.
  if (ASCII.test(text)) return;
  let legacy = encodingCache.get(text);
  if (legacy === undefined) {
    legacy = detectLegacyEncoding(text);
    if (encodingCache.size > 100_000) encodingCache.clear();
    encodingCache.set(text, legacy);
  }
  if (legacy) {
    at.findings.push(
      finding(
        'text-encoding',
        at.sheet,
        at.cell,
        `Ô ${at.cell} (cột ${label(field)}) có chữ "${text}" gõ bằng ${describeEncoding(legacy.encoding)}; có lẽ là "${legacy.unicode}".`,
        'Chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại ô này, để tên được so khớp và in đúng trong báo cáo.',
      ),
    );
  } else if (isDecomposed(text)) {
    at.findings.push(
      finding(
        'text-encoding',
        at.sheet,
        at.cell,
        `Ô ${at.cell} (cột ${label(field)}) có chữ "${text.normalize('NFC')}" ở dạng ${describeEncoding('NFD')}; đã được chuẩn hóa để so khớp.`,
        'Nên gõ lại bằng bảng mã Unicode dựng sẵn để tránh lỗi khi tìm kiếm, sắp xếp.',
      ),
    );
  }
}
