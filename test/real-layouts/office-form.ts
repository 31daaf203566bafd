import ExcelJS from 'exceljs';

/**
 * Sheets laid out the way district and province offices lay them out (SPEC §3): the agency and the
 * national motto above, a title and a "(Kèm theo …)" line, a header of two or three rows with
 * merged group cells, a numbering row, records, totals and group rows, and a footer with the
 * preparer, the head of the unit, the place and date. Built cell by cell with exceljs, as Excel
 * would store them.
 */
export type HeaderNode = string | { text: string; columns: HeaderNode[] };

export type FormRow = unknown[] | { cells: unknown[]; merge?: [number, number] };

export interface FormSheet {
  name: string;
  /** Agency (left) and national motto (right) in the first two rows. */
  agency?: [string, string];
  /** Lines of the title block under the motto, each merged across the table. */
  title?: string[];
  header: HeaderNode[];
  /** The column-numbering row under the header. */
  numbering?: 'paren' | 'plain' | 'letters';
  rows: FormRow[];
  /** Rows below the table, each a list of cells from column B on. */
  footer?: unknown[][];
  /**
   * false: no merged areas, the group text typed once over blank cells (tools that centre text
   * across a selection, or export without merges).
   */
  merges?: boolean;
  /** Line breaks inside header cells, as Alt+Enter types them. */
  wrapHeaders?: boolean;
}

function depthOf(node: HeaderNode): number {
  return typeof node === 'string' ? 1 : 1 + Math.max(...node.columns.map(depthOf));
}

function leavesOf(node: HeaderNode): number {
  return typeof node === 'string' ? 1 : node.columns.reduce((n, c) => n + leavesOf(c), 0);
}

export function addFormSheet(workbook: ExcelJS.Workbook, form: FormSheet): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(form.name);
  const width = form.header.reduce((n, c) => n + leavesOf(c), 0);
  const depth = Math.max(...form.header.map(depthOf));
  const merges = form.merges !== false;
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (merges && (bottom > top || right > left)) ws.mergeCells(top, left, bottom, right);
  };
  let row = 1;
  if (form.agency) {
    ws.getCell(row, 1).value = form.agency[0];
    ws.getCell(row, Math.max(4, width - 5)).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.getCell(row + 1, Math.max(4, width - 5)).value = 'Độc lập - Tự do - Hạnh phúc';
    row += 3;
  }
  for (const line of form.title ?? []) {
    ws.getCell(row, 1).value = line;
    merge(row, 1, row, width);
    row++;
  }
  if (form.title) row++;
  const headerTop = row;
  let column = 1;
  const place = (node: HeaderNode, level: number) => {
    const text = typeof node === 'string' ? node : node.text;
    const cell = ws.getCell(headerTop + level, column);
    cell.value = form.wrapHeaders ? text.replace(/ \(/u, '\n(').replace(/^(\S+ \S+) /u, '$1\n') : text;
    if (typeof node === 'string') {
      merge(headerTop + level, column, headerTop + depth - 1, column);
      column++;
      return;
    }
    const start = column;
    for (const child of node.columns) place(child, level + 1);
    merge(headerTop + level, start, headerTop + level, column - 1);
  };
  for (const node of form.header) place(node, 0);
  row = headerTop + depth;
  if (form.numbering) {
    for (let c = 1; c <= width; c++) {
      ws.getCell(row, c).value = form.numbering === 'paren' ? `(${c})` : form.numbering === 'plain' ? c : c <= 2 ? String.fromCharCode(64 + c) : c - 2;
    }
    row++;
  }
  for (const r of form.rows) {
    const cells = Array.isArray(r) ? r : r.cells;
    cells.forEach((value, i) => {
      if (value !== null && value !== undefined) ws.getCell(row, i + 1).value = value as ExcelJS.CellValue;
    });
    if (!Array.isArray(r) && r.merge) merge(row, r.merge[0], row, r.merge[1]);
    row++;
  }
  if (form.footer) {
    row++;
    for (const line of form.footer) {
      line.forEach((value, i) => {
        if (value !== null && value !== undefined) ws.getCell(row, i + 2).value = value as ExcelJS.CellValue;
      });
      row++;
    }
  }
  return ws;
}

/** Sheet "Thông tin" (SPEC §3.1), keys in A and values in B, under a title of its own. */
export function addInfoSheet(workbook: ExcelJS.Workbook, entries: Array<[string, unknown]>, name = 'Thông tin'): void {
  const ws = workbook.addWorksheet(name);
  for (const [key, value] of entries) ws.addRow([key, value as ExcelJS.CellValue]);
}

export const FOOTER_DISTRICT: unknown[][] = [
  [null, null, null, null, null, null, null, null, null, null, null, null, 'Kim Bôi, ngày     tháng 12 năm 2024'],
  ['Người lập biểu', null, null, null, null, null, null, null, null, null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
  ['(Ký, ghi rõ họ tên)', null, null, null, null, null, null, null, null, null, null, null, 'KT. CHỦ TỊCH'],
  [],
  ['Nguyễn Thị Hoa', null, null, null, null, null, null, null, null, null, null, null, 'Bùi Văn Cửu'],
];

export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
