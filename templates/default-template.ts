import {
  type ISectionOptions,
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  type IBorderOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { BLACK, BLOCK_SPACING, BODY_SPACING, FIRST_LINE, FONT, halfPoints, LINE_SPACING, MARGIN, PAGE, SIZE } from './nd30-template-format';

/**
 * The default report template, in the format of Nghị định 30/2020/NĐ-CP Phụ lục I (values from
 * domain/nd30-format.md). Everything is real Word formatting a secretary can edit; the data comes
 * in through {{placeholders}} (templates/README.md).
 */

// Font, A4, margins, sizes, indents and spacing come from rules/nd30-format.json (nd30-template-format.ts).
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355
const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;
// Header table: left ~39% (agency, Số), right ~61% (Quốc hiệu, date), as Mẫu 1.4.
const HEADER_COLUMNS = [3685, 5670];
const SIGNATURE_COLUMNS = [4253, 5102];
const HEADER_GAP = 113; // 2 mm

type RunStyle = { size: number; bold?: boolean; italics?: boolean };

/** A centred paragraph without the body indent, single spacing: header table, title, signature. */
function centred(text: string, style: RunStyle, spacingBefore = BLOCK_SPACING.before): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, left: 0, right: 0 },
    spacing: { before: spacingBefore, after: BLOCK_SPACING.after, line: BLOCK_SPACING.line, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, size: halfPoints(style.size), bold: style.bold ?? false, italics: style.italics ?? false })],
  });
}

/**
 * A solid rule `length` twips long, centred in a box `box` twips wide: an empty paragraph with a
 * bottom border whose indents set its length (the usual way in Word; see nd30-format.md §3.3).
 */
function rule(length: number, box: number): Paragraph {
  const side = Math.max(0, Math.round((box - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: BLOCK_SPACING.before, after: BLOCK_SPACING.after, line: BLOCK_SPACING.line, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    run: { size: 4 },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({ style: 'Normal', children: [new TextRun(text)] });
}

/** A line that introduces a table: kept on the table's first page. */
function lead(text: string): Paragraph {
  return new Paragraph({ style: 'Normal', keepNext: true, children: [new TextRun(text)] });
}

/** A dotted line: room for the author to write in (one line at 14 pt). */
function dots(): Paragraph {
  return new Paragraph({ style: 'Normal', children: [new TextRun('…………………………………………………………………………………………………………………………………………………………………………………………')] });
}

function heading(text: string): Paragraph {
  return new Paragraph({ style: 'MucLon', children: [new TextRun(text)] });
}

function subheading(text: string): Paragraph {
  return new Paragraph({ style: 'Khoan', children: [new TextRun(text)] });
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

function plainCell(width: number, children: Paragraph[], vertical: 'top' | 'bottom' = 'top', gap: { left?: number; right?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: gap.left ?? 0, right: gap.right ?? 0 },
    borders: NO_BORDERS,
    verticalAlign: vertical === 'top' ? VerticalAlign.TOP : VerticalAlign.BOTTOM,
    children,
  });
}

function borderlessTable(columns: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });
}

/** Ô 1–4: agency and number on the left, Quốc hiệu, Tiêu ngữ and date on the right; row 2 keeps Số and the date on one line. */
function headerTable(): Table {
  const [left, right] = HEADER_COLUMNS;
  return borderlessTable(HEADER_COLUMNS, [
    new TableRow({
      children: [
        // A gap of 2 mm on each side of the column line: the agency never touches the national title.
        plainCell(left, [centred('{{co_quan_chu_quan}}', { size: SIZE.coQuanChuQuan }), centred('{{co_quan_ban_hanh}}', { size: SIZE.coQuan, bold: true }), rule(1250, left - HEADER_GAP)], 'top', {
          right: HEADER_GAP,
        }),
        plainCell(
          right,
          [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.quocHieu, bold: true }),
            centred('Độc lập - Tự do - Hạnh phúc', { size: SIZE.tieuNgu, bold: true }),
            rule(3560, right - HEADER_GAP),
          ],
          'top',
          { left: HEADER_GAP },
        ),
      ],
    }),
    new TableRow({
      children: [
        plainCell(left, [centred('Số: {{so_van_ban}}/BC-{{ky_hieu_co_quan}}', { size: SIZE.soKyHieu }, 120)], 'top', { right: HEADER_GAP }),
        plainCell(right, [centred('{{dia_danh}}, {{ngay_ban_hanh}}', { size: SIZE.diaDanhNgay, italics: true }, 120)], 'top', { left: HEADER_GAP }),
      ],
    }),
  ]);
}

