import { buildReport } from '../../report';
import { buildDefaultTemplate } from '../../templates/default-template';
import { districtResult } from './fixtures';
import { defaultTemplate, paragraphs, paragraphXml, parts } from './helpers';

/** ND30 (nd30-format.md) element by element, in the generated report's XML. */
describe('ND30 layout of the default template and its reports', () => {
  let doc: string;
  let styles: string;
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await parts(await buildReport(districtResult(), { template: defaultTemplate() }));
    doc = files['word/document.xml'];
    styles = files['word/styles.xml'];
  });

  test('the committed template is what build-default-template produces', async () => {
    const fresh = await parts(await buildDefaultTemplate());
    const committed = await parts(defaultTemplate());
    expect(committed['word/document.xml']).toBe(fresh['word/document.xml']);
    expect(committed['word/styles.xml']).toBe(fresh['word/styles.xml']);
  });

  test('A4 portrait, margins inside the ranges, header distance', () => {
    const first = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(doc)![0];
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const m = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(first)!.slice(1).map(Number);
    const [top, right, bottom, left] = m;
    expect(top).toBeGreaterThanOrEqual(1134);
    expect(top).toBeLessThanOrEqual(1417);
    expect(bottom).toBeGreaterThanOrEqual(1134);
    expect(bottom).toBeLessThanOrEqual(1417);
    expect(left).toBeGreaterThanOrEqual(1701);
    expect(left).toBeLessThanOrEqual(1984);
    expect(right).toBeGreaterThanOrEqual(850);
    expect(right).toBeLessThanOrEqual(1134);
  });

  test('Times New Roman in all four rFonts of docDefaults, 14 pt body, justified, indent, spacing', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="Normal">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toMatch(/<w:ind w:firstLine="(567|720)"\/>/);
    const spacing = /<w:spacing w:before="(\d+)" w:after="(\d+)" w:line="(\d+)" w:lineRule="auto"\/>/.exec(normal)!.slice(1).map(Number);
    expect(spacing[0] + spacing[1]).toBeGreaterThanOrEqual(120);
    expect(spacing[2]).toBeGreaterThanOrEqual(240);
    expect(spacing[2]).toBeLessThanOrEqual(360);
  });

  test('page numbers: titlePg, empty first-page header, centred PAGE field at 14 pt', () => {
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(doc)![0];
    expect(sect).toContain('<w:titlePg/>');
    const rels = files['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(sect)![1];
      return files[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]}`];
    };
    const header = target('default');
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toContain('<w:sz w:val="28"/>');
    expect(header).not.toContain('<w:i/>');
    expect(target('first')).not.toContain('PAGE');
  });

  test('header table: borderless, agency 13 pt (chủ quản plain, ban hành bold), rules, Số 13, date 14 italic on the same row', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"[^]*?<w:insideV w:val="none"/);
    const chuQuan = paragraphXml(table, 'UBND TỈNH KIÊN GIANG');
    expect(chuQuan).toContain('<w:sz w:val="26"/>');
    expect(chuQuan).not.toMatch(/<w:b\/>/);
    // Two lines, between the body's name and the place (issue 12, item 4).
    const banHanh = paragraphXml(table, 'ỦY BAN NHÂN DÂNHUYỆN\u00a0U\u00a0MINH\u00a0THƯỢNG');
    expect(banHanh).toMatch(/ỦY BAN NHÂN DÂN<\/w:t>[\s\S]*<w:br\/>[\s\S]*HUYỆN/);
    expect(banHanh).toContain('<w:sz w:val="26"/>');
    expect(banHanh).toMatch(/<w:b\/>/);
    const quocHieu = paragraphXml(table, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(quocHieu).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    const tieuNgu = paragraphXml(table, 'Độc lập - Tự do - Hạnh phúc');
    expect(tieuNgu).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    // Rules: empty paragraphs with a bottom border, their indents setting the length.
    const rules = [...table.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pBdr><w:bottom w:val="single"[\s\S]*?<w:ind w:left="(\d+)" w:right="(\d+)"/g)];
    expect(rules).toHaveLength(2);
    const [agencyRule, mottoRule] = rules.map((r) => [Number(r[1]), Number(r[2])]);
    const agencyLength = 3685 - agencyRule[0] - agencyRule[1];
    expect(agencyLength).toBeGreaterThan(3685 / 4);
    expect(agencyLength).toBeLessThan(3685 / 2);
    expect(5670 - mottoRule[0] - mottoRule[1]).toBeGreaterThan(3300); // as long as the motto line
    const rows = table.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(2);
    expect(paragraphXml(rows[1], 'Số: 15/BC-UBND')).toContain('<w:sz w:val="26"/>');
    const date = paragraphXml(rows[1], 'U Minh Thượng, ngày 05 tháng 3 năm 2024');
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:sz w:val="28"/>');
  });

  test('title block: BÁO CÁO and trích yếu 14 bold centred, then a centred rule of 1/3–1/2', () => {
    const title = paragraphXml(doc, 'BÁO CÁO');
    expect(title).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    const trichYeu = paragraphXml(doc, 'Kết quả thực hiện Kế hoạch số 39-KH/HU');
    expect(trichYeu).toMatch(/<w:b\/>/);
    const after = doc.slice(doc.indexOf(trichYeu) + trichYeu.length);
    const rule = /^<w:p>[\s\S]*?<w:pBdr><w:bottom w:val="single"[\s\S]*?<w:ind w:left="(\d+)" w:right="(\d+)"/.exec(after)!;
    const length = 9355 - Number(rule[1]) - Number(rule[2]);
    expect(length).toBeGreaterThanOrEqual(9355 / 3 - 100);
    expect(length).toBeLessThanOrEqual(9355 / 2);
  });

  test('body sections, closing "./.", Nơi nhận 12 bold italic and list 11 pt, signature block', () => {
    for (const heading of ['I. KẾT QUẢ THỰC HIỆN', 'II. TỒN TẠI, HẠN CHẾ', 'III. NHIỆM VỤ, GIẢI PHÁP', 'IV. KIẾN NGHỊ, ĐỀ XUẤT']) {
      expect(paragraphXml(doc, heading)).toContain('<w:pStyle w:val="MucLon"/>');
    }
    expect(styles).toMatch(/w:styleId="MucLon">[\s\S]*?<w:b\/>/);
    expect(paragraphXml(doc, 'Trên đây là báo cáo')).toMatch(/\.\/\.<\/w:t>/);
    const label = paragraphXml(doc, 'Nơi nhận:');
    expect(label).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    for (const line of ['- UBND tỉnh Kiên Giang (b/c);', '- Sở Nông nghiệp và PTNT;', '- Lưu: VT, NN.']) {
      expect(paragraphXml(doc, line)).toContain('<w:sz w:val="22"/>');
    }
    for (const line of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']) {
      const p = paragraphXml(doc, line);
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    }
    // Room to sign: 3–5 empty paragraphs between the title and the name.
    const between = doc.slice(doc.indexOf('PHÓ CHỦ TỊCH'), doc.indexOf('Nguyễn Văn An'));
    const empty = between.split('<w:p>').length - 1;
    expect(empty).toBeGreaterThanOrEqual(3);
    expect(empty).toBeLessThanOrEqual(6);
  });

  test('appendices: each a landscape section numbered from 1, with its heading', () => {
    const sections = [...doc.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    // The criteria matrix (Phụ lục I) and the OCOP products (Phụ lục II).
    expect(sections).toHaveLength(3);
    for (const section of sections.slice(1)) {
      expect(section).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      expect(section).toContain('<w:pgNumType w:start="1"/>');
    }
    const label = (text: string) => [...doc.matchAll(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g)].map((m) => m[0]).find((p) => paragraphs(p).join('') === text);
    expect(label('Phụ lục I')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(label('Phụ lục II')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(paragraphXml(doc, 'DANH SÁCH SẢN PHẨM OCOP')).toMatch(/<w:b\/>/);
    expect(paragraphXml(doc, '(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 3 năm 2024 của UBND huyện U Minh Thượng)')).toContain('<w:i/>');
  });
});
