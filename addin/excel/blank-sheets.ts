import { blankWorkbookPlan, type BlankInfoSheet, type BlankTableSheet, type BlankTextSheet, type CellValidation, type Period, validationTexts } from '../../engine';
import { BYTES_PER_CELL_OPERATION, BudgetedQueue, utf8Length } from './budget';
import { ListColumns, freeName, sheetsToAdd, widthInPoints } from './blank-plan';

/**
 * "Tạo sổ mẫu": adds the data-entry sheets the open workbook lacks, laid out like `ntm-ocop init`.
 * Existing sheets are never touched. One sync to read the names, one (or a few) to write.
 */

const HEADER_FILL = '#E2EFDA';
// Excel refuses validation titles and messages longer than these.

type Queue = (bytes: number, op: () => void) => Promise<void>;

export async function addBlankSheets(context: Excel.RequestContext, period: Period): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.map((ws) => ws.name);
  const missing = sheetsToAdd(blankWorkbookPlan(period), existing);
  if (missing.length === 0) return [];

  const budget = new BudgetedQueue(context);
  const queue: Queue = (bytes, op) => budget.add(bytes, op);
  const lists = new ListColumns(freeName('Danh mục', existing));
  for (const sheet of missing) {
    if (sheet.kind === 'text') await addTextSheet(context, sheet, queue);
    else if (sheet.kind === 'info') await addInfoSheet(context, sheet, lists, queue);
    else await addTableSheet(context, sheet, lists, queue);
  }
  const listValues = lists.lists();
  if (listValues.length > 0) {
    await queue(BYTES_PER_CELL_OPERATION * 2, () => {
      const ws = context.workbook.worksheets.add(lists.sheetName);
      ws.visibility = 'Hidden';
      listValues.forEach((values, c) => {
        ws.getRangeByIndexes(0, c, values.length, 1).values = values.map((v) => [v]);
      });
    });
  }
  await queue(BYTES_PER_CELL_OPERATION, () => context.workbook.worksheets.getItem(missing[0].name).activate());
  await budget.flush();
  return missing.map((s) => s.name);
}

function textBytes(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + utf8Length(l) + 8, BYTES_PER_CELL_OPERATION);
}

async function addTextSheet(context: Excel.RequestContext, sheet: BlankTextSheet, queue: Queue): Promise<void> {
  await queue(textBytes(sheet.lines), () => {
    const ws = context.workbook.worksheets.add(sheet.name);
    const all = ws.getRangeByIndexes(0, 0, sheet.lines.length, 1);
    all.values = sheet.lines.map((l) => [l]);
    all.format.wrapText = true;
    all.format.verticalAlignment = 'Top';
    all.format.columnWidth = widthInPoints(110);
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.size = 13;
    sheet.lines.forEach((line, i) => {
      if (i > 0 && line.endsWith(':')) ws.getRangeByIndexes(i, 0, 1, 1).format.font.bold = true;
    });
  });
}

async function addInfoSheet(context: Excel.RequestContext, sheet: BlankInfoSheet, lists: ListColumns, queue: Queue): Promise<void> {
  const ws = context.workbook.worksheets.add(sheet.name);
  await queue(textBytes(sheet.rows.map((r) => r.key)), () => {
    const keys = ws.getRangeByIndexes(0, 0, sheet.rows.length, 1);
    keys.values = sheet.rows.map((r) => [r.key]);
    keys.format.font.bold = true;
    keys.format.fill.color = HEADER_FILL;
    keys.format.columnWidth = widthInPoints(24);
    const values = ws.getRangeByIndexes(0, 1, sheet.rows.length, 1);
    values.format.columnWidth = widthInPoints(70);
    values.format.wrapText = true;
    values.format.verticalAlignment = 'Top';
  });
  for (const [i, row] of sheet.rows.entries()) {
    await queue(BYTES_PER_CELL_OPERATION * 4 + utf8Length(row.note ?? ''), () => {
      const cell = ws.getRangeByIndexes(i, 1, 1, 1);
      if (row.value !== undefined) cell.values = [[row.value]];
      if (row.validation?.type === 'date') cell.numberFormat = [['dd/mm/yyyy']];
      applyValidation(cell, row.validation, row.key, row.note, lists);
    });
  }
}

async function addTableSheet(context: Excel.RequestContext, sheet: BlankTableSheet, lists: ListColumns, queue: Queue): Promise<void> {
  const ws = context.workbook.worksheets.add(sheet.name);
  await queue(textBytes(sheet.columns.map((c) => c.header)), () => {
    const header = ws.getRangeByIndexes(0, 0, 1, sheet.columns.length);
    header.values = [sheet.columns.map((c) => c.header)];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    header.format.horizontalAlignment = 'Center';
    header.format.verticalAlignment = 'Center';
    header.format.rowHeight = 45;
    ws.freezePanes.freezeRows(1);
  });
  for (const [c, col] of sheet.columns.entries()) {
    const bytes = BYTES_PER_CELL_OPERATION * 4 + utf8Length(col.note ?? '') + (col.numberFormat ? sheet.dataRows * 16 : 0);
    await queue(bytes, () => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(col.width);
      const data = ws.getRangeByIndexes(1, c, sheet.dataRows, 1);
      if (col.numberFormat) data.numberFormat = Array.from({ length: sheet.dataRows }, () => [col.numberFormat!]);
      applyValidation(data, col.validation, col.header, col.note, lists);
    });
  }
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
