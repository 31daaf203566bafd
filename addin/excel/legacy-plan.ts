/**
 * Marks of the add-in's first design: the cell's own fill was painted and its previous fill kept in
 * a custom XML part (./legacy-state.ts). Nothing makes such marks any more; this plans putting the
 * recorded fills back so that workbooks marked by older versions are still cleaned exactly.
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

/** What older versions saved in the workbook. */
export interface MarkState {
  version: 1;
  marks: Mark[];
}

export interface Restore {
  sheet: string;
  cell: string;
  previous: FillLook;
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** True when the cell still shows the old mark (so the user has not refilled it since). */
export function showsMark(look: FillLook | undefined, color: string): boolean {
  if (!look || !look.color) return false;
  return look.color.toUpperCase() === color.toUpperCase() && (look.pattern === null || look.pattern === 'Solid');
}

/**
 * Which recorded fills to put back: only where the cell still shows the old mark; a fill the user
 * chose after marking is theirs and stays (`kept`). Cells whose sheet is gone have no look.
 */
export function planLegacyClearing(state: MarkState, looks: ReadonlyMap<string, FillLook>): { restores: Restore[]; kept: number } {
  const restores: Restore[] = [];
  let kept = 0;
  for (const m of state.marks) {
    const look = looks.get(cellKey(m.sheet, m.cell));
    if (!look) continue;
    if (showsMark(look, m.color)) restores.push({ sheet: m.sheet, cell: m.cell, previous: m.previous });
    else kept++;
  }
  return { restores, kept };
}
