import JSZip from 'jszip';
import { buildReport } from '../../report';
import { agencyLines, documentNumber } from '../../report/content/header';
import { districtResult } from './fixtures';
import { defaultTemplate, paragraphs, paragraphXml, parts } from './helpers';

/** CT_PPr's order (ECMA-376 Part 1, 17.3.1.26), the names this project meets. */
const PPR_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'widowControl',
  'numPr',
  'pBdr',
  'shd',
  'tabs',
  'bidi',
  'spacing',
  'ind',
  'contextualSpacing',
  'jc',
  'outlineLvl',
  'rPr',
  'sectPr',
];

function pPrOutOfOrder(xml: string): string[] {
  const bad: string[] = [];
  for (const m of xml.matchAll(/<w:pPr>([\s\S]*?)<\/w:pPr>/g)) {
    const top = m[1].replace(/<w:(rPr|sectPr|pBdr|tabs|numPr)\b[^>]*?(\/>|>[\s\S]*?<\/w:\1>)/g, '<w:$1/>');
    const ranks = [...top.matchAll(/<w:(\w+)/g)].map((n) => PPR_ORDER.indexOf(n[1])).filter((r) => r >= 0);
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1])) bad.push(m[0].slice(0, 200));
  }
  return bad;
}

describe('header numbers and agency names (issue 12, item 4)', () => {
  test('the document number below 10 has its leading zero, in the header and the appendix', async () => {
    expect(documentNumber('5')).toBe('05');
    expect(documentNumber(' 7 ')).toBe('07');
    expect(documentNumber('15')).toBe('15');
    expect(documentNumber('05')).toBe('05');
    expect(documentNumber(undefined).trim()).toBe('');
    const doc = (await parts(await buildReport(districtResult({ soVanBan: '5' }), { template: defaultTemplate() })))['word/document.xml'];
    const text = paragraphs(doc);
    expect(text).toContain('Số: 05/BC-UBND');
    expect(text.some((t) => t.startsWith('(Kèm theo Báo cáo số 05/BC-UBND'))).toBe(true);
  });

  test('an agency name breaks between the body and the place, never inside the place; short names stay whole', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(agencyLines('ỦY BAN NHÂN DÂN HUYỆN KIM BÔI')).toBe(`ỦY BAN NHÂN DÂN\n${nb('HUYỆN KIM BÔI')}`);
    expect(agencyLines('ỦY BAN NHÂN DÂN TỈNH AN GIANG')).toBe(`ỦY BAN NHÂN DÂN\n${nb('TỈNH AN GIANG')}`);
    expect(agencyLines('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe(`ỦY BAN NHÂN DÂN\n${nb('THÀNH PHỐ HỒ CHÍ MINH')}`);
    expect(agencyLines('ỦY BAN NHÂN DÂN THỊ XÃ LONG MỸ')).toBe(`ỦY BAN NHÂN DÂN\n${nb('THỊ XÃ LONG MỸ')}`);
    expect(agencyLines('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN KIM BÔI')).toBe(`PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n${nb('HUYỆN KIM BÔI')}`);
    expect(agencyLines('UBND TỈNH KIÊN GIANG')).toBe('UBND TỈNH KIÊN GIANG');
    expect(agencyLines('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI')).toBe('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI');
  });

  test('in the report: two lines in the agency paragraph, and a gap between the agency and the national title', async () => {
    const doc = (await parts(await buildReport(districtResult({ coQuanBanHanh: 'Ủy ban nhân dân tỉnh An Giang' }), { template: defaultTemplate() })))['word/document.xml'];
    const agency = paragraphXml(doc, 'ỦY BAN NHÂN DÂN');
    expect(agency).toMatch(/ỦY BAN NHÂN DÂN<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">TỈNH\u00a0AN\u00a0GIANG<\/w:t>/);
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    const cells = [...header.matchAll(/<w:tcMar>([\s\S]*?)<\/w:tcMar>/g)].map((m) => m[1]);
    expect(cells[0]).toMatch(/<w:right w:type="dxa" w:w="113"\/>/);
    expect(cells[1]).toMatch(/<w:left w:type="dxa" w:w="113"\/>/);
  });
});

describe('layout in Word (issue 12, item 5)', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await parts(await buildReport(districtResult(), { template: defaultTemplate() }));
  });

  test('the closing line, Nơi nhận and the signature are kept together', () => {
    const doc = files['word/document.xml'];
    const closing = paragraphXml(doc, 'Trên đây là báo cáo');
    expect(closing).toContain('<w:keepNext/>');
    expect(closing).toContain('<w:keepLines/>');
    const afterClosing = doc.slice(doc.indexOf(closing) + closing.length);
    const blank = /^<w:p>[\s\S]*?<\/w:p>/.exec(afterClosing)![0];
    expect(paragraphs(blank)).toEqual(['']);
    expect(blank).toContain('<w:keepNext/>');
    const signature = afterClosing.slice(blank.length);
    expect(signature.startsWith('<w:tbl>')).toBe(true);
    expect(signature).toMatch(/^<w:tbl>[\s\S]*?<w:trPr><w:cantSplit\/>/);
    expect(paragraphXml(signature, 'Nơi nhận:')).toContain('<w:keepNext/>');
  });

  test('the appendix note is kept with the last row of the matrix', () => {
    const doc = files['word/document.xml'];
    const note = paragraphXml(doc, 'Ghi chú: "x" là tiêu chí đã đạt');
    const before = doc.slice(0, doc.indexOf(note));
    expect(before.endsWith('</w:tbl>')).toBe(true);
    const lastRow = before.slice(before.lastIndexOf('<w:tr>'));
    const cellParagraphs = [...lastRow.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)];
    expect(cellParagraphs.length).toBeGreaterThan(5);
    for (const p of cellParagraphs) expect(p[0]).toContain('<w:keepNext/>');
  });

  test('every style is Times New Roman and black; Normal is the default style and body text uses it; Vietnamese language', () => {
    const styles = files['word/styles.xml'];
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>');
    const all = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)];
    expect(all.map((m) => m[1])).toEqual(expect.arrayContaining(['Normal', 'Heading1', 'Heading2', 'Title', 'Hyperlink', 'MucLon', 'NtmBang13C']));
    for (const [, id, style] of all) {
      for (const color of style.matchAll(/<w:color w:val="([^"]+)"/g)) expect({ id, color: color[1] }).toEqual({ id, color: '000000' });
      for (const font of style.matchAll(/<w:rFonts ([^>]*)\/>/g)) {
        for (const value of font[1].matchAll(/w:(\w+)="([^"]+)"/g)) expect({ id, font: value[2] }).toEqual({ id, font: 'Times New Roman' });
      }
    }
    expect(styles).not.toMatch(/Theme"/); // no theme fonts or colours
    expect(styles).toMatch(/<w:style w:type="paragraph" w:default="1" w:styleId="Normal">/);
    expect(styles.match(/w:default="1"/g)).toHaveLength(1);
    const doc = files['word/document.xml'];
    for (const text of ['Thực hiện Kế hoạch số 39-KH/HU', 'Toàn huyện có 04/06 xã đạt chuẩn nông thôn mới', 'Trên đây là báo cáo']) {
      const p = paragraphXml(doc, text);
      const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
      expect({ text, style: style ?? 'Normal' }).toEqual({ text, style: 'Normal' });
    }
  });

  test('paragraph properties in schema order, even when the template was saved with a section break first (as LibreOffice does)', async () => {
    expect(pPrOutOfOrder(files['word/document.xml'])).toEqual([]);
    const zip = await JSZip.loadAsync(defaultTemplate());
    const xml = await zip.file('word/document.xml')!.async('string');
    // LibreOffice writes <w:pPr><w:sectPr>…</w:sectPr><w:pStyle/>…</w:pPr>.
    const loStyle = xml.replace(/<w:pPr>((?:(?!<\/w:pPr>)[\s\S])*?)(<w:sectPr>[\s\S]*?<\/w:sectPr>)/, '<w:pPr>$2<w:pStyle w:val="Normal"/>$1');
    expect(loStyle).not.toBe(xml);
    expect(pPrOutOfOrder(loStyle)).not.toEqual([]);
    zip.file('word/document.xml', loStyle);
    const filled = (await parts(await buildReport(districtResult(), { template: await zip.generateAsync({ type: 'uint8array' }) })))['word/document.xml'];
    expect(pPrOutOfOrder(filled)).toEqual([]);
    expect(filled).toMatch(/<w:pPr><w:pStyle w:val="Normal"\/>[\s\S]*?<w:sectPr>/);
  });
});
