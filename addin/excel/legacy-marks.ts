import { BudgetedQueue, utf8Length } from './budget';
import { cellKey, planLegacyClearing, type FillLook, type MarkState } from './legacy-plan';
import { MARKS_NAMESPACE, stateFromXml, stateToXml } from './legacy-state';
import { actionBytes, pathBytes, queryBytes, resultBytes } from './request-size';

/**
 * Removes marks left by older versions of the add-in (painted fills, previous fills in a custom XML
 * part): each cell that still shows the old mark gets its recorded fill back. Cells on protected
 * sheets cannot be written; their records are kept so that a later run, once the sheet is
 * unprotected, still restores them.
 */
const FILL_PROPERTIES = ['color', 'pattern', 'patternColor', 'tintAndShade'];
/** The largest answer one fill read can give: four properties with long values. */
const FILL_ANSWER = resultBytes({ Color: '#FFFFFF', Pattern: 'LinearGradient', PatternColor: '#FFFFFF', TintAndShade: -0.123456789012345 });

export interface LegacyOutcome {
  restored: number;
  kept: number;
  /** Sheets whose old marks wait for the sheet to be unprotected. */
  waiting: string[];
}

function isNoFill(look: FillLook): boolean {
  return look.pattern === 'None' || (look.pattern === null && (look.color === null || look.color.toUpperCase() === '#FFFFFF'));
}

/** Puts a recorded look back. "No fill" is cleared, not painted white. */
export function applyLook(fill: Excel.RangeFill, look: FillLook): void {
  if (isNoFill(look)) {
    fill.clear();
    return;
  }
  if (look.color) fill.color = look.color;
  if (look.pattern) fill.pattern = look.pattern as Excel.FillPattern;
  if (look.pattern && look.pattern !== 'Solid' && look.patternColor) fill.patternColor = look.patternColor;
  if (look.tintAndShade) fill.tintAndShade = look.tintAndShade;
}

function rangeBytes(sheet: string, cell: string): number {
  return pathBytes('GetItem', [sheet]) + pathBytes('GetRange', [cell]) + pathBytes('Format') + pathBytes('Fill');
}

export async function clearLegacyMarks(context: Excel.RequestContext, protectedSheets: ReadonlySet<string>, existing: ReadonlySet<string>): Promise<LegacyOutcome> {
  const parts = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  if (parts.items.length === 0) return { restored: 0, kept: 0, waiting: [] };
  // Older versions kept up to 5.000 marks per part, about a megabyte of escaped text each.
  const xmlReads = new BudgetedQueue(context);
  const xml: Array<OfficeExtension.ClientResult<string>> = [];
  for (const part of parts.items) await xmlReads.add(pathBytes('GetItem', [part.id]) + actionBytes('GetXml'), () => void xml.push(part.getXml()), 1_500_000);
  await xmlReads.flush();
  const state: MarkState = stateFromXml(xml.map((x) => x.value)) ?? { version: 1, marks: [] };

  const writable = state.marks.filter((m) => existing.has(m.sheet) && !protectedSheets.has(m.sheet));
  const waiting = state.marks.filter((m) => existing.has(m.sheet) && protectedSheets.has(m.sheet));

  const reads = new BudgetedQueue(context);
  const loaded: Array<{ key: string; fill: Excel.RangeFill }> = [];
  for (const m of writable) {
    await reads.add(
      rangeBytes(m.sheet, m.cell) + queryBytes(FILL_PROPERTIES),
      () => {
        const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
        fill.load(FILL_PROPERTIES.join(','));
        loaded.push({ key: cellKey(m.sheet, m.cell), fill });
      },
      FILL_ANSWER,
    );
  }
  await reads.flush();
  const looks = new Map<string, FillLook>();
  for (const { key, fill } of loaded) looks.set(key, { color: fill.color ?? null, pattern: fill.pattern ?? null, patternColor: fill.patternColor ?? null, tintAndShade: fill.tintAndShade ?? null });
  const plan = planLegacyClearing({ version: 1, marks: writable }, looks);

  const writes = new BudgetedQueue(context);
  for (const r of plan.restores) {
    const bytes = rangeBytes(r.sheet, r.cell) + 4 * actionBytes('PatternColor', [r.previous.patternColor ?? '#FFFFFF']);
    await writes.add(bytes, () => applyLook(context.workbook.worksheets.getItem(r.sheet).getRange(r.cell).format.fill, r.previous));
  }
  // The record goes only after the fills are back, so an interrupted run keeps a valid record.
  for (const part of parts.items) await writes.add(pathBytes('GetItem', [part.id]) + actionBytes('Delete'), () => part.delete());
  for (const doc of stateToXml({ version: 1, marks: waiting })) {
    // Quotes in the JSON text are escaped once more in the request: count them twice.
    await writes.add(2 * utf8Length(doc) + actionBytes('Add', ['']), () => void context.workbook.customXmlParts.add(doc));
  }
  await writes.flush();
  return { restored: plan.restores.length, kept: plan.kept, waiting: [...new Set(waiting.map((m) => m.sheet))] };
}
