import ExcelJS from 'exceljs';
import type { FakeCellJson, FakeFill, FakeWorkbookJson } from './types';

/**
 * A real .xlsx (read with exceljs, in Node) → the fake's JSON, showing each cell as Office.js would:
 * cached formula results, dates as serial numbers with their format, errors as text, rich text and
 * hyperlinks as their text, the covered cells of a merge empty, solid fills as fills.
 */
const MS_PER_DAY = 86_400_000;

/** exceljs turned the stored serial into a Date without Excel's 1900 leap-year rule: invert exactly that. */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + 25_569;
}

function fillOf(cell: ExcelJS.Cell): FakeFill | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  if (!argb) return undefined;
  return { color: `#${argb.slice(-6).toUpperCase()}`, pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
}

function valueOf(value: ExcelJS.CellValue): Pick<FakeCellJson, 'v' | 'error'> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { v: value };
  if (value instanceof Date) return { v: dateToSerial(value) };
  if (typeof value === 'object') {
    if ('error' in value && value.error) return { v: String(value.error), error: true };
    if ('richText' in value) return { v: value.richText.map((r) => r.text ?? '').join('') };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || result === null ? undefined : valueOf(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) return valueOf((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('text' in value) return valueOf((value as { text: ExcelJS.CellValue }).text);
  }
  return undefined;
}

export function fakeJsonFromExcelJs(workbook: ExcelJS.Workbook): FakeWorkbookJson {
  const sheets: FakeWorkbookJson['sheets'] = [];
  workbook.eachSheet((ws) => {
    const cells: Record<string, FakeCellJson> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const out: FakeCellJson = {};
        if (cell.type !== ExcelJS.ValueType.Merge) Object.assign(out, valueOf(cell.value));
        if (out.v === '') delete out.v;
        if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
        const fill = fillOf(cell);
        if (fill) out.fill = fill;
        if (out.v !== undefined || out.numberFormat || out.fill) cells[cell.address] = out;
      });
    });
    const visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    sheets.push({ name: ws.name, visibility, cells, ...(merges.length > 0 ? { merges: [...merges] } : {}) });
  });
  return { sheets };
}

export async function fakeJsonFromXlsx(data: Uint8Array | ArrayBuffer): Promise<FakeWorkbookJson> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return fakeJsonFromExcelJs(workbook);
}