function cell(text: string, width: number, bold: boolean, align: 'left' | 'center'): TableCell {
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57 },
    borders: { top: line, bottom: line, left: line, right: line },
    children: [
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: { firstLine: 0, left: 0 },
        spacing: { before: 40, after: 40, line: 240 },
        children: [new TextRun({ text, bold, size: 24 })],
      }),
    ],
  });
}

/** The target table: a header row, then the row repeated once per target ({{#muc_tieu.…}}). */
function targetTable(): Table {
  const widths = [500, 3160, 1400, 1400, 1100, 1795];
  const headers = ['TT', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Đánh giá'];
  const fields: Array<[string, 'left' | 'center']> = [
    ['stt', 'center'],
    ['noi_dung', 'left'],
    ['muc_tieu', 'center'],
    ['thuc_hien', 'center'],
    ['ty_le_hoan_thanh', 'center'],
    ['danh_gia', 'center'],
  ];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i], true, 'center')) }),
      new TableRow({ cantSplit: true, children: fields.map(([f, align], i) => cell(`{{#muc_tieu.${f}}}`, widths[i], false, align)) }),
    ],
  });
}

/** Nơi nhận on the left, level with the signature's first line; the signature block on the right. */
function signatureTable(): Table {
  const [left, right] = SIGNATURE_COLUMNS;
  const leftParagraph = (text: string, size: number, bold: boolean, italics: boolean) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      keepNext: true,
      indent: { firstLine: 0, left: 0 },
      spacing: { before: BLOCK_SPACING.before, after: BLOCK_SPACING.after, line: BLOCK_SPACING.line },
      children: [new TextRun({ text, size: halfPoints(size), bold, italics })],
    });
  const room = Array.from({ length: 4 }, () => centred('', { size: SIZE.chucVu }));
  return borderlessTable(SIGNATURE_COLUMNS, [
    new TableRow({
      cantSplit: true,
      height: { value: 0, rule: HeightRule.AUTO },
      children: [
        plainCell(left, [leftParagraph('Nơi nhận:', SIZE.noiNhanNhan, true, true), leftParagraph('{{ds_noi_nhan}}', SIZE.noiNhanDanhSach, false, false)]),
        plainCell(right, [
          centred('{{quyen_han_ky}}', { size: SIZE.chucVu, bold: true }),
          centred('{{chuc_vu_nguoi_ky}}', { size: SIZE.chucVu, bold: true }),
          ...room,
          centred('{{nguoi_ky}}', { size: SIZE.hoTen, bold: true }),
        ]),
      ],
    }),
  ]);
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: BLOCK_SPACING.before, after: BLOCK_SPACING.after },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.soTrang) })],
      }),
    ],
  });
}

/** Page 1 shows no number (ND30 I.7): an empty first-page header. */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ indent: { firstLine: 0 }, children: [] })] });
}

function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ indent: { firstLine: 0 }, children: [] })] });
}

