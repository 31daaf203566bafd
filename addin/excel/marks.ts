import type { Finding } from '../../engine';
import { BYTES_PER_CELL_OPERATION, BudgetedQueue, utf8Length } from './budget';
import { cellKey, cellsToRead, markTargets, planClearing, planMarking, type CellRef, type FillLook, type FillOperation, type MarkState } from './marks-plan';
import { MARKS_NAMESPACE, stateFromXml, stateToXml } from './marks-state';

/**
 * Marks and unmarks cells in the open workbook. Only fills are changed, never values. Every step
 * is one sync for the whole workbook (more only when a request would pass 5 MB):
 * 1. sheet names and the saved state's parts, 2. the parts' XML, 3. the current fills,
 * 4. the new fills and the new state.
 */

export interface MarkOutcome {
  /** Cells that now carry a mark. */
  marked: number;
  /** Cells given back their previous look. */
  restored: number;
  /** Old marks left alone because the user refilled the cell since. */
  kept: number;
}

const FILL_PROPERTIES = 'color,pattern,patternColor,tintAndShade';
/** A loaded fill comes back as four short properties with their names. */
const BYTES_PER_LOADED_FILL = BYTES_PER_CELL_OPERATION;

interface Saved {
  sheetNames: string[];
  state: MarkState | null;
  parts: Excel.CustomXmlPart[];
}

async function loadSaved(context: Excel.RequestContext): Promise<Saved> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const parts = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  const xml = parts.items.map((part) => part.getXml());
  if (xml.length > 0) await context.sync();
  return {
    sheetNames: worksheets.items.map((ws) => ws.name),
    state: stateFromXml(xml.map((x) => x.value)),
    parts: parts.items,
  };
}

/** Worksheet proxies reused per sheet name, so each operation does not repeat the lookup. */
function sheetCache(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

async function readLooks(context: Excel.RequestContext, cells: CellRef[], sheetNames: string[]): Promise<Map<string, FillLook>> {
  const present = new Set(sheetNames);
  const sheet = sheetCache(context);
  const queue = new BudgetedQueue(context);
  const loaded: Array<{ key: string; fill: Excel.RangeFill }> = [];
  for (const ref of cells) {
    if (!present.has(ref.sheet)) continue;
    await queue.add(BYTES_PER_LOADED_FILL + utf8Length(ref.sheet), () => {
      const fill = sheet(ref.sheet).getRange(ref.cell).format.fill;
      fill.load(FILL_PROPERTIES);
      loaded.push({ key: cellKey(ref.sheet, ref.cell), fill });
    });
  }
  await queue.flush();
  const looks = new Map<string, FillLook>();
  for (const { key, fill } of loaded) {
    looks.set(key, { color: fill.color ?? null, pattern: fill.pattern ?? null, patternColor: fill.patternColor ?? null, tintAndShade: fill.tintAndShade ?? null });
  }
  return looks;
}

function isNoFill(look: FillLook): boolean {
  return look.pattern === 'None' || (look.pattern === null && (look.color === null || look.color.toUpperCase() === '#FFFFFF'));
}

/** How many operations applyLook queues, for the payload estimate. */
function lookOperations(look: FillLook): number {
  return isNoFill(look) ? 1 : 4;
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

/** No fill or a plain solid one: setting the colour alone gives the mark. */
function isPlain(look: FillLook): boolean {
  return look.pattern === 'None' || look.pattern === null || (look.pattern === 'Solid' && !look.tintAndShade);
}

async function write(context: Excel.RequestContext, operations: FillOperation[], state: MarkState, oldParts: Excel.CustomXmlPart[]): Promise<void> {
  const sheet = sheetCache(context);
  const queue = new BudgetedQueue(context);
  for (const op of operations) {
    const plain = op.kind === 'mark' && isPlain(op.previous);
    const bytes = (op.kind === 'restore' ? lookOperations(op.previous) : plain ? 1 : 2) * BYTES_PER_CELL_OPERATION + utf8Length(op.sheet);
    await queue.add(bytes, () => {
      const fill = sheet(op.sheet).getRange(op.cell).format.fill;
      if (op.kind === 'restore') applyLook(fill, op.previous);
      else {
        // A patterned or tinted cell is cleared first so that it shows the plain mark colour.
        if (!plain) fill.clear();
        fill.color = op.color;
      }
    });
  }
  // The state is replaced after the fills, so an interrupted run keeps the older, still valid record.
  for (const part of oldParts) await queue.add(BYTES_PER_CELL_OPERATION, () => part.delete());
  for (const xml of stateToXml(state)) {
    await queue.add(utf8Length(xml) + BYTES_PER_CELL_OPERATION, () => {
      context.workbook.customXmlParts.add(xml);
    });
  }
  await queue.flush();
}

/** Marks the cells of the findings (error: light red, warning: light yellow), replacing older marks. */
export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[]): Promise<MarkOutcome> {
  const saved = await loadSaved(context);
  const targets = markTargets(findings, saved.sheetNames);
  const looks = await readLooks(context, cellsToRead(targets, saved.state), saved.sheetNames);
  const plan = planMarking(targets, saved.state, looks);
  await write(context, plan.operations, plan.state, saved.parts);
  return {
    marked: plan.state.marks.length,
    restored: plan.operations.filter((op) => op.kind === 'restore').length,
    kept: plan.kept,
  };
}

/** Removes every mark and gives each cell back the look it had before, also across sessions. */
export async function clearMarks(context: Excel.RequestContext): Promise<MarkOutcome> {
  const saved = await loadSaved(context);
  if (!saved.state) return { marked: 0, restored: 0, kept: 0 };
  const looks = await readLooks(context, cellsToRead(new Map(), saved.state), saved.sheetNames);
  const plan = planClearing(saved.state, looks);
  await write(context, plan.operations, plan.state, saved.parts);
  return { marked: 0, restored: plan.operations.length, kept: plan.kept };
}
