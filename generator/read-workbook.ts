import ExcelJS from 'exceljs';
import type { Cell, Sheet, Workbook } from '../engine/model';

/**
 * exceljs → the engine's workbook model. Values are taken as Excel stores them: cached formula
 * results, formula errors, rich text flattened to its text, hyperlinks to their text; the cells a
 * merge covers (other than its top-left cell) read as empty.
 */
export async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' load() accepts any buffer-like input; its typing asks for Buffer.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return fromExcelJs(workbook);
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
    sheets.push({ name: worksheet.name, rows });
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
  const base = (cell: Cell): Cell => {
    if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
    if (formula) cell.formula = true;
    return cell;
  };
  if (typeof value === 'number') return base({ type: 'number', value });
  if (typeof value === 'string') return value === '' ? undefined : base({ type: 'string', value });
  if (typeof value === 'boolean') return base({ type: 'boolean', value });
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? base({ type: 'error', value: '#VALUE!' }) : base({ type: 'date', value });
  }
  if (typeof value === 'object') {
    if ('error' in value && value.error) return base({ type: 'error', value: String(value.error) });
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((r) => r.text ?? '').join('');
      return text === '' ? undefined : base({ type: 'string', value: text });
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
