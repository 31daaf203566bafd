import type { Sheet, Workbook } from '../../engine';
import { REQUEST_BUDGET_BYTES } from './budget';
import { addBlock } from './convert';
import { parseMergedAddress } from './merges';
import { officeErrorCode } from './office-errors';
import { FIRST_BYTES_PER_CELL, halve, planReads, remainingAreas, splitProbes, type ReadBlock, type UsedArea } from './read-plan';
import { escapedJsonLength } from './request-size';

/**
 * Reads the open workbook into the engine's model with few syncs: the sheet names, then every
 * sheet's used range (position only), then the cells of all used ranges together, split into more
 * requests only when the answer would pass Excel on the web's 5 MB limit. What a cell costs in the
 * answer is not known before reading (a long Vietnamese text is hundreds of escaped bytes), so the
 * first rows of every sheet are read first, all sheets in one request, and the rest is planned
 * with what they measured. A request whose answer still proves too large is halved and sent again
 * (reading changes nothing, so a retry is safe).
 */

export interface SheetVisibility {
  name: string;
  visible: boolean;
}

export interface OpenWorkbook {
  workbook: Workbook;
  sheets: SheetVisibility[];
}

export async function readOpenWorkbook(
  context: Excel.RequestContext,
  progress: (done: number, total: number) => void = () => undefined,
  /** The sheets whose cells are read (default: all); the others come back empty. */
  select: (names: readonly string[]) => readonly string[] = (names) => names,
): Promise<OpenWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const allNames = worksheets.items.map((ws) => ws.name);
  const chosen = new Set(select(allNames));
  const names = allNames.filter((n) => chosen.has(n));
  const sheetsInfo = worksheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));

  // valuesOnly: cells that only carry formatting (e.g. validation rows of "Tạo sổ mẫu") are not data.
  const used = names.map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  // Merged areas travel with the used ranges: the engine reads multi-row merged headers from them.
  const merged = names.map((name) => {
    const areas = worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  });
  await context.sync();

  const areas: UsedArea[] = [];
  used.forEach((range, i) => {
    if (range.isNullObject) return;
    areas.push({ sheet: names[i], rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount });
  });
  const totalCells = areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
  let readCells = 0;

  const sheets = new Map<string, Sheet>(
    names.map((name, i) => {
      const sheet: Sheet = { name, rows: [] };
      if (!merged[i].isNullObject) sheet.merges = parseMergedAddress(merged[i].address);
      return [name, sheet];
    }),
  );
  // Bytes per cell measured on each sheet's first rows; the rest is planned with them, plus half for margin.
  const measured = new Map<string, number>();
  const load = async (todo: UsedArea[], perCell: (area: UsedArea) => number) => {
    const pending: ReadBlock[][] = [];
    let left = todo;
    let factor = 1;
    for (;;) {
      let request = pending.shift();
      if (!request) {
        request = planReads(left, REQUEST_BUDGET_BYTES, (a) => perCell(a) * factor)[0];
        if (!request) return;
        left = remainingAreas(left, request);
      }
      const loaded = request.map((block) => {
        const range = worksheets.getItem(block.sheet).getRangeByIndexes(block.rowIndex, block.columnIndex, block.rowCount, block.columnCount);
        range.load('values,numberFormat,valueTypes');
        return { block, range };
      });
      try {
        await context.sync();
      } catch (err) {
        const parts = officeErrorCode(err) === 'ResponsePayloadSizeLimitExceeded' ? halve(request) : [];
        if (parts.length === 0) throw err;
        pending.unshift(...parts);
        factor *= 2;
        continue;
      }
      for (const { block, range } of loaded) {
        const grids = { values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes };
        const bytes = escapedJsonLength(grids.values) + escapedJsonLength(grids.numberFormat) + escapedJsonLength(grids.valueTypes);
        const cells = block.rowCount * block.columnCount;
        measured.set(block.sheet, Math.max(measured.get(block.sheet) ?? 0, bytes / cells));
        addBlock(sheets.get(block.sheet)!, block.rowIndex, block.columnIndex, grids);
        readCells += cells;
      }
      progress(readCells, totalCells);
    }
  };
  const { probes, rest } = splitProbes(areas);
  await load(probes, () => FIRST_BYTES_PER_CELL);
  await load(rest, (a) => Math.max(16, Math.ceil((measured.get(a.sheet) ?? FIRST_BYTES_PER_CELL) * 1.5)));
  return { workbook: { sheets: allNames.map((name) => sheets.get(name) ?? { name, rows: [] }) }, sheets: sheetsInfo };
}

/** The workbook alone, for callers that do not need the sheets' visibility. */
export async function readWorkbook(context: Excel.RequestContext): Promise<Workbook> {
  return (await readOpenWorkbook(context)).workbook;
}
