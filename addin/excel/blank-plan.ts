import { LIST_SHEET_NAME, SHEETS, fitsInlineList, fold, type BlankSheet, type BlankWorkbookPlan } from '../../engine';
import { columnLetters } from '../../engine';

/**
 * Pure decisions for "Tạo sổ mẫu": which sheets of the blank plan the open workbook lacks, and
 * where long dropdown lists go. The layout itself comes from the engine's plan, the same one the
 * command line's `init` writes, so both give the same sheets.
 */

/** Every name a plan sheet is known by (its name and the aliases the validator accepts), folded. */
function knownNames(sheet: BlankSheet): string[] {
  const spec = Object.values(SHEETS).find((s) => fold(s.name) === fold(sheet.name));
  return [sheet.name, ...(spec?.aliases ?? [])].map(fold);
}

/** The plan's sheets the workbook does not have yet, under any accepted spelling. */
export function sheetsToAdd(plan: BlankWorkbookPlan, existing: readonly string[]): BlankSheet[] {
  const have = new Set(existing.map(fold));
  return plan.sheets.filter((sheet) => !knownNames(sheet).some((n) => have.has(n)));
}

/** A name not used yet: "Danh mục", then "Danh mục 2", … */
export function freeName(base: string, existing: readonly string[]): string {
  const have = new Set(existing.map(fold));
  if (!have.has(fold(base))) return base;
  for (let i = 2; ; i++) if (!have.has(fold(`${base} ${i}`))) return `${base} ${i}`;
}

/**
 * Lists too long for an inline source, or with commas, go to a hidden sheet, one column each;
 * equal lists share a column. `source()` gives what Office.js' list rule takes.
 */
export class ListColumns {
  private readonly columns = new Map<string, { ref: string; values: readonly string[]; index: number }>();
  private readonly existing: number;

  /**
   * `present` are the columns the list sheet already holds (a sheet made by an earlier Tạo sổ mẫu,
   * which the user's sheets' dropdowns point to): equal lists reuse them, new lists go after them.
   */
  constructor(
    readonly sheetName: string = LIST_SHEET_NAME,
    present: ReadonlyArray<readonly string[]> = [],
  ) {
    present.forEach((values, index) => {
      if (values.length > 0) this.columns.set(values.join('\u0000'), { ref: this.ref(index, values.length), values, index });
    });
    this.existing = present.length;
  }

  private ref(index: number, length: number): string {
    const letters = columnLetters(index);
    return `'${this.sheetName.replace(/'/g, "''")}'!$${letters}$1:$${letters}$${length}`;
  }

  source(values: readonly string[]): string {
    if (fitsInlineList(values)) return values.join(',');
    const key = values.join('\u0000');
    let known = this.columns.get(key);
    if (!known) {
      const index = Math.max(this.existing, ...[...this.columns.values()].map((c) => c.index + 1));
      known = { ref: this.ref(index, values.length), values, index };
      this.columns.set(key, known);
    }
    return `=${known.ref}`;
  }

  /** The columns this run adds to the list sheet (by zero-based column), empty when none is needed. */
  added(): Array<{ column: number; values: readonly string[] }> {
    return [...this.columns.values()].filter((c) => c.index >= this.existing).map((c) => ({ column: c.index, values: c.values }));
  }
}

/** exceljs-style width (characters) → Office.js columnWidth (points), for Calibri 11. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
