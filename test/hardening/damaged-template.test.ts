import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { run, SAMPLES, tempDir, TEMPLATE } from './support';

/**
 * A template whose XML is cut inside a start tag (fuzz seed 20250083): once read as text and let
 * through, now refused as a damaged template by check-template and report alike.
 */

const dir = tempDir('known');

async function templateWithFooterCutInsideRootTag(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
  const xml = await zip.file('word/footer2.xml')!.async('string');
  // Cut inside the root start tag: "<w:ftr xmlns:wpc=… xmlns:r="http://…relationsh" with no ">".
  zip.file('word/footer2.xml', xml.slice(0, xml.indexOf('>', xml.indexOf('<w:ftr')) - 20));
  const file = path.join(dir, 'chan-trang-cut.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('a template cut inside a start tag', () => {
  test('check-template refuses the damaged template (exit 2)', async () => {
    const file = await templateWithFooterCutInsideRootTag();
    expect((await run(['check-template', file])).code).toBe(2);
  });

  test('report ends with a message about the template, not "Lỗi không mong đợi"', async () => {
    const file = await templateWithFooterCutInsideRootTag();
    const r = await run(['report', SAMPLES.uMinhThuong, '--template', file, '--allow-errors', '--out', path.join(dir, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Lỗi không mong đợi');
  });
});
