import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../generator/cli';
import { buildReport, listPlaceholders, TemplateError } from '../../report';
import { districtResult, provinceResult } from './fixtures';
import { paragraphs, parts } from './helpers';
import { languageTemplate, splitAllRuns, type TemplateParts } from './language-template';

async function fill(template: Uint8Array, result = districtResult()): Promise<Record<string, string>> {
  return parts(await buildReport(result, { template }));
}

const text = (xml: string) => paragraphs(xml).filter((t) => t !== '');

const LANGUAGE: TemplateParts = {
  body: [
    'Mở đầu: {{ten_don_vi}}.',
    '{{#neu muc_tieu}}',
    'Có chỉ tiêu: {{doan_chi_tieu}}',
    '{{#nguoc_lai}}',
    'Chưa giao chỉ tiêu kế hoạch.',
    '{{/neu}}',
    '{{#moi muc_tieu}}',
    '{{#muc_tieu.stt}}. {{#muc_tieu.noi_dung}} ({{#muc_tieu.danh_gia}}){{#neu muc_tieu.danh_gia = “Đạt”}}: hoàn thành{{/neu}}.',
    '{{#neu muc_tieu.danh_gia ≠ "Đạt"}}',
    'Cần giải pháp cho chỉ tiêu {{#muc_tieu.stt}}.',
    '{{/neu}}',
    '{{/moi}}',
    'Tỷ lệ {{#neu ty_le_xa_dat_chuan_ntm >= 50}}cao{{#nguoc_lai}}thấp{{/neu}} ({{ty_le_xa_dat_chuan_ntm}}); {{#neu so_xa > 10}}nhiều xã{{#nguoc_lai}}ít xã{{/neu}}.',
    '{{#moi xa}}',
    '- Xã {{#xa.ten}}: {{#xa.so_tieu_chi}} tiêu chí{{#neu xa.so_tieu_chi >= 19}}, đạt đủ{{/neu}}.',
    '{{/moi}}',
    'Kết thúc.',
  ],
  header: 'Đầu trang {{ten_don_vi}}',
  footer: 'Chân trang {{nam_bao_cao}}',
  footnote: 'Chú thích: {{so_xa}} xã',
  endnote: 'Cuối văn bản: {{so_xa_dat_chuan_ntm}} xã đạt chuẩn',
  textBox: 'Khung chữ: {{toan_don_vi}}',
};

