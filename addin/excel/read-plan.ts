import { REQUEST_BUDGET_BYTES } from './budget';

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
 * First guess of one cell's share of a values + numberFormat + valueTypes answer, in Office.js'
 * escaped JSON: a short Vietnamese text ("Xã số 12", each accented letter six bytes as \uXXXX),
 * "General" and "String" with their quotes and commas come to about 40. Reading corrects the guess
 * with what it measures (./read.ts).
 */
export const FIRST_BYTES_PER_CELL = 48;

/**
 * Groups the used ranges into requests whose estimated response stays within the budget. Small
 * workbooks give one request for all sheets; a sheet too big for one request is cut into row blocks.
 * The number of requests grows with the bytes to read, never with the number of sheets or rows as such.
 */
export function planReads(areas: readonly UsedArea[], budget = REQUEST_BUDGET_BYTES, bytesPerCell: number | ((area: UsedArea) => number) = FIRST_BYTES_PER_CELL): ReadBlock[][] {
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
    const rowBytes = area.columnCount * (typeof bytesPerCell === 'number' ? bytesPerCell : bytesPerCell(area));
    let row = 0;
    while (row < area.rowCount) {
      let rows = Math.min(area.rowCount - row, Math.floor((budget - used) / rowBytes));
      if (rows <= 0) {
        if (used === 0)
          rows = 1; // a single row wider than the budget: nothing smaller to load
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

/** Rows read first from every sheet to measure what its cells cost before planning the rest. */
export const PROBE_ROWS = 200;

/** Each area cut into its first PROBE_ROWS rows and the rest. */
export function splitProbes(areas: readonly UsedArea[]): { probes: UsedArea[]; rest: UsedArea[] } {
  const probes: UsedArea[] = [];
  const rest: UsedArea[] = [];
  for (const a of areas) {
    const head = Math.min(a.rowCount, PROBE_ROWS);
    probes.push({ ...a, rowCount: head });
    if (a.rowCount > head) rest.push({ ...a, rowIndex: a.rowIndex + head, rowCount: a.rowCount - head });
  }
  return { probes, rest };
}

/** The areas left once `done` (the first blocks of a plan) have been read. */
export function remainingAreas(areas: readonly UsedArea[], done: readonly ReadBlock[]): UsedArea[] {
  const left: UsedArea[] = [];
  for (const area of areas) {
    const end = area.rowIndex + area.rowCount;
    let from = area.rowIndex;
    for (const b of done) if (b.sheet === area.sheet && b.rowIndex === from && b.columnIndex === area.columnIndex) from = b.rowIndex + b.rowCount;
    if (from < end) left.push({ ...area, rowIndex: from, rowCount: end - from });
  }
  return left;
}

/** Halves a request that turned out too large: two lists of blocks, or one block cut in two. */
export function halve(request: readonly ReadBlock[]): ReadBlock[][] {
  if (request.length > 1) {
    const mid = Math.ceil(request.length / 2);
    return [request.slice(0, mid), request.slice(mid)];
  }
  const [b] = request;
  if (b.rowCount < 2) return [];
  const top = Math.ceil(b.rowCount / 2);
  return [[{ ...b, rowCount: top }], [{ ...b, rowIndex: b.rowIndex + top, rowCount: b.rowCount - top }]];
}
