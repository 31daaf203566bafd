import { BYTES_PER_LOADED_CELL, REQUEST_BUDGET_BYTES } from './budget';

/** A sheet's used range, by zero-based position. */
export interface UsedArea {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A block of rows of one sheet to load in one request. */
export type ReadBlock = UsedArea;

/**
 * Groups the used ranges into requests whose estimated response stays within the budget. Small
 * workbooks give one request for all sheets; a sheet too big for one request is cut into row blocks.
 * The number of requests grows with the bytes to read, never with the number of sheets or rows as such.
 */
export function planReads(
  areas: readonly UsedArea[],
  budget = REQUEST_BUDGET_BYTES,
  bytesPerCell = BYTES_PER_LOADED_CELL,
): ReadBlock[][] {
  const requests: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) requests.push(current);
    current = [];
    used = 0;
  };
  for (const area of areas) {
    if (area.rowCount <= 0 || area.columnCount <= 0) continue;
    const rowBytes = area.columnCount * bytesPerCell;
    let row = 0;
    while (row < area.rowCount) {
      let rows = Math.min(area.rowCount - row, Math.floor((budget - used) / rowBytes));
      if (rows <= 0) {
        if (used === 0) rows = 1; // a single row wider than the budget: nothing smaller to load
        else {
          close();
          continue;
        }
      }
      current.push({ ...area, rowIndex: area.rowIndex + row, rowCount: rows });
      used += rows * rowBytes;
      row += rows;
    }
  }
  close();
  return requests;
}
