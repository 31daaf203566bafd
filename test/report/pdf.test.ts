import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { formatCount, formatPercent, validateWorkbook } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildContent, buildReport, districtName, listDistricts } from '../../report';
import { defaultTemplate, ROOT } from './helpers';
import { testWith } from '../helpers/tools';

/** LibreOffice is a real consumer: it must open every report we write. */
// Skip only on a developer machine without the tools; under CI they must be there.
const maybe = testWith('soffice', 'pdftotext');

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
    // pdftotext may split a word at a diacritic: compare without spaces.
    expect(squash(text)).toContain(squash(`trên địa bàn ${districtName(district)}./.`));
    expect(squash(text)).toContain(squash('của UBND tỉnh Hậu Giang)'));
  });

  maybe('province report: the table by district, products in the year and Phụ lục II, as LibreOffice lays them out', async () => {
    const result = validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'))));
    const content = buildContent(result);
    const text = squash(toPdfText(await buildReport(result, { template: defaultTemplate() }), dir, 'tinh'));
    expect(text).toContain(squash('Kết quả theo từng đơn vị cấp huyện:'));
    expect(text).toContain(squash('Thành phố Ngã Bảy'));
    expect(text).toContain(squash('Trong năm 2022, công nhận thêm 13 sản phẩm OCOP:'));
    expect(text).toContain(squash('Mứt khóm Tân Hòa (4 sao)'));
    expect(text).toContain(squash('Phụ lục II'));
    expect(text).toContain(squash('DANH SÁCH SẢN PHẨM OCOP ĐẠT TỪ 3 SAO TRỞ LÊN'));
    expect(text).toContain(squash(content.scalars.ty_le_xa_dat_chuan_ntm));
    // Two appendices, each on landscape pages after the portrait body.
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', path.join(dir, 'tinh.pdf')], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /^Page\s+\d+ size:/.test(l))
      .map((l) =>
        l
          .match(/([\d.]+) x ([\d.]+)/)!
          .slice(1)
          .map(Number),
      );
    const landscape = sizes.map(([w, h]) => w > h);
    expect(landscape[0]).toBe(false);
    expect(landscape.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(landscape.slice(landscape.indexOf(true)).every(Boolean)).toBe(true);
  });
});

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
