import { AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * A Quyết định of a commune People's Committee laid out by hand in another style than our report
 * template: one-row header table with the chủ quản line and a two-line agency name, underscore rules (as the Government's own
 * files draw them), 25/20/35/20 mm margins, body at 14 pt with 1.27 cm indent, space after instead
 * of before, 1.3 line spacing, "Điều" articles, and the signature table of Mẫu 1.4.
 */
const FONT = 'Times New Roman';

function centred(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, size: size * 2, bold: style.bold, italics: style.italics })],
  });
}

/** A rule of underscores in a small size: 40 at 8 pt under the motto, 14 under the agency. */
function underscores(count: number): Paragraph {
  return centred('_'.repeat(count), 8);
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children });
}

function layoutTable(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(widths[0], left), cell(widths[1], right)] })],
  });
}

function body(text: string, bold = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold })] });
}

const ARTICLE =
  'Ủy ban nhân dân xã tổ chức đánh giá, phân hạng sản phẩm theo Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm; các chủ thể có sản phẩm được công nhận có trách nhiệm duy trì chất lượng sản phẩm, sử dụng nhãn hiệu và biểu trưng OCOP đúng quy định, báo cáo định kỳ kết quả sản xuất, kinh doanh.';

export interface HandMadeOptions {
  date?: string;
}

export function handMadeDocument(options: HandMadeOptions = {}): Document {
  const header = layoutTable(
    [3400, 5387],
    [centred('UBND HUYỆN PHỤNG HIỆP', 12), centred('ỦY BAN NHÂN DÂN', 13, { bold: true }), centred('XÃ HÒA AN', 13, { bold: true }), underscores(14), centred('Số: 05/QĐ-UBND', 13)],
    [
      centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true }),
      centred('Độc lập - Tự do - Hạnh phúc', 13, { bold: true }),
      underscores(40),
      // The agency takes two lines: an empty line keeps the date level with Số, as offices do.
      centred('', 13),
      centred(options.date ?? 'Hòa An, ngày 05 tháng 02 năm 2025', 13, { italics: true }),
    ],
  );
  const articles: Paragraph[] = [];
  for (let i = 1; i <= 12; i++) articles.push(body(`Điều ${i}. ${ARTICLE}`));
  const signature = layoutTable(
    [3000, 6400],
    [
      new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: 'Nơi nhận:', size: 24, bold: true, italics: true })] }),
      ...['- Như Điều 13;', '- UBND huyện Phụng Hiệp;', '- Lưu: VT, VP.'].map(
        (t) => new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: t, size: 22 })] }),
      ),
    ],
    [centred('TM. ỦY BAN NHÂN DÂN', 14, { bold: true }), centred('CHỦ TỊCH', 14, { bold: true }), centred('', 14), centred('', 14), centred('', 14), centred('Trần Thị Bình', 14, { bold: true })],
  );
  return new Document({
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 28, color: '000000' },
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { before: 0, after: 120, line: 312, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1134, left: 1985, right: 1134, header: 567, footer: 567 } },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })] })] }),
          first: new Header({ children: [new Paragraph({ indent: { firstLine: 0 }, children: [] })] }),
        },
        children: [
          header,
          new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 480, after: 0, line: 240 }, children: [new TextRun({ text: 'QUYẾT ĐỊNH', bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { firstLine: 0 },
            spacing: { before: 0, after: 0, line: 240 },
            children: [new TextRun({ text: 'Về việc công nhận sản phẩm đạt chuẩn OCOP năm 2025', bold: true })],
          }),
          underscores(36),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { firstLine: 0 },
            spacing: { before: 240, after: 240, line: 240 },
            children: [new TextRun({ text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN', bold: true })],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', italics: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Theo đề nghị của Hội đồng đánh giá, phân hạng sản phẩm OCOP xã.', italics: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: 'QUYẾT ĐỊNH:', bold: true })] }),
          ...articles,
          body('Điều 13. Văn phòng Ủy ban nhân dân xã và các chủ thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.'),
          signature,
        ],
      },
    ],
  });
}

export async function handMadeBytes(options: HandMadeOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(handMadeDocument(options)));
}
