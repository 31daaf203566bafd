import type { Finding } from '../../engine';
import { BudgetedQueue } from './budget';
import { clearLegacyMarks } from './legacy-marks';
import { isMarkFormula, markFormula, planMarks, type MarkPlan, type MarkRule, type SheetState } from './marks-plan';
import { actionBytes, escapedJsonLength, pathBytes, queryBytes, resultBytes } from './request-size';

/**
 * Marks are conditional-format rules owned by the add-in; the cell's own format is never touched.
 * Why this and not painting fills with a journal of the old ones (the first design):
 * - nothing of the user's is ever overwritten, so no failure can lose it: a protected sheet, a
 *   dropped connection, a size limit or a closed pane in the middle of marking leaves some rules
 *   made and others not, and every one of them is still recognisable and removable;
 * - Excel itself keeps the rules with their cells when rows are inserted or deleted, when a range
 *   is sorted, and when a sheet is renamed, on the web, Windows and Mac alike, where a journal of
 *   cell addresses goes stale;
 * - each rule names the add-in in its formula (marks-plan.ts), so Xóa đánh dấu removes exactly the
 *   add-in's rules, found on every sheet, also in a workbook reopened later, and nothing else;
 * - rules are placed first (priority 0), so a mark shows over the user's own conditional formats,
 *   and removing them gives back exactly what the user saw before.
 * Marks from the first design (painted fills recorded in a custom XML part) are still removed.
 */

export interface MarkOutcome {
  /** Cells that now carry a mark. */
  marked: number;
  /** Sheets whose findings were not marked: hidden (nobody would see them) or protected (Excel refuses). */
  hiddenSheets: string[];
  protectedSheets: string[];
  /** Rules of the add-in removed. */
  removedRules: number;
  /** Sheets still holding marks that could not be removed because the sheet is protected. */
  stuckSheets: string[];
  /** Old-style marks whose fill was put back, and those the user had refilled since (left alone). */
  legacyRestored: number;
  legacyKept: number;
}

/** The rules this pane made in this session, by plan key, so a re-check after an edit rewrites only what changed. */
export type MarkLedger = Map<string, { sheetId: string; ruleId: string; address: string; color: string }>;

export interface SheetInfo extends SheetState {
  id: string;
}

export type Progress = (done: number, total: number) => void;

const RULE_ID_ANSWER = resultBytes({ Id: '{00000000-0000-0000-0000-000000000000}' });
/** One rule in a listing of a sheet's rules: its id and type. */
const RULE_LISTING_ANSWER = escapedJsonLength({ Id: '{00000000-0000-0000-0000-000000000000}', Type: 'PresetCriteria' }) + 1;

export async function loadSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility,items/protection/protected');
  await context.sync();
  return worksheets.items.map((ws) => ({ name: ws.name, id: ws.id, visible: ws.visibility === 'Visible', protected: ws.protection.protected }));
}

/**
 * The add-in's rules on every sheet: counted first (sorting can cut a rule into many pieces, and
 * the list of a sheet's rules is an answer like any other), then listed and their formulas read,
 * in batches whose answers stay under the budget: three syncs for an ordinary workbook.
 */
async function findOurRules(context: Excel.RequestContext, sheets: readonly SheetInfo[]): Promise<Array<{ sheet: SheetInfo; id: string }>> {
  const collection = (sheet: SheetInfo) => context.workbook.worksheets.getItem(sheet.id).getRange().conditionalFormats;
  const counts = sheets.map((sheet) => collection(sheet).getCount());
  await context.sync();
  const lists = new BudgetedQueue(context);
  const all: Array<{ sheet: SheetInfo; rules: Excel.ConditionalFormatCollection }> = [];
  for (const [i, sheet] of sheets.entries()) {
    if (counts[i].value === 0) continue;
    await lists.add(
      pathBytes('GetItem', [sheet.id]) + pathBytes('GetRange') + pathBytes('ConditionalFormats') + queryBytes(['Items/Id', 'Items/Type']),
      () => {
        const rules = collection(sheet);
        rules.load('items/id,items/type');
        all.push({ sheet, rules });
      },
      counts[i].value * RULE_LISTING_ANSWER,
    );
  }
  await lists.flush();
  const queue = new BudgetedQueue(context);
  const custom: Array<{ sheet: SheetInfo; id: string; rule: Excel.ConditionalFormatRule }> = [];
  for (const { sheet, rules } of all) {
    for (const item of rules.items) {
      if (item.type !== 'Custom') continue;
      await queue.add(
        pathBytes('GetItem', [item.id]) + pathBytes('Custom') + pathBytes('Rule') + queryBytes(['Formula']),
        () => {
          const rule = item.custom.rule;
          rule.load('formula');
          custom.push({ sheet, id: item.id, rule });
        },
        resultBytes({ Formula: 'x'.repeat(512) }),
      );
    }
  }
  await queue.flush();
  return custom.filter((c) => isMarkFormula(c.rule.formula)).map(({ sheet, id }) => ({ sheet, id }));
}

