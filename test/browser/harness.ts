import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FakeExcel, FakeFill, FakeWorkbookJson } from '../addin/fake-excel';

/**
 * The built task pane in Debian's Chromium, with a scripted Excel: the production bundle from dist/
 * is served as it ships, and the URL of Microsoft's office.js answers with the fake host instead.
 */

export const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
export const artifacts = path.join(__dirname, 'artifacts');
export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SAMPLE = path.join(root, 'samples', 'u-minh-thuong.xlsx');
export const TEMPLATE = path.join(root, 'templates', 'bao-cao-mac-dinh.docx');

export const canRun = existsSync(CHROMIUM) || process.env.CI !== undefined;
export const describeBrowser = canRun ? describe : describe.skip;

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
  const inputs = Math.max(...['addin', 'engine', 'report', 'rules'].map((d) => newestMtime(path.join(root, d))), statSync(TEMPLATE).mtimeMs, statSync(path.join(root, 'webpack.config.js')).mtimeMs);
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

export interface Opened {
  page: Page;
  /** Every request the page made after it was ready. */
  laterRequests: string[];
  dialogs: string[];
  cspViolations: string[];
  pageErrors: string[];
}

export interface OpenOptions {
  /** What the fake Office reports as its platform ("Mac" for Excel for Mac). */
  platform?: string;
  /** Office.onReady never answers (the pane outside Excel). */
  neverReady?: boolean;
  /** office.js cannot be loaded at all. */
  noOffice?: boolean;
  /** Text the pane shows once it is ready; null to not wait. */
  waitFor?: string | null;
  /** The page's clock, e.g. a day in 2026. */
  now?: Date;
}

/** One Chromium and one server for a test file. */
export class PaneHarness {
  browser!: Browser;
  private server!: Server;
  private origin = '';
  private fakeHost = '';

  async setUp(): Promise<void> {
    await ensureProductionBuild();
    this.fakeHost = await buildFakeHost();
    this.server = await serve(dist);
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(artifacts, { recursive: true });
  }

  async tearDown(): Promise<void> {
    await this.browser?.close();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Opens the pane on a workbook; office.js is answered with the fake host and that workbook. */
  async open(workbook: FakeWorkbookJson, options: OpenOptions = {}): Promise<Opened> {
    const context = await this.browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    if (options.now) await page.clock.install({ time: options.now });
    const opened: Opened = { page, laterRequests: [], dialogs: [], cspViolations: [], pageErrors: [] };
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) opened.cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => opened.pageErrors.push(e.message));
    const hostOptions = { platform: options.platform, neverReady: options.neverReady };
    // Nothing else may leave the machine: every other external request fails.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
      route.request().url() === OFFICE_JS && !options.noOffice
        ? route.fulfill({
            contentType: 'application/javascript',
            body: `window.__NTM_FAKE_WORKBOOK__ = ${JSON.stringify(workbook)};\nwindow.__NTM_FAKE_OPTIONS__ = ${JSON.stringify(hostOptions)};\n${this.fakeHost}`,
          })
        : route.abort(),
    );
    await page.goto(`${this.origin}/taskpane.html`);
    const ready = options.waitFor === undefined ? 'Sẵn sàng.' : options.waitFor;
    if (ready) await page.getByText(ready).waitFor();
    page.on('request', (r) => opened.laterRequests.push(r.url()));
    return opened;
  }
}

type FakeWindow = { __fakeExcel: FakeExcel };
export const fakeJson = (page: Page) => page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.toJson());
export const fakeFill = (page: Page, sheet: string, cell: string) => page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeExcel.fillAt(s, c), [sheet, cell] as const) as Promise<FakeFill>;
export const shownFill = (page: Page, sheet: string, cell: string) => page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fakeExcel.shownFillAt(s, c), [sheet, cell] as const);
