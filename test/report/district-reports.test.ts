import { readFileSync } from 'fs';
import * as path from 'path';
import { districtName, validateWorkbook, type ValidationResult } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { buildContent, buildReport, listDistricts } from '../../report';
import { defaultTemplate, paragraphs, parts, ROOT } from './helpers';

/**
 * Issue 12, item 3: a report made for one district (--by huyen) speaks of one unit throughout.
 * Each district report of the province sample is written as a real .docx and read whole.
 */

async function province(): Promise<ValidationResult> {
  return validateWorkbook(await readWorkbook(readFileSync(path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'))));
}

async function reportText(result: ValidationResult, district: string): Promise<string[]> {
  const docx = await buildReport(result, { template: defaultTemplate(), district });
  return paragraphs((await parts(docx))['word/document.xml']).filter((p) => p.trim() !== '');
}

describe('per-district reports of a province workbook', () => {
  let result: ValidationResult;
  let districts: string[];
  beforeAll(async () => {
    result = await province();
    districts = listDistricts(result);
  });

  test('the sample has several districts, cities and a town among them', () => {
    expect(districts.length).toBe(8);
    expect(districts.map(districtName)).toEqual(expect.arrayContaining(['thành phố Ngã Bảy', 'thị xã Long Mỹ', 'huyện Long Mỹ']));
  });

  test("each district report, read whole, is the province's report on that district", async () => {
    for (const d of districts) {
      const area = districtName(d);
      const lines = await reportText(result, d);
      const text = lines.join('\n');
      const at = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
      // Issuer and number: the province's agency.
      expect(lines[0]).toBe('ỦY BAN NHÂN DÂNTỈNH\u00a0HẬU\u00a0GIANG');
      expect(at('Số:')).toBe('Số:       /BC-UBND');
      expect(at('Hậu Giang, ngày')).not.toBe('');
      // Title and introduction say which district the province reports on.
      expect(at('Kết quả thực hiện')).toMatch(new RegExp(`năm 2022 trên địa bàn ${area}$`, 'u'));
      expect(at('Thực hiện ')).toMatch(new RegExp(`; UBND tỉnh Hậu Giang báo cáo kết quả thực hiện năm 2022 trên địa bàn ${area} như sau:$`, 'u'));
      // The body speaks of the district's area, with its own figures.
      const m = result.districtMetrics.get(d)!;
      expect(at('Trên địa bàn')).toContain(`Trên địa bàn ${area} có`);
      expect(at(`Trên địa bàn ${area} có`)).toMatch(/xã đạt chuẩn nông thôn mới|chưa có xã nào/u);
      expect(text).toContain(`/${m.so_xa < 10 ? `0${m.so_xa}` : m.so_xa} xã đạt chuẩn nông thôn mới`);
      expect(text).not.toMatch(/Toàn (huyện|thị xã|thành phố|tỉnh)/u);
      expect(text).not.toMatch(new RegExp(`UBND ${area}`, 'u'));
      // No other district's name in the body (Nơi nhận's generic "UBND các huyện, thị xã, thành phố" aside).
      for (const other of districts.filter((o) => o !== d)) {
        if (districtName(other).includes(area) || area.includes(districtName(other))) continue;
        expect(text).not.toContain(districtName(other));
      }
      // The table by district belongs to the province report only.
      expect(text).not.toContain('Kết quả theo từng đơn vị cấp huyện');
      // Closing, signature and appendices: the same issuer, the same area.
      expect(at('Trên đây là báo cáo')).toMatch(new RegExp(`năm 2022 trên địa bàn ${area}\\./\\.$`, 'u'));
      expect(text).toContain('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
      expect(lines.filter((l) => l.startsWith('(Kèm theo Báo cáo số'))).toEqual([
        '(Kèm theo Báo cáo số       /BC-UBND ngày 20 tháng 12 năm 2022 của UBND tỉnh Hậu Giang)',
        '(Kèm theo Báo cáo số       /BC-UBND ngày 20 tháng 12 năm 2022 của UBND tỉnh Hậu Giang)',
      ]);
      expect(text).not.toContain('{{');
    }
  });

  test("the district's own report when the workbook names the district's body as issuer", async () => {
    const own = await province();
    own.data.info = { ...own.data.info, coQuanBanHanh: 'Ủy ban nhân dân thành phố Ngã Bảy', coQuanChuQuan: 'UBND tỉnh Hậu Giang', diaDanh: 'Ngã Bảy', quyenHanKy: 'TM.', chucVuNguoiKy: 'Chủ tịch' };
    const d = districts.find((x) => districtName(x) === 'thành phố Ngã Bảy')!;
    const c = buildContent(own, { district: d });
    expect(c.scalars.co_quan_ban_hanh).toBe('ỦY BAN NHÂN DÂN\nTHÀNH\u00a0PHỐ\u00a0NGÃ\u00a0BẢY');
    expect(c.scalars.co_quan_bao_cao).toBe('UBND thành phố Ngã Bảy');
    expect(c.scalars.tren_dia_ban).toBe('');
    expect(c.scalars.toan_don_vi).toBe('Toàn thành phố');
    expect(c.scalars.doan_ntm).toMatch(/^Toàn thành phố có 02\/02 xã đạt chuẩn nông thôn mới/u);
    const lines = await reportText(own, d);
    expect(lines.find((l) => l.startsWith('Kết quả thực hiện'))).toMatch(/năm 2022$/u);
    expect(lines.find((l) => l.startsWith('Thực hiện '))).toMatch(/; UBND thành phố Ngã Bảy báo cáo kết quả thực hiện năm 2022 như sau:$/u);
    expect(lines).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  test('the province report has the table by district, its rows agreeing with each district report', async () => {
    const c = buildContent(result);
    const block = c.blocks.bang_huyen;
    if (block.kind !== 'table') throw new Error('table expected');
    expect(block.table.rows).toHaveLength(districts.length + 1);
    expect(block.table.rows[block.table.rows.length - 1].map((x) => x.text)).toEqual(['', 'Toàn tỉnh', '51', '38', c.scalars.ty_le_xa_dat_chuan_ntm, '09', c.scalars.binh_quan_tieu_chi, '50']);
    for (const [i, d] of districts.entries()) {
      const one = buildContent(result, { district: d });
      const row = block.table.rows[i].map((x) => x.text);
      expect(row[1]).toBe(districtName(d).replace(/^./u, (ch) => ch.toLocaleUpperCase('vi-VN')));
      expect(row[2]).toBe(one.scalars.so_xa);
      expect(row[4]).toBe(one.scalars.ty_le_xa_dat_chuan_ntm);
      expect(row[6]).toBe(one.scalars.binh_quan_tieu_chi);
    }
    const lines = paragraphs((await parts(await buildReport(result, { template: defaultTemplate() })))['word/document.xml']);
    expect(lines).toContain('Kết quả theo từng đơn vị cấp huyện:');
    expect(lines.join('\n')).not.toContain('{{');
  });
});
