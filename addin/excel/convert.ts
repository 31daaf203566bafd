import type { Cell, Sheet } from '../../engine';
import { isDateFormat, serialToDate } from '../../engine';

/**
 * Pure conversion from what Office.js returns for a range (values, numberFormat, valueTypes) into
 * the engine's cells. Kept apart from the Office.js calls so it can be tested without Excel.
 */

/** The three parallel grids Office.js loads for one block of a sheet. */
export interface RangeGrids {
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
  valueTypes: ReadonlyArray<ReadonlyArray<string>>;
}

/** One cell as Office.js describes it → the engine's cell; undefined for an empty cell. */
export function convertCell(value: unknown, valueType: string, numberFormat: unknown): Cell | undefined {
  const format = typeof numberFormat === 'string' && numberFormat !== 'General' && numberFormat !== '' ? numberFormat : undefined;
  const withFormat = (cell: Cell): Cell => {
    if (format) cell.numberFormat = format;
    return cell;
  };
  switch (valueType) {
    case 'Empty':
      return undefined;
    case 'Error':
      return withFormat({ type: 'error', value: String(value) });
    case 'Boolean':
      return withFormat({ type: 'boolean', value: value === true || value === 'TRUE' || value === 'true' });
    case 'Double':
    case 'Integer': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return undefined;
      if (isDateFormat(format)) return withFormat({ type: 'date', value: serialToDate(n) });
      return withFormat({ type: 'number', value: n });
    }
    default: {
      // String, RichValue, Unknown: the engine sees the text as Excel displays it in the value.
      if (value === null || value === undefined) return undefined;
      if (typeof value === 'number') return withFormat({ type: 'number', value });
      if (typeof value === 'boolean') return withFormat({ type: 'boolean', value });
      const text = String(value);
      return text === '' ? undefined : withFormat({ type: 'string', value: text });
    }
  }
}

/**
 * Writes one loaded block into a sheet's sparse rows. `rowIndex`/`columnIndex` are the zero-based
 * position of the block's top-left cell in the sheet.
 */
export function addBlock(sheet: Sheet, rowIndex: number, columnIndex: number, grids: RangeGrids): void {
  grids.values.forEach((rowValues, r) => {
    let row: Array<Cell | undefined> | undefined;
    rowValues.forEach((value, c) => {
      const cell = convertCell(value, grids.valueTypes[r]?.[c] ?? 'Unknown', grids.numberFormat[r]?.[c]);
      if (!cell) return;
      if (!row) row = sheet.rows[rowIndex + r] ?? (sheet.rows[rowIndex + r] = []);
      row[columnIndex + c] = cell;
    });
  });
}
