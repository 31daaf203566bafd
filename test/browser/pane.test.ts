import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { validateWorkbook, type ValidationResult } from '../../engine';
import { readWorkbook as readWithExcelJs } from '../../generator/read-workbook';
import { buildReport } from '../../report';
import { FakeExcel, type FakeWorkbookJson } from '../addin/fake-excel';
import { fakeJsonFromExcelJs } from '../addin/fake-excel/from-xlsx';
import { PaneHarness, SAMPLE, TEMPLATE, artifacts, describeBrowser, fakeJson, shownFill } from './harness';

/** The pane's main paths on the district sample, in Chromium against the strict fake Excel. */

const XSS = '<img src=x onerror=alert(1)>';

/** word/document.xml without what differs between two runs of the same report (ids, revision marks). */
async function documentXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/\s(w:rsid\w*|w14:paraId|w14:textId|w:id|wp14:anchorId|wp14:editId)="[^"]*"/g, '');
}

function paragraphsText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

async function cliResult(xlsx: Uint8Array): Promise<ValidationResult> {
  return validateWorkbook(await readWithExcelJs(xlsx));
}

describeBrowser('task pane in Chromium with a scripted Excel', () => {
  const harness = new PaneHarness();
  let sampleBytes: Uint8Array;
  let sampleJson: FakeWorkbookJson;

  beforeAll(async () => {
    await harness.setUp();
    sampleBytes = new Uint8Array(readFileSync(SAMPLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sampleBytes as unknown as ExcelJS.Buffer);
    sampleJson = fakeJsonFromExcelJs(wb);
  }, 300_000);

  afterAll(() => harness.tearDown());

  const open = (workbook: FakeWorkbookJson) => harness.open(workbook);
  test('Kiểm tra, select, marks and their exact removal, and the report on the district sample', async () => {
    const expected = await cliResult(sampleBytes);
    const { page, laterRequests, dialogs, cspViolations, pageErrors } = await open(sampleJson);

    await page.click('#btn-check');
    await page.getByText('Đã kiểm tra:').waitFor();
    const counts = await page.locator('#summary .count-n').allTextContents();
    expect(counts).toEqual([expected.summary.errors, expected.summary.warnings, expected.summary.infos].map(String));
    expect(await page.locator('.finding').count()).toBe(expected.findings.length);
    expect(await page.locator('.target').count()).toBe(expected.targets.length);
    await page.screenshot({ path: path.join(artifacts, 'pane-u-minh-thuong.png'), fullPage: true });
    await page.screenshot({ path: path.join(artifacts, 'pane-u-minh-thuong-top.png') });
    // The targets are one tab away, at the top, however long the list of findings is.
    const tab = await page.locator('#tab-targets').boundingBox();
    expect(tab!.y + tab!.height).toBeLessThan(900);
    await page.click('#tab-targets');
    expect(await page.locator('#findings-panel').isHidden()).toBe(true);
    await page.locator('#targets-panel').screenshot({ path: path.join(artifacts, 'pane-u-minh-thuong-targets.png') });
    const bar = page.locator('#targets progress').first();
    expect(await bar.getAttribute('aria-label')).toMatch(/^Mức hoàn thành: \S/);
    await page.click('#tab-findings');
    expect(await page.locator('.finding').first().getAttribute('aria-label')).toMatch(/^(Lỗi|Cảnh báo|Thông tin)/);

    // Marks: every cell with an error or warning shows its colour, and no cell's own format changed.
    const marked = expected.findings.filter((f) => f.cell && f.sheet && f.severity !== 'info');
    expect(marked.length).toBeGreaterThan(0);
    for (const f of marked) {
      expect(await shownFill(page, f.sheet!, f.cell!)).toBe(f.severity === 'error' ? '#FFC7CE' : '#FFEB9C');
    }

    // A click on a finding activates its sheet and selects its cell.
    const target = marked[marked.length - 1];
    await page.locator('.finding:not([disabled])', { hasText: target.message }).first().click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.selection !== null);
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.selection)).toEqual({ sheet: target.sheet, address: target.cell });
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.activeSheet)).toBe(target.sheet);

    // Xóa đánh dấu gives back the workbook exactly as it was (values, formats, fills; no state left).
    await page.click('#btn-clear');
    await page.getByText('Đã xóa mọi đánh dấu').waitFor();
    expect(await fakeJson(page)).toEqual(new FakeExcel(sampleJson).toJson());
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.valueWrites)).toEqual([]);

    // Tạo báo cáo: the same document as the command line's for the same workbook.
    const downloadEvent = page.waitForEvent('download');
    await page.click('#btn-report');
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toBe('bao-cao-u-minh-thuong.docx');
    const saved = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(saved);
    const fromPane = await documentXml(readFileSync(saved));
    const fromCli = await documentXml(await buildReport(expected, { template: new Uint8Array(readFileSync(TEMPLATE)) }));
    expect(paragraphsText(fromPane)).toEqual(paragraphsText(fromCli));
    expect(fromPane).toBe(fromCli);
    await page.getByText('Đã tạo báo cáo').waitFor();

    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Checking, marking, clearing and the report itself (template included) go to no server.
    expect(laterRequests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });

  test('cell text is shown as text, and a workbook with errors asks before the report', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sampleBytes as unknown as ExcelJS.Buffer);
    const xa = wb.getWorksheet('Xã')!;
    // The level column of the first commune gets markup: the engine names the value in its message.
    let levelColumn = 0;
    xa.getRow(1).eachCell((cell, col) => {
      if (String(cell.value).startsWith('Mức đạt chuẩn')) levelColumn = col;
    });
    expect(levelColumn).toBeGreaterThan(0);
    xa.getCell(2, levelColumn).value = XSS;
    const json = fakeJsonFromExcelJs(wb);
    const expected = await cliResult(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(expected.summary.errors).toBeGreaterThan(0);

    const { page, dialogs, cspViolations, pageErrors } = await open(json);
    await page.click('#btn-check');
    await page.getByText('Đã kiểm tra:').waitFor();
    const withMarkup = page.locator('.finding .message', { hasText: XSS });
    expect(await withMarkup.count()).toBeGreaterThan(0);
    expect(await page.locator('main img, img[src="x"]').count()).toBe(0);
    await page.screenshot({ path: path.join(artifacts, 'pane-markup.png') });

    await page.click('#btn-report');
    await page.locator('#confirm').waitFor({ state: 'visible' });
    expect(await page.locator('#confirm-text').textContent()).toContain(`Sổ còn ${expected.summary.errors} lỗi`);
    await page.click('#btn-cancel');
    await page.getByText('Đã hủy tạo báo cáo').waitFor();

    // "Vẫn tạo báo cáo" goes on, like --allow-errors.
    const downloadEvent = page.waitForEvent('download');
    await page.click('#btn-report');
    await page.click('#btn-confirm');
    expect((await downloadEvent).suggestedFilename()).toBe('bao-cao-u-minh-thuong.docx');

    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  test('Tạo sổ mẫu adds the missing sheets to an empty workbook without touching the existing one', async () => {
    const { page, pageErrors } = await open({ sheets: [{ name: 'Sheet1', cells: { A1: { v: 'giữ nguyên' } } }] });
    await page.selectOption('#period', '2026-2030');
    await page.click('#btn-blank');
    await page.getByText('Đã thêm').waitFor();
    const after = await fakeJson(page);
    expect(after.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Hướng dẫn', 'Thông tin', 'Xã', 'OCOP', 'Chỉ tiêu', 'Ngưỡng', 'Danh mục']);
    // Long dropdown lists live in a hidden sheet, as in the command line's blank workbook.
    expect(after.sheets[7].visibility).toBe('Hidden');
    expect(after.sheets[0].cells).toEqual({ A1: { v: 'giữ nguyên' } });
    expect(pageErrors).toEqual([]);
    writeFileSync(path.join(artifacts, 'blank-sheets.json'), JSON.stringify(after.sheets.map((s) => s.name)));
    await page.context().close();
  });
});
