import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWithLoad, readWorkbook } from '../../generator/read-workbook';
import { workbookPartsFirst } from '../../generator/workbook-parts-first';

/** Where a part's local header names it: the first occurrence of its name (the central directory comes after every record). */
function recordAt(zip: Buffer, name: string): number {
  return zip.indexOf(Buffer.from(name, 'utf8'));
}

function fill(workbook: ExcelJS.Workbook): void {
  const info = workbook.addWorksheet('Thông tin');
  info.addRow(['Tỉnh', 'Hậu Giang']);
  info.addRow(['Năm báo cáo', 2024]);
  const xa = workbook.addWorksheet('Xã');
  xa.addRow(['STT', 'Tên xã', 'Huyện', 'Ngày công nhận', 'Thu nhập']);
  for (let i = 1; i <= 40; i++) {
    const row = xa.addRow([i, `Xã Thạnh ${i}`, i % 2 ? 'Huyện Long Mỹ' : 'Thị xã Long Mỹ', new Date(Date.UTC(2020 + (i % 5), i % 12, 1 + (i % 27))), 60 + i / 10]);
    row.getCell(4).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = '#,##0.0';
  }
  xa.mergeCells('A45:C45');
  workbook.addWorksheet('OCOP').addRow(['Tên sản phẩm', 'Số sao']).commit();
}

async function written(streaming: boolean): Promise<Buffer> {
  if (!streaming) {
    const workbook = new ExcelJS.Workbook();
    fill(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('stream');
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true });
  fill(workbook as unknown as ExcelJS.Workbook);
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe('workbookPartsFirst', () => {
  test.each([
    ['exceljs writeBuffer', false],
    ['exceljs streaming writer (data descriptors)', true],
  ])('%s: the workbook, its relationships, shared strings and styles move before the sheets, byte for byte', async (_name, streaming) => {
    const original = await written(streaming);
    // Both of exceljs' writers store the sheets first, as Excel does.
    expect(recordAt(original, 'xl/worksheets/sheet1.xml')).toBeLessThan(recordAt(original, 'xl/sharedStrings.xml'));
    const reordered = workbookPartsFirst(original)!;
    expect(reordered).not.toBeNull();
    expect(reordered.length).toBe(original.length);
    const firstSheet = recordAt(reordered, 'xl/worksheets/sheet1.xml');
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']) {
      expect(recordAt(reordered, part)).toBeGreaterThanOrEqual(0);
      expect(recordAt(reordered, part)).toBeLessThan(firstSheet);
    }
    // Already in order: nothing to do.
    expect(workbookPartsFirst(reordered)).toBeNull();
    // What the reader makes of it is what load() makes of the original.
    expect(await readWorkbook(original)).toEqual(await readWithLoad(original));
  });

  test('a zip whose parts are already in order, or that is not a zip, is left as it is', async () => {
    const source = await JSZip.loadAsync(await written(false));
    const ordered = new JSZip();
    const names = Object.keys(source.files)
      .filter((n) => !source.files[n].dir)
      .sort((a, b) => Number(a.startsWith('xl/worksheets/')) - Number(b.startsWith('xl/worksheets/')));
    for (const name of names) ordered.file(name, await source.file(name)!.async('nodebuffer'));
    const bytes = await ordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(workbookPartsFirst(bytes)).toBeNull();
    expect(await readWorkbook(bytes)).toEqual(await readWithLoad(bytes));
    expect(workbookPartsFirst(Buffer.from('không phải tệp zip'))).toBeNull();
  });
});