function ruleBytes(rule: MarkRule, sheetId: string): number {
  return (
    pathBytes('GetItem', [sheetId]) +
    pathBytes('GetRanges', [rule.address]) +
    pathBytes('ConditionalFormats') +
    actionBytes('Add', ['Custom']) +
    pathBytes('Add', ['Custom']) +
    pathBytes('Custom') +
    pathBytes('Rule') +
    actionBytes('Formula', [markFormula(rule.severity)]) +
    pathBytes('Format') +
    pathBytes('Fill') +
    actionBytes('Color', [rule.color]) +
    actionBytes('Priority', [0]) +
    queryBytes(['Id'])
  );
}

function deleteBytes(sheetId: string, ruleId: string): number {
  return pathBytes('GetItem', [sheetId]) + pathBytes('GetRange') + pathBytes('ConditionalFormats') + pathBytes('GetItem', [ruleId]) + actionBytes('Delete');
}

function queueDelete(context: Excel.RequestContext, sheetId: string, ruleId: string): void {
  context.workbook.worksheets.getItem(sheetId).getRange().conditionalFormats.getItem(ruleId).delete();
}

/** Queues one rule; its id is read back into the ledger after the sync. */
function queueRule(context: Excel.RequestContext, rule: MarkRule, sheetId: string): Excel.ConditionalFormat {
  const cf = context.workbook.worksheets.getItem(sheetId).getRanges(rule.address).conditionalFormats.add('Custom');
  cf.custom.rule.formula = markFormula(rule.severity);
  cf.custom.format.fill.color = rule.color;
  cf.priority = 0;
  cf.load('id');
  return cf;
}

function names(map: ReadonlyMap<string, number>): string[] {
  return [...map.keys()];
}

function total(map: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of map.values()) n += v;
  return n;
}

/**
 * Writes deletions then new rules in budgeted batches. The ledger is updated after each sync, so
 * whatever a failure leaves made is known (and in any case recognisable by its formula).
 */
async function apply(
  context: Excel.RequestContext,
  deletes: ReadonlyArray<{ sheetId: string; ruleId: string; key?: string }>,
  rules: readonly MarkRule[],
  sheetIds: ReadonlyMap<string, string>,
  ledger: MarkLedger,
  progress: Progress,
): Promise<void> {
  const steps = deletes.length + rules.length;
  let done = 0;
  const pending: Array<{ rule: MarkRule; sheetId: string; cf: Excel.ConditionalFormat }> = [];
  const removed: string[] = [];
  const queue = new BudgetedQueue(context, undefined, () => {
    for (const key of removed.splice(0)) ledger.delete(key);
    for (const p of pending.splice(0)) ledger.set(p.rule.key, { sheetId: p.sheetId, ruleId: p.cf.id, address: p.rule.address, color: p.rule.color });
    progress(done, steps);
  });
  for (const d of deletes) {
    await queue.add(deleteBytes(d.sheetId, d.ruleId), () => {
      queueDelete(context, d.sheetId, d.ruleId);
      if (d.key) removed.push(d.key);
    });
    done++;
  }
  for (const rule of rules) {
    const sheetId = sheetIds.get(rule.sheet)!;
    await queue.add(ruleBytes(rule, sheetId), () => void pending.push({ rule, sheetId, cf: queueRule(context, rule, sheetId) }), RULE_ID_ANSWER);
    done++;
  }
  await queue.flush();
}

