import type { FieldSpec } from '../workbook-layout/field';
import { finding, type Finding } from '../findings/finding';
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
  const extra: string[] = [];
  const row = sheet.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const text = headerText(sheet, r, c);
    if (!text) continue;
    const field = index.match(text);
    if (!field) {
      if (SILENT_COLUMNS.has(foldKey(text))) continue;
      extra.push(`"${text}" (${cellAddress(r, c)})`);
      continue;
    }
    const first = columns.get(field.key);
    if (first !== undefined) {
      findings.push(
        finding(
          'column-duplicate',
          sheet.name,
          cellAddress(r, c),
          `Cột "${text}" ở ${cellAddress(r, c)} trùng với cột "${headerText(sheet, r, first)}" ở ${cellAddress(r, first)}: cả hai đều là "${field.header}".`,
          'Xóa hoặc đổi tên một trong hai cột; chỉ cột đầu tiên được đọc.',
        ),
      );
      continue;
    }
    columns.set(field.key, c);
  }
  if (extra.length > 0) {
    findings.push(
      finding(
        'column-extra',
        sheet.name,
        null,
        `Sheet "${sheet.name}" có ${extra.length} cột không thuộc mẫu, được bỏ qua: ${extra.join(', ')}.`,
        'Không cần sửa nếu đây là cột ghi chú; nếu là cột của mẫu, kiểm tra lại tên cột.',
      ),
    );
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
      found.push(`"${text}"`);
      const field = index.match(text);
      if (field) present.add(field.key);
    }
  }
  const foundText = found.length > 0 ? `Các tiêu đề tìm thấy (dòng ${bestRow! + 1}): ${found.join(', ')}.` : `Không tìm thấy dòng tiêu đề nào trong ${HEADER_SEARCH_ROWS} dòng đầu.`;
  for (const field of required) {
    if (present.has(field.key)) continue;
    const aliases = field.aliases.length > 0 ? ` (hoặc: ${field.aliases.slice(0, 3).map((a) => `"${a}"`).join(', ')})` : '';
    findings.push(
      finding(
        'column-missing',
        sheet.name,
        null,
        `Sheet "${sheet.name}" thiếu cột bắt buộc "${field.header}"${aliases}. ${foundText}`,
        `Thêm cột "${field.header}" vào dòng tiêu đề (trong ${HEADER_SEARCH_ROWS} dòng đầu của sheet).`,
      ),
    );
  }
}
