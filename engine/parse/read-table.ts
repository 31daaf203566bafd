import type { FieldSpec } from '../format/field';
import { finding, type Finding } from '../findings/finding';
import { columnLetters } from '../model/address';
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
  // Per present column, everything a row needs, worked out once: rows are many, columns few.
  const present = fields
    .filter((f) => layout.columns.has(f.key))
    .map((field) => {
      const column = layout.columns.get(field.key)!;
      return {
        field,
        column,
        letters: columnLetters(column),
        // A blank criterion cell means "not met", so criterion columns are required but may be blank.
        mustHaveValue: field.type !== 'mark' && isRequired(field, ctx) && !options.skipRequired?.has(field.key),
      };
    });
  const headerCells: Record<string, string> = {};
  for (const p of present) headerCells[p.field.key] = `${p.letters}${layout.headerRow + 1}`;
  const rows: TableRow[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let empty = true;
    for (const p of present) {
      const cell = row[p.column];
      if (cell && !(cell.type === 'string' && String(cell.value).trim() === '')) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    const values: TableRow['values'] = {};
    const cells: TableRow['cells'] = {};
    const excelRow = r + 1;
    for (const p of present) {
      const address = p.letters + excelRow;
      cells[p.field.key] = address;
      const cell = row[p.column];
      values[p.field.key] = readValue(cell, p.field, { sheet: sheet.name, cell: address, findings });
      if (p.mustHaveValue && (cell === undefined || (cell.type === 'string' && String(cell.value).trim() === ''))) {
        const f = p.field;
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
    rows.push({ row: excelRow, values, cells });
  }
  return { layout, rows, headerCells };
}
