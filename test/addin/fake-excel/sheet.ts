import { cellAddress, parseAddress } from '../../../engine/model/address';
import { FakeOfficeError } from './office-error';
import { DEFAULT_FILL, type FakeFill } from './types';

/**
 * One worksheet of the fake: sparse cells, conditional formats in priority order, and the user's
 * own edits that move both (inserting rows, sorting), as Excel does.
 */
export interface FakeCell {
  value: string | number | boolean;
  error: boolean;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
}

/** A rectangle of cells, zero-based and inclusive. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  boxes: Box[];
  formula: string | null;
  fill: string | null;
  stopIfTrue: boolean;
}

export interface FakeValidation {
  address: string;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

const WIDTH = 16384;

export function boxContains(b: Box, r: number, c: number): boolean {
  return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
}

export function boxAddress(b: Box): string {
  const tl = cellAddress(b.r0, b.c0);
  const br = cellAddress(b.r1, b.c1);
  return tl === br ? tl : `${tl}:${br}`;
}

/** "A1:B3" (no sheet, no $) → box; null when it is not an address. */
export function parseBox(address: string): Box | null {
  const [a, b] = address.replace(/\$/g, '').trim().split(':');
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q) return null;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.column, q.column), r1: Math.max(p.row, q.row), c1: Math.max(p.column, q.column) };
}

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  visibility = 'Visible';
  protected = false;
  frozenRows = 0;
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  merges: Box[] = [];
  /** Formatting other than fill (font, widths, alignment), recorded for inspection. */
  formats: Array<{ address: string; property: string; value: unknown }> = [];
  readonly id: string;
  constructor(
    public name: string,
    id: string,
  ) {
    this.id = id;
  }

  static key(row: number, column: number): number {
    return row * WIDTH + column;
  }
  static position(key: number): { row: number; column: number } {
    return { row: Math.floor(key / WIDTH), column: key % WIDTH };
  }
  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }
  ensure(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: '', error: false, numberFormat: 'General', fill: { ...DEFAULT_FILL } }));
    return c;
  }

  /** What the user sees as the cell's fill: the first conditional format that covers it, else its own. */
  shownFill(row: number, column: number): string {
    const cf = this.conditionalFormats.find((f) => f.fill && f.boxes.some((b) => boxContains(b, row, column)));
    if (cf) return cf.fill!.toUpperCase();
    const own = this.cell(row, column)?.fill ?? DEFAULT_FILL;
    return own.pattern === 'None' ? 'none' : own.color;
  }

  /** Inserting rows: cells and conditional formats at or below `at` move down, ranges across it grow. */
  insertRows(at: number, count: number): void {
    const moved = new Map<number, FakeCell>();
    for (const [key, cell] of this.cells) {
      const { row, column } = FakeSheet.position(key);
      moved.set(row >= at ? FakeSheet.key(row + count, column) : key, cell);
    }
    this.cells = moved;
    for (const cf of this.conditionalFormats) {
      for (const b of cf.boxes) {
        if (b.r0 >= at) {
          b.r0 += count;
          b.r1 += count;
        } else if (b.r1 >= at) b.r1 += count;
      }
    }
  }

  /**
   * Sorting rows `first`..`last` by one column: whole rows move, with their cells' formats and their
   * part of every conditional format (which Excel then keeps as per-cell pieces).
   */
  sortRows(first: number, last: number, byColumn: number, descending = false): void {
    const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const key = (r: number) => this.cell(r, byColumn)?.value ?? '';
    const order = [...rows].sort((a, b) => {
      const x = key(a),
        y = key(b);
      const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
      return descending ? -cmp : cmp;
    });
    const newRowOf = new Map(order.map((oldRow, i) => [oldRow, first + i]));
    const moved = new Map<number, FakeCell>();
    for (const [k, cell] of this.cells) {
      const { row, column } = FakeSheet.position(k);
      moved.set(FakeSheet.key(newRowOf.get(row) ?? row, column), cell);
    }
    this.cells = moved;
    for (const cf of this.conditionalFormats) {
      const kept: Box[] = [];
      for (const b of cf.boxes) {
        for (let r = b.r0; r <= b.r1; r++) {
          const target = newRowOf.get(r) ?? r;
          kept.push({ r0: target, c0: b.c0, r1: target, c1: b.c1 });
        }
      }
      cf.boxes = kept;
    }
  }
}

/** Every write on a sheet goes through here: a protected sheet refuses it. */
export function editable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', sheet.name);
  return sheet;
}
