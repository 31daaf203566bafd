import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../generator/cli';
import { commandHelp, COMMAND_NAMES, COMMAND_SPECS } from '../../generator/command-specs';
import type { CommandIo } from '../../generator/io';

/** Issue 14, item 2 and SPEC §6: the command line follows the usual conventions, in Vietnamese. */

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'u-minh-thuong.xlsx');
const PROVINCE = path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx');
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/iu;
const dir = mkdtempSync(path.join(tmpdir(), 'ntm-cli-options-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], extra: Partial<CommandIo> = {}): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), ...extra });
  return { code, ...out };
}

const isDocx = (file: string) => readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';

describe('options as other tools read them', () => {
  test('--out=<path with "="> writes exactly that file; --out <path> too', async () => {
    const out = path.join(dir, 'a=b.docx');
    const r = await run(['report', SAMPLE, `--out=${out}`]);
    expect(r).toMatchObject({ code: 0 });
    expect(isDocx(out)).toBe(true);
    expect(existsSync(path.join(dir, 'a'))).toBe(false);
    const spaced = path.join(dir, 'c d.docx');
    expect((await run(['report', SAMPLE, '--out', spaced])).code).toBe(0);
    expect(isDocx(spaced)).toBe(true);
  });

  test('"--" ends the options: a file named like an option is read as a file', async () => {
    const odd = path.join(dir, '--json');
    copyFileSync(SAMPLE, odd);
    const r = await run(['validate', '--', odd]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Sổ: ${odd}`);
    const relative = await run(['validate', '--', '-x.xlsx']);
    expect(relative.code).toBe(2);
    expect(relative.stderr).toContain('Không tìm thấy sổ Excel "-x.xlsx"');
  });

  test('a flag given a value is refused rather than read as on (--json=false printed JSON before)', async () => {
    const r = await run(['validate', SAMPLE, '--json=false']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Tùy chọn --json không nhận giá trị');
  });

  test('a value option without its value, or followed by another option, is a usage error', async () => {
    for (const argv of [
      ['report', SAMPLE, '--out'],
      ['report', SAMPLE, '--out', '--force'],
      ['report', SAMPLE, '--out='],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Tùy chọn --out cần một giá trị');
      expect(r.stderr).toContain('ntm-ocop help report');
    }
    const twice = await run(['validate', SAMPLE, '--json', '--json']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('chỉ được ghi một lần');
  });

  test('near misses are answered with a suggestion, for commands and options', async () => {
    const cases: Array<[string[], string]> = [
      [['valdate', SAMPLE], 'Có phải ý bạn là "validate"?'],
      [['reprot', SAMPLE], 'Có phải ý bạn là "report"?'],
      [['check-formt', 'x.docx'], 'Có phải ý bạn là "check-format"?'],
      [['help', 'inti'], 'Có phải ý bạn là "init"?'],
      [['validate', SAMPLE, '--jsn'], 'Có phải ý bạn là "--json"?'],
      [['report', SAMPLE, '--allow-error'], 'Có phải ý bạn là "--allow-errors"?'],
      [['report', SAMPLE, '--templat', 'x.docx'], 'Có phải ý bạn là "--template"?'],
      [['report', SAMPLE, '--forse'], 'Có phải ý bạn là "--force"?'],
    ];
    for (const [argv, hint] of cases) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(hint);
    }
    const far = await run(['xyzzy']);
    expect(far.stderr).toContain('Không có lệnh "xyzzy".');
    expect(far.stderr).not.toContain('Có phải ý bạn là');
  });

  test('--version prints the version of package.json; --help and help <command> print help (exit 0)', async () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const general = await run(['--help']);
    expect(general.code).toBe(0);
    for (const c of COMMAND_NAMES) expect(general.stdout).toContain(`ntm-ocop ${c} `);
    expect((await run(['help'])).stdout).toBe(general.stdout);
    for (const c of COMMAND_NAMES) {
      const viaHelp = await run(['help', c]);
      const viaFlag = await run([c, '--help']);
      expect(viaHelp).toEqual({ code: 0, stdout: commandHelp(c), stderr: '' });
      expect(viaFlag).toEqual(viaHelp);
      expect((await run([c, '-h'])).stdout).toBe(viaHelp.stdout);
      for (const option of Object.keys(COMMAND_SPECS[c].options)) expect(viaHelp.stdout).toContain(`--${option}`);
      expect(viaHelp.stdout).toMatch(VIETNAMESE);
    }
    // No arguments at all is a usage mistake: the help goes to stderr, exit 2.
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(general.stdout);
  });

  test('--out must end in .docx (with --by huyen it is a folder)', async () => {
    for (const [out, shown] of [
      ['bao-cao.doc', 'bao-cao.docx'],
      ['bao-cao.pdf', 'bao-cao.docx'],
      ['bao-cao', 'bao-cao.docx'],
    ]) {
      const r = await run(['report', SAMPLE, '--out', path.join(dir, out)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cần có đuôi .docx');
      expect(r.stderr).toContain(path.join(dir, shown));
      expect(existsSync(path.join(dir, out))).toBe(false);
    }
    expect((await run(['report', SAMPLE, '--out', path.join(dir, 'HOA.DOCX')])).code).toBe(0);
    const folder = await run(['report', PROVINCE, '--by', 'huyen', '--out', path.join(dir, 'x.docx')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--out là thư mục');
  });
});

describe('--force: an existing output is never replaced without it', () => {
  test('report keeps an edited report (exit 2, the file named, bytes unchanged) and replaces it with --force', async () => {
    const out = path.join(dir, 'da-sua.docx');
    writeFileSync(out, 'báo cáo đã sửa trong Word');
    const r = await run(['report', SAMPLE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${out}" đã có`);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('báo cáo đã sửa trong Word');
    expect((await run(['report', SAMPLE, '--out', out, '--force'])).code).toBe(0);
    expect(isDocx(out)).toBe(true);
  });

  test('the default output beside the workbook is kept too', async () => {
    const folder = path.join(dir, 'mac-dinh');
    mkdirSync(folder);
    const input = path.join(folder, 'so.xlsx');
    copyFileSync(SAMPLE, input);
    expect((await run(['report', input])).code).toBe(0);
    const first = readFileSync(path.join(folder, 'so-bao-cao.docx'));
    const again = await run(['report', input]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('so-bao-cao.docx" đã có');
    expect(readFileSync(path.join(folder, 'so-bao-cao.docx')).equals(first)).toBe(true);
  });

  test('report --by huyen writes none of the reports when one of them exists, all of them with --force', async () => {
    const outDir = path.join(dir, 'theo-huyen');
    expect((await run(['report', PROVINCE, '--by', 'huyen', '--out', outDir])).code).toBe(0);
    const files = readdirSync(outDir).sort();
    expect(files.length).toBeGreaterThan(1);
    const keep = path.join(outDir, files[1]);
    writeFileSync(keep, 'đã sửa');
    for (const f of files) if (f !== files[1]) writeFileSync(path.join(outDir, f), 'cũ');
    const r = await run(['report', PROVINCE, '--by', 'huyen', '--out', outDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/đã có; không ghi đè/);
    expect(readFileSync(keep, 'utf8')).toBe('đã sửa');
    expect(readdirSync(outDir).sort()).toEqual(files);
    expect((await run(['report', PROVINCE, '--by', 'huyen', '--out', outDir, '--force'])).code).toBe(0);
    for (const f of files) expect(isDocx(path.join(outDir, f))).toBe(true);
  });

  test('init keeps an existing workbook and replaces it with --force', async () => {
    const file = path.join(dir, 'so-moi.xlsx');
    writeFileSync(file, 'số liệu cả năm');
    const r = await run(['init', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${file}" đã có`);
    expect(readFileSync(file, 'utf8')).toBe('số liệu cả năm');
    expect((await run(['init', file, '--force'])).code).toBe(0);
    expect(isDocx(file)).toBe(true); // an .xlsx is a zip too
  });
});

describe("--previous: last year's workbook", () => {
  test("validate --json takes last year's indicator averages from it (SPEC §6 previousYear)", async () => {
    const lastYear = path.join(dir, 'nam-truoc.xlsx');
    copyFileSync(SAMPLE, lastYear);
    const plain = JSON.parse((await run(['validate', SAMPLE, '--json'])).stdout) as { metrics: Record<string, number>; previousYear: { year: number; metrics: Record<string, number> } };
    const withPrevious = JSON.parse((await run(['validate', SAMPLE, '--json', '--previous', lastYear])).stdout) as typeof plain;
    const added = Object.keys(withPrevious.previousYear.metrics).filter((k) => !(k in plain.previousYear.metrics));
    expect(added.length).toBeGreaterThan(0);
    // The copy is this year's workbook, so last year's averages are exactly this year's.
    for (const code of added) expect(withPrevious.previousYear.metrics[code]).toBe(plain.metrics[code]);
    expect(withPrevious.previousYear.year).toBe(plain.previousYear.year);
  });

  test('an unreadable previous workbook is named; the workbook itself is refused as its own previous year', async () => {
    const missing = path.join(dir, 'khong-co.xlsx');
    for (const command of ['validate', 'report']) {
      const r = await run([command, SAMPLE, '--previous', missing, ...(command === 'report' ? ['--out', path.join(dir, 'prev.docx')] : [])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Không tìm thấy sổ Excel "${missing}"`);
    }
    expect(existsSync(path.join(dir, 'prev.docx'))).toBe(false);
    const self = await run(['validate', SAMPLE, '--previous', SAMPLE]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('là chính sổ đang kiểm tra');
  });

  test('report --previous writes the report', async () => {
    const lastYear = path.join(dir, 'nam-truoc-2.xlsx');
    copyFileSync(SAMPLE, lastYear);
    const out = path.join(dir, 'co-nam-truoc.docx');
    expect((await run(['report', SAMPLE, '--previous', lastYear, '--out', out])).code).toBe(0);
    expect(isDocx(out)).toBe(true);
  });
});
