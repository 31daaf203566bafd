import ExcelJS from 'exceljs';
import {
  LIST_SHEET_NAME,
  blankWorkbookPlan,
  fitsInlineList,
  type BlankInfoSheet,
  type BlankTableSheet,
  type BlankTextSheet,
  type BlankWorkbookPlan,
  type CellValidation,
  validationTexts,
} from '../engine';
import { columnLetters } from '../engine';
import type { Period } from '../engine';

/** `ntm-ocop init`: the blank data-entry workbook as .xlsx bytes. */
export async function writeBlankWorkbook(period: Period): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-ocop';
  applyBlankPlan(workbook, blankWorkbookPlan(period));
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };
const DATE_MIN = new Date(Date.UTC(1900, 0, 1));
const DATE_MAX = new Date(Date.UTC(2100, 11, 31));
/** A decimal validation needs bounds; these only reject text in columns without a range. */
const UNBOUNDED = 1e12;

/**
 * Adds the plan's sheets to a workbook (samples reuse it before filling rows in).
 * Lists that do not fit an inline formula go to the hidden sheet "Danh mục", one column each.
 */
export function applyBlankPlan(workbook: ExcelJS.Workbook, plan: BlankWorkbookPlan): void {
  const lists = new ListSheet(workbook);
  for (const sheet of plan.sheets) {
    if (sheet.kind === 'text') addTextSheet(workbook, sheet);
    else if (sheet.kind === 'info') addInfoSheet(workbook, sheet, lists);
    else addTableSheet(workbook, sheet, lists);
  }
  lists.finish();
}

function addTextSheet(workbook: ExcelJS.Workbook, sheet: BlankTextSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  ws.getColumn(1).width = 110;
  sheet.lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
    else if (line.endsWith(':')) cell.font = { bold: true };
  });
}

function addInfoSheet(workbook: ExcelJS.Workbook, sheet: BlankInfoSheet, lists: ListSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 70;
  sheet.rows.forEach((row, i) => {
    const key = ws.getCell(i + 1, 1);
    key.value = row.key;
    key.font = { bold: true };
    key.fill = HEADER_FILL;
    const value = ws.getCell(i + 1, 2);
    if (row.value !== undefined) value.value = row.value;
    value.alignment = { wrapText: true, vertical: 'top' };
    if (row.validation?.type === 'date') value.numFmt = 'dd/mm/yyyy';
    const dv = toExcelValidation(row.validation, row.key, row.note, lists);
    if (dv) value.dataValidation = dv;
  });
}

function addTableSheet(workbook: ExcelJS.Workbook, sheet: BlankTableSheet, lists: ListSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns.forEach((col, c) => {
    const column = ws.getColumn(c + 1);
    column.width = col.width;
    // A column style also keeps exceljs from dropping a width equal to its own default (9).
    column.alignment = { vertical: 'top' };
    const header = ws.getCell(1, c + 1);
    header.value = col.header;
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.border = HEADER_BORDER;
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const dv = toExcelValidation(col.validation, col.header, col.note, lists);
    const letters = columnLetters(c);
    if (dv) addRangeValidation(ws, `${letters}2:${letters}${sheet.dataRows + 1}`, dv);
    if (col.numberFormat) {
      for (let r = 2; r <= sheet.dataRows + 1; r++) ws.getCell(r, c + 1).numFmt = col.numberFormat;
    }
  });
  ws.getRow(1).height = 45;
}

/**
 * One validation over a whole column range. Per-cell validations are merged by exceljs after
 * sorting addresses as text ("A10" before "A2"), which yields overlapping ranges; a range key is
 * written as it is. The collection is public at run time but missing from exceljs' typing.
 */
function addRangeValidation(ws: ExcelJS.Worksheet, range: string, dv: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, dv);
}

function toExcelValidation(validation: CellValidation | undefined, title: string, note: string | undefined, lists: ListSheet): ExcelJS.DataValidation | undefined {
  if (!validation && !note) return undefined;
  const texts = validationTexts(validation, title, note);
  const base = {
    allowBlank: true,
    showInputMessage: Boolean(texts.prompt),
    promptTitle: texts.title,
    prompt: texts.prompt,
    showErrorMessage: true,
    errorTitle: texts.title,
    errorStyle: texts.style,
    error: texts.error,
  };
  // "Any value" (Excel's own choice for an input message alone) is missing from exceljs' typing.
  if (!validation) return { ...base, type: 'any' as ExcelJS.DataValidation['type'], formulae: [], showErrorMessage: false };
  switch (validation.type) {
    case 'list':
      return { ...base, type: 'list', formulae: [lists.formula(validation.values)] };
    case 'whole':
    case 'decimal':
      return { ...base, type: validation.type, operator: 'between', formulae: [validation.min ?? -UNBOUNDED, validation.max ?? UNBOUNDED] };
    case 'date':
      return { ...base, type: 'date', operator: 'between', formulae: [DATE_MIN, DATE_MAX] };
  }
}

/**
 * The hidden "Danh mục" sheet: references are handed out while the sheets are laid out, the sheet
 * itself is added at the end so that it comes after the visible ones. Equal lists share a column.
 */
class ListSheet {
  private readonly columns = new Map<string, { ref: string; values: readonly string[] }>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(values: readonly string[]): string {
    if (fitsInlineList(values)) return `"${values.join(',')}"`;
    const key = values.join('\u0000');
    const known = this.columns.get(key);
    if (known) return known.ref;
    const letters = columnLetters(this.columns.size);
    const ref = `'${LIST_SHEET_NAME}'!$${letters}$1:$${letters}$${values.length}`;
    this.columns.set(key, { ref, values });
    return ref;
  }

  finish(): void {
    if (this.columns.size === 0) return;
    const sheet = this.workbook.addWorksheet(LIST_SHEET_NAME, { state: 'hidden' });
    [...this.columns.values()].forEach(({ values }, c) => {
      sheet.getColumn(c + 1).width = 40;
      values.forEach((v, r) => {
        sheet.getCell(r + 1, c + 1).value = v;
      });
    });
  }
}
