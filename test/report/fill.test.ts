import JSZip from 'jszip';
import { buildReport, listPlaceholders, placeholderVocabulary, TemplateError } from '../../report';
import { readFileSync } from 'fs';
import * as path from 'path';
import { districtResult } from './fixtures';
import { defaultTemplate, paragraphs, paragraphXml, parts, ROOT } from './helpers';

/** Rewrites every run holding a placeholder as Word might: "{{", the name, "}}" in runs of their own. */
async function splitRuns(template: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|header\d*)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const split = xml.replace(
      /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*?)\{\{([^}<]+)\}\}([^<]*)<\/w:t><\/w:r>/g,
      (_m, rPr: string | undefined, before: string, inner: string, after: string) => {
        const props = rPr ?? '';
        const half = Math.ceil(inner.length / 2);
        return (
          `<w:r>${props}<w:t xml:space="preserve">${before}{</w:t></w:r>` +
          `<w:r>${props}<w:t>{</w:t></w:r><w:proofErr w:type="spellStart"/>` +
          `<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>${inner.slice(0, half)}</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
          `<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">${inner.slice(half)} </w:t></w:r>` +
          `<w:r>${props}<w:t xml:space="preserve">}}${after}</w:t></w:r>`
        );
      },
    );
    zip.file(name, split);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

async function withText(template: Uint8Array, find: string, replace: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file('word/document.xml')!.async('string');
  if (!xml.includes(find)) throw new Error(`template has no ${find}`);
  zip.file('word/document.xml', xml.replace(find, replace));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('filling templates', () => {
  test('no placeholder survives; rows repeat once per target; Kính gửi disappears when empty', async () => {
    const doc = (await parts(await buildReport(districtResult(), { template: defaultTemplate() })))['word/document.xml'];
    expect(doc).not.toContain('{{');
    const text = paragraphs(doc);
    expect(text.filter((t) => t.startsWith('Kính gửi'))).toEqual([]);
    expect(text).toContain('Tỷ lệ xã đạt chuẩn nông thôn mới');
    expect(text).toContain('Chậm tiến độ');
    const section1 = text.slice(0, text.indexOf('II. TỒN TẠI, HẠN CHẾ'));
    expect(section1.filter((t) => t === 'Chưa đạt' || t === 'Đạt' || t === 'Chậm tiến độ')).toEqual(['Chưa đạt', 'Đạt', 'Chậm tiến độ']);
  });

  test('Kính gửi appears when given', async () => {
    const doc = (await parts(await buildReport(districtResult(), { template: defaultTemplate(), kinhGui: 'Ủy ban nhân dân tỉnh Kiên Giang' })))['word/document.xml'];
    expect(paragraphs(doc)).toContain('Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang.');
  });

  test('placeholders split across runs with different formatting still fill, with the "{{" run\'s formatting', async () => {
    const split = await splitRuns(defaultTemplate());
    const splitDoc = (await parts(split))['word/document.xml'];
    expect(splitDoc).not.toContain('{{so_xa');
    expect(splitDoc).toContain('<w:proofErr');
    const report = await listPlaceholders(split);
    expect(report.unknown).toEqual([]);
    expect(report.malformed).toEqual([]);
    const doc = (await parts(await buildReport(districtResult(), { template: split })))['word/document.xml'];
    expect(doc).not.toContain('{{');
    expect(doc).not.toMatch(/>\{</);
    const text = paragraphs(doc);
    expect(text).toContain('U Minh Thượng, ngày 05 tháng 3 năm 2024');
    expect(text).toContain('Số: 15/BC-UBND');
    expect(text.some((t) => t.startsWith('Toàn huyện có 04/06 xã đạt chuẩn nông thôn mới, chiếm 66,7%'))).toBe(true);
    const date = paragraphXml(doc, 'ngày 05 tháng 3 năm 2024');
    const valueRun = /<w:r>((?:(?!<\/w:r>)[\s\S])*?)ngày 05 tháng 3 năm 2024/.exec(date)![1];
    expect(valueRun).toContain('<w:i/>');
    expect(valueRun).not.toContain('FF0000');
    const banHanh = paragraphXml(doc, 'HUYỆN\u00a0U\u00a0MINH\u00a0THƯỢNG');
    expect(banHanh).toContain('<w:b/>');
  });

  test('a placeholder used twice in one paragraph is filled twice', async () => {
    const tpl = await withText(defaultTemplate(), '{{doan_chi_tieu}}', '{{so_xa}} và {{so_xa}} xã {{nam_bao_cao}}');
    const doc = (await parts(await buildReport(districtResult(), { template: tpl })))['word/document.xml'];
    expect(paragraphs(doc)).toContain('06 và 06 xã 2024');
  });

  test('unknown and malformed placeholders: listed with their paragraph, and the report refuses the template', async () => {
    const tpl = await withText(defaultTemplate(), '{{doan_chi_tieu}}', 'Số liệu: {{so_xa_sai}} và {{Tên}} và {{bang_ntm}} cuối');
    const report = await listPlaceholders(tpl);
    expect(report.unknown).toEqual([expect.objectContaining({ placeholder: '{{so_xa_sai}}', location: expect.stringContaining('Số liệu:') })]);
    expect(report.malformed.map((p) => p.placeholder)).toEqual(['{{Tên}}', '{{bang_ntm}}']);
    await expect(buildReport(districtResult(), { template: tpl })).rejects.toThrow(TemplateError);
    await expect(buildReport(districtResult(), { template: tpl })).rejects.toThrow(/\{\{so_xa_sai\}\}.*Số liệu:/);
  });

  test('listPlaceholders of the default template: every placeholder is known, and README documents the vocabulary', async () => {
    const report = await listPlaceholders(defaultTemplate());
    expect(report.unknown).toEqual([]);
    expect(report.malformed).toEqual([]);
    const names = new Set(report.found.map((f) => f.name));
    for (const n of ['so_van_ban', 'ngay_ban_hanh', 'bang_ntm', '#muc_tieu.danh_gia', 'phu_luc_ma_tran', 'ds_noi_nhan']) expect(names).toContain(n);
    expect(report.found.find((f) => f.name === 'so_van_ban')!.location).toBe('Số: {{so_van_ban}}/BC-{{ky_hieu_co_quan}}');
    const readme = readFileSync(path.join(ROOT, 'templates', 'README.md'), 'utf8');
    for (const name of placeholderVocabulary().keys()) expect(readme).toContain(`{{${name}}}`);
  });

  test('a file that is not a .docx is a TemplateError', async () => {
    await expect(listPlaceholders(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({ notDocx: true });
  });
});
