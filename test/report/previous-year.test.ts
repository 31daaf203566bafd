import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildContent, buildReport } from '../../report';
import { defaultTemplate, paragraphs, parts, ROOT } from './helpers';
import { languageTemplate } from './language-template';

/**
 * Issue 12, item 1: the comparison with the year before. Levels and products come from the same
 * workbook (recognition years and dates); indicators from last year's workbook, given to the
 * library as `previous` (the CLI's --previous). Both workbooks are real .xlsx files.
 */

const SAMPLE = path.join(ROOT, 'samples', 'u-minh-thuong.xlsx');

/** Last year's workbook: the sample as of 2023, with incomes 5 million lower and BHYT 1 point lower. */
async function lastYearWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  for (const sheet of wb.worksheets) {
    let income = 0;
    let bhyt = 0;
    let header = 0;
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const text = String(cell.value ?? '');
        if (/^Thu nhập/u.test(text)) [income, header] = [c, r];
        if (/bảo hiểm y tế|BHYT/u.test(text)) bhyt = c;
        if (text === 'Năm báo cáo') sheet.getCell(r, c + 1).value = 2023;
      });
    });
    if (!income) continue;
    sheet.eachRow((row, r) => {
      if (r <= header) return;
      const i = row.getCell(income);
      if (typeof i.value === 'number') i.value = i.value - 5;
      const b = row.getCell(bhyt);
      if (bhyt && typeof b.value === 'number') b.value = b.value - 1;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the year before, in the report', () => {
  test("without last year's workbook: levels and products compared, indicators not", async () => {
    const result = validateWorkbook(await readWorkbook(readFileSync(SAMPLE)));
    expect(result.previousYear.year).toBe(2023);
    expect(result.previousYear.metrics.thu_nhap_binh_quan).toBeUndefined();
    const c = buildContent(result);
    expect(c.scalars.doan_ntm).toContain('So với năm 2023, số xã đạt chuẩn nông thôn mới không đổi (04 xã); số xã đạt chuẩn nông thôn mới nâng cao tăng 01 xã (từ 0 lên 01 xã).');
    expect(c.scalars.doan_ocop).toContain('So với năm 2023, số sản phẩm OCOP từ 3 sao trở lên tăng 03 sản phẩm (từ 04 lên 07 sản phẩm).');
    expect(c.scalars.doan_thu_nhap).not.toContain('so với năm');
  });

  test("with last year's workbook (previous): income, poverty and BHYT against last year, in the .docx", async () => {
    const workbook = await readWorkbook(readFileSync(SAMPLE));
    const previous = await readWorkbook(await lastYearWorkbook());
    const result = validateWorkbook(workbook, { previous });
    const last = validateWorkbook(previous);
    expect(result.previousYear.metrics.thu_nhap_binh_quan).toBeCloseTo(last.metrics.thu_nhap_binh_quan, 9);
    expect(result.metrics.thu_nhap_binh_quan - last.metrics.thu_nhap_binh_quan).toBeCloseTo(5, 6);
    const c = buildContent(result);
    expect(c.scalars.doan_thu_nhap).toBe(
      `Thu nhập bình quân đầu người đạt ${c.scalars.thu_nhap_binh_quan} triệu đồng/người/năm, tăng 5 triệu đồng so với năm 2023; ` +
        `tỷ lệ hộ nghèo đa chiều còn ${c.scalars.ty_le_ho_ngheo}, không đổi so với năm 2023; ` +
        `tỷ lệ dân số tham gia bảo hiểm y tế đạt ${c.scalars.ty_le_bhyt}, tăng 1 điểm phần trăm so với năm 2023.`,
    );
    const lines = paragraphs((await parts(await buildReport(result, { template: defaultTemplate() })))['word/document.xml']);
    expect(lines).toContain(c.scalars.doan_thu_nhap);
  });
});

describe('loops over the products of the year and the expiring certificates', () => {
  test("a secretary's template names them with {{#moi san_pham_trong_nam}} and {{#moi san_pham_het_han}}", async () => {
    const template = await languageTemplate({
      body: [
        '{{#moi san_pham_trong_nam}}',
        'Mới: {{#san_pham_trong_nam.ten}} ({{#san_pham_trong_nam.so_sao}} sao), ngày {{#san_pham_trong_nam.ngay_cong_nhan}}.',
        '{{/moi}}',
        '{{#neu san_pham_het_han}}',
        '{{#moi san_pham_het_han}}',
        'Sắp hết hạn: {{#san_pham_het_han.ten}}, ngày {{#san_pham_het_han.ngay_het_han}}.',
        '{{/moi}}',
        '{{#nguoc_lai}}',
        'Không có sản phẩm sắp hết hạn.',
        '{{/neu}}',
      ],
    });
    const result = validateWorkbook(await readWorkbook(readFileSync(SAMPLE)));
    const lines = paragraphs((await parts(await buildReport(result, { template })))['word/document.xml']).filter((l) => l !== '');
    expect(lines).toEqual([
      'Mới: Nấm rơm sấy (3 sao), ngày 22/5/2024.',
      'Mới: Cá khô bổi (4 sao), ngày 30/8/2024.',
      'Mới: Tinh dầu tràm (4 sao), ngày 18/10/2024.',
      'Sắp hết hạn: Tôm khô Thạnh Yên A, ngày 10/3/2025.',
    ]);
  });
});
