/**
 * One cell as the host read it. The engine never sees exceljs or Office.js objects:
 * each host converts its own cells into this shape.
 */
export type CellType = 'string' | 'number' | 'boolean' | 'date' | 'error';

export interface Cell {
  type: CellType;
  /** string for 'string' and 'error' ("#DIV/0!"), number, boolean, Date (UTC midnight for date-only values). */
  value: string | number | boolean | Date;
  /** Excel number format, e.g. "0%", "dd/mm/yyyy"; absent means General. */
  numberFormat?: string;
  /** True when the value is the cached result of a formula. */
  formula?: boolean;
}

export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  // Quoted literals ("%") and escaped characters do not make a format a percentage.
  const unquoted = numberFormat.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}
