import ExcelJS from 'exceljs';
import { blankWorkbookPlan, type BlankTableSheet } from '../engine';
import type { Period } from '../engine';
import { applyBlankPlan } from '../generator/write-blank-workbook';

export type SampleValue = string | number | boolean | Date | undefined;
/** One data row, keyed by the header written in row 1. */
export type SampleRow = Record<string, SampleValue>;

export interface SampleWorkbook {
  file: string;
  period: Period;
  /** Values of sheet "Thông tin", keyed by the key in column A. */
  info: Record<string, SampleValue>;
  communes: SampleRow[];
  products: SampleRow[];
  targets: SampleRow[];
  thresholds: SampleRow[];
  /** Lines of the "Ghi chú" sheet, shown first when the file is opened. */
  notes: string[];
}

export const ILLUSTRATIVE = 'Số liệu minh họa, không phải số liệu chính thức.';

/** Fixed so that rebuilding the samples changes nothing but the zip timestamps. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * Lays the sample out on the blank workbook of its period (same headers, dropdowns and rules as
 * `ntm-ocop init`), then writes the rows by hand under those headers.
 */
export async function writeSample(sample: SampleWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-ocop (mẫu)';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addNotes(workbook, sample.notes);
  const plan = blankWorkbookPlan(sample.period);
  applyBlankPlan(workbook, plan);
  fillInfo(workbook.getWorksheet('Thông tin')!, sample.info);
  const tables: Array<[string, SampleRow[]]> = [
    ['Xã', sample.communes],
    ['OCOP', sample.products],
    ['Chỉ tiêu', sample.targets],
    ['Ngưỡng', sample.thresholds],
  ];
  for (const [name, rows] of tables) {
    const sheet = plan.sheets.find((s): s is BlankTableSheet => s.kind === 'table' && s.name === name)!;
    fillTable(workbook.getWorksheet(name)!, sheet, rows);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function addNotes(workbook: ExcelJS.Workbook, lines: string[]): void {
  const ws = workbook.addWorksheet('Ghi chú');
  ws.getColumn(1).width = 110;
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13, color: { argb: 'FFC00000' } };
  });
}

function fillInfo(ws: ExcelJS.Worksheet, info: Record<string, SampleValue>): void {
  const rowOf = new Map<string, number>();
  ws.eachRow((row, n) => rowOf.set(String(row.getCell(1).value), n));
  for (const [key, value] of Object.entries(info)) {
    const n = rowOf.get(key);
    if (n === undefined) throw new Error(`sheet "Thông tin" has no key "${key}"`);
    const cell = ws.getCell(n, 2);
    cell.value = value === undefined ? null : value;
    if (typeof value === 'string' && value.includes('\n')) ws.getRow(n).height = 15 * (value.split('\n').length + 0.2);
  }
}

function fillTable(ws: ExcelJS.Worksheet, sheet: BlankTableSheet, rows: SampleRow[]): void {
  const columnOf = new Map(sheet.columns.map((c, i) => [c.header, i + 1]));
  rows.forEach((row, r) => {
    for (const [header, value] of Object.entries(row)) {
      const c = columnOf.get(header);
      if (c === undefined) throw new Error(`sheet "${sheet.name}" has no column "${header}"`);
      if (value === undefined) continue;
      const cell = ws.getCell(r + 2, c);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }
  });
}

/** TC1 … TCn marks plus "Số tiêu chí đạt", for a commune that misses the criteria in `unmet`. */
export function criteriaCells(count: number, unmet: readonly number[], met = 'Đạt', notMet: string | undefined = 'Chưa đạt'): SampleRow {
  const row: SampleRow = {};
  for (let n = 1; n <= count; n++) row[`TC${n}`] = unmet.includes(n) ? notMet : met;
  row['Số tiêu chí đạt'] = count - new Set(unmet).size;
  return row;
}
