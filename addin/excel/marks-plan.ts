import type { Finding, Severity } from '../../engine';
import { parseAddress } from '../../engine';

/**
 * The marking plan as pure data: which cells get which fill, and what to put back. The Office.js
 * side (./marks.ts) only reads the current looks, applies the operations and stores the state.
 */

/** A cell's fill as Office.js reports it (ExcelApi 1.9: pattern, patternColor, tintAndShade). */
export interface FillLook {
  color: string | null;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
}

/** One marked cell and the look it had before the first mark. */
export interface Mark {
  sheet: string;
  cell: string;
  /** The fill colour the add-in applied. */
  color: string;
  previous: FillLook;
}

/** What is saved in the workbook between sessions. */
export interface MarkState {
  version: 1;
  marks: Mark[];
}

export type FillOperation =
  | { kind: 'mark'; sheet: string; cell: string; color: string; previous: FillLook }
  | { kind: 'restore'; sheet: string; cell: string; previous: FillLook };

export interface CellRef {
  sheet: string;
  cell: string;
}

/** Light red and light yellow, as Excel's own "Bad" and "Neutral" styles. Info is not marked. */
export const MARK_COLORS: Readonly<Partial<Record<Severity, string>>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** "$b$12" → "B12"; null for anything that is not a single cell (ranges, whole sheets). */
export function normalizeCell(cell: string | null): string | null {
  if (!cell) return null;
  const clean = cell.replace(/\$/g, '').toUpperCase();
  return parseAddress(clean) ? clean : null;
}

/**
 * The cells to mark: one per cell, with the colour of its most severe finding. Findings without a
 * cell, on a sheet the workbook does not have, or of severity info are left to the list.
 */
export function markTargets(findings: readonly Finding[], sheetNames: readonly string[]): Map<string, CellRef & { color: string }> {
  const sheets = new Set(sheetNames);
  const best = new Map<string, CellRef & { severity: Severity }>();
  for (const f of findings) {
    const cell = normalizeCell(f.cell);
    if (!cell || f.sheet === null || !sheets.has(f.sheet) || !MARK_COLORS[f.severity]) continue;
    const key = cellKey(f.sheet, cell);
    const known = best.get(key);
    if (!known || RANK[f.severity] > RANK[known.severity]) best.set(key, { sheet: f.sheet, cell, severity: f.severity });
  }
  const targets = new Map<string, CellRef & { color: string }>();
  for (const [key, t] of best) targets.set(key, { sheet: t.sheet, cell: t.cell, color: MARK_COLORS[t.severity]! });
  return targets;
}

/** The cells whose current look must be read before planning: the new targets and the old marks. */
export function cellsToRead(targets: ReadonlyMap<string, CellRef>, existing: MarkState | null): CellRef[] {
  const cells = new Map<string, CellRef>();
  for (const [key, t] of targets) cells.set(key, { sheet: t.sheet, cell: t.cell });
  for (const m of existing?.marks ?? []) cells.set(cellKey(m.sheet, m.cell), { sheet: m.sheet, cell: m.cell });
  return [...cells.values()];
}

/** True when the cell still shows the add-in's solid mark (so the user has not refilled it since). */
export function showsMark(look: FillLook | undefined, color: string): boolean {
  if (!look || !look.color) return false;
  return look.color.toUpperCase() === color.toUpperCase() && (look.pattern === null || look.pattern === 'Solid');
}

/**
 * Plans the new marks against the old ones.
 * - A cell to mark that already carries our mark keeps its original "previous" look.
 * - A cell to mark that the user has refilled since counts its current look as the previous one.
 * - An old mark no longer wanted is restored, but only if the cell still shows our mark:
 *   a fill the user chose after marking is theirs and stays.
 * Cells on sheets that no longer exist (`looks` has no entry) are dropped from the state.
 */
export function planMarking(
  targets: ReadonlyMap<string, CellRef & { color: string }>,
  existing: MarkState | null,
  looks: ReadonlyMap<string, FillLook>,
): { operations: FillOperation[]; state: MarkState; kept: number } {
  const operations: FillOperation[] = [];
  const marks: Mark[] = [];
  const old = new Map<string, Mark>();
  for (const m of existing?.marks ?? []) old.set(cellKey(m.sheet, m.cell), m);
  let kept = 0;

  for (const [key, t] of targets) {
    const look = looks.get(key);
    if (!look) continue;
    const before = old.get(key);
    const previous = before && showsMark(look, before.color) ? before.previous : look;
    marks.push({ sheet: t.sheet, cell: t.cell, color: t.color, previous });
    if (!showsMark(look, t.color)) operations.push({ kind: 'mark', sheet: t.sheet, cell: t.cell, color: t.color, previous: look });
  }
  for (const [key, m] of old) {
    if (targets.has(key)) continue;
    const look = looks.get(key);
    if (!look) continue;
    if (showsMark(look, m.color)) operations.push({ kind: 'restore', sheet: m.sheet, cell: m.cell, previous: m.previous });
    else kept++;
  }
  return { operations, state: { version: 1, marks }, kept };
}

/** Removing every mark is planning with nothing to mark. */
export function planClearing(existing: MarkState | null, looks: ReadonlyMap<string, FillLook>) {
  return planMarking(new Map(), existing, looks);
}
