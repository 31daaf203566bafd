import type { FieldSpec } from '../../workbook-layout/field';
import { SHEETS } from '../../workbook-layout/sheets';
import { raiser, type CodeTable, type Where } from './define';

/** Sheets and columns: what the workbook is missing or has too much of. */
export const WORKBOOK_CODES = {
  'sheet-missing': { severity: 'error', when: 'a required sheet is absent' },
  'column-missing': { severity: 'error', when: 'a required column is absent (the message lists the headers found)' },
  'column-duplicate': { severity: 'error', when: 'two columns match the same field' },
  'column-extra': { severity: 'info', when: 'columns outside the layout, ignored (once per sheet)' },
  'sheet-unrecognised': { severity: 'warning', when: 'a sheet that looks like one of the five but is not read (beyond SPEC §4, which asks for it in §3 without naming it)' },
} as const satisfies CodeTable;

const raise = raiser(WORKBOOK_CODES);
const WORKBOOK: Where = { sheet: null, cell: null };

export const sheetMissing = {
  info: (sheetNames: readonly string[]) =>
    raise(
      'sheet-missing',
      WORKBOOK,
      `Sổ không có sheet "${SHEETS.info.name}" (các sheet hiện có: ${sheetNames.map((s) => `"${s}"`).join(', ') || 'không có'}).`,
      'Thêm sheet "Thông tin" với tên tỉnh, huyện, năm báo cáo (lệnh "ntm-ocop init" tạo sẵn sổ mẫu).',
    ),
  data: () =>
    raise(
      'sheet-missing',
      WORKBOOK,
      `Sổ cần ít nhất một trong hai sheet "${SHEETS.communes.name}" hoặc "${SHEETS.ocop.name}", nhưng không có sheet nào.`,
      'Thêm sheet "Xã" (danh sách xã và tiêu chí) và/hoặc sheet "OCOP" (danh sách sản phẩm).',
    ),
};

export const sheetUnrecognised = {
  /** A sheet whose name contains one of ours ("KH chỉ tiêu 2024") while no sheet has that name. */
  lookalike: (sheet: string, expected: string) =>
    raise(
      'sheet-unrecognised',
      { sheet, cell: null },
      `Sheet "${sheet}" có vẻ là sheet "${expected}" nhưng không được đọc, vì tên sheet không bắt đầu bằng "${expected}" hay một tên tương đương.`,
      `Đổi tên sheet thành "${expected}" (hoặc một tên bắt đầu bằng "${expected}", ví dụ "${expected} 2024") để số liệu của nó được kiểm tra và đưa vào báo cáo.`,
    ),
  /** A second sheet that would match a name already taken by an earlier sheet. */
  second: (sheet: string, expected: string, used: string) =>
    raise(
      'sheet-unrecognised',
      { sheet, cell: null },
      `Sheet "${sheet}" cũng là một sheet "${expected}" nhưng không được đọc: sổ đã dùng sheet "${used}" (sheet đứng trước).`,
      `Gộp số liệu vào sheet "${used}", hoặc đổi tên sheet "${sheet}" (ví dụ thêm "cũ" vào đầu tên) nếu đây là bản lưu của năm trước.`,
    ),
};

export function columnMissing(sheet: string, field: FieldSpec, found: { row: number; headers: readonly string[] } | null, searchRows: number) {
  const aliases =
    field.aliases.length > 0
      ? ` (hoặc: ${field.aliases
          .slice(0, 3)
          .map((a) => `"${a}"`)
          .join(', ')})`
      : '';
  const foundText =
    found && found.headers.length > 0
      ? `Trong ${searchRows} dòng đầu, dòng tiêu đề gần đúng nhất (dòng ${found.row}) có: ${found.headers.map((h) => `"${h}"`).join(', ')}.`
      : `Không tìm thấy dòng tiêu đề nào trong ${searchRows} dòng đầu.`;
  return raise(
    'column-missing',
    { sheet, cell: null },
    `Sheet "${sheet}" thiếu cột bắt buộc "${field.header}"${aliases}. ${foundText}`,
    `Thêm cột "${field.header}" vào dòng tiêu đề (trong ${searchRows} dòng đầu của sheet).`,
  );
}

export function columnDuplicate(sheet: string, p: { cell: string; text: string; firstCell: string; firstText: string | undefined; field: FieldSpec }) {
  return raise(
    'column-duplicate',
    { sheet, cell: p.cell },
    `Cột "${p.text}" ở ${p.cell} trùng với cột "${p.firstText}" ở ${p.firstCell}: cả hai đều là "${p.field.header}".`,
    'Xóa hoặc đổi tên một trong hai cột; chỉ cột đầu tiên được đọc.',
  );
}

/** `columns`: each ignored header with its cell. */
export function columnExtra(sheet: string, columns: ReadonlyArray<{ text: string; cell: string }>) {
  return raise(
    'column-extra',
    { sheet, cell: null },
    `Sheet "${sheet}" có ${columns.length} cột không thuộc mẫu, được bỏ qua: ${columns.map((c) => `"${c.text}" (${c.cell})`).join(', ')}.`,
    'Không cần sửa nếu đây là cột ghi chú; nếu là cột của mẫu, kiểm tra lại tên cột.',
  );
}
