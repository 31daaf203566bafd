import type { FieldSpec } from '../format/field';
import { finding, type Finding } from '../findings/finding';
import { cellAddress } from '../model/address';
import type { Sheet } from '../model/workbook';
import { HeaderIndex } from './header-index';
import { locateHeader, type HeaderLayout } from './locate-header';
import { readValue, type FieldValue } from './read-value';
import { isRequired, type RequirementContext } from './requirement';

export interface TableRow {
  /** Excel row number (1-based). */
  row: number;
  values: Record<string, FieldValue | undefined>;
  /** Field key → A1 address of its cell in this row (also for empty cells). */
  cells: Record<string, string>;
}

export interface Table {
  layout: HeaderLayout;
  rows: TableRow[];
  /** Field key → A1 address of the header cell. */
  headerCells: Record<string, string>;
}

/**
 * Reads a sheet of records: locates the header, then reads every non-empty row as typed values.
 * A row counts as empty when all of its recognised columns are empty (a lone "STT" does not make
 * a record).
 */
export function readTable(
  sheet: Sheet,
  fields: readonly FieldSpec[],
  ctx: RequirementContext,
  findings: Finding[],
  options: { skipRequired?: ReadonlySet<string> } = {},
): Table | null {
  const index = new HeaderIndex(fields);
  const required = fields.filter((f) => isRequired(f, ctx));
  const layout = locateHeader(sheet, index, required, findings);
  if (!layout) return null;
  const present = fields.filter((f) => layout.columns.has(f.key));
  const headerCells: Record<string, string> = {};
  for (const f of present) headerCells[f.key] = cellAddress(layout.headerRow, layout.columns.get(f.key)!);
  const rows: TableRow[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let empty = true;
    for (const f of present) {
      const cell = row[layout.columns.get(f.key)!];
      if (cell && !(cell.type === 'string' && String(cell.value).trim() === '')) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    const values: TableRow['values'] = {};
    const cells: TableRow['cells'] = {};
    for (const f of present) {
      const column = layout.columns.get(f.key)!;
      const address = cellAddress(r, column);
      cells[f.key] = address;
      const cell = row[column];
      const value = readValue(cell, f, { sheet: sheet.name, cell: address, findings });
      values[f.key] = value;
      const blank = cell === undefined || (cell.type === 'string' && String(cell.value).trim() === '');
      // A blank criterion cell means "not met", so criterion columns are required but may be blank.
      if (blank && f.type !== 'mark' && isRequired(f, ctx) && !options.skipRequired?.has(f.key)) {
        findings.push(
          finding(
            'value-required',
            sheet.name,
            address,
            `Ô ${address} (cột "${f.header}") đang trống; cột này bắt buộc phải có giá trị.`,
            f.note ? `Nhập giá trị cho ô ${address}. ${f.note}.` : `Nhập giá trị cho ô ${address}.`,
          ),
        );
      }
    }
    rows.push({ row: r + 1, values, cells });
  }
  return { layout, rows, headerCells };
}
