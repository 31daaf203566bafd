import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { formatCount, formatPercent, validateWorkbook } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildReport, listDistricts } from '../../report';
import { defaultTemplate, ROOT } from './helpers';

/** LibreOffice is a real consumer: it must open every report we write. */
function has(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0;
}
const available = has('soffice') && has('pdftotext');
// Skip only on a developer machine without the tools; under CI they must be there.
const maybe = available || process.env.CI ? test : test.skip;

function toPdfText(docx: Uint8Array, dir: string, name: string): string {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return execFileSync('pdftotext', [path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('LibreOffice converts the generated reports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntm-pdf-'));

  maybe('district report: title, agency and figures in the PDF', async () => {
    const result = validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', 'u-minh-thuong.xlsx'))));
    const text = toPdfText(await buildReport(result, { template: defaultTemplate() }), dir, 'u-minh-thuong');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(result.data!.info.coQuanBanHanh!.toLocaleUpperCase('vi-VN').split(' ')[0]);
    const m = result.metrics;
    expect(text).toContain(`${formatCount(m.so_xa_dat_chuan_ntm)}/${formatCount(m.so_xa)} xã đạt chuẩn nông thôn mới, chiếm ${formatPercent(m.ty_le_xa_dat_chuan_ntm)}`);
    expect(text).toContain('Phụ lục');
    expect(text).toContain('./.');
  });

  maybe('one district of the province workbook', async () => {
    const result = validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'))));
    const district = listDistricts(result)[0];
    const text = toPdfText(await buildReport(result, { template: defaultTemplate(), district }), dir, 'huyen');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(district);
    expect(text).toMatch(/Trên địa bàn (huyện|thị xã|thành phố) [^:]+? có \d{2}\/\d{2} xã đạt chuẩn/);
  });
});