function mainBody(): Array<Paragraph | Table> {
  return [
    headerTable(),
    centred('BÁO CÁO', { size: SIZE.tenLoai, bold: true }, 360),
    // A province's report on one district says so in its title: "… năm 2022 trên địa bàn thành phố Ngã Bảy".
    centred('Kết quả thực hiện {{can_cu_ke_hoach}} {{ky_bao_cao}}{{#neu tren_dia_ban}} {{tren_dia_ban}}{{/neu}}', { size: SIZE.trichYeu, bold: true }),
    rule(3120, TEXT_WIDTH),
    centred('Kính gửi: {{kinh_gui}}.', { size: SIZE.kinhGui }, 240),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun('Thực hiện {{can_cu_ke_hoach}}; {{co_quan_bao_cao}} báo cáo kết quả thực hiện {{ky_bao_cao}}{{#neu tren_dia_ban}} {{tren_dia_ban}}{{/neu}} như sau:')],
    }),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    subheading('1. Kết quả xây dựng nông thôn mới'),
    body('{{doan_ntm}}'),
    body('{{doan_muc_tieu_chi}}'),
    body('{{doan_thu_nhap}}'),
    lead('Kết quả cụ thể theo Bộ tiêu chí xã nông thôn mới giai đoạn {{giai_doan}}:'),
    body('{{bang_ntm}}'),
    // The table by district, in a province report only (SPEC §7): the list "huyen" is empty otherwise.
    body('{{#neu huyen}}'),
    lead('Kết quả theo từng đơn vị cấp huyện:'),
    body('{{bang_huyen}}'),
    body('{{/neu}}'),
    subheading('2. Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP)'),
    body('{{doan_ocop}}'),
    body('{{ds_ocop_trong_nam}}'),
    body('{{ds_ocop_het_han}}'),
    lead('Sản phẩm OCOP theo số sao và loại hình chủ thể (danh sách sản phẩm tại Phụ lục II):'),
    body('{{bang_ocop}}'),
    subheading('3. Kết quả thực hiện các chỉ tiêu kế hoạch'),
    lead('{{doan_chi_tieu}}'),
    targetTable(),
    heading('II. TỒN TẠI, HẠN CHẾ'),
    subheading('1. Tồn tại, hạn chế'),
    body('{{ds_ton_tai}}'),
    subheading('2. Nguyên nhân'),
    dots(),
    dots(),
    heading('III. NHIỆM VỤ, GIẢI PHÁP'),
    body('1. Tiếp tục đẩy mạnh công tác tuyên truyền, vận động người dân tham gia xây dựng nông thôn mới; nâng cao chất lượng các tiêu chí đã đạt, hướng tới bền vững.'),
    body('2. Tập trung chỉ đạo, hỗ trợ các xã còn nhiều tiêu chí chưa đạt; phấn đấu hoàn thành các chỉ tiêu kế hoạch chưa đạt và chậm tiến độ nêu tại Mục II.'),
    body('3. Phát triển sản phẩm OCOP gắn với lợi thế địa phương; hỗ trợ các chủ thể nâng hạng sao và đánh giá lại sản phẩm sắp hết hạn chứng nhận.'),
    dots(),
    heading('IV. KIẾN NGHỊ, ĐỀ XUẤT'),
    body('Đề nghị các cơ quan cấp trên tiếp tục quan tâm hướng dẫn, hỗ trợ nguồn lực để {{ten_don_vi}} hoàn thành các mục tiêu, chỉ tiêu theo {{can_cu_ke_hoach}}.'),
    dots(),
    // The closing line, Nơi nhận and the signature stay on one page: the signature never stands alone.
    // "trên địa bàn …" rather than a second "của": the plan's name already has one.
    new Paragraph({
      style: 'Normal',
      keepNext: true,
      keepLines: true,
      children: [new TextRun('Trên đây là báo cáo kết quả thực hiện {{can_cu_ke_hoach}} {{ky_bao_cao}} trên địa bàn {{ten_don_vi}}./.')],
    }),
    new Paragraph({ style: 'Normal', keepNext: true, spacing: { before: 0, after: 0 }, children: [] }),
    signatureTable(),
  ];
}

/** One appendix: its label, title and "(Kèm theo …)" line, then a generated table and its note. */
function appendix(label: string, title: string, table: string, note?: string): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    centred(label, { size: SIZE.phuLucTen, bold: true }),
    centred(title, { size: SIZE.phuLucTieuDe, bold: true }),
    centred('(Kèm theo Báo cáo số {{so_van_ban}}/BC-{{ky_hieu_co_quan}} {{ngay_ban_hanh}} của {{co_quan_bao_cao}})', { size: SIZE.phuLucKemTheo, italics: true }),
    rule(3120, LANDSCAPE_TEXT_WIDTH),
    new Paragraph({ style: 'Normal', keepNext: true, indent: { firstLine: 0 }, spacing: { before: 120, after: 0 }, children: [] }),
    new Paragraph({ style: 'Normal', indent: { firstLine: 0 }, children: [new TextRun(`{{${table}}}`)] }),
  ];
  if (note) {
    // The generated table's last row is kept with this note (table-xml.ts): never alone on a page.
    out.push(
      new Paragraph({
        style: 'Normal',
        keepLines: true,
        indent: { firstLine: 0 },
        spacing: { before: 120 },
        children: [new TextRun({ text: note, italics: true, size: 24 })],
      }),
    );
  }
  return out;
}

