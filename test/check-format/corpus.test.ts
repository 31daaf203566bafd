import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../generator/cli';
import { buildReport } from '../../report';
import { ELEMENTS } from '../../report/check-format';
import { districtResult, provinceResult } from '../report/fixtures';
import { handMadeBytes } from './hand-made';
import { checkBytes, checkFile, errors, generatedReport, SAMPLES, tempDir, TEMPLATE } from './support';

/**
 * Issue 13, "done when": every report the generator writes passes check-format (exit 0, no error),
 * and so does a document laid out by hand in another style; LibreOffice's re-save changes nothing.
 */

const has = (binary: string) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
// Skip only on a developer machine without LibreOffice; under CI it must be there.
const withOffice = has('soffice') || process.env.CI ? test : test.skip;

function expectConforms(run: Awaited<ReturnType<typeof checkFile>>): void {
  expect(errors(run)).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.json!.summary.errors).toBe(0);
}

describe('check-format: the corpus conforms', () => {
  test.each([
    ['u-minh-thuong', SAMPLES.uMinhThuong],
    ['tinh-hau-giang', SAMPLES.hauGiang],
    ['mau-2026-2030', SAMPLES.mau2026],
  ])('generated report of %s: exit 0, no error', async (name, sample) => {
    const run = await checkBytes(await generatedReport(sample), name);
    expectConforms(run);
    // The report is long enough to be numbered, and its numbering was seen (not skipped).
    expect(run.json!.findings.filter((f) => f.element === 'so-trang')).toEqual([]);
  });

  test('report --by huyen: every district report conforms', async () => {
    const dir = tempDir('by-huyen');
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await runCli(['report', SAMPLES.hauGiang, '--by', 'huyen', '--out', dir], io)).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expectConforms(await checkFile(path.join(dir, f)));
  });

  test.each([
    ['district fixture, dated 05/3 (ngày 05 tháng 3), with Kính gửi', () => buildReport(districtResult(), { template: readFileSync(TEMPLATE), kinhGui: 'Ủy ban nhân dân tỉnh Kiên Giang' })],
    ['province fixture, undated, without a number', () => buildReport(provinceResult(), { template: readFileSync(TEMPLATE) })],
  ])('report of the %s conforms', async (_, build) => {
    const run = await checkBytes(await build(), 'fixture');
    expectConforms(run);
    expect(run.json!.findings).toEqual([]);
  });

  test('a Quyết định laid out by hand in another style conforms', async () => {
    expectConforms(await checkBytes(await handMadeBytes(), 'quyet-dinh'));
  });

  test('--json prints one object { file, summary, findings } with the contract fields', async () => {
    const dir = tempDir('json');
    const file = path.join(dir, 'bad.docx');
    writeFileSync(file, await handMadeBytes({ date: 'Hòa An, ngày 5 tháng 02 năm 2025' }));
    const run = await checkFile(file);
    expect(run.code).toBe(1);
    expect(Object.keys(run.json!).sort()).toEqual(['file', 'findings', 'summary']);
    expect(run.json!.file).toBe(file);
    expect(Object.keys(run.json!.summary).sort()).toEqual(['errors', 'infos', 'warnings']);
    expect(run.json!.summary.errors).toBe(errors(run).length);
    for (const f of run.json!.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'element', 'hint', 'location', 'message', 'severity']);
      expect(ELEMENTS).toContain(f.element);
    }
  });

  test('the text output names each finding with its element and place, in Vietnamese', async () => {
    const dir = tempDir('text');
    const file = path.join(dir, 'bad.docx');
    writeFileSync(file, await handMadeBytes({ date: 'Hòa An, ngày 5 tháng 02 năm 2025' }));
    const run = await checkFile(file, false);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Lỗi (1)');
    expect(run.stdout).toContain('[dia-danh-ngay] Phần 1, bảng 1, dòng 1, cột 2, đoạn “Hòa An, ngày 5 tháng 02 năm 2025”');
    expect(run.stdout).toContain('Ngày “ngày 5” nhỏ hơn 10 mà không có số 0 phía trước');
  });

  test('exit 2 with a Vietnamese message for a file that is not a .docx', async () => {
    const run = await checkFile(SAMPLES.uMinhThuong);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không phải văn bản Word .docx');
    expect(run.stderr).not.toContain('mẫu');
    const missing = await checkFile(path.join(tempDir('none'), 'khong-co.docx'));
    expect(missing.code).toBe(2);
  });

  withOffice('documents saved again by LibreOffice still conform', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ntm-cf-lo-'));
    const sources: Array<[string, Uint8Array]> = [
      ['bao-cao', await generatedReport(SAMPLES.uMinhThuong)],
      ['quyet-dinh', await handMadeBytes()],
    ];
    const out = path.join(dir, 'out');
    const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
    try {
      for (const [name, bytes] of sources) {
        writeFileSync(path.join(dir, `${name}.docx`), bytes);
        execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx', '--outdir', out, path.join(dir, `${name}.docx`)], { stdio: 'pipe', timeout: 120000 });
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    // A secretary's own template: the default one re-saved by LibreOffice, then filled by the CLI.
    const template = path.join(out, 'mau.docx');
    const profile2 = mkdtempSync(path.join(tmpdir(), 'lo-'));
    try {
      execFileSync('cp', [TEMPLATE, path.join(dir, 'mau.docx')]);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile2}`, '--convert-to', 'docx', '--outdir', out, path.join(dir, 'mau.docx')], { stdio: 'pipe', timeout: 120000 });
    } finally {
      rmSync(profile2, { recursive: true, force: true });
    }
    const io = { stdout: () => undefined, stderr: () => undefined };
    const filled = path.join(dir, 'tu-mau-rieng.docx');
    expect(await runCli(['report', SAMPLES.uMinhThuong, '--template', template, '--out', filled], io)).toBe(0);
    expectConforms(await checkFile(filled));
    for (const [name, bytes] of sources) {
      const saved = readFileSync(path.join(out, `${name}.docx`));
      // LibreOffice wrote its own file (not a copy of ours).
      expect(Buffer.compare(saved, Buffer.from(bytes))).not.toBe(0);
      expectConforms(await checkFile(path.join(out, `${name}.docx`)));
    }
  });
});
