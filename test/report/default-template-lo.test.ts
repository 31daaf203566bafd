import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { validateWorkbook } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildReport, listDistricts } from '../../report';
import { DEFAULT_TEMPLATE, paragraphs, parts, ROOT } from './helpers';

const available = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
// Skip only on a developer machine without LibreOffice; under CI it must be there.
const maybe = available || process.env.CI ? test : test.skip;

/**
 * The default template uses conditions ({{#neu huyen}}, {{#neu tren_dia_ban}} inside a line): a
 * secretary who opens it and saves it again with LibreOffice still gets the same reports.
 */
describe('the default template after a round trip through LibreOffice', () => {
  maybe('province report with its table by district; district report "trên địa bàn …" without it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ntm-default-lo-'));
    const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx', '--outdir', dir, DEFAULT_TEMPLATE], { stdio: 'pipe', timeout: 120000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const template = new Uint8Array(readFileSync(path.join(dir, 'bao-cao-mac-dinh.docx')));
    const result = validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'))));
    const read = async (district?: string) => paragraphs((await parts(await buildReport(result, { template, district })))['word/document.xml']).filter((l) => l.trim() !== '');

    const province = await read();
    expect(province).toContain('Kết quả theo từng đơn vị cấp huyện:');
    expect(province.find((l) => l.startsWith('Kết quả thực hiện'))).toMatch(/Hậu Giang năm 2022$/u);
    expect(province).toContain('Phụ lục II');

    const district = listDistricts(result).find((d) => /Ngã Bảy/u.test(d))!;
    const one = await read(district);
    expect(one).not.toContain('Kết quả theo từng đơn vị cấp huyện:');
    expect(one.find((l) => l.startsWith('Kết quả thực hiện'))).toMatch(/năm 2022 trên địa bàn thành phố Ngã Bảy$/u);
    expect(one.find((l) => l.startsWith('Thực hiện '))).toMatch(/UBND tỉnh Hậu Giang báo cáo kết quả thực hiện năm 2022 trên địa bàn thành phố Ngã Bảy như sau:$/u);
    for (const lines of [province, one]) expect(lines.join('\n')).not.toMatch(/\{\{|\}\}|#neu|\/neu/u);
  });
});
