import ExcelJS from 'exceljs';
import { readWorkbook as readWithExcelJs } from '../../generator/read-workbook';
import { readOpenWorkbook, readWorkbook } from '../../addin/excel/read';
import { infoSheetName, validateWorkbook } from '../../engine';
import type { Workbook } from '../../engine/model';
import { FakeExcel, PAYLOAD_LIMIT } from './fake-excel';
import { fakeJsonFromXlsx } from './fake-excel/from-xlsx';
import { districtWorkbook } from './support';

const asContext = (fake: FakeExcel) => fake.context() as unknown as Excel.RequestContext;

/**
 * The add-in does not load formulas (they would double the payload), so that flag is left out;
 * merged areas are compared on their own (the command line reads them in its own change).
 */
function withoutFormulaFlag(workbook: Workbook): Workbook {
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.map((row) =>
        row?.map((cell) => {
          if (!cell) return cell;
          const { formula: _formula, ...rest } = cell;
          return rest;
        }),
      ),
    })),
  };
}

async function mixedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thông tin');
  ws.getCell('A1').value = 'Tỉnh';
  ws.getCell('B1').value = 'Kiên Giang';
  ws.getCell('A2').value = 'Năm báo cáo';
  ws.getCell('B2').value = 2025;
  ws.getCell('A3').value = 'Ngày ban hành';
  ws.getCell('B3').value = new Date(Date.UTC(2025, 11, 15));
  ws.getCell('B3').numFmt = 'dd/mm/yyyy';
  const xa = wb.addWorksheet('Xã');
  xa.getCell('C3').value = 'Tên xã';
  xa.getCell('D3').value = 'Tỷ lệ';
  xa.getCell('E3').value = 'Đúng';
  xa.getCell('F3').value = 'Công thức';
  xa.getCell('C4').value = { richText: [{ text: 'An ' }, { font: { bold: true }, text: 'Minh Bắc' }] };
  xa.getCell('D4').value = 0.955;
  xa.getCell('D4').numFmt = '0.0%';
  xa.getCell('E4').value = true;
  xa.getCell('F4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  xa.getCell('G4').value = { formula: '2+3', result: 5 } as ExcelJS.CellFormulaValue;
  xa.getCell('H4').value = '74,5';
  xa.getCell('C6').value = { text: 'Vĩnh Hòa', hyperlink: 'https://example.org' };
  xa.mergeCells('C7:D7');
  xa.getCell('C7').value = 'Gộp';
  wb.addWorksheet('Trống');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readWorkbook (Office.js adapter)', () => {
  test('gives the same model as the command line reader for the same file', async () => {
    const bytes = await mixedXlsx();
    const fake = new FakeExcel(await fakeJsonFromXlsx(bytes));
    const fromAddin = await readWorkbook(asContext(fake));
    const fromCli = await readWithExcelJs(bytes);
    expect(withoutFormulaFlag(fromAddin)).toEqual(withoutFormulaFlag(fromCli));
    expect(fromAddin.sheets[1].merges).toEqual([{ top: 6, left: 2, bottom: 6, right: 3 }]);
    expect(fromAddin.sheets[0].merges).toBeUndefined();
    expect(fromAddin.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Xã', 'Trống']);
  });

  test('a host that needs only "Thông tin" reads only that sheet (Tạo sổ mẫu takes its period from it)', async () => {
    const fake = new FakeExcel(await fakeJsonFromXlsx(await mixedXlsx()));
    const open = await readOpenWorkbook(asContext(fake), undefined, (names) => [infoSheetName(names)!]);
    expect(open.workbook.sheets.map((s) => [s.name, s.rows.length > 0])).toEqual([
      ['Thông tin', true],
      ['Xã', false],
      ['Trống', false],
    ]);
    expect(validateWorkbook(open.workbook).data.info).toMatchObject({ year: 2025, periodFrom: 'nam-bao-cao', period: '2021-2025' });
  });

  test('the number of syncs grows with the bytes read, not the rows (100, 1.000 and 5.000 rows)', async () => {
    const counts: number[] = [];
    const bytes: number[] = [];
    for (const rows of [100, 1000, 5000]) {
      const fake = new FakeExcel(districtWorkbook(rows));
      const wb = await readWorkbook(asContext(fake));
      expect(wb.sheets[1].rows.filter(Boolean)).toHaveLength(rows + 1);
      counts.push(fake.syncs);
      bytes.push(fake.requests.reduce((n, r) => n + r.responseBytes, 0));
      for (const r of fake.requests) {
        expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
        expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
      }
    }
    expect(counts[0]).toBe(3);
    // Beyond the first rows of each sheet, one more request per 4 MB of answer.
    expect(counts[1]).toBe(4);
    expect(counts[2] - counts[1]).toBeLessThanOrEqual(Math.ceil(bytes[2] / 4_000_000));
  });

  test('a 20.000-row OCOP sheet with long Vietnamese names: every request and answer under 5 MB', async () => {
    const cells: Record<string, { v: string | number }> = {};
    const headers = ['Tên sản phẩm', 'Chủ thể', 'Xã', 'Số sao', 'Năm công nhận', 'Ngày hết hạn', 'Nhóm sản phẩm', 'Ghi chú'];
    headers.forEach((h, c) => (cells[`${'ABCDEFGH'[c]}1`] = { v: h }));
    for (let r = 2; r <= 20_001; r++) {
      cells[`A${r}`] = { v: `Mật ong hoa tràm U Minh Thượng đặc biệt loại ${r}` };
      cells[`B${r}`] = { v: `Hợp tác xã nông nghiệp dịch vụ Thạnh Yên số ${r % 97}` };
      cells[`C${r}`] = { v: `Xã Minh Thuận ${r % 13}` };
      cells[`D${r}`] = { v: 3 + (r % 3) };
      cells[`E${r}`] = { v: 2020 + (r % 6) };
      cells[`F${r}`] = { v: 46000 + r };
      cells[`G${r}`] = { v: 'Thực phẩm – Đồ uống' };
      cells[`H${r}`] = { v: 'Đã được Hội đồng đánh giá, phân hạng sản phẩm cấp tỉnh công nhận' };
    }
    const fake = new FakeExcel({ sheets: [{ name: 'OCOP', cells }] });
    // Stricter than Excel on the web: a host whose limit is the add-in's own budget still answers every request.
    fake.payloadLimit = 4_000_000;
    const wb = await readWorkbook(asContext(fake));
    expect(wb.sheets[0].rows[20_000]?.[2]).toEqual({ type: 'string', value: 'Xã Minh Thuận 7' });
    for (const r of fake.requests) {
      expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
    const total = fake.requests.reduce((n, r) => n + r.responseBytes, 0);
    expect(total).toBeGreaterThan(10_000_000);
    // Two fixed syncs and the first rows, then about one per 4 MB of answer (the budget keeps a margin).
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / 2_500_000));
  });

  test('a workbook too big for one response is read in a few requests, each under 5 MB', async () => {
    const fake = new FakeExcel(districtWorkbook(25_000));
    const wb = await readWorkbook(asContext(fake));
    const xa = wb.sheets[1];
    expect(xa.rows[25_000]?.[0]).toEqual({ type: 'string', value: 'Xã số 25000' });
    expect(fake.syncs).toBeGreaterThan(3);
    expect(fake.syncs).toBeLessThan(12);
    for (const r of fake.requests) {
      expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  });

  test('100.000 rows are read whole, in requests under 5 MB whose number follows the bytes', async () => {
    const cells: Record<string, { v: string | number }> = { A1: { v: 'Tên xã' }, B1: { v: 'Dân số' }, C1: { v: 'Ghi chú' } };
    for (let r = 2; r <= 100_001; r++) {
      cells[`A${r}`] = { v: `Xã số ${r}` };
      cells[`B${r}`] = { v: 1000 + r };
      cells[`C${r}`] = { v: r % 5 ? 'Đã rà soát' : 'Chưa rà soát' };
    }
    const fake = new FakeExcel({ sheets: [{ name: 'Xã', cells }] });
    const wb = await readWorkbook(asContext(fake));
    expect(wb.sheets[0].rows[100_000]?.[0]).toEqual({ type: 'string', value: 'Xã số 100001' });
    for (const r of fake.requests) expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    const total = fake.requests.reduce((n, r) => n + r.responseBytes, 0);
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / 2_500_000));
  });

  test('dates, percentages and empty sheets are converted as the engine expects', async () => {
    const fake = new FakeExcel(districtWorkbook(3));
    const wb = await readWorkbook(asContext(fake));
    const row = wb.sheets[1].rows[1]!;
    expect(row[16]).toEqual({ type: 'number', value: 0.035, numberFormat: '0.0%' });
    expect(row[19]).toEqual({ type: 'date', value: new Date(Date.UTC(2025, 11, 9)), numberFormat: 'dd/mm/yyyy' });
    expect(row[3]).toBeUndefined();
  });
});