function appendixBody(): Array<Paragraph | Table> {
  return appendix(
    'Phụ lục I',
    'KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI THEO XÃ',
    'phu_luc_ma_tran',
    'Ghi chú: "x" là tiêu chí đã đạt; các tiêu chí từ 1 đến {{so_tieu_chi}} theo {{bo_tieu_chi}}.',
  );
}

function productAppendixBody(): Array<Paragraph | Table> {
  return appendix(
    'Phụ lục II',
    'DANH SÁCH SẢN PHẨM OCOP ĐẠT TỪ 3 SAO TRỞ LÊN',
    'phu_luc_ocop',
    'Ghi chú: sản phẩm được công nhận đến hết kỳ báo cáo; ngày hết hạn là ngày ghi trong giấy chứng nhận hoặc 36 tháng kể từ ngày công nhận.',
  );
}

export function defaultTemplateDocument(): Document {
  const headers = { default: pageNumberHeader(), first: emptyHeader() };
  const footers = { default: emptyFooter(), first: emptyFooter() };
  const margin = { ...MARGIN };
  return new Document({
    creator: 'ntm-ocop',
    title: 'Báo cáo kết quả thực hiện Kế hoạch xây dựng nông thôn mới và OCOP',
    description: 'Mẫu báo cáo theo Nghị định 30/2020/NĐ-CP; chỗ điền {{…}} xem templates/README.md',
    styles: {
      default: {
        document: {
          // Vietnamese text: Word proofs it as Vietnamese (no East Asian or right-to-left text here).
          run: { font: FONT, size: halfPoints(SIZE.noiDung), color: BLACK, language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'ar-SA' } },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE },
            spacing: { ...BODY_SPACING, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
          },
        },
        // docx's built-in styles come in Calibri-era blue; ND30 text is Times New Roman and black.
        title: { run: { font: FONT, color: BLACK, size: 32, bold: true } },
        heading1: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc), bold: true } },
        heading2: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc), bold: true } },
        heading3: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc), bold: true, italics: true } },
        heading4: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc), italics: true } },
        heading5: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc) } },
        heading6: { run: { font: FONT, color: BLACK, size: halfPoints(SIZE.dauMuc) } },
        strong: { run: { font: FONT, color: BLACK, bold: true } },
        listParagraph: { run: { font: FONT, color: BLACK } },
        hyperlink: { run: { font: FONT, color: BLACK, underline: {} } },
        footnoteReference: { run: { font: FONT, color: BLACK, superScript: true } },
        footnoteText: { run: { font: FONT, color: BLACK, size: 20 }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
        footnoteTextChar: { run: { font: FONT, color: BLACK, size: 20 } },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: halfPoints(SIZE.noiDung), color: BLACK },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE },
            spacing: { ...BODY_SPACING, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
          },
        },
        { id: 'MucLon', name: 'Mục (I., II.)', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, color: BLACK, bold: true }, paragraph: { keepNext: true } },
        { id: 'Khoan', name: 'Khoản có tiêu đề (1., 2.)', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, color: BLACK, bold: true }, paragraph: { keepNext: true } },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin,
            pageNumbers: { start: 1 },
          },
        },
        headers,
        footers,
        children: mainBody(),
      },
      appendixSection(margin, appendixBody()),
      appendixSection(margin, productAppendixBody()),
    ],
  });
}

/** Each appendix its own section: landscape pages numbered from 1 (ND30 III.1.đ). */
function appendixSection(margin: typeof MARGIN, children: Array<Paragraph | Table>): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin,
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    footers: { default: emptyFooter(), first: emptyFooter() },
    children,
  };
}

export async function buildDefaultTemplate(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(defaultTemplateDocument()));
  const styles = await zip.file('word/styles.xml')!.async('string');
  // docx cannot mark a style as the default one: Normal is, so paragraphs without a style use it.
  zip.file('word/styles.xml', styles.replace('<w:style w:type="paragraph" w:styleId="Normal">', '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
