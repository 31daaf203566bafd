import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Tab, Table, TableBorders, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import { handMadeBytes } from './hand-made';
import { checkBytes, editNextParagraph, editParagraph, errors, readParts, writeParts, type Parts } from './support';

/**
 * Issue 13: real documents carry tracked changes, fields, text boxes and drawn lines, and some have
 * no header table at all. The checker reads what Word shows and never fails on them.
 */

const DOC = 'word/document.xml';
const DATE_RUN = /<w:r><w:rPr>(<w:i\/><w:iCs\/><w:sz w:val="26"\/><w:szCs w:val="26"\/>)<\/w:rPr><w:t xml:space="preserve">Hòa An, ngày 05 tháng 02 năm 2025<\/w:t><\/w:r>/;
const NUMBER_RUN = /<w:r><w:rPr>(<w:sz w:val="26"\/><w:szCs w:val="26"\/>)<\/w:rPr><w:t xml:space="preserve">Số: 05\/QĐ-UBND<\/w:t><\/w:r>/;
const TRACK = 'w:author="Văn thư" w:date="2025-02-05T08:00:00Z"';

async function mutated(edit: (parts: Parts) => void): Promise<Uint8Array> {
  const { zip, parts } = await readParts(await handMadeBytes());
  edit(parts);
  return writeParts(zip, parts);
}

function replaceOnce(xml: string, re: RegExp, by: (rPr: string) => string): string {
  if (!re.test(xml)) throw new Error(`not found: ${re}`);
  return xml.replace(re, (_, rPr: string) => by(rPr));
}

const run = (rPr: string, text: string) => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const deleted = (rPr: string, text: string, id: number) => `<w:del w:id="${id}" ${TRACK}><w:r><w:rPr>${rPr}</w:rPr><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const inserted = (rPr: string, text: string, id: number) => `<w:ins w:id="${id}" ${TRACK}>${run(rPr, text)}</w:ins>`;

/** The date line with a tracked change of the day: `was` deleted, `now` inserted. */
function trackedDay(was: string, now: string): (parts: Parts) => void {
  return (parts) =>
    parts.set(
      DOC,
      replaceOnce(parts.get(DOC)!, DATE_RUN, (rPr) => `${run(rPr, 'Hòa An, ngày ')}${deleted(rPr, was, 91)}${inserted(rPr, now, 92)}${run(rPr, ' tháng 02 năm 2025')}`),
    );
}

/** "Số: " + a DOCPROPERTY field whose shown result is `result` + "/QĐ-UBND". */
function numberField(result: string): (parts: Parts) => void {
  return (parts) =>
    parts.set(
      DOC,
      replaceOnce(
        parts.get(DOC)!,
        NUMBER_RUN,
        (rPr) =>
          `${run(rPr, 'Số: ')}<w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr>${rPr}</w:rPr><w:instrText xml:space="preserve"> DOCPROPERTY SoVanBan \\* MERGEFORMAT </w:instrText></w:r><w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>${run(rPr, result)}<w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>${run(rPr, '/QĐ-UBND')}`,
      ),
    );
}

/** A text box (DrawingML, with the VML fallback Word writes beside it) holding `text` in `font`. */
function textBox(text: string, font: string): string {
  const content = `<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1440000" cy="360000"/><wp:wrapNone/><wp:docPr id="50" name="Hộp văn bản"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;width:113pt;height:28pt"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

