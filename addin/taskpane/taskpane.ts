import { infoSheetName, validateWorkbook } from '../../engine';
import templateDataUrl from '../../templates/bao-cao-mac-dinh.docx';
import type { Finding, Period, ValidationResult } from '../../engine';
import { buildReport } from '../../report';
import { addBlankSheets } from '../excel/blank-sheets';
import { clearMarks, markFindings, remarkChanged, type MarkLedger, type MarkOutcome } from '../excel/marks';
import { selectCell, showSheet } from '../excel/navigate';
import { readOpenWorkbook } from '../excel/read';
import { blobUrl, downloadBytes } from './download';
import { errorSentence } from './error-text';
import { reportFileName } from './file-name';
import { TEXT } from './labels';
import { ask } from './view/confirm';
import { byId } from './view/dom';
import { renderFindings, renderSummary } from './view/findings-view';
import { StatusLine } from './view/status';
import { selectTab, setUpTabs, showTabs } from './view/tabs';
import { renderTargets } from './view/targets-view';

/**
 * The pane's controller: buttons → Excel adapter and engine → views. All checking is the engine's;
 * this file only sequences the steps, reports progress and turns failures into Vietnamese.
 */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** How long the pane waits for Office before saying it cannot reach Excel. */
const OFFICE_TIMEOUT_MS = 8_000;
/** Edits closer together than this are checked once (typing down a column, pasting). */
const LIVE_DEBOUNCE_MS = 700;

let status: StatusLine;
let busy = false;
let platform = '';
/** The add-in's mark rules made in this session, for re-marking only what changed. */
const ledger: MarkLedger = new Map();
let hiddenSheets = new Set<string>();

const buttons = () => ['btn-check', 'btn-clear', 'btn-report', 'btn-blank'].map((id) => byId<HTMLButtonElement>(id));

/** Runs one user action with the buttons disabled and errors shown in Vietnamese. */
async function guarded(what: string, work: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  buttons().forEach((b) => (b.disabled = true));
  try {
    await work();
  } catch (err) {
    status.done(errorSentence(what, err), 'error');
  } finally {
    busy = false;
    buttons().forEach((b) => (b.disabled = false));
  }
}

