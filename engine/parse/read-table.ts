import type { FieldSpec, SheetRecord } from '../workbook-layout/field';
import { RecordBuilder } from './sheet-record';
import type { Finding } from '../findings/finding';
import { columnMissing, numberAsText, rowSkipped, valueRequired } from '../findings/catalog';
import { columnLetters } from '../model/address';
import type { Cell } from '../model/cell';
import type { Sheet } from '../model/workbook';
import { HeaderIndex } from './header-index';
import { HEADER_SEARCH_ROWS, locateHeader, type HeaderLayout } from './locate-header';
import { readValue, TextValueCollector } from './read-value';
import { isRequired, type RequirementContext } from './requirement';
import { classifyRow, SKIPPED_KINDS, type RowKind, type SkippedKind } from './row-kinds';

const FOOTER: RowKind = { kind: 'footer' };

export interface TableRow<R> {
  /** Excel row number (1-based). */
  row: number;
  values: R;
  /** Field key → A1 address of its cell in this row (also for empty cells). */
  cells: Record<string, string>;
  /** The district of the group row above it ("Huyện Kim Bôi"), in a sheet grouped by district. */
  group?: string;
}

/** A totals or subtotals row, with the records its figures stand for. */
export interface TotalRow {
  /** Excel row number (1-based). */
  row: number;
  label: string;
  /** Field key → the cell typed in the totals row under that field's column. */
  cells: Map<string, { cell: Cell; address: string }>;
  /** Indexes into `Table.rows` of the records it covers. */
  covers: { from: number; to: number };
}

export interface Table<R = unknown> {
  layout: HeaderLayout;
  rows: Array<TableRow<R>>;
  /** Field key → A1 address of the header cell. */
  headerCells: Record<string, string>;
  totals: TotalRow[];
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
  options: {
    skipRequired?: ReadonlySet<string>;
    /** The record's name field: its column tells numbering and group rows from records. */
    nameKey?: string;
    /** A field that group rows ("Huyện Kim Bôi") may stand in for when its column is absent. */
    groupKey?: string;
  } = {},
): Table<SheetRecord<F>> | null {
  const index = new HeaderIndex(fields);
  const required = fields.filter((f) => isRequired(f, ctx));
  const groupField = options.groupKey ? required.find((f) => f.key === options.groupKey) : undefined;
  // Whether group rows stand in for the column is known only after reading the rows.
  const headerFindings: Finding[] = [];
  const layout = locateHeader(sheet, index, groupField ? required.filter((f) => f !== groupField) : required, headerFindings);
  findings.push(...headerFindings);
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
  const nameColumn = options.nameKey !== undefined ? layout.columns.get(options.nameKey) : undefined;
  const rowContext = { nameColumn, fieldColumns: present.map((p) => p.column) };
  const skipped = new Map<SkippedKind, number[]>();
  const totals: TotalRow[] = [];
  /** Totals waiting for the records below them: a group row's figures, a subtotal above its group. */
  const openTotals: TotalRow[] = [];
  let boundary = 0; // index into rows where the current group began
  let group: string | undefined;
  let groupsNamedDistricts = false;
  let inFooter = false;
  const closeOpen = () => {
    for (const t of openTotals.splice(0)) t.covers.to = rows.length;
  };
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const excelRow = r + 1;
    const kind = inFooter ? FOOTER : classifyRow(sheet, r, rowContext);
    if (kind.kind !== 'record') {
      if (kind.kind === 'footer') inFooter = true;
      const list = skipped.get(kind.kind) ?? [];
      list.push(excelRow);
      skipped.set(kind.kind, list);
      if (kind.kind === 'group' || kind.kind === 'total') {
        const cells = new Map<string, { cell: Cell; address: string }>();
        for (const p of present) {
          const cell = row[p.column];
          if (cell && (cell.type === 'number' || cell.type === 'string')) cells.set(p.field.key, { cell, address: p.letters + excelRow });
        }
        if (kind.kind === 'group') {
          closeOpen();
          boundary = rows.length;
          if (kind.district) {
            group = kind.district;
            groupsNamedDistricts = true;
          }
          if (cells.size > 0) {
            // Figures on a group row are the group's subtotal: they stand for the records below it.
            const total: TotalRow = { row: excelRow, label: kind.label, cells, covers: { from: rows.length, to: rows.length } };
            totals.push(total);
            openTotals.push(total);
          }
        } else if (kind.subtotal) {
          closeOpen();
          const total: TotalRow = { row: excelRow, label: kind.label, cells, covers: { from: boundary, to: rows.length } };
          totals.push(total);
          // A subtotal written above its group's records stands for the records below it.
          if (total.covers.from === total.covers.to) openTotals.push(total);
          boundary = rows.length;
        } else {
          totals.push({ row: excelRow, label: kind.label, cells, covers: { from: 0, to: -1 } });
        }
      }
      continue;
    }
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
    for (const p of present) {
      const cell = row[p.column];
      at.letters = p.letters;
      at.row = excelRow;
      values.set(p.field.key, readValue(cell, p.field, at));
      if (p.mustHaveValue && (cell === undefined || (cell.type === 'string' && String(cell.value).trim() === ''))) {
        findings.push(valueRequired.cell({ sheet: sheet.name, cell: p.letters + excelRow }, p.field));
      }
    }
    const record: TableRow<SheetRecord<F>> = { row: excelRow, values: values.build(), cells: cellsOf(excelRow) };
    if (group !== undefined) record.group = group;
    rows.push(record);
  }
  closeOpen();
  for (const t of totals) if (t.covers.to === -1) t.covers = { from: 0, to: rows.length };
  for (const [field, cells] of textValues.byField) findings.push(numberAsText.column(sheet.name, field, cells));
  for (const kind of SKIPPED_KINDS) {
    const list = skipped.get(kind);
    if (list) findings.push(rowSkipped(sheet.name, kind, list, `${nameColumn !== undefined ? columnLetters(nameColumn) : 'A'}${list[0]}`));
  }
  if (groupField && !layout.columns.has(groupField.key) && !groupsNamedDistricts) {
    findings.push(columnMissing(sheet.name, groupField, { row: layout.headerTop + 1, headers: layout.names }, HEADER_SEARCH_ROWS));
  }
  return { layout, rows, headerCells, totals };
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
