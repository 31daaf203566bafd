import type { MergedArea, Sheet } from '../model/workbook';

/** Rows of a form's header: government forms use up to three, with merged group cells. */
export const MAX_HEADER_ROWS = 3;

/** A header cell's own text (numbers as typed: "1" over a criterion column). */
export function headerText(sheet: Sheet, row: number, column: number): string | undefined {
  const cell = sheet.rows[row]?.[column];
  if (!cell) return undefined;
  if (cell.type === 'string') return String(cell.value).replace(/\s+/gu, ' ').trim() || undefined;
  if (cell.type === 'number') return String(cell.value);
  return undefined;
}

/**
 * Where each cell of the first rows gets its header text: its own, or the top-left cell of the
 * merged area it lies in. Without merge information (a host that cannot give it, a file whose
 * tool wrote centred text over blank cells), a blank cell of an upper header row continues the
 * group cell on its left when there is a sub-header below it, which is what merging shows.
 */
export class HeaderGrid {
  private readonly origin = new Map<number, { row: number; column: number }>();
  private readonly hasMerges: boolean;

  constructor(
    private readonly sheet: Sheet,
    lastRow: number,
  ) {
    const merges: readonly MergedArea[] = sheet.merges ?? [];
    this.hasMerges = merges.length > 0;
    for (const m of merges) {
      if (m.top > lastRow) continue;
      for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
        for (let c = m.left; c <= m.right; c++) this.origin.set(this.key(r, c), { row: m.top, column: m.left });
      }
    }
  }

  private key(row: number, column: number): number {
    return row * 16_384 + column;
  }

  /** Columns that hold anything in rows top..bottom. */
  width(top: number, bottom: number): number {
    let width = 0;
    for (let r = top; r <= bottom; r++) width = Math.max(width, this.sheet.rows[r]?.length ?? 0);
    return width;
  }

  /**
   * The column's name parts in the band top..bottom, from the top down, without repeats: a cell
   * merged down over two rows names the column once.
   */
  parts(top: number, bottom: number, column: number): string[] {
    const parts: string[] = [];
    let last: { row: number; column: number } | undefined;
    for (let r = top; r <= bottom; r++) {
      const source = this.source(top, bottom, r, column);
      if (!source || (last && source.row === last.row && source.column === last.column)) continue;
      const text = headerText(this.sheet, source.row, source.column);
      if (text) {
        parts.push(text);
        last = source;
      }
    }
    return parts;
  }

  private source(top: number, bottom: number, row: number, column: number): { row: number; column: number } | undefined {
    const merged = this.origin.get(this.key(row, column));
    if (merged) return merged.row >= top ? merged : undefined;
    if (headerText(this.sheet, row, column) !== undefined) return { row, column };
    if (this.hasMerges || row === bottom || !this.hasTextBelow(row, bottom, column)) return undefined;
    for (let c = column - 1; c >= 0; c--) {
      if (this.origin.has(this.key(row, c))) return undefined;
      if (headerText(this.sheet, row, c) !== undefined) return this.hasTextBelow(row, bottom, c) ? { row, column: c } : undefined;
    }
    return undefined;
  }

  private hasTextBelow(row: number, bottom: number, column: number): boolean {
    for (let r = row + 1; r <= bottom; r++) if (headerText(this.sheet, r, column) !== undefined) return true;
    return false;
  }
}