describe('template language: conditions and paragraph loops', () => {
  test('conditions choose their part, loops repeat paragraphs per item, in every part of the file', async () => {
    const result = districtResult();
    const files = await fill(await languageTemplate(LANGUAGE), result);
    const body = text(files['word/document.xml']);
    expect(body).toEqual([
      'Mở đầu: huyện U Minh Thượng.',
      expect.stringMatching(/^Có chỉ tiêu: Trong 03 chỉ tiêu kế hoạch/),
      '1. Tỷ lệ xã đạt chuẩn nông thôn mới (Chưa đạt).',
      'Cần giải pháp cho chỉ tiêu 1.',
      '2. Bình quân tiêu chí/xã (Đạt): hoàn thành.',
      '3. Số sản phẩm OCOP 3 sao trở lên (Chậm tiến độ).',
      'Cần giải pháp cho chỉ tiêu 3.',
      'Tỷ lệ cao (66,7%); ít xã.',
      ...result.data!.communes.map((c) => `- Xã ${c.ten}: ${c.criteriaMet} tiêu chí${c.criteriaMet >= 19 ? ', đạt đủ' : ''}.`),
      'Kết thúc.',
      'Khung chữ: Toàn huyện',
    ]);
    expect(text(files['word/header1.xml'])).toEqual(['Đầu trang huyện U Minh Thượng']);
    expect(text(files['word/footer1.xml'])).toEqual(['Chân trang 2024']);
    expect(text(files['word/footnotes.xml'])).toEqual(['Chú thích: 06 xã']);
    expect(text(files['word/endnotes.xml'])).toEqual([' Cuối văn bản: 04 xã đạt chuẩn']);
    for (const xml of Object.values(files)) expect(xml).not.toContain('{{');
  });

  test('the otherwise part, an empty loop and a false inline condition', async () => {
    const none = { ...districtResult(), targets: [] };
    const body = text((await fill(await languageTemplate(LANGUAGE), none))['word/document.xml']);
    expect(body.slice(0, 3)).toEqual(['Mở đầu: huyện U Minh Thượng.', 'Chưa giao chỉ tiêu kế hoạch.', 'Tỷ lệ cao (66,7%); ít xã.']);
  });

  test('tags cut by Word into runs of their own (three characters each, formatting changing) still work', async () => {
    const whole = text((await fill(await languageTemplate(LANGUAGE)))['word/document.xml']);
    const split = await splitAllRuns(await languageTemplate(LANGUAGE));
    const doc = (await parts(split))['word/document.xml'];
    expect(doc).toContain('>{{#</w:t>'); // really cut
    const report = await listPlaceholders(split);
    expect([...report.unknown, ...report.malformed]).toEqual([]);
    expect(text((await fill(split))['word/document.xml'])).toEqual(whole);
  });

  test('loops over the products and, in a province report, the districts', async () => {
    const tpl = await languageTemplate({
      body: [
        '{{#moi huyen}}',
        '{{#huyen.stt}}. {{#huyen.ten}}: {{#huyen.so_xa_dat_chuan_ntm}}/{{#huyen.so_xa}} xã',
        '{{/moi}}',
        '{{#moi san_pham}}',
        '- {{#san_pham.ten}}: {{#san_pham.so_sao}} sao, xã {{#san_pham.xa}}',
        '{{/moi}}',
        '{{#neu huyen}}có huyện{{#nguoc_lai}}không có huyện{{/neu}}',
      ],
    });
    const province = text((await fill(tpl, provinceResult()))['word/document.xml']);
    const districts = province.filter((t) => /^\d+\. /.test(t));
    expect(districts.length).toBeGreaterThan(1);
    expect(districts[0]).toMatch(/^1\. (huyện|thị xã|thành phố) .+: \d{2}\/\d{2} xã$/);
    expect(province).toContain('có huyện');
    const district = text((await fill(tpl, districtResult()))['word/document.xml']);
    const products = districtResult().data!.products.filter((p) => p.soSao >= 3);
    expect(district).toEqual([...products.map((p) => `- ${p.ten}: ${p.soSao} sao, xã ${p.xa}`), 'không có huyện']);
  });

  test('check-template lists the tags in document order, and the placeholders of footnotes', async () => {
    const report = await listPlaceholders(await languageTemplate(LANGUAGE));
    const tags = report.found.filter((f) => f.kind === 'condition' || f.kind === 'loop').map((f) => [f.kind, f.name]);
    expect(tags).toEqual([
      ['condition', '#neu muc_tieu'],
      ['loop', '#moi muc_tieu'],
      ['condition', '#neu muc_tieu.danh_gia = “Đạt”'],
      ['condition', '#neu muc_tieu.danh_gia ≠ "Đạt"'],
      ['condition', '#neu ty_le_xa_dat_chuan_ntm >= 50'],
      ['condition', '#neu so_xa > 10'],
      ['loop', '#moi xa'],
      ['condition', '#neu xa.so_tieu_chi >= 19'],
    ]);
    expect(report.found.find((f) => f.part === 'word/footnotes.xml')).toMatchObject({ name: 'so_xa', kind: 'scalar' });
  });
});

