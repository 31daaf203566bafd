import type { FieldSpec } from '../../workbook-layout/field';
import type { Cell } from '../../model/cell';
import { formatDateShort } from '../../text/vi-date';
import { formatNumber } from '../../text/vi-format';
import { raiser, type CodeTable, type Where } from './define';

/** Values of single cells: missing, of the wrong type, outside their list or range, repeated, unreadable. */
export const VALUE_CODES = {
  'value-required': { severity: 'error', when: 'a required cell is empty' },
  'value-type': { severity: 'error', when: 'not a number, integer, date or year as required' },
  'value-enum': { severity: 'error', when: 'not one of the allowed values (the message lists them)' },
  'value-range': { severity: 'error', when: 'outside the allowed range (percent, score, stars, year)' },
  'value-duplicate': { severity: 'error', when: 'a second row with the same key (commune, product and subject)' },
  'value-reference': { severity: 'error', when: 'names a commune or district that sheet "Xã" does not have' },
  'formula-error': { severity: 'error', when: 'a cached formula error (#DIV/0!, #REF!, #N/A, …)' },
  'text-encoding': { severity: 'warning', when: 'legacy TCVN3 or VNI text, or decomposed (NFD) Unicode' },
  'number-as-text': { severity: 'info', when: 'a number or date written as text, read in Vietnamese notation' },
} as const satisfies CodeTable;

const raise = raiser(VALUE_CODES);

/** A cell's value as the user sees it in Excel, for quoting it back; a year column's numbers stay ungrouped. */
export function shownValue(cell: Cell, field?: FieldSpec): string {
  switch (cell.type) {
    case 'date':
      return formatDateShort(cell.value as Date);
    case 'number':
      return field?.type === 'year' ? String(cell.value) : formatNumber(cell.value as number, 6);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return String(cell.value);
  }
}

function column(field: FieldSpec): string {
  return `cột "${field.header}"`;
}

/** `at.cell` is always set for cell findings. */
type CellWhere = { sheet: string; cell: string };

export const valueRequired = {
  cell: (at: CellWhere, field: FieldSpec) =>
    raise(
      'value-required',
      at,
      `Ô ${at.cell} (${column(field)}) đang trống; cột này bắt buộc phải có giá trị.`,
      field.note ? `Nhập giá trị cho ô ${at.cell}. ${field.note}.` : `Nhập giá trị cho ô ${at.cell}.`,
    ),
  /** A key of sheet "Thông tin" whose value cell is empty; `why` explains a conditional requirement. */
  infoValue: (at: CellWhere, field: FieldSpec, why: string) =>
    raise(
      'value-required',
      at,
      `Mục "${field.header}" ở ô ${at.cell} đang trống${why}.`,
      field.values ? `Chọn một trong: ${field.values.join('; ')}.` : `Nhập ${field.header.toLowerCase()} vào ô ${at.cell}.`,
    ),
  infoKey: (sheet: string, field: FieldSpec, why: string) =>
    raise(
      'value-required',
      { sheet, cell: null },
      `Sheet "${sheet}" thiếu mục "${field.header}"${why}.`,
      `Thêm một dòng: cột A ghi "${field.header}", cột B ghi giá trị${field.values ? ` (một trong: ${field.values.join('; ')})` : ''}.`,
    ),
  levelYear: (at: Where, p: { commune: string; level: string; header: string }) =>
    raise('value-required', at, `Xã ${p.commune} ở mức "${p.level}" nhưng chưa ghi "${p.header}".`, `Nhập ${p.header.toLowerCase()} (năm có quyết định công nhận).`),
};

export function formulaError(at: CellWhere, field: FieldSpec, error: string) {
  return raise('formula-error', at, `Ô ${at.cell} (${column(field)}) có lỗi công thức ${error}.`, 'Sửa công thức (hoặc ô mà nó tham chiếu) để có giá trị hợp lệ.');
}

/** What a value-type finding says the cell should hold. */
export const EXPECTED = {
  text: 'một đoạn chữ',
  date: 'một ngày (dd/mm/yyyy)',
  year: 'một năm (ví dụ 2024)',
  wholeYear: 'một năm (số nguyên, ví dụ 2024)',
  integer: 'một số nguyên',
  percent: 'một tỷ lệ phần trăm (0–100)',
  number: 'một số',
} as const;

export function valueType(at: CellWhere, field: FieldSpec, cell: Cell, expected: string) {
  return raise('value-type', at, `Ô ${at.cell} (${column(field)}) có giá trị "${shownValue(cell, field)}", cần ${expected}.`, `Nhập lại ô ${at.cell} với ${expected}.`);
}

