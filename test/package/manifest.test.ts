import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import * as https from 'https';
import { createServer } from 'net';
import { tmpdir } from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';

/**
 * Issue 14, item 4: manifest.xml checked offline against Microsoft's schemas, the production
 * manifest rewritten into dist/ for the address given at build time, the dev server on Linux
 * without sudo, and the development CSP open to the dev server's socket only.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';
const work = mkdtempSync(path.join(tmpdir(), 'ntm-manifest-'));

/**
 * office-addin-manifest's reader, in a plain Node process (its ES-only dependencies do not load
 * under jest). Microsoft's XSD files are not on the npm registry, so the schema check is this
 * reader plus the structural checks of test/addin/manifest.test.ts.
 */
function readManifest(file: string): { defaultSettings?: { sourceLocation?: string }; officeAppType?: string; hosts?: string[] } {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
    .then((info) => process.stdout.write(JSON.stringify(info)), (err) => { console.error(String(err)); process.exit(1); });`;
  return JSON.parse(spawnSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }).stdout) as ReturnType<typeof readManifest>;
}

const STACK_LINE = /^\s{2,}at .+/mu;

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

describe('production build for an address given at build time', () => {
  const out = path.join(work, 'dist');
  const base = 'https://ntm.example.gov.vn/add-in';

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
    await runWebpack(await makeConfig({ url: `${base}/`, out }, { mode: 'production' }));
  }, 300_000);

  test('dist/manifest.xml names the site everywhere (AppDomain its origin), none of localhost', () => {
    const manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<AppDomain>https://ntm.example.gov.vn</AppDomain>');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${base}/support.html"/>`);
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    // Every address it names is a file of the build.
    for (const url of urls) {
      expect(url.startsWith(`${base}/`)).toBe(true);
      expect(existsSync(path.join(out, url.slice(base.length + 1)))).toBe(true);
    }
  });

  test('office-addin-manifest reads the rewritten manifest as the same task-pane add-in at the new address', () => {
    const info = readManifest(path.join(out, 'manifest.xml'));
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}/taskpane.html`);
  });

  test("production CSP keeps connect-src 'none'; the support page is Vietnamese", () => {
    const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/connect-src 'none'/);
    expect(html).not.toContain('wss:');
    expect(readFileSync(path.join(out, 'support.html'), 'utf8')).toContain('Hỗ trợ: add-in “Kiểm tra sổ NTM – OCOP”');
  });

  test('an address that is not HTTPS, or not a URL, stops the build with a Vietnamese message', () => {
    for (const [url, expected] of [
      ['http://ntm.example.gov.vn', 'phải bắt đầu bằng https://'],
      ['khong phai url', 'không phải một URL'],
    ]) {
      const r = spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--env', `url=${url}`, '--env', `out=${path.join(work, 'hong')}`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(expected);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(path.join(work, 'hong', 'manifest.xml'))).toBe(false);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('npm run dev-server on Linux without sudo', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    // The dev server and the compiler it started: the whole process group.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  test("makes its certificate in the user's folder, says how to trust it, serves the pane with the dev CSP", async () => {
    const certs = path.join(work, 'chung-chi');
    const port = await freePort();
    server = spawn(process.execPath, [WEBPACK, 'serve', '--mode', 'development', '--env', `port=${port}`], {
      cwd: ROOT,
      env: { ...process.env, NTM_OCOP_DEV_CERTS: certs },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 240_000;
    let page: { status: number; body: string } | undefined;
    while (Date.now() < deadline && !page) {
      await new Promise((r) => setTimeout(r, 1000));
      if (!existsSync(path.join(certs, 'ca.crt'))) continue;
      page = await get(`https://localhost:${port}/taskpane.html`, readFileSync(path.join(certs, 'ca.crt'))).catch(() => undefined);
      if (page && page.status !== 200) page = undefined;
    }
    expect(output).toContain('Chứng chỉ phát triển cho https://localhost đã được tạo');
    expect(output).not.toContain('sudo: ');
    expect(page?.body).toContain(`connect-src 'self' https://localhost:${port} wss://localhost:${port}`);
    const manifest = await get(`https://localhost:${port}/manifest.xml`, readFileSync(path.join(certs, 'ca.crt')));
    expect(manifest.body).toContain(`<SourceLocation DefaultValue="https://localhost:${port}/taskpane.html"/>`);

    // In a real browser the pane's live-reload socket opens: the development CSP does not block it.
    if (!existsSync(CHROMIUM) && !process.env.CI) return;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const tab = await context.newPage();
      // Office.js comes from Microsoft's CDN, which a test machine need not reach.
      await tab.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
      const refused: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
      });
      const socket = tab.waitForEvent('websocket', { timeout: 60_000 });
      await tab.goto(`https://localhost:${port}/taskpane.html`);
      const ws = await socket;
      expect(ws.url()).toBe(`wss://localhost:${port}/ws`);
      await tab.waitForTimeout(1000);
      expect(ws.isClosed()).toBe(false);
      expect(refused.filter((t) => t.includes('connect-src'))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);

  test('a certificate folder it cannot write is a Vietnamese message, not a stack trace', () => {
    const r = spawnSync(process.execPath, [WEBPACK, 'serve', '--mode', 'development'], {
      cwd: ROOT,
      env: { ...process.env, NTM_OCOP_DEV_CERTS: '/etc/passwd/chung-chi' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không tạo được chứng chỉ phát triển trong /etc/passwd/chung-chi: một phần của đường dẫn là tệp, không phải thư mục.');
    expect(r.stderr).toContain('NTM_OCOP_DEV_CERTS');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
