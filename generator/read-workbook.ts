import ExcelJS from 'exceljs';
import { Readable } from 'stream';
import * as zlib from 'zlib';
import { isDateFormat, parseRange, serialToDate, type Cell, type MergedArea, type Sheet, type Workbook } from '../engine';
import { mergedAreas, sheetPartNumber } from './merged-areas';
import { workbookPartsFirst } from './workbook-parts-first';
import { readZipDirectory } from './zip-directory';

/**
 * exceljs → the engine's workbook model. Values are taken as Excel stores them: cached formula
 * results, formula errors, rich text flattened to its text, hyperlinks to their text; the cells a
 * merge covers (other than its top-left cell) read as empty.
 *
 * The streaming reader is used first: it reads the file once, faster than load() and in less
 * memory, and faster still with the workbook parts moved before the sheets (workbookPartsFirst).
 * It cannot tell which error a formula cached, nor sheet names when the zip stores the sheets
 * before the workbook part and that order cannot be changed; in those cases the file is read
 * again with load(), so the result is always the same as load() would give.
 */
export async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array, known: Partial<SheetPartScan> = {}): Promise<Workbook> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
  // The input inspection has usually inflated every part already and tells what it saw.
  const scan = known.richInlineStrings !== undefined && known.merges ? (known as SheetPartScan) : scanSheetParts(bytes);
  const streamed = scan.richInlineStrings ? null : await readStreaming(bytes, scan.merges);
  if (streamed) return streamed;
  return readWithLoad(bytes);
}

export interface SheetPartScan {
  richInlineStrings: boolean;
  /** Merged areas by the number in the part's name (xl/worksheets/sheet3.xml → 3). */
  merges: Map<number, MergedArea[]>;
}

/**
 * What the streaming reader does not give, found in one look at the inflated sheet parts
 * (a fraction of the cost of parsing them):
 * - it keeps only the last run of an inline rich string ("<is><r>…</r><r>…</r>"), which some
 *   tools other than Excel write: such files go to load();
 * - it skips <mergeCells>, which multi-row form headers need (SPEC §3).
 */
function scanSheetParts(bytes: Buffer): SheetPartScan {
  const scan: SheetPartScan = { richInlineStrings: false, merges: new Map() };
  let entries;
  try {
    entries = readZipDirectory(bytes, 100_000);
  } catch {
    return scan; // load() will report the damage
  }
  const marker = Buffer.from('<is><r');
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const part = sheetPartNumber(entry.name);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let xml: Buffer;
    try {
      xml = entry.method === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      return scan;
    }
    if (xml.indexOf(marker) >= 0) scan.richInlineStrings = true;
    if (part !== null) {
      const merges = mergedAreas(xml);
      if (merges.length > 0) scan.merges.set(part, merges);
    }
  }
  return scan;
}

export async function readWithLoad(bytes: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' load() accepts any buffer-like input; its typing asks for Buffer.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return fromExcelJs(workbook);
}

/** The streamed read would lose something load() keeps: fall back to load(). */
class NeedsFullRead extends Error {}

async function readStreaming(bytes: Buffer, merges: ReadonlyMap<number, MergedArea[]>): Promise<Workbook | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([workbookPartsFirst(bytes) ?? bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: Array<Sheet & { id: number }> = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { id: number | string; name: string; [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row> };
      const rows: Sheet['rows'] = [];
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const cells: Array<Cell | undefined> = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          const value = cell.value as ExcelJS.CellValue;
          if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
            const result = (value as ExcelJS.CellFormulaValue).result;
            // The streaming reader drops a cached error ("#DIV/0!") and reads a cached TRUE/FALSE as
            // 1/0; only load() tells them apart from a blank or a number.
            if (result === undefined || result === null || (typeof result === 'number' && (Number.isNaN(result) || result === 0 || result === 1))) {
              throw new NeedsFullRead();
            }
          }
          const converted = convertStreamedCell(cell);
          if (converted) cells[colNumber - 1] = converted;
        });
        if (cells.length > 0) rows[row.number - 1] = cells;
      }
      const sheet: Sheet & { id: number } = { id: Number(ws.id), name: ws.name, rows };
      const areas = merges.get(sheet.id);
      if (areas) sheet.merges = areas;
      sheets.push(sheet);
    }
  } catch {
    // NeedsFullRead, or a zip layout the streaming reader does not follow: load() decides, and
    // reports a damaged file with its own error.
    return null;
  }
  const model = (reader as unknown as { model?: { sheets?: Array<{ name: string; id: number }> } }).model;
  const names = model?.sheets ?? [];
  // Every sheet must have come out under its own name, in the workbook's order.
  if (names.length !== sheets.length || names.some((s) => !sheets.some((x) => x.name === s.name))) return null;
  const order = new Map(names.map((s, i) => [s.name, i]));
  sheets.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  return { sheets: sheets.map(({ id: _id, ...sheet }) => sheet) };
}

function convertStreamedCell(cell: ExcelJS.Cell): Cell | undefined {
  const converted = convertCell(cell);
  // A formula's cached date comes through as its serial number: show it as the date it is.
  if (converted?.formula && converted.type === 'number' && isDateFormat(converted.numberFormat)) {
    return { ...converted, type: 'date', value: serialToDate(converted.value as number) };
  }
  return converted;
}

export function fromExcelJs(workbook: ExcelJS.Workbook): Workbook {
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: Sheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Array<Cell | undefined> = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const converted = convertCell(cell);
        if (converted) cells[colNumber - 1] = converted;
      });
      if (cells.length > 0) rows[rowNumber - 1] = cells;
    });
    const sheet: Sheet = { name: worksheet.name, rows };
    const merges = (worksheet.model.merges ?? []).map(parseRange).filter((a): a is MergedArea => a !== null);
    if (merges.length > 0) sheet.merges = merges;
    sheets.push(sheet);
  });
  return { sheets };
}

type ExcelValue = ExcelJS.CellValue;

export function convertCell(cell: ExcelJS.Cell): Cell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numberFormat = cell.numFmt || undefined;
  return convertValue(cell.value, numberFormat, false);
}

function convertValue(value: ExcelValue, numberFormat: string | undefined, formula: boolean): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return withFormat({ type: 'number', value }, numberFormat, formula);
  if (typeof value === 'string') return value === '' ? undefined : withFormat({ type: 'string', value }, numberFormat, formula);
  if (typeof value === 'boolean') return withFormat({ type: 'boolean', value }, numberFormat, formula);
  if (value instanceof Date) {
    return withFormat(Number.isNaN(value.getTime()) ? { type: 'error', value: '#VALUE!' } : { type: 'date', value }, numberFormat, formula);
  }
  if (typeof value === 'object') {
    if ('error' in value && value.error) return withFormat({ type: 'error', value: String(value.error) }, numberFormat, formula);
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((r) => r.text ?? '').join('');
      return text === '' ? undefined : withFormat({ type: 'string', value: text }, numberFormat, formula);
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return undefined;
      return convertValue(result as ExcelValue, numberFormat, true);
    }
    if ('hyperlink' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text;
      return convertValue(text as ExcelValue, numberFormat, formula);
    }
    if ('text' in value) return convertValue((value as { text: ExcelValue }).text, numberFormat, formula);
  }
  return undefined;
}

/** A national workbook has a million cells: no closure per cell, only the fields a cell has. */
function withFormat(cell: Cell, numberFormat: string | undefined, formula: boolean): Cell {
  if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
  if (formula) cell.formula = true;
  return cell;
}
