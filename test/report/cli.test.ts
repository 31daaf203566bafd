import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from '../../generator/cli';
import { readWorkbook } from '../../generator/read-workbook';
import { formatCount, formatPercent, formatNumber, validateWorkbook } from '../../engine';
import { DEFAULT_TEMPLATE, paragraphs, parts, ROOT } from './helpers';

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

const SAMPLE = path.join(ROOT, 'samples', 'u-minh-thuong.xlsx');
const PROVINCE = path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx');

describe('ntm-ocop report and check-template', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ntm-report-'));

  test('report: default output next to the workbook, figures equal the engine metrics', async () => {
    const input = path.join(dir, 'u-minh-thuong.xlsx');
    copyFileSync(SAMPLE, input);
    const { out, io: cio } = io();
    expect(await runCli(['report', input], cio)).toBe(0);
    const file = path.join(dir, 'u-minh-thuong-bao-cao.docx');
    expect(out.stdout).toContain(file);
    const doc = (await parts(new Uint8Array(readFileSync(file))))['word/document.xml'];
    const text = paragraphs(doc).join('\n');
    const m = validateWorkbook(await readWorkbook(readFileSync(SAMPLE))).metrics;
    expect(text).toContain(`Toàn huyện có ${formatCount(m.so_xa_dat_chuan_ntm)}/${formatCount(m.so_xa)} xã đạt chuẩn nông thôn mới, chiếm ${formatPercent(m.ty_le_xa_dat_chuan_ntm)}`);
    expect(text).toContain(`bình quân đạt ${formatNumber(m.binh_quan_tieu_chi)} tiêu chí/xã.`);
    expect(text).toContain(`Trong năm ${validateWorkbook(await readWorkbook(readFileSync(SAMPLE))).year}, công nhận thêm`);
    expect(text).toContain(`có ${formatCount(m.so_san_pham_ocop)} sản phẩm OCOP đạt từ 3 sao trở lên`);
    expect(doc).not.toContain('{{');
  });

  test('report refuses to write over its input (exit 2) and refuses workbooks with errors unless --allow-errors', async () => {
    const input = path.join(dir, 'loi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const sheet = wb.getWorksheet('OCOP')!;
    let col = 0;
    sheet.getRow(1).eachCell((c, i) => {
      if (String(c.value).trim() === 'Số sao') col = i;
    });
    let headerRow = 1;
    if (!col) {
      sheet.eachRow((row, r) =>
        row.eachCell((c, i) => {
          if (!col && String(c.value).trim() === 'Số sao') {
            col = i;
            headerRow = r;
          }
        }),
      );
    }
    sheet.getRow(headerRow + 1).getCell(col).value = 9;
    await wb.xlsx.writeFile(input);
    let r = io();
    expect(await runCli(['report', input, '--out', input], r.io)).toBe(1); // errors come first
    r = io();
    expect(await runCli(['report', input], r.io)).toBe(1);
    expect(r.out.stderr).toContain('Sheet "OCOP"');
    expect(r.out.stderr).toContain('--allow-errors');
    expect(existsSync(path.join(dir, 'loi-bao-cao.docx'))).toBe(false);
    r = io();
    expect(await runCli(['report', input, '--allow-errors', '--out', input], r.io)).toBe(2);
    expect(r.out.stderr).toContain('Không ghi báo cáo đè lên tệp đầu vào');
    r = io();
    expect(await runCli(['report', input, '--allow-errors'], r.io)).toBe(0);
    expect(existsSync(path.join(dir, 'loi-bao-cao.docx'))).toBe(true);
  });

  test('report --by huyen: one report per district, progress on stderr', async () => {
    const outDir = path.join(dir, 'theo-huyen');
    const r = io();
    expect(await runCli(['report', PROVINCE, '--by', 'huyen', '--out', outDir], r.io)).toBe(0);
    const lines = r.out.stderr.trim().split('\n');
    const files = readdirSync(outDir)
      .filter((f) => f.endsWith('.docx'))
      .sort();
    expect(files.length).toBeGreaterThan(1);
    expect(lines).toHaveLength(files.length);
    expect(lines[0]).toMatch(new RegExp(`^Đang tạo báo cáo 1/${files.length}: huyện .+…$`));
    const first = lines[0].replace(/^.*: /, '').replace('…', '');
    const doc = (await parts(new Uint8Array(readFileSync(path.join(outDir, files.find((f) => f.includes('phung-hiep')) ?? files[0])))))['word/document.xml'];
    expect(doc).not.toContain('{{');
    // The province's report on one district: "Trên địa bàn huyện …", issued by the province.
    expect(paragraphs(doc).join('\n')).toMatch(/Trên địa bàn (huyện|thị xã|thành phố) [^\n]+ có \d{2}\/\d{2} xã đạt chuẩn/);
    expect(paragraphs(doc).join('\n')).toContain('UBND tỉnh Hậu Giang báo cáo kết quả thực hiện năm 2022 trên địa bàn huyện Phụng Hiệp như sau:');
    expect(first.length).toBeGreaterThan(6);
  });

  test('check-template: lists placeholders; unknown → exit 1 with the paragraph; not a .docx → exit 2', async () => {
    let r = io();
    expect(await runCli(['check-template', DEFAULT_TEMPLATE], r.io)).toBe(0);
    expect(r.out.stdout).toContain('{{so_van_ban}}');
    expect(r.out.stdout).toContain('Mẫu hợp lệ.');
    const zip = await JSZip.loadAsync(readFileSync(DEFAULT_TEMPLATE));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('{{doan_ocop}}', 'OCOP: {{so_sp_ocop}}'));
    const bad = path.join(dir, 'mau-sai.docx');
    writeFileSync(bad, await zip.generateAsync({ type: 'uint8array' }));
    r = io();
    expect(await runCli(['check-template', bad], r.io)).toBe(1);
    expect(r.out.stderr).toContain('{{so_sp_ocop}}');
    expect(r.out.stderr).toContain('OCOP: {{so_sp_ocop}}');
    r = io();
    expect(await runCli(['report', SAMPLE, '--template', bad, '--out', path.join(dir, 'x.docx')], r.io)).toBe(2);
    expect(r.out.stderr).toContain('check-template');
    const notDocx = path.join(dir, 'khong-phai.docx');
    writeFileSync(notDocx, 'xin chào');
    r = io();
    expect(await runCli(['check-template', notDocx], r.io)).toBe(2);
    expect(r.out.stderr).toContain('không phải mẫu Word');
    expect(r.out.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