/** Lets the browser paint the status line before a long synchronous step. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function validateOpenWorkbook(): Promise<ValidationResult> {
  status.progress(TEXT.reading, 0, 1);
  const open = await Excel.run((context) => readOpenWorkbook(context, (done, total) => status.progress(TEXT.reading, done, total)));
  status.progress(TEXT.validating, 1, 1);
  await repaint();
  const result = validateWorkbook(open.workbook);
  hiddenSheets = new Set(open.sheets.filter((s) => !s.visible).map((s) => s.name));
  show(result);
  return result;
}

function show(result: ValidationResult): void {
  byId('unit').textContent = result.unit ? `${result.unit} · giai đoạn ${result.period} · năm ${result.year}` : '';
  byId<HTMLSelectElement>('period').value = result.period;
  renderSummary(byId('summary'), result.summary);
  renderFindings(byId('findings'), result.findings, { onSelect: (f) => void select(f), hiddenSheets, onShowSheet: (s) => void reveal(s) });
  renderTargets(byId('targets'), result.targets);
  const wasShown = !byId('tabs').hidden;
  showTabs(result.findings.length, result.targets.length);
  if (!wasShown) selectTab(0);
}

async function reveal(sheet: string): Promise<boolean> {
  try {
    const found = await Excel.run((context) => showSheet(context, sheet));
    if (!found) {
      status.done(TEXT.sheetGone(sheet), 'warn');
      return false;
    }
    hiddenSheets.delete(sheet);
    status.done(TEXT.sheetShown(sheet));
    return true;
  } catch (err) {
    status.done(errorSentence('Hiện sheet', err), 'error');
    return false;
  }
}

async function select(f: Finding): Promise<void> {
  if (f.sheet === null) return;
  const sheet = f.sheet;
  if (hiddenSheets.has(sheet)) {
    if (!(await ask(TEXT.askShowSheet(sheet), TEXT.showSheet, 'Không'))) return;
    if (!(await reveal(sheet))) return;
  }
  try {
    const found = await Excel.run((context) => selectCell(context, sheet, f.cell));
    if (!found) status.done(TEXT.sheetGone(sheet), 'warn');
  } catch (err) {
    status.done(errorSentence('Chọn ô', err), 'error');
  }
}

function summaryText(result: ValidationResult): string {
  const s = result.summary;
  return `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin`;
}

function tone(result: ValidationResult): 'ok' | 'warn' | 'error' {
  return result.summary.errors > 0 ? 'error' : result.summary.warnings > 0 ? 'warn' : 'ok';
}

function notes(outcome: MarkOutcome): string {
  return TEXT.hiddenNotMarked(outcome.hiddenSheets) + TEXT.protectedNotMarked(outcome.protectedSheets) + TEXT.stuck(outcome.stuckSheets) + TEXT.legacyKept(outcome.legacyKept);
}

async function check(): Promise<void> {
  const result = await validateOpenWorkbook();
  status.progress(TEXT.marking, 0, 1);
  const outcome = await Excel.run((context) => markFindings(context, result.findings, ledger, (done, total) => status.progress(TEXT.marking, done, total)));
  status.done(`Đã kiểm tra: ${summaryText(result)}.${TEXT.marked(outcome.marked)}${notes(outcome)}`, tone(result));
}

async function clearAll(): Promise<void> {
  status.progress(TEXT.clearing, 0, 1);
  const outcome = await Excel.run((context) => clearMarks(context, ledger, (done, total) => status.progress(TEXT.clearing, done, total)));
  const any = outcome.removedRules > 0 || outcome.legacyRestored > 0 || outcome.legacyKept > 0;
  status.done(`${any ? TEXT.cleared : TEXT.nothingToClear}${notes(outcome)}`, outcome.stuckSheets.length > 0 ? 'warn' : 'ok');
}

/** The period of the open workbook, as the engine reads "Thông tin" (Giai đoạn, else Năm báo cáo); null without that sheet. */
async function workbookPeriod(): Promise<Period | null> {
  // Only "Thông tin" is read: the period is its own fact, and a large workbook need not be read for it.
  const open = await Excel.run((context) => readOpenWorkbook(context, undefined, (names) => [infoSheetName(names)].filter((n): n is string => n !== undefined)));
  const { info } = validateWorkbook(open.workbook).data;
  return info.periodFrom === 'default' ? null : info.period;
}

async function addSheets(): Promise<void> {
  status.progress(TEXT.addingSheets, 0, 2);
  const fromWorkbook = await workbookPeriod();
  const period = fromWorkbook ?? (byId<HTMLSelectElement>('period').value as Period);
  byId<HTMLSelectElement>('period').value = period;
  const source = fromWorkbook ? TEXT.periodFromWorkbook(period) : TEXT.periodFromPane(period);
  status.progress(TEXT.addingSheets, 1, 2);
  const outcome = await Excel.run((context) => addBlankSheets(context, period));
  status.done(
    outcome.added.length > 0
      ? `Đã thêm ${outcome.added.length} sheet theo ${source}: ${outcome.added.join(', ')}. Các sheet đã có được giữ nguyên.`
      : 'Sổ đã có đủ các sheet nhập liệu; không thêm sheet nào.',
  );
}

async function report(): Promise<void> {
  const result = await validateOpenWorkbook();
  if (result.summary.errors > 0) {
    status.done(`Sổ có ${summaryText(result)}.`, 'error');
    if (!(await ask(TEXT.reportErrors(result.summary.errors), 'Vẫn tạo báo cáo', 'Hủy', 'Sổ còn lỗi'))) {
      status.done('Đã hủy tạo báo cáo. Sửa các lỗi trong danh sách rồi bấm "Kiểm tra".', 'warn');
      return;
    }
  }
  status.progress(TEXT.loadingTemplate, 1, 3);
  const template = templateBytes();
  status.progress(TEXT.buildingReport, 2, 3);
  await repaint();
  const bytes = await buildReport(result, { template });
  const name = reportFileName(result);
  if (platform === 'Mac') {
    // Excel for Mac's web view drops blob downloads without a word: never claim the file was saved.
    status.done(TEXT.reportMac(name), 'warn');
    status.link(TEXT.reportLink(name), blobUrl(bytes, DOCX_MIME), name);
    return;
  }
  const url = downloadBytes(bytes, name, DOCX_MIME);
  status.done(TEXT.reportSaved(name));
  status.link(TEXT.reportLink(name), url, name);
}

