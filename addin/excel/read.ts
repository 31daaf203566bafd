import type { Sheet, Workbook } from '../../engine';
import { addBlock } from './convert';
import { planReads, type UsedArea } from './read-plan';

/**
 * Reads the open workbook into the engine's model with a fixed number of syncs: the sheet names,
 * then every sheet's used range (position only), then the cells of all used ranges together
 * (split into more requests only when the data would pass Excel on the web's 5 MB limit).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<Workbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);

  // valuesOnly: cells that only carry formatting (e.g. validation rows of "Tạo sổ mẫu") are not data.
  const used = names.map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await context.sync();

  const areas: UsedArea[] = [];
  used.forEach((range, i) => {
    if (range.isNullObject) return;
    areas.push({ sheet: names[i], rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount });
  });

  const sheets = new Map<string, Sheet>(names.map((name) => [name, { name, rows: [] }]));
  for (const request of planReads(areas)) {
    const loaded = request.map((block) => {
      const range = worksheets.getItem(block.sheet).getRangeByIndexes(block.rowIndex, block.columnIndex, block.rowCount, block.columnCount);
      range.load('values,numberFormat,valueTypes');
      return { block, range };
    });
    await context.sync();
    for (const { block, range } of loaded) {
      addBlock(sheets.get(block.sheet)!, block.rowIndex, block.columnIndex, {
        values: range.values,
        numberFormat: range.numberFormat,
        valueTypes: range.valueTypes,
      });
    }
  }
  return { sheets: names.map((name) => sheets.get(name)!) };
}
