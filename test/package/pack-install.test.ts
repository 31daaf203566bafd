import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/**
 * Issue 14, "Done when": the tarball `npm pack` makes, installed in an empty folder as a user
 * would, gives a working `ntm-ocop` command and a typed library, with no development package.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'u-minh-thuong.xlsx');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// Each step spawns npm, node or tsc on a machine that may be busy: generous limits, no timings.
jest.setTimeout(300_000);
const work = mkdtempSync(path.join(tmpdir(), 'ntm-package-'));
const app = path.join(work, 'app');

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** Runs a program in the installed app; returns exit status and both streams. */
function inApp(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: app, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let files: string[] = [];

beforeAll(() => {
  // `npm pack` runs prepack: lib/ is rebuilt from the sources, so the tarball cannot ship stale code.
  const listing = npm(['pack', '--json', '--pack-destination', work], ROOT);
  const packed = JSON.parse(listing) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0].files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'ung-dung-thu', version: '1.0.0', private: true }));
  npm(['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed[0].filename)], app);
}, 480_000);

test('the tarball holds the compiled code, its declarations, the default template and the licence, and no sources or tests', () => {
  for (const f of [
    'bin/ntm-ocop.js',
    'lib/generator/cli.js',
    'lib/generator/index.js',
    'lib/generator/index.d.ts',
    'lib/engine/index.d.ts',
    'lib/rules/levels.json',
    'templates/bao-cao-mac-dinh.docx',
    'LICENSE',
    'README.md',
    'package.json',
  ]) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  expect(files.filter((f) => /^(test|lib\/test|lib\/bench|lib\/samples|addin|lib\/addin|samples)\//.test(f))).toEqual([]);
});

test('npx ntm-ocop --version prints the version; validate works on a sample; report writes a .docx', () => {
  expect(inApp('npx', ['--no-install', 'ntm-ocop', '--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  const validate = inApp('npx', ['--no-install', 'ntm-ocop', 'validate', SAMPLE]);
  expect(validate.stderr).toBe('');
  expect(validate.status).toBe(0);
  expect(validate.stdout).toContain('Đơn vị: huyện U Minh Thượng');
  const json = inApp('npx', ['--no-install', 'ntm-ocop', 'validate', SAMPLE, '--json']);
  expect(JSON.parse(json.stdout)).toMatchObject({ summary: { errors: 0 } });
  // The default template is found inside the installed package, wherever the command runs from.
  const out = path.join(work, 'bao-cao.docx');
  const report = inApp('npx', ['--no-install', 'ntm-ocop', 'report', SAMPLE, `--out=${out}`]);
  expect(report).toMatchObject({ status: 0, stderr: '' });
  expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  // Only the runtime dependencies were installed.
  expect(readdirSync(path.join(app, 'node_modules')).filter((d) => ['typescript', 'jest', 'webpack'].includes(d))).toEqual([]);
});

test('require() and import give the library API, which validates and reports', () => {
  const cjs = inApp(process.execPath, [
    '-e',
    `const m = require('ntm-ocop');
     const names = ['readWorkbook', 'validateWorkbook', 'buildReport', 'fillTemplate', 'checkFormat', 'listPlaceholders', 'defaultTemplate'];
     for (const n of names) if (typeof m[n] !== 'function') throw new Error(n + ' is ' + typeof m[n]);
     (async () => {
       const result = m.validateWorkbook(await m.readWorkbook(${JSON.stringify(SAMPLE)}));
       const bytes = await m.buildReport(result, { template: await m.defaultTemplate() });
       const check = await m.checkFormat(bytes);
       console.log(JSON.stringify({ errors: result.summary.errors, size: bytes.length > 10000, format: check.summary.errors }));
     })().catch((e) => { console.error(e); process.exit(1); });`,
  ]);
  expect(cjs.stderr).toBe('');
  expect(JSON.parse(cjs.stdout)).toEqual({ errors: 0, size: true, format: 0 });
  const esm = inApp(process.execPath, [
    '--input-type=module',
    '-e',
    `import { validateWorkbook, readWorkbook } from 'ntm-ocop';
     const r = validateWorkbook(await readWorkbook(${JSON.stringify(SAMPLE)}));
     console.log(r.unit);`,
  ]);
  expect(esm).toMatchObject({ status: 0, stdout: 'huyện U Minh Thượng, tỉnh Kiên Giang\n' });
});

test('TypeScript users get the types (a wrong use is a compile error), with CommonJS and Node16 resolution', () => {
  const source = `import { readWorkbook, validateWorkbook, type ValidationResult } from 'ntm-ocop';
export async function errors(file: string): Promise<number> {
  const result: ValidationResult = validateWorkbook(await readWorkbook(file));
  // @ts-expect-error: the summary has no such field, and the types know it
  void result.summary.nothing;
  return result.summary.errors;
}
`;
  writeFileSync(path.join(app, 'use.ts'), source);
  const typeRoots = path.join(ROOT, 'node_modules', '@types');
  for (const flags of [
    ['--module', 'commonjs', '--moduleResolution', 'node', '--esModuleInterop', '--skipLibCheck'],
    ['--module', 'nodenext', '--moduleResolution', 'nodenext'],
  ]) {
    const r = inApp(process.execPath, [TSC, '--noEmit', '--strict', '--types', 'node', '--typeRoots', typeRoots, ...flags, 'use.ts']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  writeFileSync(path.join(app, 'wrong.ts'), `import { validateWorkbook } from 'ntm-ocop';\nvalidateWorkbook('not a workbook');\n`);
  const wrong = inApp(process.execPath, [TSC, '--noEmit', '--strict', '--types', 'node', '--typeRoots', typeRoots, '--module', 'nodenext', '--moduleResolution', 'nodenext', 'wrong.ts']);
  expect(wrong.status).not.toBe(0);
  expect(wrong.stdout).toContain('wrong.ts(2,');
});

test('npm ci --omit=dev in a clone fails with a Vietnamese message saying what to do', () => {
  const clone = path.join(work, 'clone');
  mkdirSync(path.join(clone, 'scripts'), { recursive: true });
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build-lib.js']) copyFileSync(path.join(ROOT, f), path.join(clone, f));
  const r = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, encoding: 'utf8', timeout: 240_000 });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain('không biên dịch được mã nguồn vì thiếu TypeScript');
  expect(r.stderr).toContain('chạy "npm ci" (không kèm --omit=dev)');
  expect(r.stderr).toContain('npm install --omit=dev ntm-ocop-<phiên bản>.tgz');
  expect(r.stderr).not.toContain('tsc: not found');
}, 300_000);