/**
 * The default template travels inside the bundle, so making a report needs no request at all:
 * the pane talks to nothing but Excel (and Office.js, loaded once).
 */
function templateBytes(): Uint8Array {
  const base64 = templateDataUrl.slice(templateDataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Kiểm tra tự động: worksheet changes, debounced, re-checked and re-marked where they changed.

let liveHandler: { remove(): void; context?: unknown } | null = null;
let liveTimer: ReturnType<typeof setTimeout> | undefined;
let structural = false;

/**
 * Anything but an edit of a few cells (inserted or deleted rows and cells, a sort or paste over
 * many rows) moves cells under the rules: then everything is marked again rather than diffed.
 */
function onWorksheetChanged(event: { changeType?: string; address?: string }): Promise<void> {
  const rows = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/.exec(event.address ?? '');
  const span = rows ? Math.abs(Number(rows[2] ?? rows[1]) - Number(rows[1])) + 1 : Infinity;
  if (event.changeType !== 'RangeEdited' || span > 50) structural = true;
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => void liveRecheck(), LIVE_DEBOUNCE_MS);
  return Promise.resolve();
}

async function liveRecheck(): Promise<void> {
  if (!liveHandler) return;
  if (busy) {
    liveTimer = setTimeout(() => void liveRecheck(), LIVE_DEBOUNCE_MS);
    return;
  }
  const full = structural || ledger.size === 0;
  structural = false;
  await guarded('Kiểm tra tự động', async () => {
    const result = await validateOpenWorkbook();
    status.progress(TEXT.liveChecking, 0, 1);
    const progress = (done: number, total: number) => status.progress(TEXT.liveChecking, done, total);
    const outcome = await Excel.run((context) => (full ? markFindings(context, result.findings, ledger, progress) : remarkChanged(context, result.findings, ledger, progress)));
    status.done(`${TEXT.liveDone(summaryText(result))}${notes(outcome)}`, tone(result));
  });
}

async function setLive(on: boolean): Promise<void> {
  if (on && !liveHandler) {
    await guarded('Bật kiểm tra tự động', async () => {
      liveHandler = await Excel.run(async (context) => {
        const handler = context.workbook.worksheets.onChanged.add(onWorksheetChanged);
        await context.sync();
        return handler as unknown as { remove(): void };
      });
    });
    if (!liveHandler) {
      byId<HTMLInputElement>('live').checked = false;
      return;
    }
    await guarded('Kiểm tra', check);
    status.done(TEXT.liveOn);
  } else if (!on && liveHandler) {
    const handler = liveHandler;
    liveHandler = null;
    clearTimeout(liveTimer);
    try {
      await Excel.run(async (context) => {
        handler.remove();
        await context.sync();
      });
    } catch {
      // The handler dies with the pane anyway; the switch is off for the user either way.
    }
    status.done(TEXT.liveOff);
  }
}

function start(): void {
  status = new StatusLine();
  setUpTabs();
  byId('btn-check').addEventListener('click', () => void guarded('Kiểm tra', check));
  byId('btn-clear').addEventListener('click', () => void guarded('Xóa đánh dấu', clearAll));
  byId('btn-blank').addEventListener('click', () => void guarded('Tạo sổ mẫu', addSheets));
  byId('btn-report').addEventListener('click', () => void guarded('Tạo báo cáo', report));
  const live = byId<HTMLInputElement>('live');
  live.addEventListener('change', () => void setLive(live.checked));
  buttons().forEach((b) => (b.disabled = false));
  live.disabled = false;
  status.done(TEXT.ready);
}

/**
 * Office.js comes from Microsoft's CDN in a script tag before this bundle. If it did not load, or
 * if the page was opened outside Excel (Office.onReady never answers there), say so quickly
 * instead of waiting on "Đang kết nối với Excel…" forever.
 */
function connect(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    new StatusLine().done(TEXT.officeMissing, 'error');
    return;
  }
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) new StatusLine().done(TEXT.officeTimeout, 'error');
  }, OFFICE_TIMEOUT_MS);
  void office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    if (String(info.host) !== 'Excel') {
      new StatusLine().done(TEXT.notExcel, 'error');
      return;
    }
    platform = String(info.platform ?? '');
    start();
  });
}

connect();
