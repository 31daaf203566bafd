import JSZip from 'jszip';
import nd30Json from '../../rules/nd30-format.json';
import { loadNd30Format, Nd30FormatSchema } from '../../engine';

/**
 * Issue 13, item 3: one source for each rule. The default template takes its ND30 values (font,
 * sizes, margins, indent, spacing) from rules/nd30-format.json, the data check-format checks
 * against: change the data and the template follows; data outside its own rule is refused.
 */

type Rules = typeof nd30Json;

async function templateXml(rules: Rules): Promise<{ doc: string; styles: string; header: string }> {
  let build: (() => Promise<Uint8Array>) | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../rules/nd30-format.json', () => rules);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    build = (require('../../templates/default-template') as typeof import('../../templates/default-template')).buildDefaultTemplate;
  });
  const zip = await JSZip.loadAsync(await build!());
  const read = (name: string) => zip.file(name)!.async('string');
  const headers = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  const headerXml = (await Promise.all(headers.map(read))).join('\n');
  return { doc: await read('word/document.xml'), styles: await read('word/styles.xml'), header: headerXml };
}

const paragraphWith = (xml: string, text: string): string => {
  const p = [...xml.matchAll(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g)].map((m) => m[0]).find((x) => x.includes(`>${text}<`));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
};

describe('the default template is built from the rules data', () => {
  afterEach(() => jest.dontMock('../../rules/nd30-format.json'));

  test('as it stands: the preferred values of the rules appear in the template', async () => {
    const rules = loadNd30Format();
    const { doc, styles, header } = await templateXml(nd30Json);
    const m = rules.margins;
    expect(doc).toContain(
      `w:top="${m.top.preferred}" w:right="${m.right.preferred}" w:bottom="${m.bottom.preferred}" w:left="${m.left.preferred}" w:header="${m.headerDistance}" w:footer="${m.footerDistance}"`,
    );
    expect(doc).toContain(`<w:pgSz w:w="${rules.page.width}" w:h="${rules.page.height}" w:orient="portrait"/>`);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain(`w:ascii="${rules.font.name}"`);
    expect(defaults).toContain(`<w:sz w:val="${rules.sizes.noiDung.preferred * 2}"/>`);
    expect(defaults).toContain(`w:firstLine="${rules.body.preferred.firstLineIndent}"`);
    expect(defaults).toContain(`w:line="${rules.body.preferred.lineSpacing}"`);
    expect(paragraphWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain(`<w:sz w:val="${rules.sizes.quocHieu.preferred * 2}"/>`);
    expect(paragraphWith(doc, 'Nơi nhận:')).toContain(`<w:sz w:val="${rules.sizes.noiNhanNhan.preferred * 2}"/>`);
    expect(header).toContain(`<w:sz w:val="${rules.sizes.soTrang.preferred * 2}"/>`);
  });

  test('other preferred values in the data: the template follows, with no literal of its own', async () => {
    const changed = JSON.parse(JSON.stringify(nd30Json)) as Rules;
    changed.sizes.quocHieu.preferred = 12;
    changed.sizes.noiDung.preferred = 13;
    changed.sizes.tieuNgu.preferred = 13;
    changed.sizes.diaDanhNgay.preferred = 13;
    changed.sizes.soTrang.preferred = 13;
    changed.margins.top.preferred = 1417;
    changed.margins.left.preferred = 1984;
    changed.body.preferred.firstLineIndent = 720;
    changed.body.preferred.lineSpacing = 312;
    const { doc, styles, header } = await templateXml(changed);
    expect(doc).toContain('w:top="1417"');
    expect(doc).toContain('w:left="1984"');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('<w:sz w:val="26"/>');
    expect(defaults).toContain('w:firstLine="720"');
    expect(defaults).toContain('w:line="312"');
    const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="Normal">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(normal).toContain('<w:sz w:val="26"/>');
    expect(normal).toContain('w:firstLine="720"');
    expect(paragraphWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:sz w:val="24"/>');
    expect(paragraphWith(doc, 'Độc lập - Tự do - Hạnh phúc')).toContain('<w:sz w:val="26"/>');
    expect(paragraphWith(doc, '{{dia_danh}}, {{ngay_ban_hanh}}')).toContain('<w:sz w:val="26"/>');
    expect(header).toContain('<w:sz w:val="26"/>');
    expect(header).not.toContain('<w:sz w:val="28"/>');
  });

  test('a preferred value outside its own rule is refused when the data loads', () => {
    const broken = JSON.parse(JSON.stringify(nd30Json)) as Rules;
    broken.sizes.quocHieu.preferred = 14;
    broken.margins.left.preferred = 1500;
    broken.body.preferred.firstLineIndent = 600;
    broken.body.preferred.lineSpacing = 480;
    const result = Nd30FormatSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['sizes.quocHieu', 'margins.left', 'body.preferred.firstLineIndent', 'body.preferred.lineSpacing']));
  });
});
