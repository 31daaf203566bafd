import type { Finding } from '../findings/finding';
import { parseAddress } from '../model/address';

/** Workbook-level findings first, then by sheet in workbook order, row, column; stable otherwise. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed = findings.map((f, i) => {
    const at = f.cell ? parseAddress(f.cell) : null;
    return {
      f,
      sheet: f.sheet === null ? -1 : (order.get(f.sheet) ?? sheetOrder.length),
      row: at ? at.row : -1,
      column: at ? at.column : -1,
      i,
    };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.i - b.i);
  return keyed.map((k) => k.f);
}