/** Every wording of "not one of the allowed values" lives here. */
export const valueEnum = {
  list: (at: CellWhere, field: FieldSpec, cell: Cell) =>
    raise(
      'value-enum',
      at,
      `Giá trị "${shownValue(cell, field)}" ở ô ${at.cell} (${column(field)}) không thuộc các giá trị cho phép: ${(field.values ?? []).map((v) => `"${v}"`).join(', ')}.`,
      'Chọn một giá trị trong danh sách (chữ hoa, chữ thường và dấu không quan trọng).',
    ),
  mark: (at: CellWhere, field: FieldSpec, cell: Cell) =>
    raise(
      'value-enum',
      at,
      `Giá trị "${shownValue(cell)}" ở ô ${at.cell} (${column(field)}) không rõ là đạt hay chưa đạt.`,
      'Ghi "Đạt" (hoặc "x", 1) nếu tiêu chí đã đạt; để trống hoặc ghi "Chưa đạt" nếu chưa đạt.',
    ),
  signingAuthority: (at: CellWhere, text: string, prefixes: readonly string[]) =>
    raise(
      'value-enum',
      at,
      `"${text}" ở ô ${at.cell} (mục "Quyền hạn ký") không bắt đầu bằng một trong: ${prefixes.join(', ')}.`,
      'Ghi một trong các chữ viết tắt theo Nghị định 30 (ví dụ "KT."), hoặc cả dòng như trên văn bản (ví dụ "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN").',
    ),
  regionOrGroup: (at: CellWhere, text: string, regions: readonly string[], groups: readonly string[]) =>
    raise(
      'value-enum',
      at,
      `"${text}" ở ô ${at.cell} không phải một vùng (giai đoạn 2021-2025) hay nhóm xã ${groups.join(', ')} (giai đoạn 2026-2030).`,
      `Để trống nếu ngưỡng áp dụng chung; hoặc ghi một trong: ${regions.join('; ')}; hoặc nhóm ${groups.join(', ')}.`,
    ),
};

/** A figure of a field as the user reads it: years are never grouped ("2024", not "2.024"). */
function figure(field: FieldSpec, value: number, decimals = 6): string {
  return field.type === 'year' ? String(value) : formatNumber(value, decimals);
}

function rangeText(field: FieldSpec): string {
  if (field.min !== undefined && field.max !== undefined) return `từ ${figure(field, field.min)} đến ${figure(field, field.max)}`;
  if (field.min !== undefined) return `từ ${figure(field, field.min)} trở lên`;
  return `không quá ${figure(field, field.max ?? 0)}`;
}

export const valueRange = {
  field: (at: CellWhere, field: FieldSpec, value: number) =>
    raise(
      'value-range',
      at,
      `Giá trị ${figure(field, value)} ở ô ${at.cell} (${column(field)}) nằm ngoài khoảng cho phép ${rangeText(field)}.`,
      field.type === 'percent' ? 'Tỷ lệ ghi theo phần trăm, từ 0 đến 100 (ví dụ 95 hoặc 95%).' : 'Kiểm tra lại số liệu.',
    ),
  yearOutsidePeriod: (at: Where, year: number, period: string) =>
    raise('value-range', at, `Năm báo cáo ${year} không thuộc giai đoạn ${period} ghi ở mục "Giai đoạn".`, 'Sửa năm báo cáo hoặc giai đoạn cho khớp nhau.'),
  expiryBeforeRecognition: (at: Where, p: { product: string; expiry: Date; recognised: Date }) =>
    raise('value-range', at, `Sản phẩm "${p.product}": ngày hết hạn ${formatDateShort(p.expiry)} trước ngày công nhận ${formatDateShort(p.recognised)}.`, 'Kiểm tra lại hai ngày này.'),
};

export const valueDuplicate = {
  infoKey: (at: Where, p: { key: string; firstCell: string }) =>
    raise('value-duplicate', at, `Mục "${p.key}" ở ${at.cell} đã có ở ${p.firstCell}; chỉ giá trị đầu tiên được dùng.`, 'Xóa một trong hai dòng.'),
  commune: (at: Where, p: { commune: string; district?: string; row: number; firstRow: number }) =>
    raise(
      'value-duplicate',
      at,
      `Xã "${p.commune}"${p.district ? ` thuộc huyện ${p.district}` : ''} ở dòng ${p.row} đã có ở dòng ${p.firstRow}.`,
      'Mỗi xã chỉ ghi một dòng; xóa dòng trùng hoặc sửa tên xã (hoặc tên huyện) cho đúng.',
    ),
  product: (at: Where, p: { product: string; subject: string; row: number; firstRow: number }) =>
    raise(
      'value-duplicate',
      at,
      `Sản phẩm "${p.product}" của chủ thể "${p.subject}" ở dòng ${p.row} đã có ở dòng ${p.firstRow}.`,
      'Mỗi sản phẩm của một chủ thể chỉ ghi một dòng; nếu sản phẩm được công nhận lại, sửa dòng cũ (số sao, ngày công nhận).',
    ),
};

