import type { Cell } from './cell';

/**
 * A sheet as a sparse grid: rows[r][c] is the cell at zero-based row r and column c,
 * undefined when empty. Row 0 is Excel row 1.
 */
export interface Sheet {
  name: string;
  rows: Array<Array<Cell | undefined> | undefined>;
  merges?: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>;
}

export interface Workbook {
  sheets: Sheet[];
}

export function cellAt(sheet: Sheet, row: number, column: number): Cell | undefined {
  return sheet.rows[row]?.[column];
}
