import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { buildReport, listDistricts } from '../../report';
import { districtResult, provinceResult } from '../report/fixtures';
import { checkBytes, errors, TEMPLATE } from './support';

/**
 * Issue 13, "done when": reports filled from the custom templates the report tests use pass
 * check-format too: placeholders split across runs as Word splits them, a template saved with
 * LibreOffice's property order, a secretary's own paragraphs with conditions and loops, and the
 * fixtures' other agencies and numbers. (The bare templates of template-language.test.ts test the
 * placeholder language, not a document layout: they have no header or signature to check.)
 */

type Edit = (xml: string) => string;

async function templateWith(edit: Edit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
  const xml = await zip.file('word/document.xml')!.async('string');
  const changed = edit(xml);
  if (changed === xml) throw new Error('the template edit changed nothing');
  zip.file('word/document.xml', changed);
  return zip.generateAsync({ type: 'uint8array' });
}

/** As fill.test.ts: each placeholder run cut into "{", "{", two halves of the name in other formatting, "}}". */
const splitRuns: Edit = (xml) =>
  xml.replace(
    /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*?)\{\{([^}<]+)\}\}([^<]*)<\/w:t><\/w:r>/g,
    (_m, rPr: string | undefined, before: string, inner: string, after: string) => {
      const props = rPr ?? '';
      const half = Math.ceil(inner.length / 2);
      return (
        `<w:r>${props}<w:t xml:space="preserve">${before}{</w:t></w:r><w:r>${props}<w:t>{</w:t></w:r><w:proofErr w:type="spellStart"/>` +
        `<w:r>${props}<w:t>${inner.slice(0, half)}</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r>${props}<w:t xml:space="preserve">${inner.slice(half)}</w:t></w:r>` +
        `<w:r>${props}<w:t xml:space="preserve">}}${after}</w:t></w:r>`
      );
    },
  );

/** As layout.test.ts: LibreOffice writes the section properties first in w:pPr. */
const libreOfficeOrder: Edit = (xml) => xml.replace(/<w:pPr>((?:(?!<\/w:pPr>)[\s\S])*?)(<w:sectPr>[\s\S]*?<\/w:sectPr>)/, '<w:pPr>$2<w:pStyle w:val="Normal"/>$1');

const bodyParagraph = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A secretary's own paragraphs after the target sentence: a loop over the targets and a condition with its "otherwise". */
const conditionsAndLoops: Edit = (xml) =>
  xml.replace(
    /(<w:p><w:pPr><w:pStyle w:val="Normal"\/>(?:<w:keepNext\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">\{\{doan_chi_tieu\}\}<\/w:t><\/w:r><\/w:p>)/,
    `$1${[
      '{{#moi muc_tieu}}',
      'Chỉ tiêu {{#muc_tieu.stt}}: {{#muc_tieu.noi_dung}}, {{#muc_tieu.danh_gia}}{{#neu muc_tieu.danh_gia = "Đạt"}}, hoàn thành kế hoạch{{/neu}}.',
      '{{/moi}}',
      '{{#neu ty_le_xa_dat_chuan_ntm >= 50}}',
      'Tỷ lệ xã đạt chuẩn nông thôn mới đạt từ một nửa số xã trở lên.',
      '{{#nguoc_lai}}',
      'Tỷ lệ xã đạt chuẩn nông thôn mới còn dưới một nửa số xã.',
      '{{/neu}}',
    ]
      .map(bodyParagraph)
      .join('')}`,
  );

async function expectConforms(bytes: Uint8Array): Promise<string> {
  const run = await checkBytes(bytes, 'mau-rieng');
  expect(errors(run)).toEqual([]);
  expect(run.code).toBe(0);
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('check-format: reports from custom templates conform', () => {
  test.each([
    ['placeholders split across runs (Word)', splitRuns, 'Toàn huyện có'],
    ['section properties first (LibreOffice order)', libreOfficeOrder, 'Toàn huyện có'],
    ['the secretary’s paragraphs with loops and conditions', conditionsAndLoops, 'Chỉ tiêu 1: '],
  ])('%s', async (_, edit, shown) => {
    const template = await templateWith(edit);
    const doc = await expectConforms(await buildReport(districtResult(), { template, kinhGui: 'Ủy ban nhân dân tỉnh Kiên Giang' }));
    // The report was filled from this template (not a template that lost its content).
    expect(doc).toContain(shown);
    expect(doc).not.toContain('{{');
    await expectConforms(await buildReport(provinceResult(), { template }));
  });

  test.each([
    ['number 5 (written “Số: 05/…”)', { soVanBan: '5' }],
    ['a province agency over two lines', { coQuanBanHanh: 'Ủy ban nhân dân tỉnh An Giang' }],
  ])('fixture with %s', async (_, overrides) => {
    await expectConforms(await buildReport(districtResult(overrides), { template: readFileSync(TEMPLATE) }));
  });

  test('a district report of the province fixture (as --by huyen writes it)', async () => {
    const result = provinceResult();
    const districts = listDistricts(result);
    expect(districts.length).toBeGreaterThan(1);
    const district = districts[0];
    await expectConforms(await buildReport(result, { template: readFileSync(TEMPLATE), district }));
  });
});
