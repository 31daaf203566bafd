import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import { validateWorkbook, type ValidationResult } from '../../engine';
import { readWorkbook as readWithExcelJs } from '../../generator/read-workbook';
import { buildReport } from '../../report';
import { FakeExcel, type FakeFill, type FakeWorkbookJson } from '../addin/fake-excel';
import { fakeJsonFromExcelJs } from '../addin/fake-excel/from-xlsx';

/**
 * The built task pane in Debian's Chromium, with a scripted Excel: the production bundle from dist/
 * is served as it ships, and the URL of Microsoft's office.js answers with the fake host instead.
 */

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const artifacts = path.join(__dirname, 'artifacts');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SAMPLE = path.join(root, 'samples', 'u-minh-thuong.xlsx');
const TEMPLATE = path.join(root, 'templates', 'bao-cao-mac-dinh.docx');
const XSS = '<img src=x onerror=alert(1)>';

const canRun = existsSync(CHROMIUM) || process.env.CI !== undefined;
const describeBrowser = canRun ? describe : describe.skip;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** dist/ is rebuilt unless it is newer than everything that goes into it. */
async function ensureProductionBuild(): Promise<void> {
  const built = existsSync(path.join(dist, 'taskpane.js')) ? statSync(path.join(dist, 'taskpane.js')).mtimeMs : 0;
  const inputs = Math.max(
    ...['addin', 'engine', 'report', 'rules'].map((d) => newestMtime(path.join(root, d))),
    statSync(TEMPLATE).mtimeMs,
    statSync(path.join(root, 'webpack.config.js')).mtimeMs,
  );
  if (built > inputs) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
  await runWebpack(await makeConfig({}, { mode: 'production' }));
}

/** The fake host (test/browser/fake-host.ts) as one browser script. */
async function buildFakeHost(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'ntm-fake-host-'));
  try {
    await runWebpack({
      mode: 'development',
      devtool: false,
      context: root,
      entry: './test/browser/fake-host.ts',
      output: { path: out, filename: 'fake-host.js' },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
    });
    return readFileSync(path.join(out, 'fake-host.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

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
  let browser: Browser;
  let server: Server;
  let origin: string;
  let fakeHost: string;
  let sampleBytes: Uint8Array;
  let sampleJson: FakeWorkbookJson;

  beforeAll(async () => {
    await ensureProductionBuild();
    fakeHost = await buildFakeHost();
    server = await serve(dist);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sampleBytes = new Uint8Array(readFileSync(SAMPLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sampleBytes as unknown as ExcelJS.Buffer);
    sampleJson = fakeJsonFromExcelJs(wb);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  interface Opened {
    page: Page;
    /** Every request the page made after it was ready. */
    laterRequests: string[];
    dialogs: string[];
    cspViolations: string[];
    pageErrors: string[];
  }

  /** Opens the pane on a workbook; office.js is answered with the fake host and that workbook. */
  async function open(workbook: FakeWorkbookJson): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const opened: Opened = { page, laterRequests: [], dialogs: [], cspViolations: [], pageErrors: [] };
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) opened.cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => opened.pageErrors.push(e.message));
    // Nothing else may leave the machine: every other external request fails.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
      route.request().url() === OFFICE_JS
        ? route.fulfill({ contentType: 'application/javascript', body: `window.__NTM_FAKE_WORKBOOK__ = ${JSON.stringify(workbook)};\n${fakeHost}` })
        : route.abort(),
    );
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Sẵn sàng.').waitFor();
    page.on('request', (r) => opened.laterRequests.push(r.url()));
    return opened;
  }

  const fakeJson = (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.toJson());
  const fakeFill = (page: Page, sheet: string, cell: string) =>
    page.evaluate(([s, c]) => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.fillAt(s, c), [sheet, cell] as const) as Promise<FakeFill>;

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
    await page.locator('#targets-panel').screenshot({ path: path.join(artifacts, 'pane-u-minh-thuong-targets.png') });

    // Marks: every cell with an error or warning carries its colour in the workbook.
    const marked = expected.findings.filter((f) => f.cell && f.sheet && f.severity !== 'info');
    expect(marked.length).toBeGreaterThan(0);
    for (const f of marked) {
      const fill = await fakeFill(page, f.sheet!, f.cell!);
      expect(fill.color).toBe(f.severity === 'error' ? '#FFC7CE' : '#FFEB9C');
    }

    // A click on a finding activates its sheet and selects its cell.
    const target = marked[marked.length - 1];
    await page.locator('.finding:not([disabled])', { hasText: target.message }).first().click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.selection !== null);
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.selection)).toEqual({ sheet: target.sheet, address: target.cell });
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel.activeSheet)).toBe(target.sheet);

    // Xóa đánh dấu gives back the workbook exactly as it was (values, formats, fills; no state left).
    await page.click('#btn-clear');
    await page.getByText('Đã xóa đánh dấu').waitFor();
    expect(await fakeJson(page)).toEqual({ ...new FakeExcel(sampleJson).toJson(), customXmlParts: [] });
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
