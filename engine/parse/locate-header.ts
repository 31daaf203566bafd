import type { FieldSpec } from '../workbook-layout/field';
import type { Finding } from '../findings/finding';
import { columnDuplicate, columnExtra, columnMissing } from '../findings/catalog';
import { cellAddress } from '../model/address';
import type { Sheet } from '../model/workbook';
import { foldKey } from '../text/fold';
import { HeaderGrid, MAX_HEADER_ROWS } from './header-band';
import type { HeaderIndex } from './header-index';

export interface HeaderLayout {
  /** Zero-based first row of the header. */
  headerTop: number;
  /** Zero-based last row of the header: records start below it. */
  headerRow: number;
  /** Field key → zero-based column. */
  columns: Map<string, number>;
  /** Every column's name as read, for messages. */
  names: string[];
}

/** Offices put the national motto, the agency, a title and a "(Kèm theo …)" line above the table. */
export const HEADER_SEARCH_ROWS = 30;

/** Columns every office sheet has that carry no data of their own: not worth an info finding. */
const SILENT_COLUMNS = new Set(['stt', 'tt', 'so thu tu', 'ghi chu']);

interface Band {
  top: number;
  bottom: number;
  /** Per column: its name parts and the field they name. */
  columns: Array<{ column: number; parts: string[]; field: FieldSpec | undefined }>;
  matched: Set<string>;
}

/**
 * Finds the header (SPEC §3): of every band of one to three rows that starts within the first 30
 * rows, the one that names the most fields and every required one; ties go to the band that ends
 * first, then to the shorter one (a title row above the header adds nothing). Reports missing,
 * duplicated and ignored columns.
 */
export function locateHeader(sheet: Sheet, index: HeaderIndex, required: readonly FieldSpec[], findings: Finding[]): HeaderLayout | null {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  const grid = new HeaderGrid(sheet, last + MAX_HEADER_ROWS);
  let best: Band | null = null;
  let nearest: Band | null = null;
  for (let top = 0; top < last; top++) {
    if (!sheet.rows[top]) continue;
    for (let depth = 1; depth <= MAX_HEADER_ROWS; depth++) {
      const bottom = top + depth - 1;
      if (bottom >= sheet.rows.length) break;
      const band = readBand(grid, index, top, bottom);
      if (!nearest || band.matched.size > nearest.matched.size) nearest = band;
      if (!required.every((f) => band.matched.has(f.key))) continue;
      if (!best || better(band, best)) best = band;
    }
  }
  if (best) return buildLayout(sheet, best, findings);
  reportMissing(sheet, nearest, required, findings);
  return null;
}

function better(a: Band, b: Band): boolean {
  if (a.matched.size !== b.matched.size) return a.matched.size > b.matched.size;
  if (a.bottom !== b.bottom) return a.bottom < b.bottom;
  return a.bottom - a.top < b.bottom - b.top;
}

function readBand(grid: HeaderGrid, index: HeaderIndex, top: number, bottom: number): Band {
  const band: Band = { top, bottom, columns: [], matched: new Set() };
  const width = grid.width(top, bottom);
  for (let c = 0; c < width; c++) {
    const parts = grid.parts(top, bottom, c);
    if (parts.length === 0) continue;
    const field = index.matchParts(parts);
    band.columns.push({ column: c, parts, field });
    if (field) band.matched.add(field.key);
  }
  return band;
}

function buildLayout(sheet: Sheet, band: Band, findings: Finding[]): HeaderLayout {
  const columns = new Map<string, number>();
  const names = new Map<number, string>();
  const extra: Array<{ text: string; cell: string }> = [];
  for (const { column, parts, field } of band.columns) {
    const text = parts.join(' ');
    names.set(column, text);
    if (!field) {
      // A group cell's own column ("Tiêu chí" over its first sub-column) is named by its parts.
      if (parts.some((p) => SILENT_COLUMNS.has(foldKey(p)))) continue;
      extra.push({ text, cell: cellAddress(band.bottom, column) });
      continue;
    }
    const first = columns.get(field.key);
    if (first !== undefined) {
      findings.push(columnDuplicate(sheet.name, { cell: cellAddress(band.bottom, column), text, firstCell: cellAddress(band.bottom, first), firstText: names.get(first), field }));
      continue;
    }
    columns.set(field.key, column);
  }
  if (extra.length > 0) findings.push(columnExtra(sheet.name, extra));
  return { headerTop: band.top, headerRow: band.bottom, columns, names: [...names.values()] };
}

function reportMissing(sheet: Sheet, band: Band | null, required: readonly FieldSpec[], findings: Finding[]): void {
  // A row that names none of our columns is no candidate: say that no header was found.
  const nearest = band && band.matched.size > 0 ? band : null;
  const found = nearest?.columns.map((c) => c.parts.join(' ')) ?? [];
  for (const field of required) {
    if (nearest?.matched.has(field.key)) continue;
    findings.push(columnMissing(sheet.name, field, nearest ? { row: nearest.top + 1, headers: found } : null, HEADER_SEARCH_ROWS));
  }
}