/** An empty paragraph holding a DrawingML straight line: how many offices draw the rule under the motto. */
const LINE_PARAGRAPH = `<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/></w:pPr><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>900000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="0"/><wp:wrapNone/><wp:docPr id="51" name="Đường thẳng"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;

describe('check-format on real-world documents', () => {
  test('tracked changes: the inserted text counts, the deleted does not', async () => {
    expect(errors(await checkBytes(await mutated(trackedDay('5', '05'))))).toEqual([]);
    const wrong = await checkBytes(await mutated(trackedDay('05', '5')));
    expect(wrong.code).toBe(1);
    expect(errors(wrong).map((f) => `${f.element}/${f.code}`)).toEqual(['dia-danh-ngay/day-no-leading-zero']);
    expect(errors(wrong)[0].location).toBe('Phần 1, bảng 1, dòng 1, cột 2, đoạn “Hòa An, ngày 5 tháng 02 năm 2025”');
  });

  test('tracked formatting changes: the current formatting counts, the old does not', async () => {
    const bytes = await mutated((parts) => {
      let xml = editParagraph(parts.get(DOC)!, 'CỘNG HÒA XÃ HỘI', (p) => p.replace('<w:rPr><w:b/>', `<w:rPr><w:b/><w:rPrChange w:id="93" ${TRACK}><w:rPr><w:i/></w:rPr></w:rPrChange>`));
      xml = editParagraph(xml, 'Điều 2.', (p) => p.replace(/^<w:p>/, `<w:p><w:pPr><w:pPrChange w:id="94" ${TRACK}><w:pPr><w:jc w:val="left"/><w:ind w:firstLine="0"/></w:pPr></w:pPrChange></w:pPr>`));
      parts.set(DOC, xml);
    });
    const r = await checkBytes(bytes);
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('fields: the shown result is read, not the instruction', async () => {
    expect(errors(await checkBytes(await mutated(numberField('05'))))).toEqual([]);
    const wrong = await checkBytes(await mutated(numberField('5')));
    expect(errors(wrong).map((f) => `${f.code}: ${f.message.split(';')[0]}`)).toEqual(['number-no-leading-zero: Số văn bản “Số: 5/QĐ-UBND” nhỏ hơn 10 mà không có số 0 phía trước']);
  });

  test('fields: a simple PAGE field in the header is a page number', async () => {
    const bytes = await mutated((parts) => {
      for (const [name, xml] of parts) {
        if (!/^word\/header\d+\.xml$/.test(name) || !xml.includes('PAGE')) continue;
        parts.set(
          name,
          xml.replace(
            /<w:r><w:rPr>(<w:sz[^]*?)<\/w:rPr><w:fldChar w:fldCharType="begin"\/>[^]*?<w:fldChar w:fldCharType="end"\/><\/w:r>/,
            (_, rPr: string) => `<w:fldSimple w:instr=" PAGE  \\* MERGEFORMAT "><w:r><w:rPr>${rPr}</w:rPr><w:t>2</w:t></w:r></w:fldSimple>`,
          ),
        );
      }
    });
    const r = await checkBytes(bytes);
    expect(errors(r)).toEqual([]);
  });

  test('text boxes: their text is read once (not twice for the VML fallback) and checked for the font', async () => {
    const withBox = (font: string) =>
      mutated((parts) =>
        parts.set(
          DOC,
          editParagraph(parts.get(DOC)!, 'Điều 1.', (p) => p.replace('</w:p>', `${textBox('DỰ THẢO', font)}</w:p>`)),
        ),
      );
    expect(errors(await checkBytes(await withBox('Times New Roman')))).toEqual([]);
    const arial = errors(await checkBytes(await withBox('Arial')));
    expect(arial.map((f) => `${f.element}/${f.code}`)).toEqual(['phong-chu/font-not-times']);
    expect(arial[0].location).toBe('Phần 1, hộp văn bản, đoạn “DỰ THẢO”');
    expect(arial[0].message).not.toContain('còn ở');
  });

  test('a drawn straight line under the motto is its rule', async () => {
    const bytes = await mutated((parts) =>
      parts.set(
        DOC,
        editNextParagraph(parts.get(DOC)!, 'Độc lập - Tự do', () => LINE_PARAGRAPH),
      ),
    );
    expect(errors(await checkBytes(bytes))).toEqual([]);
  });

  test('styles: a character style makes the Quốc hiệu bold; a paragraph style based on another sets the body alignment', async () => {
    const styles = (extra: string) => (parts: Parts) => parts.set('word/styles.xml', parts.get('word/styles.xml')!.replace('</w:styles>', `${extra}</w:styles>`));
    const DAM = '<w:style w:type="character" w:styleId="ChuDam"><w:name w:val="Chữ đậm"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>';
    const bold = await mutated((parts) => {
      styles(DAM)(parts);
      parts.set(
        DOC,
        editParagraph(parts.get(DOC)!, 'CỘNG HÒA XÃ HỘI', (p) => p.replace('<w:rPr><w:b/>', '<w:rPr><w:rStyle w:val="ChuDam"/>')),
      );
    });
    expect(errors(await checkBytes(bold))).toEqual([]);
    // "NoiDungTrai" is based on "NoiDung" (justified) but sets left alignment: the nearest style wins.
    const chain =
      '<w:style w:type="paragraph" w:styleId="NoiDung"><w:name w:val="Nội dung"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="NoiDungTrai"><w:name w:val="Nội dung trái"/><w:basedOn w:val="NoiDung"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>';
    const left = await mutated((parts) => {
      styles(chain)(parts);
      parts.set(
        DOC,
        editParagraph(parts.get(DOC)!, 'Điều 4.', (p) => p.replace(/^<w:p>/, '<w:p><w:pPr><w:pStyle w:val="NoiDungTrai"/></w:pPr>')),
      );
    });
    const found = errors(await checkBytes(left));
    expect(found.map((f) => `${f.code}: ${f.location.slice(0, 20)}`)).toEqual(['body-not-justified: Phần 1, đoạn “Điều 4']);
  });

  test.each([
    ['Times New Roman', []],
    ['Calibri', ['phong-chu/font-not-times']],
  ])('theme fonts: a document whose styles name the theme font (%s) is read with it', async (font, expected) => {
    const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="${font}"/></a:majorFont><a:minorFont><a:latin typeface="${font}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const bytes = await mutated((parts) => {
      parts.set(
        'word/styles.xml',
        parts.get('word/styles.xml')!.replace(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'),
      );
      parts.set('word/theme/theme1.xml', theme);
    });
    const r = await checkBytes(bytes);
    expect(errors(r).map((f) => `${f.element}/${f.code}`)).toEqual(expected);
    if (expected.length > 0) expect(errors(r)[0].message).toContain('“Calibri”');
  });

  test('a document without a header table: the elements are still found', async () => {
    const p = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) =>
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: size * 2, font: 'Times New Roman', ...style })] });
    const doc = new Document({
      sections: [
        {
          children: [
            p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, { bold: true }),
            p('Độc lập - Tự do - Hạnh phúc', 14, { bold: true }),
            p('_'.repeat(40), 8),
            p('Hòa An, ngày 05 tháng 02 năm 2025', 14, { italics: true }),
            p('ỦY BAN NHÂN DÂN XÃ HÒA AN', 13, { bold: true }),
            p('Số: 05/TB-UBND', 13),
            p('THÔNG BÁO', 14, { bold: true }),
            p('Về việc đánh giá, phân hạng sản phẩm OCOP năm 2025', 14, { bold: true }),
            p('_'.repeat(30), 8),
          ],
        },
      ],
    });
    const r = await checkBytes(new Uint8Array(await Packer.toBuffer(doc)));
    expect([0, 1]).toContain(r.code);
    const missing = r.json!.findings.filter((f) => f.code === 'element-missing').map((f) => f.element);
    for (const element of ['quoc-hieu', 'tieu-ngu', 'so-ky-hieu', 'dia-danh-ngay', 'ten-loai-trich-yeu']) expect(missing).not.toContain(element);
    expect(r.json!.findings.filter((f) => f.element === 'tieu-ngu')).toEqual([]);
  });

  test('an empty document: each missing element is named, nothing crashes', async () => {
    const r = await checkBytes(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }))));
    expect(r.code).toBe(1);
    const missing = new Set(r.json!.findings.filter((f) => f.code === 'element-missing').map((f) => f.element));
    expect([...missing].sort()).toEqual(['chu-ky', 'co-quan', 'dia-danh-ngay', 'noi-nhan', 'quoc-hieu', 'so-ky-hieu', 'ten-loai-trich-yeu', 'tieu-ngu']);
  });

  test('a package without styles.xml is read with Word defaults', async () => {
    const { zip } = await readParts(await handMadeBytes());
    zip.remove('word/styles.xml');
    const r = await checkBytes(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.code).toBe(1);
    expect(errors(r).map((f) => f.code)).toContain('font-not-times');
  });

  test('malformed XML in word/document.xml: exit 2 with a Vietnamese message', async () => {
    const { zip } = await readParts(await handMadeBytes());
    zip.file(DOC, '<w:document><w:body><w:p></w:body>');
    const r = await checkBytes(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phần "word/document.xml" của tệp không phải XML hợp lệ');
  });
});

describe('check-format on a header typed with tabs', () => {
  /** One header line: the left part, a tab, the right part (each with its own formatting), on centre tab stops. */
  const line = (left: [string, number, { bold?: boolean; italics?: boolean }?] | null, right: [string, number, { bold?: boolean; italics?: boolean }?] | null) =>
    new Paragraph({
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0, line: 240 },
      tabStops: [
        { type: TabStopType.CENTER, position: 1900 },
        { type: TabStopType.CENTER, position: 6300 },
      ],
      children: [
        ...(left ? [new TextRun({ children: [new Tab(), left[0]], size: left[1] * 2, ...left[2] })] : []),
        ...(right ? [new TextRun({ children: [new Tab(), ...(left ? [] : [new Tab()]), right[0]], size: right[1] * 2, ...right[2] })] : []),
      ],
    });
  const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: 4400, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children });
  const centred = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, children: [new TextRun({ text, size: size * 2, ...style })] });
  const left = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, children: [new TextRun({ text, size: size * 2, ...style })] });

  async function tabbed(date: string): Promise<Uint8Array> {
    const doc = new Document({
      styles: {
        default: {
          document: {
            run: { font: 'Times New Roman', size: 28, color: '000000' },
            paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { before: 120, after: 0, line: 288 } },
          },
        },
      },
      sections: [
        {
          properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
          children: [
            line(['UBND HUYỆN PHỤNG HIỆP', 12], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true }]),
            line(['ỦY BAN NHÂN DÂN XÃ HÒA AN', 12, { bold: true }], ['Độc lập - Tự do - Hạnh phúc', 13, { bold: true }]),
            line(['______________', 8], ['________________________________________', 8]),
            line(['Số: 05/TB-UBND', 13], [date, 13, { italics: true }]),
            new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 360, after: 0, line: 240 }, children: [new TextRun({ text: 'THÔNG BÁO', bold: true })] }),
            centred('Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2025', 14, { bold: true }),
            centred('_'.repeat(36), 8),
            new Paragraph('Ủy ban nhân dân xã Hòa An thông báo kết quả đánh giá, phân hạng sản phẩm OCOP năm 2025 như sau: có 03 sản phẩm đạt 3 sao và 01 sản phẩm đạt 4 sao.'),
            new Paragraph('Đề nghị các chủ thể duy trì chất lượng sản phẩm và sử dụng biểu trưng OCOP đúng quy định./.'),
            new Table({
              width: { size: 8800, type: WidthType.DXA },
              columnWidths: [4400, 4400],
              borders: TableBorders.NONE,
              rows: [
                new TableRow({
                  children: [
                    cell([left('Nơi nhận:', 12, { bold: true, italics: true }), left('- Các chủ thể OCOP;', 11), left('- Lưu: VT, VP.', 11)]),
                    cell([centred('TM. ỦY BAN NHÂN DÂN', 14, { bold: true }), centred('CHỦ TỊCH', 14, { bold: true }), centred('', 14), centred('', 14), centred('Trần Thị Bình', 14, { bold: true })]),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  test('the tabbed header is read as two columns: a conforming Thông báo passes', async () => {
    const r = await checkBytes(await tabbed('Hòa An, ngày 05 tháng 02 năm 2025'));
    expect(errors(r)).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('a fault in the tabbed header is found at its part of the line', async () => {
    const r = await checkBytes(await tabbed('Hòa An, ngày 05 tháng 2 năm 2025'));
    expect(errors(r).map((f) => `${f.element}/${f.code} @ ${f.location}`)).toEqual([
      'dia-danh-ngay/month-no-leading-zero @ Phần 1, phần tiêu đề trình bày bằng tab, bên phải, đoạn “Hòa An, ngày 05 tháng 2 năm 2025”',
    ]);
  });
});
