import { LIST_SHEET_NAME, blankWorkbookPlan, fold, type BlankInfoSheet, type BlankTableSheet, type BlankTextSheet, type CellValidation, type Period, validationTexts } from '../../engine';
import { BudgetedQueue } from './budget';
import { ListColumns, freeName, sheetsToAdd, widthInPoints } from './blank-plan';
import { actionBytes, pathBytes, queryBytes } from './request-size';

/**
 * "Tạo sổ mẫu": adds the data-entry sheets the open workbook lacks, laid out like `ntm-ocop init`.
 * Existing sheets are never touched, except the hidden list sheet of an earlier run, which gets new
 * columns (its old ones stay: earlier sheets' dropdowns point to them).
 * All or nothing: if any write fails, the sheets this run added are deleted again and the list
 * sheet's new columns cleared, so a retry starts from the same workbook.
 * Text goes in as text: cells are formatted "@" before their values are written, or Excel would
 * read a guide line starting with "- " or "=" as a formula.
 */

const HEADER_FILL = '#E2EFDA';
const TEXT = '@';

export interface BlankOutcome {
  added: string[];
}

type Queue = (bytes: number, op: () => void) => Promise<void>;

/** Bytes of one write on a range of a sheet: the sheet, the range, maybe a sub-object, the action. */
function writeBytes(name: string, value: unknown, depth = 1): number {
  return pathBytes('GetItem', ['Chỉ tiêu']) + pathBytes('GetRangeByIndexes', [0, 0, 1, 1]) + depth * pathBytes('Format') + actionBytes(name, [value]);
}

/** Writes text cells: number format "@" first, then the values. */
function writeText(range: Excel.Range, rows: string[][]): void {
  range.numberFormat = rows.map((r) => r.map(() => TEXT));
  range.values = rows;
}

function textBytes(rows: string[][]): number {
  return (
    writeBytes(
      'NumberFormat',
      rows.map((r) => r.map(() => TEXT)),
    ) + actionBytes('Values', [rows])
  );
}

async function readListSheet(context: Excel.RequestContext, existing: ReadonlyArray<{ name: string; visibility: string }>): Promise<{ name: string; reuse: boolean; present: string[][] }> {
  const own = existing.find((s) => fold(s.name) === fold(LIST_SHEET_NAME) && s.visibility !== 'Visible');
  if (!own)
    return {
      name: freeName(
        LIST_SHEET_NAME,
        existing.map((s) => s.name),
      ),
      reuse: false,
      present: [],
    };
  const used = context.workbook.worksheets.getItem(own.name).getUsedRangeOrNullObject(true);
  used.load('values,columnIndex,rowIndex');
  await context.sync();
  if (used.isNullObject) return { name: own.name, reuse: true, present: [] };
  const columns: string[][] = [];
  const values = used.values;
  const width = values[0]?.length ?? 0;
  for (let c = 0; c < used.columnIndex + width; c++) {
    if (c < used.columnIndex || used.rowIndex > 0) {
      columns.push([]);
      continue;
    }
    const list: string[] = [];
    for (const row of values) {
      const v = row[c - used.columnIndex];
      if (v === '' || v === null || v === undefined) break;
      list.push(String(v));
    }
    columns.push(list);
  }
  return { name: own.name, reuse: true, present: columns };
}

export async function addBlankSheets(context: Excel.RequestContext, period: Period): Promise<BlankOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const existing = worksheets.items.map((ws) => ({ name: ws.name, visibility: ws.visibility as string }));
  const missing = sheetsToAdd(
    blankWorkbookPlan(period),
    existing.map((s) => s.name),
  );
  if (missing.length === 0) return { added: [] };

  const listSheet = await readListSheet(context, existing);
  const lists = new ListColumns(listSheet.name, listSheet.present);
  const created: string[] = [];
  const budget = new BudgetedQueue(context);
  const queue: Queue = (bytes, op) => budget.add(bytes, op);
  try {
    for (const sheet of missing) {
      await queue(pathBytes('Add', [sheet.name]) + actionBytes('Add', [sheet.name]), () => void context.workbook.worksheets.add(sheet.name));
      created.push(sheet.name);
      const ws = context.workbook.worksheets.getItem(sheet.name);
      if (sheet.kind === 'text') await addTextSheet(ws, sheet, queue);
      else if (sheet.kind === 'info') await addInfoSheet(ws, sheet, lists, queue);
      else await addTableSheet(ws, sheet, lists, queue);
    }
    const newLists = lists.added();
    if (newLists.length > 0) {
      if (!listSheet.reuse) {
        await queue(pathBytes('Add', [listSheet.name]) + 2 * actionBytes('Visibility', ['Hidden']), () => {
          context.workbook.worksheets.add(listSheet.name).visibility = 'Hidden';
        });
        created.push(listSheet.name);
      }
      const ws = context.workbook.worksheets.getItem(listSheet.name);
      for (const { column, values } of newLists) {
        const rows = values.map((v) => [v]);
        await queue(textBytes(rows), () => writeText(ws.getRangeByIndexes(0, column, values.length, 1), rows));
      }
    }
    await queue(writeBytes('Activate', null), () => context.workbook.worksheets.getItem(missing[0].name).activate());
    await budget.flush();
  } catch (err) {
    await rollBack(context, created, listSheet.reuse ? { name: listSheet.name, columns: lists.added() } : null);
    throw err;
  }
  return { added: missing.map((s) => s.name) };
}

