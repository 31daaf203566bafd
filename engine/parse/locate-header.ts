import type { FieldSpec } from '../workbook-layout/field';
import type { Finding } from '../findings/finding';
import { columnDuplicate, columnExtra, columnMissing } from '../findings/catalog';
import { cellAddress } from '../model/address';
import type { Sheet } from '../model/workbook';
import { foldKey } from '../text/fold';
import type { HeaderIndex } from './header-index';

export interface HeaderLayout {
  /** Zero-based row of the header. */
  headerRow: number;
  /** Field key → zero-based column. */
  columns: Map<string, number>;
}

const HEADER_SEARCH_ROWS = 10;

/** Columns every office sheet has that carry no data of their own: not worth an info finding. */
const SILENT_COLUMNS = new Set(['stt', 'tt', 'so thu tu', 'ghi chu']);

function headerText(sheet: Sheet, row: number, column: number): string | undefined {
  const cell = sheet.rows[row]?.[column];
  if (!cell) return undefined;
  if (cell.type === 'string') return String(cell.value).trim() || undefined;
  if (cell.type === 'number') return String(cell.value);
  return undefined;
}

/**
 * Finds the header: the first of the first 10 rows that holds every required header, so a title
 * row above it is fine. Reports missing, duplicated and ignored columns.
 */
export function locateHeader(
  sheet: Sheet,
  index: HeaderIndex,
  required: readonly FieldSpec[],
  findings: Finding[],
): HeaderLayout | null {
  let best: { row: number; matched: number } | null = null;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const keys = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      const text = headerText(sheet, r, c);
      const field = text ? index.match(text) : undefined;
      if (field) keys.add(field.key);
    }
    if (required.every((f) => keys.has(f.key))) return buildLayout(sheet, r, index, findings);
    if (!best || keys.size > best.matched) best = { row: r, matched: keys.size };
  }
  reportMissing(sheet, best?.row, index, required, findings);
  return null;
}

function buildLayout(sheet: Sheet, r: number, index: HeaderIndex, findings: Finding[]): HeaderLayout {
  const columns = new Map<string, number>();
  const extra: Array<{ text: string; cell: string }> = [];
  const row = sheet.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const text = headerText(sheet, r, c);
    if (!text) continue;
    const field = index.match(text);
    if (!field) {
      if (SILENT_COLUMNS.has(foldKey(text))) continue;
      extra.push({ text, cell: cellAddress(r, c) });
      continue;
    }
    const first = columns.get(field.key);
    if (first !== undefined) {
      findings.push(columnDuplicate(sheet.name, { cell: cellAddress(r, c), text, firstCell: cellAddress(r, first), firstText: headerText(sheet, r, first), field }));
      continue;
    }
    columns.set(field.key, c);
  }
  if (extra.length > 0) {
    findings.push(columnExtra(sheet.name, extra));
  }
  return { headerRow: r, columns };
}

function reportMissing(
  sheet: Sheet,
  bestRow: number | undefined,
  index: HeaderIndex,
  required: readonly FieldSpec[],
  findings: Finding[],
): void {
  const present = new Set<string>();
  const found: string[] = [];
  if (bestRow !== undefined) {
    const row = sheet.rows[bestRow] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = headerText(sheet, bestRow, c);
      if (!text) continue;
      found.push(text);
      const field = index.match(text);
      if (field) present.add(field.key);
    }
  }
  for (const field of required) {
    if (present.has(field.key)) continue;
    findings.push(columnMissing(sheet.name, field, bestRow === undefined ? null : { row: bestRow + 1, headers: found }, HEADER_SEARCH_ROWS));
  }
}
