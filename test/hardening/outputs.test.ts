import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { assertNoStack, listDir, run, SAMPLES, sha256, tempDir, TEMPLATE, VIETNAMESE, type Captured } from './support';

/**
 * Issue "Hardening: atomic outputs": outputs are written whole or not at all, never over an input,
 * and inputs never change (SPEC §6).
 */

const dir = tempDir('out');

/** A fresh folder holding copies of a sample workbook and of the default template. */
function workspace(name: string, sample = SAMPLES.uMinhThuong): { folder: string; workbook: string; template: string } {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  const workbook = path.join(folder, 'so.xlsx');
  const template = path.join(folder, 'mau.docx');
  copyFileSync(sample, workbook);
  copyFileSync(TEMPLATE, template);
  return { folder, workbook, template };
}

function expectCleanRefusal(r: Captured, code = 2): void {
  expect(r.thrown).toBeUndefined();
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(VIETNAMESE);
  expect(r.stderr).not.toContain('Lỗi không mong đợi');
  assertNoStack(r);
}

const noTemporaryFiles = (folder: string): void => {
  expect(listDir(folder).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
};

describe('never over an input', () => {
  test('report --out <the input> is refused (exit 2), with and without --allow-errors; the input is unchanged', async () => {
    const { folder, workbook, template } = workspace('same-input');
    const before = sha256(workbook);
    for (const extra of [[], ['--allow-errors']]) {
      const r = await run(['report', workbook, '--template', template, '--out', workbook, ...extra]);
      // Without --allow-errors a workbook with errors stops at exit 1 first; either way nothing is written.
      if (extra.length === 0 && r.code === 1) continue;
      expectCleanRefusal(r);
      expect(r.stderr).toContain('Không ghi báo cáo đè lên tệp đầu vào');
    }
    expect(sha256(workbook)).toBe(before);
    noTemporaryFiles(folder);
  });

  test('the same input reached by another spelling, a symlink or a hard link is refused too', async () => {
    const { folder, workbook, template } = workspace('same-input-alias');
    const before = sha256(workbook);
    const link = path.join(folder, 'lien-ket.xlsx');
    const hard = path.join(folder, 'cung-tep.xlsx');
    symlinkSync(workbook, link);
    linkSync(workbook, hard);
    const spellings = [path.join(folder, '.', 'x', '..', 'so.xlsx'), link, hard, path.relative(process.cwd(), workbook)];
    for (const out of spellings) {
      const r = await run(['report', workbook, '--template', template, '--out', out, '--allow-errors']);
      expectCleanRefusal(r);
      expect(r.stderr).toContain('đè lên tệp đầu vào');
    }
    expect(sha256(workbook)).toBe(before);
    noTemporaryFiles(folder);
  });

  test('report --out <the template> is refused; the template is unchanged', async () => {
    const { folder, workbook, template } = workspace('same-template');
    const before = sha256(template);
    const r = await run(['report', workbook, '--template', template, '--out', template, '--allow-errors']);
    expectCleanRefusal(r);
    expect(r.stderr).toContain(template);
    expect(sha256(template)).toBe(before);
    noTemporaryFiles(folder);
  });

  test('report --out <the default template> is refused', async () => {
    const before = sha256(TEMPLATE);
    const r = await run(['report', SAMPLES.uMinhThuong, '--out', TEMPLATE, '--allow-errors']);
    expectCleanRefusal(r);
    expect(sha256(TEMPLATE)).toBe(before);
  });

  test('report --by huyen into the folder of the inputs never replaces them', async () => {
    const { folder, workbook, template } = workspace('by-district', SAMPLES.hauGiang);
    const before = [sha256(workbook), sha256(template)];
    const r = await run(['report', workbook, '--template', template, '--by', 'huyen', '--out', folder, '--allow-errors']);
    expect(r.thrown).toBeUndefined();
    expect(r.code).toBe(0);
    expect([sha256(workbook), sha256(template)]).toEqual(before);
    noTemporaryFiles(folder);
  });

  test('init over an existing file refuses (exit 2) and leaves it unchanged', async () => {
    const { folder, workbook } = workspace('init');
    const before = sha256(workbook);
    const r = await run(['init', workbook]);
    expectCleanRefusal(r);
    expect(r.stderr).toContain('không ghi đè');
    expect(sha256(workbook)).toBe(before);
    const note = path.join(folder, 'ghi-chu.xlsx');
    writeFileSync(note, 'không phải sổ');
    expectCleanRefusal(await run(['init', note, '--period', '2026-2030']));
    expect(readFileSync(note, 'utf8')).toBe('không phải sổ');
    noTemporaryFiles(folder);
  });

  test('init writes a new workbook that validates (exit 0 or 1), with no temporary file left', async () => {
    const folder = path.join(dir, 'init-new');
    const file = path.join(folder, 'con', 'so-moi.xlsx');
    const r = await run(['init', file]);
    expect(r.code).toBe(0);
    const v = await run(['validate', file]);
    expect([0, 1]).toContain(v.code);
    noTemporaryFiles(path.dirname(file));
  });
});

describe('a failed report leaves nothing behind', () => {
  test('a template with an unknown placeholder: exit 2, no output, no temporary file', async () => {
    const { folder, workbook } = workspace('unknown-placeholder');
    const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('{{doan_ocop}}', '{{khong_co_cho_nay}}'));
    const template = path.join(folder, 'mau-sai.docx');
    writeFileSync(template, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const before = listDir(folder);
    const out = path.join(folder, 'bao-cao.docx');
    const r = await run(['report', workbook, '--template', template, '--out', out, '--allow-errors']);
    expectCleanRefusal(r);
    expect(r.stderr).toContain('{{khong_co_cho_nay}}');
    expect(existsSync(out)).toBe(false);
    expect(listDir(folder)).toEqual(before);
  });

  test('a failed report does not touch an existing output file', async () => {
    const { folder, workbook } = workspace('failed-keeps-old');
    const out = path.join(folder, 'bao-cao.docx');
    writeFileSync(out, 'báo cáo cũ');
    const bad = path.join(folder, 'mau-hong.docx');
    writeFileSync(bad, readFileSync(TEMPLATE).subarray(0, 5000));
    expectCleanRefusal(await run(['report', workbook, '--template', bad, '--out', out, '--allow-errors']));
    expect(readFileSync(out, 'utf8')).toBe('báo cáo cũ');
    noTemporaryFiles(folder);
  });

  test('a workbook with errors without --allow-errors: exit 1, no output, no temporary file', async () => {
    const folder = path.join(dir, 'errors');
    mkdirSync(folder);
    const workbook = path.join(folder, 'loi.xlsx');
    // A commune's criteria count that cannot be: rewrite the shared strings so a number cell breaks.
    const zip = await JSZip.loadAsync(readFileSync(SAMPLES.uMinhThuong));
    const sheet = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    // Every numeric cell of the commune sheet becomes 999: out of range wherever it is read.
    zip.file(
      'xl/worksheets/sheet4.xml',
      sheet.replace(/<v>\d+(\.\d+)?<\/v>/g, (m, _f, offset: number) => (offset > sheet.length / 3 ? '<v>999</v>' : m)),
    );
    writeFileSync(workbook, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const v = await run(['validate', workbook]);
    expect(v.code).toBe(1);
    const before = listDir(folder);
    const out = path.join(folder, 'bao-cao.docx');
    const r = await run(['report', workbook, '--out', out]);
    expectCleanRefusal(r, 1);
    expect(r.stderr).toContain('--allow-errors');
    expect(existsSync(out)).toBe(false);
    expect(listDir(folder)).toEqual(before);
  });

  test('--out into a folder that cannot be made, or onto a folder: exit 2 with a message, nothing written', async () => {
    const { folder, workbook, template } = workspace('unwritable');
    const blocker = path.join(folder, 'la-tep');
    writeFileSync(blocker, 'x');
    // Found by this test: these ended in "Lỗi không mong đợi" (ENOTDIR / EISDIR from fs).
    for (const out of [path.join(blocker, 'bao-cao.docx'), path.join(folder, 'thu-muc')]) {
      mkdirSync(path.join(folder, 'thu-muc'), { recursive: true });
      const before = listDir(folder);
      const r = await run(['report', workbook, '--template', template, '--out', out, '--allow-errors']);
      expectCleanRefusal(r);
      expect(r.stderr).toContain(out);
      expect(listDir(folder)).toEqual(before);
      expect(listDir(path.join(folder, 'thu-muc'))).toEqual([]);
    }
    const i = await run(['init', path.join(blocker, 'so.xlsx')]);
    expectCleanRefusal(i);
  });
});

describe('inputs never change, outputs replace whole', () => {
  test('the bytes of the workbook and the template are the same after validate, report and check-template', async () => {
    for (const sample of [SAMPLES.uMinhThuong, SAMPLES.hauGiang, SAMPLES.mau2026]) {
      const { folder, workbook, template } = workspace(`hash-${path.basename(sample, '.xlsx')}`, sample);
      const before = [sha256(workbook), sha256(template)];
      await run(['validate', workbook]);
      await run(['validate', workbook, '--json']);
      await run(['check-template', template]);
      const r = await run(['report', workbook, '--template', template, '--out', path.join(folder, 'bc.docx'), '--allow-errors']);
      expect(r.code).toBe(0);
      await run(['report', workbook, '--template', template, '--allow-errors']);
      expect([sha256(workbook), sha256(template)]).toEqual(before);
      noTemporaryFiles(folder);
    }
  });

  test('a successful report with --force replaces an existing output completely', async () => {
    const { folder, workbook, template } = workspace('replace');
    const out = path.join(folder, 'bao-cao.docx');
    // Larger than any report, and recognisable: nothing of it may survive.
    const old = Buffer.alloc(3 * 1024 * 1024, 'NỘI DUNG CŨ ');
    writeFileSync(out, old);
    const r = await run(['report', workbook, '--template', template, '--out', out, '--allow-errors', '--force']);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.length).toBeLessThan(old.length);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('NỘI DUNG CŨ'))).toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(await run(['check-template', out])).toMatchObject({ code: 0 });
    noTemporaryFiles(folder);
  });
});