function outcome(plan: MarkPlan | null, removedRules: number, stuck: string[], legacy: { restored: number; kept: number; waiting: string[] }): MarkOutcome {
  return {
    marked: plan ? total(plan.cells) : 0,
    hiddenSheets: plan ? names(plan.skippedHidden) : [],
    protectedSheets: plan ? names(plan.skippedProtected) : [],
    removedRules,
    stuckSheets: [...new Set([...stuck, ...legacy.waiting])],
    legacyRestored: legacy.restored,
    legacyKept: legacy.kept,
  };
}

/** Finds every mark of the add-in, putting old-style fills back on the way. */
async function removeAll(context: Excel.RequestContext, sheets: readonly SheetInfo[]) {
  const protectedNames = new Set(sheets.filter((s) => s.protected).map((s) => s.name));
  const legacy = await clearLegacyMarks(context, protectedNames, new Set(sheets.map((s) => s.name)));
  const ours = await findOurRules(context, sheets);
  const removable = ours.filter((r) => !r.sheet.protected);
  const stuck = [...new Set(ours.filter((r) => r.sheet.protected).map((r) => r.sheet.name))];
  return { legacy, removable, stuck };
}

/** Kiểm tra: replaces every mark with the marks of these findings. */
export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], ledger: MarkLedger = new Map(), progress: Progress = () => undefined): Promise<MarkOutcome> {
  const sheets = await loadSheets(context);
  const { legacy, removable, stuck } = await removeAll(context, sheets);
  const plan = planMarks(findings, sheets);
  ledger.clear();
  const sheetIds = new Map(sheets.map((s) => [s.name, s.id]));
  await apply(
    context,
    removable.map((r) => ({ sheetId: r.sheet.id, ruleId: r.id })),
    plan.rules,
    sheetIds,
    ledger,
    progress,
  );
  return outcome(plan, removable.length, stuck, legacy);
}

/** Xóa đánh dấu: removes every mark of the add-in, of this design and of the first one. */
export async function clearMarks(context: Excel.RequestContext, ledger: MarkLedger = new Map(), progress: Progress = () => undefined): Promise<MarkOutcome> {
  const sheets = await loadSheets(context);
  const { legacy, removable, stuck } = await removeAll(context, sheets);
  await apply(
    context,
    removable.map((r) => ({ sheetId: r.sheet.id, ruleId: r.id })),
    [],
    new Map(),
    ledger,
    progress,
  );
  ledger.clear();
  return outcome(null, removable.length, stuck, legacy);
}

/**
 * Kiểm tra tự động: after an edit, only the rules whose cells or colour changed are rewritten
 * (rules cover blocks of rows, so an edit touches the blocks of its rows). Anything unexpected
 * (a rule the user deleted, a sheet gone) falls back to marking everything again.
 */
export async function remarkChanged(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  ledger: MarkLedger,
  progress: Progress = () => undefined,
): Promise<MarkOutcome & { rewritten: number }> {
  const sheets = await loadSheets(context);
  const plan = planMarks(findings, sheets);
  const sheetIds = new Map(sheets.map((s) => [s.name, s.id]));
  const knownSheets = new Set(sheets.map((s) => s.id));
  if ([...ledger.values()].some((m) => !knownSheets.has(m.sheetId))) return { ...(await markFindings(context, findings, ledger, progress)), rewritten: -1 };
  const wanted = new Map(plan.rules.map((r) => [r.key, r]));
  const deletes: Array<{ sheetId: string; ruleId: string; key: string }> = [];
  const adds: MarkRule[] = [];
  for (const [key, old] of ledger) {
    const next = wanted.get(key);
    if (!next || next.address !== old.address || next.color !== old.color || sheetIds.get(next.sheet) !== old.sheetId) deletes.push({ sheetId: old.sheetId, ruleId: old.ruleId, key });
  }
  for (const rule of plan.rules) {
    const old = ledger.get(rule.key);
    if (!old || deletes.some((d) => d.key === rule.key)) adds.push(rule);
  }
  try {
    await apply(context, deletes, adds, sheetIds, ledger, progress);
  } catch {
    return { ...(await markFindings(context, findings, ledger, progress)), rewritten: -1 };
  }
  return { ...outcome(plan, deletes.length, [], { restored: 0, kept: 0, waiting: [] }), rewritten: deletes.length + adds.length };
}
