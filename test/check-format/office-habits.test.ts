import { handMadeBytes } from './hand-made';
import { checkBytes, editParagraph, readParts, setRunProps, setText, writeParts, type Parts } from './support';

/**
 * Issue 13, tolerance: habits of real offices, seen in the Government's own Word file of the decree
 * (fixtures/README.md), each read as Word shows it and so without a finding; the same habit done
 * wrong still gives its finding.
 */
const DOC = 'word/document.xml';

async function variant(edit: (parts: Parts) => void): Promise<string[]> {
  const { zip, parts } = await readParts(await handMadeBytes());
  edit(parts);
  const run = await checkBytes(await writeParts(zip, parts), 'thoi-quen');
  return run.json!.findings.map((f) => `${f.severity} ${f.element}/${f.code}`);
}

const editDoc = (parts: Parts, edit: (xml: string) => string) => parts.set(DOC, edit(parts.get(DOC)!));
const replaceParagraph = (match: string | RegExp, by: (p: string) => string) => (parts: Parts) => editDoc(parts, (xml) => editParagraph(xml, match, by));
/** The paragraph `p` twice: with `first` as its text, then with `second`. */
const twoLines = (first: string, second: string) => (p: string) => `${setText(p, () => first)}${setText(p, () => second)}`;

describe('check-format reads office habits as Word shows them', () => {
  test('a recipient broken over two lines is one entry; a line without its dash after a finished one is not', async () => {
    expect(await variant(replaceParagraph('- UBND huyện Phụng Hiệp;', twoLines('- UBND huyện Phụng Hiệp,', '   các phòng, ban chuyên môn;')))).toEqual([]);
    expect(await variant(replaceParagraph('- UBND huyện Phụng Hiệp;', twoLines('- UBND huyện Phụng Hiệp;', 'các phòng, ban chuyên môn;')))).toEqual(['warning noi-nhan/recipient-line-format']);
    // The last one too: "- Lưu: VT," then "VP (2)." is the Lưu line.
    expect(await variant(replaceParagraph('- Lưu: VT, VP.', twoLines('- Lưu: VT,', '   VP (2).')))).toEqual([]);
  });

  test('a note under the signer over two lines, “(Chữ ký của người có thẩm quyền,” … “tổ chức)”, is not the signer', async () => {
    const note = (p: string) => `${p}${setText(p, () => '(Chữ ký của người có thẩm quyền,')}${setText(p, () => 'dấu/chữ ký số của cơ quan, tổ chức)')}`;
    expect(await variant(replaceParagraph(/^CHỦ TỊCH$/, note))).toEqual([]);
    // Opened and never closed: ordinary text, so the signer block is checked with it (not upper case, not bold).
    const unclosed = (p: string) =>
      `${p}${setRunProps(
        setText(p, () => '(Chữ ký của người có thẩm quyền'),
        '<w:b w:val="false"/>',
        /<w:b(?:Cs)?(?: [^>]*)?\/>/g,
      )}`;
    expect(await variant(replaceParagraph(/^CHỦ TỊCH$/, unclosed))).toEqual(expect.arrayContaining(['error chu-ky/not-bold']));
  });

  test('white text (the hidden “[” of a signature image) is not seen; coloured text is', async () => {
    const withRun = (color: string) => (p: string) => p.replace(/<\/w:p>$/, `<w:r><w:rPr><w:color w:val="${color}"/></w:rPr><w:t>[</w:t></w:r></w:p>`);
    expect(await variant(replaceParagraph('Trần Thị Bình', withRun('FFFFFF')))).toEqual([]);
    expect(await variant(replaceParagraph('Trần Thị Bình', withRun('0000FF')))).toEqual(expect.arrayContaining(['error phong-chu/font-color-not-black']));
  });

  test('a face of the family (“Times New Roman Bold”) is Times New Roman; “Arial Bold” is not', async () => {
    const font = (name: string) => (p: string) => setRunProps(p, `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:cs="${name}"/>`, /<w:rFonts [^>]*\/>/g);
    expect(await variant(replaceParagraph('CỘNG HÒA XÃ HỘI', font('Times New Roman Bold')))).toEqual([]);
    expect(await variant(replaceParagraph('CỘNG HÒA XÃ HỘI', font('Arial Bold')))).toEqual(['error phong-chu/font-not-times']);
  });

  test('a legal document type (THÔNG TƯ, TT-…) is a tên loại: its title is found and its ký hiệu matched', async () => {
    const asCircular = (parts: Parts) => {
      editDoc(parts, (xml) => editParagraph(xml, /^QUYẾT ĐỊNH$/, (p) => setText(p, () => 'THÔNG TƯ')));
      editDoc(parts, (xml) => editParagraph(xml, 'Số: 05/QĐ-UBND', (p) => setText(p, () => 'Số: 05/2025/TT-UBND')));
    };
    expect(await variant(asCircular)).toEqual([]);
    const mismatch = (parts: Parts) => {
      asCircular(parts);
      editDoc(parts, (xml) => editParagraph(xml, 'Số: 05/2025/TT-UBND', (p) => setText(p, () => 'Số: 05/2025/TTLT-UBND')));
    };
    expect(await variant(mismatch)).toEqual(['warning so-ky-hieu/symbol-type-mismatch']);
  });
});
