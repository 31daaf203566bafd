import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildReport, listPlaceholders } from '../../report';
import { districtResult } from './fixtures';
import { parts } from './helpers';
import { languageTemplate } from './language-template';
import { testWith } from '../helpers/tools';

// Skip only on a developer machine without the tools; under CI they must be there.
const maybe = testWith('soffice', 'pdftotext');

/** soffice --convert-to <format> with a profile of its own (parallel runs do not share one). */
function convert(file: string, format: 'docx' | 'pdf', outdir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
  mkdirSync(outdir, { recursive: true });
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outdir, file], { stdio: 'pipe', timeout: 120000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outdir, `${path.basename(file, path.extname(file))}.${format}`);
}

describe('a template with a condition and a paragraph loop, saved by LibreOffice', () => {
  maybe('fills correctly after the round trip, and the PDF reads as it should', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ntm-lang-lo-'));
    const original = path.join(dir, 'mau.docx');
    writeFileSync(
      original,
      await languageTemplate({
        body: [
          'Báo cáo của {{co_quan_bao_cao}}.',
          '{{#neu muc_tieu}}',
          'Các chỉ tiêu kế hoạch:',
          '{{#nguoc_lai}}',
          'Chưa giao chỉ tiêu kế hoạch.',
          '{{/neu}}',
          '{{#moi muc_tieu}}',
          'Chỉ tiêu {{#muc_tieu.stt}}: {{#muc_tieu.noi_dung}}, đánh giá: {{#muc_tieu.danh_gia}}.',
          '{{#neu muc_tieu.danh_gia = "Đạt"}}',
          'Chỉ tiêu này đã hoàn thành.',
          '{{/neu}}',
          '{{/moi}}',
          'Tỷ lệ xã đạt chuẩn {{#neu ty_le_xa_dat_chuan_ntm >= 80}}đạt mục tiêu{{#nguoc_lai}}còn thấp{{/neu}}: {{ty_le_xa_dat_chuan_ntm}}.',
        ],
        footnote: 'Số xã trong sổ: {{so_xa}}.',
        header: 'Trang đầu của {{ten_don_vi}}',
      }),
    );
    const saved = convert(original, 'docx', path.join(dir, 'lo'));
    const template = new Uint8Array(readFileSync(saved));
    // LibreOffice really rewrote it (its own styles and run structure).
    expect((await parts(template))['word/document.xml']).not.toBe((await parts(new Uint8Array(readFileSync(original))))['word/document.xml']);
    const report = await listPlaceholders(template);
    expect([...report.unknown, ...report.malformed]).toEqual([]);
    expect(report.found.filter((f) => f.kind === 'loop').map((f) => f.name)).toEqual(['#moi muc_tieu']);

    const filled = path.join(dir, 'bao-cao.docx');
    writeFileSync(filled, await buildReport(districtResult(), { template }));
    const text = execFileSync('pdftotext', [convert(filled, 'pdf', dir), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Báo cáo của UBND huyện U Minh Thượng.');
    expect(text).toContain('Các chỉ tiêu kế hoạch:');
    expect(text).not.toContain('Chưa giao chỉ tiêu');
    expect(text).toContain('Chỉ tiêu 1: Tỷ lệ xã đạt chuẩn nông thôn mới, đánh giá: Chưa đạt.');
    expect(text).toContain('Chỉ tiêu 2: Bình quân tiêu chí/xã, đánh giá: Đạt. Chỉ tiêu này đã hoàn thành.');
    expect(text).toContain('Chỉ tiêu 3: Số sản phẩm OCOP 3 sao trở lên, đánh giá: Chậm tiến độ. Tỷ lệ');
    expect(text.match(/đã hoàn thành/g)).toHaveLength(1);
    expect(text).toContain('Tỷ lệ xã đạt chuẩn còn thấp: 66,7%.');
    expect(text).toContain('Số xã trong sổ: 06.');
    expect(text).not.toMatch(/\{\{|\}\}|#neu|#moi|\/neu|\/moi|nguoc_lai/);
  });
});
