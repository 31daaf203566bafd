import { validateWorkbook } from '../../engine';
import templateDataUrl from '../../templates/bao-cao-mac-dinh.docx';
import type { Finding } from '../../engine';
import type { Period } from '../../engine';
import type { ValidationResult } from '../../engine';
import { buildReport } from '../../report';
import { addBlankSheets } from '../excel/blank-sheets';
import { clearMarks, markFindings } from '../excel/marks';
import { selectCell } from '../excel/navigate';
import { readWorkbook } from '../excel/read';
import { downloadBytes } from './download';
import { reportFileName } from './file-name';
import { TEXT } from './labels';
import { byId } from './view/dom';
import { renderFindings, renderSummary } from './view/findings-view';
import { StatusLine } from './view/status';
import { renderTargets } from './view/targets-view';

/**
 * The pane's controller: buttons → Excel adapter and engine → views. All checking is the engine's;
 * this file only sequences the steps and reports progress.
 */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let status: StatusLine;
let busy = false;

const buttons = () => ['btn-check', 'btn-clear', 'btn-report', 'btn-blank'].map((id) => byId<HTMLButtonElement>(id));

/** Runs one user action with the buttons disabled and errors shown in Vietnamese. */
async function guarded(what: string, work: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  buttons().forEach((b) => (b.disabled = true));
  try {
    await work();
  } catch (err) {
    status.done(TEXT.failed(what, err instanceof Error ? err.message : String(err)), 'error');
  } finally {
    busy = false;
    buttons().forEach((b) => (b.disabled = false));
  }
}

/** Lets the browser paint the status line before a long synchronous step. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function validateOpenWorkbook(step: number, steps: number): Promise<ValidationResult> {
  status.progress(TEXT.reading, step, steps);
  const workbook = await Excel.run((context) => readWorkbook(context));
  status.progress(TEXT.validating, step + 1, steps);
  await repaint();
  const result = validateWorkbook(workbook);
  show(result);
  return result;
}

function show(result: ValidationResult): void {
  byId('unit').textContent = result.unit ? `${result.unit} · giai đoạn ${result.period} · năm ${result.year}` : '';
  byId<HTMLSelectElement>('period').value = result.period;
  renderSummary(byId('summary'), result.summary);
  renderFindings(byId('findings'), result.findings, (f) => void select(f));
  byId('findings-panel').hidden = false;
  renderTargets(byId('targets'), result.targets);
  byId('targets-panel').hidden = false;
}

async function select(f: Finding): Promise<void> {
  if (f.sheet === null) return;
  const sheet = f.sheet;
  try {
    const found = await Excel.run((context) => selectCell(context, sheet, f.cell));
    if (!found) status.done(TEXT.sheetGone(sheet), 'warn');
  } catch (err) {
    status.done(TEXT.failed('Chọn ô', err instanceof Error ? err.message : String(err)), 'error');
  }
}

function summaryText(result: ValidationResult): string {
  const s = result.summary;
  return `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin`;
}

async function check(): Promise<void> {
  const result = await validateOpenWorkbook(1, 4);
  status.progress(TEXT.marking, 3, 4);
  const outcome = await Excel.run((context) => markFindings(context, result.findings));
  const marked = outcome.marked > 0 ? ` Đã tô màu ${outcome.marked} ô (đỏ nhạt: lỗi, vàng nhạt: cảnh báo).` : '';
  status.done(`Đã kiểm tra: ${summaryText(result)}.${marked}`, result.summary.errors > 0 ? 'error' : result.summary.warnings > 0 ? 'warn' : 'ok');
}

async function clearAll(): Promise<void> {
  status.progress(TEXT.clearing, 1, 2);
  const outcome = await Excel.run((context) => clearMarks(context));
  const kept = outcome.kept > 0 ? ` ${outcome.kept} ô đã được tô lại sau khi đánh dấu nên giữ nguyên.` : '';
  status.done(outcome.restored > 0 ? `Đã xóa đánh dấu, trả lại định dạng cũ cho ${outcome.restored} ô.${kept}` : `Không có ô nào đang được đánh dấu.${kept}`);
}

async function addSheets(): Promise<void> {
  const period = byId<HTMLSelectElement>('period').value as Period;
  status.progress(TEXT.addingSheets, 1, 2);
  const added = await Excel.run((context) => addBlankSheets(context, period));
  status.done(
    added.length > 0
      ? `Đã thêm ${added.length} sheet: ${added.join(', ')}. Các sheet đã có được giữ nguyên.`
      : 'Sổ đã có đủ các sheet nhập liệu; không thêm sheet nào.',
  );
}

function askToContinue(errors: number): Promise<boolean> {
  const box = byId('confirm');
  byId('confirm-text').textContent = TEXT.reportErrors(errors);
  box.hidden = false;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      box.hidden = true;
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      resolve(answer);
    };
    const yes = byId<HTMLButtonElement>('btn-confirm');
    const no = byId<HTMLButtonElement>('btn-cancel');
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    no.focus();
  });
}

async function report(): Promise<void> {
  const result = await validateOpenWorkbook(1, 4);
  if (result.summary.errors > 0) {
    status.done(`Sổ có ${summaryText(result)}.`, 'error');
    if (!(await askToContinue(result.summary.errors))) {
      status.done('Đã hủy tạo báo cáo. Sửa các lỗi trong danh sách rồi bấm "Kiểm tra".', 'warn');
      return;
    }
  }
  status.progress(TEXT.loadingTemplate, 3, 4);
  const template = templateBytes();
  status.progress(TEXT.buildingReport, 4, 4);
  await repaint();
  const bytes = await buildReport(result, { template });
  const name = reportFileName(result);
  downloadBytes(bytes, name, DOCX_MIME);
  status.done(`Đã tạo báo cáo "${name}". Tệp được tải về thư mục tải xuống của trình duyệt hoặc máy.`);
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

function defaultPeriod(): Period {
  return new Date().getFullYear() <= 2025 ? '2021-2025' : '2026-2030';
}

function start(): void {
  status = new StatusLine();
  byId<HTMLSelectElement>('period').value = defaultPeriod();
  byId('btn-check').addEventListener('click', () => void guarded('Kiểm tra', check));
  byId('btn-clear').addEventListener('click', () => void guarded('Xóa đánh dấu', clearAll));
  byId('btn-blank').addEventListener('click', () => void guarded('Tạo sổ mẫu', addSheets));
  byId('btn-report').addEventListener('click', () => void guarded('Tạo báo cáo', report));
  buttons().forEach((b) => (b.disabled = false));
  status.done(TEXT.ready);
}

Office.onReady((info) => {
  if (String(info.host) !== 'Excel') {
    new StatusLine().done(TEXT.notExcel, 'error');
    return;
  }
  start();
});

