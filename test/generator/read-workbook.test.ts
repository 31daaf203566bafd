import type ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { readWorkbook } from '../../generator/read-workbook';
import type { Workbook } from '../../engine/model';
import { cellAtAddress, makeTempDir, removeTempDir, sheetNamed, writeXlsx } from '../helpers/xlsx';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('ntm-read-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function roundTrip(name: string, build: Parameters<typeof writeXlsx>[1], options?: Parameters<typeof writeXlsx>[2]): Promise<Workbook> {
  const file = await writeXlsx(path.join(dir, name), build, options);
  return readWorkbook(await fs.readFile(file));
}

describe('readWorkbook', () => {
  test('numbers, strings and booleans keep their types', async () => {
    const wb = await roundTrip('basic.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 'Vĩnh Hòa';
      ws.getCell('B1').value = 74.5;
      ws.getCell('C1').value = 19;
      ws.getCell('D1').value = true;
      ws.getCell('E1').value = false;
      ws.getCell('F1').value = '74,5';
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'string', value: 'Vĩnh Hòa' });
    expect(cellAtAddress(sheet, 'B1')).toEqual({ type: 'number', value: 74.5 });
    expect(cellAtAddress(sheet, 'C1')).toEqual({ type: 'number', value: 19 });
    expect(cellAtAddress(sheet, 'D1')).toEqual({ type: 'boolean', value: true });
    expect(cellAtAddress(sheet, 'E1')).toEqual({ type: 'boolean', value: false });
    // Text that looks like a number stays text: the engine decides how to read it.
    expect(cellAtAddress(sheet, 'F1')).toEqual({ type: 'string', value: '74,5' });
  });

  test('sheet names, sheet order and row/column positions are kept; empty cells are absent', async () => {
    const wb = await roundTrip('layout.xlsx', (w) => {
      w.addWorksheet('Thông tin').getCell('A1').value = 'Tỉnh';
      const ws = w.addWorksheet('OCOP');
      ws.getCell('C5').value = 'x';
      ws.getCell('A7').value = '';
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Thông tin', 'OCOP']);
    const ocop = sheetNamed(wb, 'OCOP');
    expect(ocop.rows[4]?.[2]).toEqual({ type: 'string', value: 'x' });
    expect(ocop.rows[0]).toBeUndefined();
    expect(cellAtAddress(ocop, 'A7')).toBeUndefined();
  });

  test('dates come back as UTC midnight with their number format', async () => {
    const wb = await roundTrip('dates.xlsx', (w) => {
      const ws = w.addWorksheet('OCOP');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 11, 16));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('A2').value = new Date(Date.UTC(2022, 0, 1));
    });
    const sheet = sheetNamed(wb, 'OCOP');
    const a1 = cellAtAddress(sheet, 'A1');
    expect(a1?.type).toBe('date');
    expect((a1?.value as Date).toISOString()).toBe('2024-12-16T00:00:00.000Z');
    expect(a1?.numberFormat).toBe('dd/mm/yyyy');
    const a2 = cellAtAddress(sheet, 'A2');
    expect(a2?.type).toBe('date');
    expect((a2?.value as Date).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  test('a percent-formatted number keeps its number format', async () => {
    const wb = await roundTrip('percent.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 0.95;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('A2').value = 0.745;
      ws.getCell('A2').numFmt = '0.0%';
      ws.getCell('A3').value = 95;
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'number', value: 0.95, numberFormat: '0%' });
    expect(cellAtAddress(sheet, 'A2')).toEqual({ type: 'number', value: 0.745, numberFormat: '0.0%' });
    // General is the absence of a format.
    expect(cellAtAddress(sheet, 'A3')).toEqual({ type: 'number', value: 95 });
  });

  test('cached formula results are read as values marked formula', async () => {
    const wb = await roundTrip('formulas.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 2;
      ws.getCell('B1').value = { formula: 'A1*9', result: 18 };
      ws.getCell('C1').value = { formula: '"Đạt"&""', result: 'Đạt' };
      ws.getCell('D1').value = { formula: 'A1>1', result: true };
      ws.getCell('E1').value = { formula: 'A1/100', result: 0.02 };
      ws.getCell('E1').numFmt = '0%';
      ws.getCell('F1').value = { formula: 'A1+1' } as never;
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'B1')).toEqual({ type: 'number', value: 18, formula: true });
    expect(cellAtAddress(sheet, 'C1')).toEqual({ type: 'string', value: 'Đạt', formula: true });
    expect(cellAtAddress(sheet, 'D1')).toEqual({ type: 'boolean', value: true, formula: true });
    expect(cellAtAddress(sheet, 'E1')).toEqual({ type: 'number', value: 0.02, formula: true, numberFormat: '0%' });
    // No cached result (never calculated): nothing to read.
    expect(cellAtAddress(sheet, 'F1')).toBeUndefined();
  });

  test('a formula whose cached result is a date reads as a date', async () => {
    const wb = await roundTrip('formula-date.xlsx', (w) => {
      const ws = w.addWorksheet('OCOP');
      ws.getCell('A1').value = { formula: 'DATE(2024,3,5)', result: new Date(Date.UTC(2024, 2, 5)) };
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    const a1 = cellAtAddress(sheetNamed(wb, 'OCOP'), 'A1');
    expect(a1?.type).toBe('date');
    expect(a1?.formula).toBe(true);
    expect((a1?.value as Date).toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  test('shared formulas give their cached results', async () => {
    const wb = await roundTrip('shared-formula.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      // The master of a shared formula; exceljs reads and writes these fields but does not type them.
      ws.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as unknown as ExcelJS.CellValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'B1')).toEqual({ type: 'number', value: 10, formula: true });
    expect(cellAtAddress(sheet, 'B2')).toEqual({ type: 'number', value: 20, formula: true });
  });

  test('formula errors and error literals read as errors', async () => {
    const wb = await roundTrip('errors.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('A2').value = { formula: 'VLOOKUP("x",C1:C2,1,FALSE)', result: { error: '#N/A' } };
      ws.getCell('A3').value = { error: '#REF!' };
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'error', value: '#DIV/0!', formula: true });
    expect(cellAtAddress(sheet, 'A2')).toEqual({ type: 'error', value: '#N/A', formula: true });
    expect(cellAtAddress(sheet, 'A3')).toEqual({ type: 'error', value: '#REF!' });
  });

  test('rich text and hyperlinks are flattened to their text', async () => {
    const wb = await roundTrip('rich.xlsx', (w) => {
      const ws = w.addWorksheet('OCOP');
      ws.getCell('A1').value = { richText: [{ text: 'Khô cá ' }, { text: 'lóc', font: { bold: true } }] };
      ws.getCell('A2').value = { text: 'Cổng thông tin', hyperlink: 'https://example.vn' };
    });
    const sheet = sheetNamed(wb, 'OCOP');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'string', value: 'Khô cá lóc' });
    expect(cellAtAddress(sheet, 'A2')).toEqual({ type: 'string', value: 'Cổng thông tin' });
  });

  test('shared strings (what exceljs and Excel write) are resolved', async () => {
    const wb = await roundTrip('shared.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 'Thạnh Yên';
      ws.getCell('A2').value = 'Thạnh Yên';
      ws.getCell('A3').value = 'Thạnh Yên A';
    });
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'shared.xlsx')));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('t="s"');
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'string', value: 'Thạnh Yên' });
    expect(cellAtAddress(sheet, 'A2')).toEqual({ type: 'string', value: 'Thạnh Yên' });
    expect(cellAtAddress(sheet, 'A3')).toEqual({ type: 'string', value: 'Thạnh Yên A' });
  });

  test('inline strings and typed cells written by other tools are read', async () => {
    const file = await writeXlsx(path.join(dir, 'inline-src.xlsx'), (w) => {
      w.addWorksheet('Xã').getCell('A1').value = 'placeholder';
    });
    // Other producers write inline strings and plain typed cells; patch the sheet XML to match.
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const data =
      '<sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Hòa Chánh</t></is></c><c r="B1"><v>18</v></c><c r="C1" t="b"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>An Minh </t></r><r><t>Bắc</t></r></is></c><c r="B2" t="e"><v>#VALUE!</v></c></row>' +
      '</sheetData>';
    zip.file('xl/worksheets/sheet1.xml', sheetXml.replace(/<sheetData>.*<\/sheetData>/s, data).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:C2"/>'));
    const wb = await readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }));
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'string', value: 'Hòa Chánh' });
    expect(cellAtAddress(sheet, 'B1')).toEqual({ type: 'number', value: 18 });
    expect(cellAtAddress(sheet, 'C1')).toEqual({ type: 'boolean', value: true });
    expect(cellAtAddress(sheet, 'A2')).toEqual({ type: 'string', value: 'An Minh Bắc' });
    expect(cellAtAddress(sheet, 'B2')).toEqual({ type: 'error', value: '#VALUE!' });
  });

  test('merged cells: only the top-left cell has a value', async () => {
    const wb = await roundTrip('merged.xlsx', (w) => {
      const ws = w.addWorksheet('Xã');
      ws.getCell('A1').value = 'DANH SÁCH XÃ';
      ws.mergeCells('A1:C2');
      ws.getCell('A3').value = 'Tên xã';
    });
    const sheet = sheetNamed(wb, 'Xã');
    expect(cellAtAddress(sheet, 'A1')).toEqual({ type: 'string', value: 'DANH SÁCH XÃ' });
    for (const address of ['B1', 'C1', 'A2', 'B2', 'C2']) expect(cellAtAddress(sheet, address)).toBeUndefined();
    expect(cellAtAddress(sheet, 'A3')).toEqual({ type: 'string', value: 'Tên xã' });
  });

  test('hidden sheets are read too (the caller decides what to use)', async () => {
    const wb = await roundTrip('hidden.xlsx', (w) => {
      w.addWorksheet('Thông tin').getCell('A1').value = 'Tỉnh';
      w.addWorksheet('Danh mục', { state: 'hidden' }).getCell('A1').value = 'Đạt';
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Danh mục']);
  });

  test('a buffer that is not a workbook is rejected', async () => {
    await expect(readWorkbook(Buffer.from('not a zip file'))).rejects.toThrow();
  });
});
