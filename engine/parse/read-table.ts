import type { FieldSpec, SheetRecord } from '../workbook-layout/field';
import { RecordBuilder } from './sheet-record';
import type { Finding } from '../findings/finding';
import { numberAsText, valueRequired } from '../findings/catalog';
import { columnLetters } from '../model/address';
import type { Sheet } from '../model/workbook';
import { HeaderIndex } from './header-index';
import { locateHeader, type HeaderLayout } from './locate-header';
import { readValue, TextValueCollector } from './read-value';
import { isRequired, type RequirementContext } from './requirement';

export interface TableRow<R> {
  /** Excel row number (1-based). */
  row: number;
  values: R;
  /** Field key → A1 address of its cell in this row (also for empty cells). */
  cells: Record<string, string>;
}

export interface Table<R = unknown> {
  layout: HeaderLayout;
  rows: Array<TableRow<R>>;
  /** Field key → A1 address of the header cell. */
  headerCells: Record<string, string>;
}

/**
 * Reads a sheet of records: locates the header, then reads every non-empty row as typed values.
 * A row counts as empty when all of its recognised columns are empty (a lone "STT" does not make
 * a record).
 */
export function readTable<const F extends readonly FieldSpec[]>(
  sheet: Sheet,
  fields: F,
  ctx: RequirementContext,
  findings: Finding[],
  options: { skipRequired?: ReadonlySet<string> } = {},
): Table<SheetRecord<F>> | null {
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
  const cellsOf = rowAddresses(present.map((p) => [p.field.key, p.letters]));
  // One location for every cell read, its address built only when a finding needs it.
  const textValues = new TextValueCollector();
  const at = {
    sheet: sheet.name,
    findings,
    textValues,
    letters: '',
    row: 0,
    get cell(): string {
      return this.letters + this.row;
    },
  };
  const rows: Array<TableRow<SheetRecord<F>>> = [];
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
    const values = new RecordBuilder<F>();
    const excelRow = r + 1;
    for (const p of present) {
      const cell = row[p.column];
      at.letters = p.letters;
      at.row = excelRow;
      values.set(p.field.key, readValue(cell, p.field, at));
      if (p.mustHaveValue && (cell === undefined || (cell.type === 'string' && String(cell.value).trim() === ''))) {
        findings.push(valueRequired.cell({ sheet: sheet.name, cell: p.letters + excelRow }, p.field));
      }
    }
    rows.push({ row: excelRow, values: values.build(), cells: cellsOf(excelRow) });
  }
  for (const [field, cells] of textValues.byField) findings.push(numberAsText.column(sheet.name, field, cells));
  return { layout, rows, headerCells };
}

/**
 * A row's field → address map, worked out when asked: a national sheet has a million cells, and
 * only the few with a finding ever need their address. One small object per row, with getters
 * shared by all rows of the table.
 */
function rowAddresses(columns: ReadonlyArray<[string, string]>): (row: number) => Record<string, string> {
  class RowCells {
    constructor(readonly excelRow: number) {}
  }
  for (const [key, letters] of columns) {
    Object.defineProperty(RowCells.prototype, key, {
      get(this: RowCells) {
        return letters + this.excelRow;
      },
      enumerable: true,
    });
  }
  return (row) => new RowCells(row) as unknown as Record<string, string>;
}
