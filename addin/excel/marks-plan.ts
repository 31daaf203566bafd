import type { Finding, Severity } from '../../engine';
import { cellAddress, parseAddress } from '../../engine';

/**
 * Marks as pure data. A mark is a conditional-format rule owned by the add-in, never a change to a
 * cell's own format (see ./marks.ts for why). This file decides which cells get which colour, and
 * groups them into rules: one rule per sheet, severity and block of rows, each covering a short
 * list of areas ("C2:C40,F7"), so that a re-check after an edit rewrites only the blocks it changed.
 */

/** Light red and light yellow, as Excel's own "Bad" and "Neutral" styles. Info is not marked. */
export const MARK_COLORS: Readonly<Partial<Record<Severity, string>>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
};

/**
 * The rule's formula is always TRUE and names the add-in: it is how Xóa đánh dấu recognises its own
 * rules on any sheet, after renames, sorts and inserted rows, and in a workbook reopened later.
 */
export const MARK_TAG = 'ntm-ocop:mark';
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${MARK_TAG}`);
}

/** Rows per rule: small enough that a re-check rewrites few cells, large enough to keep rules few. */
export const ROWS_PER_RULE = 200;
/** Longest area list in one rule; Excel's multi-area references stay far below their limits. */
export const MAX_ADDRESS_CHARS = 2_000;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** "$b$12" → "B12"; null for anything that is not a single cell (ranges, whole sheets). */
export function normalizeCell(cell: string | null): string | null {
  if (!cell) return null;
  const clean = cell.replace(/\$/g, '').toUpperCase();
  return parseAddress(clean) ? clean : null;
}

/** What the pane knows of a sheet when it marks. */
export interface SheetState {
  name: string;
  visible: boolean;
  protected: boolean;
}

/** One rule to create. `key` names its sheet, severity and row block. */
export interface MarkRule {
  key: string;
  sheet: string;
  severity: Severity;
  color: string;
  address: string;
  cells: number;
}

export interface MarkPlan {
  rules: MarkRule[];
  /** Cells marked, by sheet. */
  cells: Map<string, number>;
  /** Cells not marked because their sheet is hidden or protected, by sheet. */
  skippedHidden: Map<string, number>;
  skippedProtected: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The marks for a set of findings: one colour per cell (its most severe finding), only on visible,
 * unprotected sheets the workbook has. Findings without a cell, or of severity info, are left to the list.
 */
export function planMarks(findings: readonly Finding[], sheets: readonly SheetState[]): MarkPlan {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const best = new Map<string, { sheet: string; row: number; column: number; severity: Severity }>();
  for (const f of findings) {
    const cell = normalizeCell(f.cell);
    if (!cell || f.sheet === null || !MARK_COLORS[f.severity] || !byName.has(f.sheet)) continue;
    const at = parseAddress(cell)!;
    const key = `${f.sheet}\u0000${cell}`;
    const known = best.get(key);
    if (!known || RANK[f.severity] > RANK[known.severity]) best.set(key, { sheet: f.sheet, row: at.row, column: at.column, severity: f.severity });
  }
  const plan: MarkPlan = { rules: [], cells: new Map(), skippedHidden: new Map(), skippedProtected: new Map() };
  const groups = new Map<string, { sheet: string; severity: Severity; block: number; cells: Array<{ row: number; column: number }> }>();
  for (const t of best.values()) {
    const sheet = byName.get(t.sheet)!;
    if (!sheet.visible) bump(plan.skippedHidden, t.sheet);
    else if (sheet.protected) bump(plan.skippedProtected, t.sheet);
    else {
      bump(plan.cells, t.sheet);
      const block = Math.floor(t.row / ROWS_PER_RULE);
      const key = `${t.sheet}\u0000${t.severity}\u0000${block}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { sheet: t.sheet, severity: t.severity, block, cells: [] }));
      g.cells.push({ row: t.row, column: t.column });
    }
  }
  for (const [key, g] of groups) {
    areaLists(g.cells).forEach((list, i) =>
      plan.rules.push({ key: `${key}\u0000${i}`, sheet: g.sheet, severity: g.severity, color: MARK_COLORS[g.severity]!, address: list.address, cells: list.cells }),
    );
  }
  return plan;
}

/**
 * Cells → compact areas: runs along a row become "C2:F2", and equal runs on consecutive rows are
 * stacked ("C2:C40"). The areas are then cut into lists of at most MAX_ADDRESS_CHARS.
 */
export function areaLists(cells: ReadonlyArray<{ row: number; column: number }>): Array<{ address: string; cells: number }> {
  const rows = new Map<number, number[]>();
  for (const c of cells) {
    let list = rows.get(c.row);
    if (!list) rows.set(c.row, (list = []));
    list.push(c.column);
  }
  // Runs per row, as "c0-c1" keys, so equal runs on consecutive rows can be stacked.
  const open = new Map<string, { r0: number; r1: number; c0: number; c1: number }>();
  const boxes: Array<{ r0: number; r1: number; c0: number; c1: number }> = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(rows.get(row)!)].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [c0, c1] of runs) {
      const k = `${c0}-${c1}`;
      seen.add(k);
      const box = open.get(k);
      if (box && box.r1 === row - 1) box.r1 = row;
      else {
        const fresh = { r0: row, r1: row, c0, c1 };
        open.set(k, fresh);
        boxes.push(fresh);
      }
    }
  }
  const lists: Array<{ address: string; cells: number }> = [];
  let parts: string[] = [];
  let length = 0;
  let count = 0;
  for (const b of boxes) {
    const tl = cellAddress(b.r0, b.c0);
    const br = cellAddress(b.r1, b.c1);
    const a = tl === br ? tl : `${tl}:${br}`;
    if (parts.length > 0 && length + a.length + 1 > MAX_ADDRESS_CHARS) {
      lists.push({ address: parts.join(','), cells: count });
      parts = [];
      length = 0;
      count = 0;
    }
    parts.push(a);
    length += a.length + 1;
    count += (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
  }
  if (parts.length > 0) lists.push({ address: parts.join(','), cells: count });
  return lists;
}
