import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { blankWorkbookPlan, cellAddress, validateWorkbook, type ValidationResult } from '../../engine';
import { readWorkbook as readWithExcelJs } from '../../generator/read-workbook';
import { FakeExcel, type FakeWorkbookJson } from '../addin/fake-excel';
import { OFFICE_MESSAGES } from '../addin/fake-excel/office-error';
import { fakeJsonFromExcelJs } from '../addin/fake-excel/from-xlsx';
import { PaneHarness, SAMPLE, describeBrowser, fakeJson, shownFill } from './harness';

/**
 * The failures of issue 11, each driven in Chromium against the strict fake Excel: every one ends
 * with the workbook exactly as it was (or as the user changed it), and every message in Vietnamese.
 */

type FakeWindow = { __fakeExcel: FakeExcel };
const MARK = /^#FF(C7CE|EB9C)$/;
/** Words of Excel's English messages; none may reach the pane. */
const ENGLISH = new RegExp(['RichApi', 'Error:', ...Object.values(OFFICE_MESSAGES).map((m) => m.split(' ').slice(0, 3).join(' '))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

const status = (page: Page) => page.locator('#status-text').innerText();

async function waitStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status-text')?.textContent ?? ''), pattern.source, { timeout: 60_000 });
  const text = await status(page);
  expect(text).not.toMatch(ENGLISH);
  return text;
}

describeBrowser('the pane never costs a cell its formatting, and speaks Vietnamese', () => {
  const harness = new PaneHarness();
  let sampleJson: FakeWorkbookJson;
  let expected: ValidationResult;

  beforeAll(async () => {
    await harness.setUp();
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    sampleJson = fakeJsonFromExcelJs(wb);
    expected = validateWorkbook(await readWithExcelJs(bytes));
  }, 300_000);

  afterAll(() => harness.tearDown());

  const clone = (json: FakeWorkbookJson): FakeWorkbookJson => JSON.parse(JSON.stringify(json)) as FakeWorkbookJson;
  const markedFindings = () => expected.findings.filter((f) => f.cell && f.sheet && f.severity !== 'info');
  const countRules = (page: Page) => page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0));

  test('a protected sheet is checked but not marked, with a note; Xóa đánh dấu leaves the workbook exactly as it was', async () => {
    const sheet = markedFindings()[0].sheet!;
    const json = clone(sampleJson);
    json.sheets.find((s) => s.name === sheet)!.protected = true;
    const { page, pageErrors } = await harness.open(json);
    await page.click('#btn-check');
    const text = await waitStatus(page, /^Đã kiểm tra:/);
    expect(text).toContain(`"${sheet}" đang được bảo vệ`);
    expect(await page.locator('.finding').count()).toBe(expected.findings.length);
    for (const f of markedFindings().filter((x) => x.sheet === sheet)) expect(await shownFill(page, sheet, f.cell!)).not.toMatch(MARK);
    await page.click('#btn-clear');
    await waitStatus(page, /^(Đã xóa mọi đánh dấu|Không có ô nào đang được đánh dấu)/);
    expect(await fakeJson(page)).toEqual(new FakeExcel(json).toJson());
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  test('a dropped connection in the middle of marking: a Vietnamese sentence, and Xóa đánh dấu restores every cell', async () => {
    const { page } = await harness.open(sampleJson);
    await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.failAfterWrites(3, 'ConnectionFailure'));
    await page.click('#btn-check');
    const text = await waitStatus(page, /không thành công/);
    expect(text).toContain('Mất kết nối với Excel');
    expect(await countRules(page)).toBeGreaterThan(0);
    await page.click('#btn-clear');
    await waitStatus(page, /^Đã xóa mọi đánh dấu/);
    expect(await countRules(page)).toBe(0);
    expect(await fakeJson(page)).toEqual(new FakeExcel(sampleJson).toJson());
    await page.context().close();
  });

  // What the user does in Excel after Kiểm tra, one at a time and all together.
  const EDITS = {
    'inserted rows': 'await fake.userInsertRows(sheet, 1, 2);',
    'a sort': 'fake.userSort(sheet, 1, last, 0, true);',
    'a renamed sheet': 'fake.userRename(sheet, sheet + " (cũ)"); fake.userRename(other, other + " (cũ)");',
    'all three': 'await fake.userInsertRows(sheet, 1, 2); fake.userSort(sheet, 3, last + 2, 0, true); fake.userRename(other, other + " (cũ)");',
  } as const;

  test.each(Object.keys(EDITS) as Array<keyof typeof EDITS>)('%s after Kiểm tra: Xóa đánh dấu removes every mark and nothing else', async (edit) => {
    const { page } = await harness.open(sampleJson);
    await page.click('#btn-check');
    await waitStatus(page, /^Đã kiểm tra:/);
    const sheet = markedFindings()[0].sheet!;
    const other = sampleJson.sheets.map((s) => s.name).find((n) => n !== sheet)!;
    // The same edit, as source, for the page's fake and for a reference workbook here.
    const source = `async (fake, sheet, other) => {
      const s = fake.sheet(sheet);
      const last = Math.max(...[...s.cells.keys()].map((k) => Math.floor(k / 16384)));
      ${EDITS[edit]}
    }`;
    await page.evaluate(`(${source})(window.__fakeExcel, ${JSON.stringify(sheet)}, ${JSON.stringify(other)})`);
    expect(await countRules(page)).toBeGreaterThan(0);
    await page.click('#btn-clear');
    await waitStatus(page, /^Đã xóa mọi đánh dấu/);
    expect(await countRules(page)).toBe(0);
    const reference = new FakeExcel(sampleJson);
    await (new Function(`return ${source}`)() as (f: FakeExcel, s: string, o: string) => Promise<void>)(reference, sheet, other);
    expect(await fakeJson(page)).toEqual(reference.toJson());
    await page.context().close();
  });

  test('Tạo sổ mẫu on a 2021-2025 workbook in 2026: that layout, text as text, all or nothing, one list sheet', async () => {
    const json: FakeWorkbookJson = {
      sheets: [{ name: 'Thông tin', cells: { A1: { v: 'Tỉnh' }, B1: { v: 'Kiên Giang' }, A2: { v: 'Giai đoạn' }, B2: { v: '2021-2025' }, A3: { v: 'Năm báo cáo' }, B3: { v: 2025 } } }],
    };
    const { page, pageErrors } = await harness.open(json, { now: new Date('2026-03-02T08:00:00Z') });
    await page.selectOption('#period', '2026-2030');

    // A failure half-way: nothing of this run stays, so a retry starts from the same workbook.
    await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.failAfterWrites(60, 'ConnectionFailure'));
    await page.click('#btn-blank');
    await waitStatus(page, /^Tạo sổ mẫu không thành công/);
    expect((await fakeJson(page)).sheets.map((s) => s.name)).toEqual(['Thông tin']);

    await page.click('#btn-blank');
    const text = await waitStatus(page, /^Đã thêm/);
    expect(text).toContain('giai đoạn 2021-2025 theo sheet "Thông tin"');
    const after = await fakeJson(page);
    const plan = blankWorkbookPlan('2021-2025');
    const added = plan.sheets.map((s) => s.name).filter((n) => n !== 'Thông tin');
    expect(after.sheets.map((s) => s.name)).toEqual(['Thông tin', ...added, 'Danh mục']);
    // Text went in as text: every guide line as written (some start with "- "), no formula anywhere.
    const guide = plan.sheets.find((s) => s.kind === 'text');
    if (guide?.kind !== 'text') throw new Error('no guide sheet in the plan');
    expect(guide.lines.some((l) => /^[-+=]/.test(l))).toBe(true);
    const guideCells = after.sheets.find((s) => s.name === guide.name)!.cells;
    guide.lines.forEach((line, i) => expect(guideCells[`A${i + 1}`]?.v ?? '').toBe(line));
    for (const s of after.sheets) for (const c of Object.values(s.cells)) expect(c.formula).toBeUndefined();
    // The 2021-2025 layout: the plan's headers of sheet Xã.
    const xaPlan = plan.sheets.find((s) => s.name === 'Xã');
    if (xaPlan?.kind !== 'table') throw new Error('no Xã in the plan');
    const xa = after.sheets.find((s) => s.name === 'Xã')!.cells;
    xaPlan.columns.forEach((c, i) => expect(xa[cellAddress(0, i)]?.v).toBe(c.header));

    // Run again after deleting one sheet: only it comes back, and the list sheet is reused.
    await page.evaluate(() => {
      const fake = (window as unknown as FakeWindow).__fakeExcel;
      fake.sheets = fake.sheets.filter((s) => s.name !== 'OCOP');
    });
    await page.click('#btn-blank');
    await waitStatus(page, /^Đã thêm 1 sheet/);
    const again = (await fakeJson(page)).sheets.map((s) => s.name);
    expect(again.filter((n) => n.startsWith('Danh mục'))).toEqual(['Danh mục']);
    expect(again).toContain('OCOP');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  test("Excel's errors reach the pane as Vietnamese sentences that say what to do", async () => {
    const { page } = await harness.open(sampleJson);
    await page.evaluate(() => void ((window as unknown as FakeWindow).__fakeExcel.editMode = true));
    await page.click('#btn-check');
    expect(await waitStatus(page, /không thành công/)).toContain('Bấm Enter hoặc Esc');
    await page.evaluate(() => void ((window as unknown as FakeWindow).__fakeExcel.editMode = false));

    await page.context().close();

    // A protected workbook refuses the new sheets: AccessDenied, in Vietnamese, and nothing is left half-made.
    const blank = await harness.open({ sheets: [{ name: 'Sheet1', cells: { A1: { v: 'giữ nguyên' } } }] });
    await blank.page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.failAfterWrites(0, 'AccessDenied'));
    await blank.page.click('#btn-blank');
    expect(await waitStatus(blank.page, /không thành công/)).toContain('đang được bảo vệ');
    expect((await fakeJson(blank.page)).sheets.map((s) => s.name)).toEqual(['Sheet1']);
    await blank.page.context().close();
  });

  test('without Office.js, or outside Excel, the pane says so within seconds', async () => {
    const started = Date.now();
    const missing = await harness.open(sampleJson, { noOffice: true, waitFor: null });
    await missing.page.getByText('Không tải được Office.js').waitFor({ timeout: 3_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await missing.page.context().close();

    const outside = await harness.open(sampleJson, { neverReady: true, waitFor: null });
    await outside.page.getByText('Không kết nối được với Excel').waitFor({ timeout: 12_000 });
    await outside.page.context().close();
  });

  test('findings on a hidden sheet say so and offer to show it; nothing invisible is marked', async () => {
    const sheet = markedFindings()[0].sheet!;
    const json = clone(sampleJson);
    json.sheets.find((s) => s.name === sheet)!.visibility = 'Hidden';
    const { page, pageErrors } = await harness.open(json);
    await page.click('#btn-check');
    const text = await waitStatus(page, /^Đã kiểm tra:/);
    expect(text).toContain(`sheet đang ẩn "${sheet}"`);
    const rulesOnHidden = await page.evaluate((name) => (window as unknown as FakeWindow).__fakeExcel.sheet(name)!.conditionalFormats.length, sheet);
    expect(rulesOnHidden).toBe(0);
    const group = page.locator('.sheet-group', { has: page.locator('.sheet-name', { hasText: sheet }) });
    await expect(group.locator('.hidden-note button').isVisible()).resolves.toBe(true);

    const target = markedFindings()[0];
    await group.locator('.finding', { hasText: target.message }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('confirm-title');
    await page.click('#btn-confirm');
    await page.waitForFunction(() => (window as unknown as FakeWindow).__fakeExcel.selection !== null);
    const after = await page.evaluate((name) => {
      const fake = (window as unknown as FakeWindow).__fakeExcel;
      return { visibility: fake.sheet(name)!.visibility, selection: fake.selection };
    }, sheet);
    expect(after).toEqual({ visibility: 'Visible', selection: { sheet, address: target.cell } });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  test('Kiểm tra tự động: an edit is re-checked, the findings and the marks of that row follow', async () => {
    const { page, pageErrors } = await harness.open(sampleJson);
    await page.check('#live');
    await waitStatus(page, /^Đã bật kiểm tra tự động/);
    const before = await page.locator('.finding').count();
    expect(before).toBe(expected.findings.length);
    // A commune's level becomes a value the workbook does not allow.
    const cell = await page.evaluate(() => {
      const fake = (window as unknown as FakeWindow).__fakeExcel;
      const xa = fake.sheets.find((s) => s.name === 'Xã')!;
      for (let c = 0; c < 40; c++) if (String(xa.cell(0, c)?.value ?? '').startsWith('Mức đạt chuẩn')) return `${String.fromCharCode(65 + c)}3`;
      return null;
    });
    expect(cell).not.toBeNull();
    const rulesBefore = await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.sheet('Xã')!.conditionalFormats.map((c) => c.id));
    await page.evaluate((at) => (window as unknown as FakeWindow).__fakeExcel.userEdit('Xã', at!, 'Không rõ mức'), cell);
    await waitStatus(page, /^Đã kiểm tra lại sau khi sửa/);
    expect(await page.locator('.finding').count()).toBeGreaterThan(before);
    expect(await page.locator('.finding .message', { hasText: 'Không rõ mức' }).count()).toBeGreaterThan(0);
    expect(await shownFill(page, 'Xã', cell!)).toMatch(MARK);
    // Only the rules of the edited block were rewritten.
    const rulesAfter = await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.sheet('Xã')!.conditionalFormats.map((c) => c.id));
    expect(rulesAfter.filter((id) => rulesBefore.includes(id)).length).toBeGreaterThanOrEqual(rulesBefore.length - 2);
    await page.uncheck('#live');
    await waitStatus(page, /^Đã tắt kiểm tra tự động/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  test('Excel for Mac: the report is never said to be saved; a link to open it is offered', async () => {
    const { page } = await harness.open(sampleJson, { platform: 'Mac' });
    await page.click('#btn-report');
    if (expected.summary.errors > 0) await page.click('#btn-confirm');
    const text = await waitStatus(page, /Excel cho Mac/);
    expect(text).not.toContain('Đã tạo báo cáo');
    const link = page.locator('#status-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('download')).toBe('bao-cao-u-minh-thuong.docx');
    await page.context().close();
  });
});