/** Deletes what this run created; when even that fails, the original error still reaches the user. */
async function rollBack(context: Excel.RequestContext, created: readonly string[], reused: { name: string; columns: Array<{ column: number; values: readonly string[] }> } | null): Promise<void> {
  try {
    const sheets = created.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    sheets.forEach((ws) => {
      if (!ws.isNullObject) ws.delete();
    });
    if (reused) {
      const ws = context.workbook.worksheets.getItem(reused.name);
      for (const { column, values } of reused.columns) ws.getRangeByIndexes(0, column, values.length, 1).clear('Contents');
    }
    await context.sync();
  } catch {
    // Nothing more can be done from here; the caller reports the first failure.
  }
}

async function addTextSheet(ws: Excel.Worksheet, sheet: BlankTextSheet, queue: Queue): Promise<void> {
  const rows = sheet.lines.map((l) => [l]);
  await queue(textBytes(rows) + 4 * writeBytes('WrapText', 'Center'), () => {
    const all = ws.getRangeByIndexes(0, 0, sheet.lines.length, 1);
    writeText(all, rows);
    all.format.wrapText = true;
    all.format.verticalAlignment = 'Top';
    all.format.columnWidth = widthInPoints(110);
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.size = 13;
  });
  for (const [i, line] of sheet.lines.entries()) {
    if (i > 0 && line.endsWith(':')) await queue(writeBytes('Bold', true, 2), () => void (ws.getRangeByIndexes(i, 0, 1, 1).format.font.bold = true));
  }
}

async function addInfoSheet(ws: Excel.Worksheet, sheet: BlankInfoSheet, lists: ListColumns, queue: Queue): Promise<void> {
  const keys = sheet.rows.map((r) => [r.key]);
  await queue(textBytes(keys) + 6 * writeBytes('ColumnWidth', 'Center', 2), () => {
    const range = ws.getRangeByIndexes(0, 0, sheet.rows.length, 1);
    writeText(range, keys);
    range.format.font.bold = true;
    range.format.fill.color = HEADER_FILL;
    range.format.columnWidth = widthInPoints(24);
    const values = ws.getRangeByIndexes(0, 1, sheet.rows.length, 1);
    values.format.columnWidth = widthInPoints(70);
    values.format.wrapText = true;
    values.format.verticalAlignment = 'Top';
  });
  for (const [i, row] of sheet.rows.entries()) {
    await queue(validationBytes(row.validation, row.key, row.note) + writeBytes('Values', [[row.value ?? '']]) * 2, () => {
      const cell = ws.getRangeByIndexes(i, 1, 1, 1);
      if (typeof row.value === 'string') writeText(cell, [[row.value]]);
      else if (row.value !== undefined) cell.values = [[row.value]];
      if (row.validation?.type === 'date') cell.numberFormat = [['dd/mm/yyyy']];
      applyValidation(cell, row.validation, row.key, row.note, lists);
    });
  }
}

async function addTableSheet(ws: Excel.Worksheet, sheet: BlankTableSheet, lists: ListColumns, queue: Queue): Promise<void> {
  const header = [sheet.columns.map((c) => c.header)];
  await queue(textBytes(header) + 8 * writeBytes('HorizontalAlignment', 'Center', 2), () => {
    const range = ws.getRangeByIndexes(0, 0, 1, sheet.columns.length);
    writeText(range, header);
    range.format.font.bold = true;
    range.format.fill.color = HEADER_FILL;
    range.format.wrapText = true;
    range.format.horizontalAlignment = 'Center';
    range.format.verticalAlignment = 'Center';
    range.format.rowHeight = 45;
    ws.freezePanes.freezeRows(1);
  });
  for (const [c, col] of sheet.columns.entries()) {
    const formats = col.numberFormat ? Array.from({ length: sheet.dataRows }, () => [col.numberFormat!]) : null;
    const bytes = writeBytes('ColumnWidth', 100, 2) + validationBytes(col.validation, col.header, col.note) + (formats ? writeBytes('NumberFormat', formats) : 0);
    await queue(bytes, () => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(col.width);
      const data = ws.getRangeByIndexes(1, c, sheet.dataRows, 1);
      if (formats) data.numberFormat = formats;
      applyValidation(data, col.validation, col.header, col.note, lists);
    });
  }
}

function validationBytes(validation: CellValidation | undefined, title: string, note: string | undefined): number {
  const texts = validationTexts(validation, title, note);
  const list = validation?.type === 'list' ? validation.values.join(',') : '';
  return 3 * writeBytes('ErrorAlert', { ...texts, list, showAlert: true, inCellDropDown: true, operator: 'Between', formula1: -1e12, formula2: 1e12 }, 2) + queryBytes([]);
}

/** The same rules as the command line's blank workbook: lists warn (aliases stay allowed), numbers and dates stop. */
function applyValidation(range: Excel.Range, validation: CellValidation | undefined, title: string, note: string | undefined, lists: ListColumns): void {
  const texts = validationTexts(validation, title, note);
  if (texts.prompt) range.dataValidation.prompt = { showPrompt: true, title: texts.title, message: texts.prompt };
  if (!validation) return;
  switch (validation.type) {
    case 'list':
      range.dataValidation.rule = { list: { inCellDropDown: true, source: lists.source(validation.values) } };
      break;
    case 'whole':
    case 'decimal': {
      const basic = { formula1: validation.min ?? -1e12, formula2: validation.max ?? 1e12, operator: 'Between' as const };
      range.dataValidation.rule = validation.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
      break;
    }
    case 'date':
      range.dataValidation.rule = { date: { formula1: '1900-01-01', formula2: '2100-12-31', operator: 'Between' } };
      break;
  }
  range.dataValidation.errorAlert = { showAlert: true, style: texts.style === 'warning' ? 'Warning' : 'Stop', title: texts.title, message: texts.error ?? '' };
}
