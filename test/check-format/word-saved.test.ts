import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { VIETNAMESE } from '../hardening/support';
import { ELEMENT_MUTATIONS } from './element-mutations';
import { runMutations, WORD_DECREE, WORD_DECREE_FILE } from './mutation-harness';
import { MUTATIONS } from './rule-mutations';
import { checkBytes, checkFile, editParagraph, errors, readParts, setText, writeParts } from './support';

/**
 * Issue 13, "Word files": the Government's own Word file of Nghị định 30/2020 (fixtures/README.md),
 * as Microsoft Word saved it. It is laid out as the decree prescribes, so it conforms, with nothing
 * to report; and every one-rule mutation of it gives exactly that rule's finding.
 */
const FILE = WORD_DECREE_FILE;
const DOC = 'word/document.xml';

describe('check-format on a file saved by Microsoft Word (Nghị định 30/2020/NĐ-CP itself)', () => {
  test('it is a Word file', async () => {
    const app = await (await JSZip.loadAsync(readFileSync(FILE))).file('docProps/app.xml')!.async('string');
    expect(app).toContain('<Application>Microsoft Office Word</Application>');
  });

  test('the decree conforms: exit 0, no finding at all', async () => {
    const run = await checkFile(FILE);
    expect(run.code).toBe(0);
    expect(run.json!.findings).toEqual([]);
  });

  test.each([
    [
      'tháng 03',
      (t: string) => t.replace('tháng 3', 'tháng 03'),
      'dia-danh-ngay/month-zero-padded',
      'Phần 1, bảng 1, dòng 1, cột 2, đoạn “Hà Nội, ngày 05 tháng 03 năm 2020”',
      /^Tháng “tháng 03” có số 0 phía trước/,
    ],
    [
      'ngày 5',
      (t: string) => t.replace('ngày 05', 'ngày 5'),
      'dia-danh-ngay/day-no-leading-zero',
      'Phần 1, bảng 1, dòng 1, cột 2, đoạn “Hà Nội, ngày 5 tháng 3 năm 2020”',
      /^Ngày “ngày 5” nhỏ hơn 10/,
    ],
  ])('the date written “%s”: exactly that error', async (_, rewrite, finding, location, message) => {
    const { zip, parts } = await readParts(readFileSync(FILE));
    parts.set(
      DOC,
      editParagraph(parts.get(DOC)!, /ngày 05 tháng 3 năm 2020$/, (p) => setText(p, rewrite)),
    );
    const run = await checkBytes(await writeParts(zip, parts), 'nghi-dinh');
    expect(run.code).toBe(1);
    expect(errors(run).map((f) => `${f.element}/${f.code}`)).toEqual([finding]);
    expect(errors(run)[0].location).toBe(location);
    expect(errors(run)[0].message).toMatch(message);
    expect(errors(run)[0].message).toMatch(VIETNAMESE);
  });

  test('the header rules drawn as superscript underscores are measured at their shown size', async () => {
    // Without the superscript they are half as long again as the text: then a warning, as Word would show it.
    const { zip, parts } = await readParts(readFileSync(FILE));
    parts.set(DOC, parts.get(DOC)!.replace(/<w:vertAlign w:val="superscript"\/>(<\/w:rPr><w:t>_{4,}<\/w:t>)/g, '$1'));
    const run = await checkBytes(await writeParts(zip, parts), 'nghi-dinh');
    expect(errors(run)).toEqual([]);
    expect(run.json!.findings.map((f) => `${f.element}/${f.code}`)).toContain('tieu-ngu/rule-length');
  });
});

runMutations('check-format on one-rule mutations of', [WORD_DECREE], MUTATIONS);
runMutations('check-format on mutations of each element', [WORD_DECREE], ELEMENT_MUTATIONS);
