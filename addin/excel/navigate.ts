import { normalizeCell } from './marks-plan';

/** Activates a sheet and selects a cell (or A1 for a finding about the whole sheet). False when the sheet is gone. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string | null): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return false;
  ws.activate();
  ws.getRange(normalizeCell(cell) ?? 'A1').select();
  await context.sync();
  return true;
}

/** Makes a hidden sheet visible again (the user asked for it). False when the sheet is gone. */
export async function showSheet(context: Excel.RequestContext, sheet: string): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) return false;
  ws.visibility = 'Visible';
  await context.sync();
  return true;
}
