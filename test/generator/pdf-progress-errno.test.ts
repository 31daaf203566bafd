import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { fold } from '../../engine';
import { runCli } from '../../generator/cli';
import { describeErrno, TRANSLATED_ERRNO_CODES } from '../../generator/errno';
import type { CommandIo } from '../../generator/io';
import { findSoffice } from '../../generator/pdf';
import { formatSize } from '../../generator/progress';

/** Issue 12 item 7 (--pdf), issue 14 items 2 and 3 (errno messages, progress on a terminal). */

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'u-minh-thuong.xlsx');
const PROVINCE = path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx');
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/iu;
const dir = mkdtempSync(path.join(tmpdir(), 'ntm-cli-pdf-'));

async function run(argv: string[], interactive = false) {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), interactive };
  const code = await runCli(argv, io);
  return { code, ...out };
}

function withEnv<T>(name: string, value: string, work: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  return work().finally(() => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  });
}

const office = findSoffice() !== undefined;
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
// Under CI the tools are installed by .ci/run: the test runs and fails if they are missing.
const withOffice = (office && hasPdftotext) || process.env.CI ? test : test.skip;

describe('--pdf', () => {
  withOffice("writes the PDF beside the .docx through LibreOffice; the PDF holds the report's text", async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const r = await run(['report', SAMPLE, '--out', out, '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = path.join(dir, 'bao-cao.pdf');
    expect(r.stdout).toContain(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/U Minh Thượng/);
    // The PDF is an output like the .docx: kept unless --force.
    writeFileSync(path.join(dir, 'giu.pdf'), 'PDF đã ký');
    const kept = await run(['report', SAMPLE, '--out', path.join(dir, 'giu.docx'), '--pdf']);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('giu.pdf" đã có');
    expect(existsSync(path.join(dir, 'giu.docx'))).toBe(false);
  });

  withOffice('--by huyen --pdf: one PDF beside each district report, from one LibreOffice run', async () => {
    const outDir = path.join(dir, 'huyen-pdf');
    // The real LibreOffice behind a wrapper that counts how often it is started.
    const starts = path.join(dir, 'soffice-starts');
    const wrapper = path.join(dir, 'soffice-dem');
    writeFileSync(wrapper, `#!/bin/sh\necho x >> '${starts}'\nexec '${findSoffice()}' "$@"\n`, { mode: 0o755 });
    const r = await withEnv('NTM_OCOP_SOFFICE', wrapper, () => run(['report', PROVINCE, '--by', 'huyen', '--out', outDir, '--pdf']));
    expect(r.code).toBe(0);
    expect(readFileSync(starts, 'utf8')).toBe('x\n');
    expect(r.stdout).toContain('(kèm bản PDF)');
    const docx = readdirSync(outDir).filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(1);
    expect(
      readdirSync(outDir)
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(docx.map((f) => f.replace(/\.docx$/, '.pdf')).sort());
    // Each PDF is its own district's report: its text names the district the file is named after.
    for (const f of docx) {
      const text = fold(execFileSync('pdftotext', [path.join(outDir, f.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
      expect(text).toContain(f.replace(/\.docx$/, '').replace(/-/g, ' '));
    }
  });

  test('without LibreOffice: a clear Vietnamese message, exit 2, nothing written', async () => {
    const out = path.join(dir, 'khong-office.docx');
    const r = await withEnv('NTM_OCOP_SOFFICE', path.join(dir, 'khong-co-soffice'), () => run(['report', SAMPLE, '--out', out, '--pdf']));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy LibreOffice (lệnh soffice) để xuất PDF; chưa ghi tệp nào.');
    expect(r.stderr).toContain('Cách xử lý: Cài LibreOffice');
    expect(existsSync(out)).toBe(false);
  });

  test('a LibreOffice that fails is reported, the .docx stays', async () => {
    const fake = path.join(dir, 'soffice-hong');
    writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const out = path.join(dir, 'office-hong.docx');
    const r = await withEnv('NTM_OCOP_SOFFICE', fake, () => run(['report', SAMPLE, '--out', out, '--pdf']));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không xuất được PDF');
    expect(r.stderr).toContain('Tệp .docx đã được ghi');
    expect(existsSync(out)).toBe(true);
    expect(existsSync(path.join(dir, 'office-hong.pdf'))).toBe(false);
  });
});

describe('system errors in Vietnamese', () => {
  test('every translated code reads Vietnamese without the code; an unknown one is described', () => {
    expect(TRANSLATED_ERRNO_CODES.length).toBeGreaterThan(20);
    for (const code of TRANSLATED_ERRNO_CODES) {
      const text = describeErrno(Object.assign(new Error('x'), { code }));
      expect(text).toMatch(VIETNAMESE);
      expect(text).not.toContain(code);
    }
    expect(describeErrno(Object.assign(new Error('x'), { code: 'EWHATEVER' }))).toBe('lỗi hệ thống không rõ (mã EWHATEVER)');
  });

  test('real failures: a path through a file, an output folder that is a file', async () => {
    const notDir = path.join(dir, 'tep-thuong');
    writeFileSync(notDir, 'x');
    const read = await run(['validate', path.join(notDir, 'so.xlsx')]);
    expect(read.code).toBe(2);
    expect(read.stderr).toContain('một phần của đường dẫn là tệp, không phải thư mục');
    expect(read.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    const write = await run(['report', SAMPLE, '--out', path.join(notDir, 'bc.docx')]);
    expect(write.code).toBe(2);
    expect(write.stderr).toContain('Không ghi được');
    expect(write.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe('progress on a terminal', () => {
  test('redrawn in place on stderr, then a summary of time and sizes; stdout unchanged', async () => {
    const plain = await run(['validate', SAMPLE]);
    const tty = await run(['validate', SAMPLE], true);
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(tty.stderr).toContain('\r\x1b[2KĐang đọc sổ');
    expect(tty.stderr).toContain('Đang kiểm tra sổ');
    expect(tty.stderr).toMatch(/Xong sau \d+,\d giây · đã đọc u-minh-thuong\.xlsx \(\d+ KB\)\.\n$/);
  });

  test('report: one line per district redrawn, sizes of what was written', async () => {
    const r = await run(['report', PROVINCE, '--by', 'huyen', '--out', path.join(dir, 'tty-huyen')], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[2KĐang tạo báo cáo 1\/\d+: /);
    expect(r.stderr).not.toMatch(/…\n/); // not a line each: redrawn
    expect(r.stderr).toMatch(/đã ghi \d+ tệp \(\d+(,\d)? (KB|MB)\)\.\n$/);
  });

  test('check-format shows it too, and its summary names the document', async () => {
    const template = path.join(ROOT, 'templates', 'bao-cao-mac-dinh.docx');
    const plain = await run(['check-format', template]);
    const tty = await run(['check-format', template], true);
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(tty.stderr).toContain('Đang kiểm tra thể thức');
    expect(tty.stderr).toMatch(/Xong sau \d+,\d giây · đã đọc bao-cao-mac-dinh\.docx \(\d+ KB\)\.\n$/);
  });

  test('off with --json even on a terminal', async () => {
    const r = await run(['validate', SAMPLE, '--json'], true);
    expect(r.stderr).toBe('');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  test('sizes as Vietnamese write them', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(85 * 1024)).toBe('85 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});