describe('template language: what check-template and the report refuse, and where', () => {
  const cases: Array<[string, string[], RegExp, string]> = [
    ['a condition never closed', ['{{#neu muc_tieu}}', 'Có.'], /chưa có \{\{\/neu\}\} đóng lại/, '{{#neu muc_tieu}}'],
    ['a closing tag without its opening', ['Có.', '{{/moi}}'], /không có thẻ mở \{\{#moi …\}\}/, '{{/moi}}'],
    ['{{/moi}} closing a condition', ['{{#neu muc_tieu}}', 'Có.', '{{/moi}}'], /đóng nhầm \{\{#neu muc_tieu\}\}/, '{{/moi}}'],
    ['otherwise outside a condition', ['{{#moi xa}}', '{{#nguoc_lai}}', '{{/moi}}'], /chỉ đứng giữa \{\{#neu …\}\} và \{\{\/neu\}\}/, '{{#nguoc_lai}}'],
    ['two otherwise parts', ['{{#neu xa}}', 'a', '{{#nguoc_lai}}', 'b', '{{#nguoc_lai}}', '{{/neu}}'], /đã có một \{\{#nguoc_lai\}\}/, '{{#nguoc_lai}}'],
    ['opened in the body, closed in a table cell', ['{{#neu xa}}', '|Ô 1|{{/neu}}|'], /chưa có \{\{\/neu\}\}|không có thẻ mở/, '{{/neu}}'],
    ['a loop written inside a sentence', ['Các xã {{#moi xa}}{{#xa.ten}}{{/moi}}.'], /phải đứng riêng một đoạn/, '{{#moi xa}}'],
    ['a loop over no such list', ['{{#moi tinh}}', 'x', '{{/moi}}'], /Không có danh sách "tinh"/, '{{#moi tinh}}'],
    ['a field outside its loop and outside a table row', ['Xã {{#xa.ten}}.'], /giữa \{\{#moi xa\}\} và \{\{\/moi\}\}/, '{{#xa.ten}}'],
    ['a condition on an item field outside its loop', ['{{#neu xa.ten = "A"}}', 'a', '{{/neu}}'], /chỉ dùng được bên trong \{\{#moi xa\}\}/, '{{#neu xa.ten = "A"}}'],
    ['a condition on an unknown name', ['{{#neu so_xa_sai > 3}}', 'a', '{{/neu}}'], /không phải giá trị hay danh sách nào/, '{{#neu so_xa_sai > 3}}'],
    ['a condition badly written', ['{{#neu so_xa >}}', 'a', '{{/neu}}'], /Điều kiện viết sai/, '{{#neu so_xa >}}'],
    ['an inline condition left open', ['Tỷ lệ {{#neu so_xa}}cao.'], /phải có \{\{\/neu\}\} trong cùng đoạn/, '{{#neu so_xa}}'],
  ];

  test.each(cases)('%s: listed with its paragraph, and the report refuses the template', async (_name, body, message, placeholder) => {
    const tpl = await languageTemplate({ body });
    const report = await listPlaceholders(tpl);
    const problems = [...report.unknown, ...report.malformed];
    expect(problems).toContainEqual(expect.objectContaining({ part: 'word/document.xml', placeholder, message: expect.stringMatching(message), location: expect.any(String) }));
    await expect(buildReport(districtResult(), { template: tpl })).rejects.toThrow(TemplateError);
  });

  test('a placeholder in a footnote that is unknown, and one in a comment (never filled), are errors with their part', async () => {
    const tpl = await languageTemplate({ body: ['Thân.'], footnote: 'Nguồn: {{so_xa_sai}}', comment: 'Nhớ điền {{so_xa}}' });
    const report = await listPlaceholders(tpl);
    expect(report.unknown).toEqual([expect.objectContaining({ part: 'word/footnotes.xml', placeholder: '{{so_xa_sai}}', location: 'Nguồn: {{so_xa_sai}}' })]);
    expect(report.malformed).toEqual([expect.objectContaining({ part: 'word/comments.xml', placeholder: '{{so_xa}}' })]);
    await expect(buildReport(districtResult(), { template: tpl })).rejects.toThrow(/so_xa_sai.*chú thích cuối trang/);

    const dir = mkdtempSync(path.join(tmpdir(), 'ntm-lang-'));
    const file = path.join(dir, 'mau.docx');
    writeFileSync(file, tpl);
    const out = { stdout: '', stderr: '' };
    const code = await runCli(['check-template', file], { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) });
    expect(code).toBe(1);
    expect(out.stderr).toContain('{{so_xa_sai}}');
    expect(out.stderr).toContain('(chú thích cuối trang)');
    expect(out.stderr).toContain('(ghi chú (comment))');
  });

  test("an ordering comparison with a text that is no number is the template's error when filling", async () => {
    const tpl = await languageTemplate({ body: ['{{#moi muc_tieu}}', '{{#neu muc_tieu.danh_gia > 3}}', 'x', '{{/neu}}', '{{/moi}}'] });
    expect((await listPlaceholders(tpl)).malformed).toEqual([]);
    await expect(buildReport(districtResult(), { template: tpl })).rejects.toThrow(/không phải là số/);
  });
});