export const valueReference = {
  productDistrict: (at: Where, p: { district: string; product: string }) =>
    raise('value-reference', at, `Huyện "${p.district}" của sản phẩm "${p.product}" không có trong sheet "Xã".`, 'Sửa tên huyện cho giống cột "Huyện" của sheet "Xã".'),
  productCommune: (at: Where, p: { commune: string; district?: string; product: string }) =>
    raise(
      'value-reference',
      at,
      `Xã "${p.commune}"${p.district ? ` thuộc huyện ${p.district}` : ''} của sản phẩm "${p.product}" không có trong sheet "Xã".`,
      'Sửa tên xã cho giống cột "Tên xã" của sheet "Xã" (hoặc thêm xã đó vào sheet "Xã").',
    ),
  targetDistrict: (at: Where, p: { row: number; scope: string; districts: readonly string[] }) =>
    raise(
      'value-reference',
      at,
      `Dòng ${p.row}: phạm vi "${p.scope}" không phải một huyện có trong sheet "Xã"${p.districts.length > 0 ? ` (các huyện: ${p.districts.join(', ')})` : ''}.`,
      'Sửa dòng chỉ tiêu này để có thể đánh giá.',
    ),
};

/** How many cells a finding names before it says "và … ô khác". */
const LISTED_CELLS = 12;

export const numberAsText = {
  /**
   * Numbers or dates typed as text in one column, reported once for the column: offices type a
   * whole column this way, and one line per cell would bury every other finding.
   */
  column: (sheet: string, field: FieldSpec, cells: ReadonlyArray<{ cell: string; text: string; read: number | Date }>) => {
    const isDate = cells[0].read instanceof Date;
    const shown = (read: number | Date) => (read instanceof Date ? `ngày ${formatDateShort(read)}` : figure(field, read));
    const hint = isDate ? 'Nên nhập ô này dưới dạng ngày của Excel (định dạng dd/mm/yyyy).' : 'Nên nhập số trực tiếp (không có dấu nháy hay khoảng trắng) để Excel tính toán được.';
    const kind = isDate ? 'ngày' : 'số';
    if (cells.length === 1) {
      const [c] = cells;
      return raise('number-as-text', { sheet, cell: c.cell }, `Ô ${c.cell} (${column(field)}) ghi ${kind} dạng chữ "${c.text}", được đọc là ${shown(c.read)}.`, hint);
    }
    const listed = cells.slice(0, LISTED_CELLS).map((c) => `${c.cell} "${c.text}" → ${shown(c.read)}`);
    const more = cells.length > LISTED_CELLS ? ` và ${cells.length - LISTED_CELLS} ô khác` : '';
    return raise(
      'number-as-text',
      { sheet, cell: cells[0].cell },
      `${cells.length} ô ở ${column(field)} ghi ${kind} dạng chữ, được đọc theo cách viết của Việt Nam: ${listed.join('; ')}${more}.`,
      isDate
        ? 'Nên nhập các ô này dưới dạng ngày của Excel (định dạng dd/mm/yyyy).'
        : 'Nên nhập số trực tiếp (không có dấu nháy hay khoảng trắng) để Excel tính toán được; có thể chọn cả cột rồi dùng Data → Text to Columns.',
    );
  },
};

export const textEncoding = {
  legacy: (at: CellWhere, field: FieldSpec, text: string, encodingName: string, unicode: string) =>
    raise(
      'text-encoding',
      at,
      `Ô ${at.cell} (${column(field)}) có chữ "${text}" gõ bằng ${encodingName}; có lẽ là "${unicode}".`,
      'Chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại ô này, để tên được so khớp và in đúng trong báo cáo.',
    ),
  decomposed: (at: CellWhere, field: FieldSpec, text: string, encodingName: string) =>
    raise(
      'text-encoding',
      at,
      `Ô ${at.cell} (${column(field)}) có chữ "${text.normalize('NFC')}" ở dạng ${encodingName}; đã được chuẩn hóa để so khớp.`,
      'Nên gõ lại bằng bảng mã Unicode dựng sẵn để tránh lỗi khi tìm kiếm, sắp xếp.',
    ),
};
