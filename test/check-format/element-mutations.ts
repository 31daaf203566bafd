import { at, editDate, editDoc, editHeaders, escapeRegExp, type Mutation, type Subject } from './mutation-harness';
import { editNextParagraph, editParagraph, setParaProps, setRunProps, setText, type Parts } from './support';

/**
 * Issue 13: one mutation for each of the other rules the element vocabulary names (paper, colour,
 * Quốc hiệu and Tiêu ngữ text, size and style, agency, Số and ký hiệu, date, tên loại and trích yếu,
 * Kính gửi, body spacing, headings, Nơi nhận, signature, page numbers, appendix), each with exactly
 * its finding and nothing else (mutation-harness.ts).
 */

const SIZE = /<w:sz(?:Cs)? [^>]*\/>/g;
const PARAGRAPH = /<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g;
const BOLD = /<w:b(?:Cs)?(?: [^>]*)?\/>/g;
const ITALIC = /<w:i(?:Cs)?(?: [^>]*)?\/>/g;
const size = (pt: number) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
const NOT_BOLD = '<w:b w:val="false"/><w:bCs w:val="false"/>';
const NOT_ITALIC = '<w:i w:val="false"/><w:iCs w:val="false"/>';
const ITALIC_ON = '<w:i/><w:iCs/>';

/** Runs of the paragraph matching `match`: `add` put in their properties, what `remove` matches taken out. */
function runs(match: string | RegExp | ((s: Subject) => string | RegExp), add: string, remove: RegExp): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setRunProps(p, add, remove)));
}

function text(match: string | RegExp | ((s: Subject) => string | RegExp), rewrite: (t: string) => string): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setText(p, rewrite)));
}

function paragraph(match: string | RegExp | ((s: Subject) => string | RegExp), add: string, remove: RegExp): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setParaProps(p, add, remove)));
}

/** The rule drawn under `after` made a quarter of its length: a bordered paragraph's indents, or fewer underscores. */
function shortRule(after: (s: Subject) => string): Mutation['apply'] {
  return (parts, s) =>
    editDoc(parts, (xml) =>
      editNextParagraph(xml, after(s), (p) => {
        if (/<w:pBdr>/.test(p)) {
          return p.replace(/<w:ind w:left="(\d+)" w:right="(\d+)"/, (_, l: string) => {
            const box = 2 * Number(l) + 4000; // wide enough whatever the rule was
            return `<w:ind w:left="${Math.round(box * 0.45)}" w:right="${Math.round(box * 0.45)}"`;
          });
        }
        return setText(p, (t) => t.slice(0, Math.max(3, Math.floor(t.length / 4))));
      }),
    );
}

const agencyLast = (s: Subject) => s.agencyLast;
const closing = (s: Subject) => s.closing;
const firstGroup = (s: Subject) => s.symbol.split('-')[0];
const lastRecipient = /^- Lưu: VT/;
const title = /^(TM|KT)\. /;
const PAGE_FIELD = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** Page numbers moved from the headers to the centre of every footer. */
function pageNumbersInFooter(parts: Parts): void {
  editHeaders(parts, (xml) => xml.replace(/<w:instrText[^>]*>\s*PAGE[^<]*<\/w:instrText>/g, ''));
  for (const [name, xml] of parts) {
    if (/^word\/footer\d*\.xml$/.test(name)) parts.set(name, xml.replace(/<\/w:ftr>/, `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${PAGE_FIELD}</w:p></w:ftr>`));
  }
}

const where = {
  section: () => 'Phần 1 (section) của văn bản',
  qh: (s: Subject) => `${at(s.cells.qh)}đoạn “CỘNG HÒA`,
  tn: (s: Subject) => `${at(s.cells.qh)}đoạn “Độc lập`,
  agency: (s: Subject) => `${at(s.cells.agency)}đoạn “`,
  so: (s: Subject) => `${at(s.cells.so)}đoạn “Số`,
  date: (s: Subject) => `${at(s.cells.date)}đoạn “`,
  tenLoai: (s: Subject) => `Phần 1, đoạn “${s.tenLoai}”`,
  trichYeu: (s: Subject) => `Phần 1, đoạn “${s.trichYeu}`,
  body: (s: Subject) => `Phần 1, đoạn “${s.body}`,
  noiNhan: (s: Subject) => `${at(s.cells.noiNhan)}đoạn “`,
  signer: (s: Subject) => `${at(s.cells.signer)}đoạn “`,
  header: () => 'Phần 1, đầu trang',
  appendix: () => 'Phần 2, đoạn “',
};

export const ELEMENT_MUTATIONS: Mutation[] = [
  // kho-giay, phong-chu
  {
    name: 'khổ Letter',
    apply: (parts) => editDoc(parts, (xml) => xml.replace(/<w:pgSz w:w="\d+" w:h="\d+"/, '<w:pgSz w:w="12240" w:h="15840"')),
    element: 'kho-giay',
    code: 'paper-not-a4',
    location: where.section,
    message: [/^Phần 1: khổ giấy 215,9 mm x 279,4 mm; Nghị định 30 quy định khổ A4 \(210 mm x 297 mm\)/],
  },
  {
    name: 'chữ màu đỏ trong một đoạn nội dung',
    apply: runs((s) => s.body, '<w:color w:val="FF0000"/>', /<w:color [^>]*\/>/g),
    element: 'phong-chu',
    code: 'font-color-not-black',
    location: where.body,
    message: [/màu .*FF0000.*; Nghị định 30 quy định chữ màu đen/],
  },
  // quoc-hieu, tieu-ngu
  {
    name: 'Quốc hiệu viết thường',
    apply: text('CỘNG HÒA XÃ HỘI', () => 'Cộng hòa xã hội chủ nghĩa Việt Nam'),
    element: 'quoc-hieu',
    code: 'not-uppercase',
    location: (s) => `${at(s.cells.qh)}đoạn “Cộng hòa`,
    message: [/^Quốc hiệu “Cộng hòa xã hội chủ nghĩa Việt Nam” không viết in hoa; Nghị định 30 quy định chữ in hoa/],
  },
  {
    name: 'Quốc hiệu in nghiêng',
    apply: runs('CỘNG HÒA XÃ HỘI', ITALIC_ON, ITALIC),
    element: 'quoc-hieu',
    code: 'italic-not-allowed',
    location: where.qh,
    message: [/^Quốc hiệu in nghiêng; Nghị định 30 quy định kiểu chữ đứng/],
  },
  {
    name: 'Tiêu ngữ nối bằng gạch ngang dài',
    apply: text('Độc lập - Tự do', () => 'Độc lập – Tự do – Hạnh phúc'),
    element: 'tieu-ngu',
    code: 'text-differs',
    location: where.tn,
    message: [/^Tiêu ngữ ghi là “Độc lập – Tự do – Hạnh phúc”; Nghị định 30 quy định “Độc lập - Tự do - Hạnh phúc”/],
  },
  {
    name: 'Tiêu ngữ không đậm',
    apply: runs('Độc lập - Tự do', NOT_BOLD, BOLD),
    element: 'tieu-ngu',
    code: 'not-bold',
    location: where.tn,
    message: [/^Tiêu ngữ không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'Tiêu ngữ cỡ 12',
    apply: runs('Độc lập - Tự do', size(12), SIZE),
    element: 'tieu-ngu',
    code: 'size-out-of-range',
    location: where.tn,
    message: [/^Tiêu ngữ cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'đường kẻ dưới Tiêu ngữ quá ngắn',
    severity: 'warning',
    apply: shortRule(() => 'Độc lập - Tự do'),
    element: 'tieu-ngu',
    code: 'rule-length',
    location: (s) => `${at(s.cells.qh)}đoạn`,
    message: [/^Đường kẻ dưới Tiêu ngữ dài khoảng \d+% độ dài dòng chữ; Nghị định 30 quy định bằng độ dài dòng chữ/],
  },
  // co-quan
  {
    name: 'tên cơ quan ban hành không đậm',
    apply: runs(agencyLast, NOT_BOLD, BOLD),
    element: 'co-quan',
    code: 'not-bold',
    location: where.agency,
    message: [/^Tên cơ quan ban hành không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'tên cơ quan ban hành không có đường kẻ',
    apply: (parts, s) => editDoc(parts, (xml) => editNextParagraph(xml, agencyLast(s), (p) => setText(p.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, ''), (t) => t.replace(/_/g, '')))),
    element: 'co-quan',
    code: 'rule-missing',
    location: where.agency,
    message: [/^Dưới tên cơ quan ban hành không có đường kẻ ngang; Nghị định 30 quy định đường kẻ ngang nét liền từ 1\/3 đến 1\/2 độ dài dòng chữ/],
  },
  // so-ky-hieu
  {
    name: '“Số” không có dấu hai chấm',
    apply: text(/^Số:/, (t) => t.replace(/^Số:\s*/, 'Số ')),
    element: 'so-ky-hieu',
    code: 'number-label',
    location: where.so,
    message: [/^Dòng số, ký hiệu “Số \d+\/[^”]+”: sau chữ “Số” phải có dấu hai chấm/],
  },
  {
    name: 'ký hiệu có dấu cách “BC - UBND”',
    apply: (parts, s) => text(/^Số:/, (t) => t.replace(s.symbol, s.symbol.replace('-', ' - ')))(parts, s),
    element: 'so-ky-hieu',
    code: 'symbol-format',
    location: where.so,
    message: (s) => [new RegExp(`^Ký hiệu văn bản “(\\d{4}/)?${escapeRegExp(s.symbol.replace('-', ' - '))}”: giữa số, ký hiệu và các nhóm chữ viết tắt không có dấu cách`)],
  },
  {
    name: 'ký hiệu viết thường “bc-ubnd”',
    apply: (parts, s) => text(/^Số:/, (t) => t.replace(s.symbol, s.symbol.toLocaleLowerCase('vi')))(parts, s),
    element: 'so-ky-hieu',
    code: 'symbol-format',
    location: where.so,
    message: (s) => [new RegExp(`^Ký hiệu văn bản “(\\d{4}/)?${escapeRegExp(s.symbol.toLocaleLowerCase('vi'))}”: chữ viết tắt của ký hiệu viết in hoa`)],
  },
  {
    name: 'ký hiệu không theo tên loại (KH cho một văn bản khác)',
    severity: 'warning',
    apply: (parts, s) => text(/^Số:/, (t) => t.replace(`${firstGroup(s)}-`, 'KH-'))(parts, s),
    element: 'so-ky-hieu',
    code: 'symbol-type-mismatch',
    location: where.so,
    message: (s) => [new RegExp(`^Ký hiệu “(\\d{4}/)?KH-[^”]+” không bắt đầu bằng chữ viết tắt của tên loại văn bản; theo Phụ lục III cần “${escapeRegExp(firstGroup(s))}”`)],
  },
  {
    name: 'số, ký hiệu cỡ 14',
    apply: runs(/^Số:/, size(14), SIZE),
    element: 'so-ky-hieu',
    code: 'size-out-of-range',
    location: where.so,
    message: [/^Số, ký hiệu cỡ chữ 14 pt; Nghị định 30 quy định cỡ 13/],
  },
  // dia-danh-ngay
  {
    name: 'ngày tháng không nghiêng',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /ngày \d+ tháng \d+ năm \d+/, (p) => setRunProps(p, NOT_ITALIC, ITALIC))),
    element: 'dia-danh-ngay',
    code: 'not-italic',
    location: where.date,
    message: [/^Địa danh và thời gian không in nghiêng; Nghị định 30 quy định chữ nghiêng/],
  },
  {
    name: 'tháng 2 không có số 0',
    apply: (parts) => editDate(parts, (t) => t.replace(/tháng \d+/, 'tháng 2')),
    element: 'dia-danh-ngay',
    code: 'month-no-leading-zero',
    location: where.date,
    message: [/^Tháng “tháng 2”: tháng 1 và tháng 2 phải có số 0 phía trước, ghi “tháng 02”/],
  },
  {
    name: 'không có dấu phẩy sau địa danh',
    apply: (parts) => editDate(parts, (t) => t.replace(/, ngày/, ' ngày')),
    element: 'dia-danh-ngay',
    code: 'date-format',
    location: where.date,
    message: [/^Dòng địa danh và thời gian “[^”]+”: sau địa danh phải có dấu phẩy/],
  },
  {
    name: 'ngày tháng cỡ 12',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /ngày \d+ tháng \d+ năm \d+/, (p) => setRunProps(p, size(12), SIZE))),
    element: 'dia-danh-ngay',
    code: 'size-out-of-range',
    location: where.date,
    message: [/^Địa danh và thời gian cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'ngày tháng lệch xuống dưới dòng “Số”',
    severity: 'warning',
    headerTableOnly: true,
    apply: paragraph(/ngày \d+ tháng \d+ năm \d+/, '<w:spacing w:before="900" w:after="0" w:line="240" w:lineRule="auto"/>', /<w:spacing [^>]*\/>/g),
    element: 'dia-danh-ngay',
    code: 'date-not-on-number-line',
    location: where.date,
    message: [/^Dòng địa danh và thời gian không nằm ngang hàng với dòng số, ký hiệu \(lệch khoảng \d+ pt/],
  },
  // ten-loai-trich-yeu
  {
    name: 'tên loại không đậm',
    apply: runs((s) => new RegExp(`^${s.tenLoai}$`), NOT_BOLD, BOLD),
    element: 'ten-loai-trich-yeu',
    code: 'not-bold',
    location: where.tenLoai,
    message: [/^Tên loại văn bản không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'tên loại cỡ 16',
    apply: runs((s) => new RegExp(`^${s.tenLoai}$`), size(16), SIZE),
    element: 'ten-loai-trich-yeu',
    code: 'size-out-of-range',
    location: where.tenLoai,
    message: [/^Tên loại văn bản cỡ chữ 16 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'trích yếu không đậm',
    apply: runs((s) => s.trichYeu, NOT_BOLD, BOLD),
    element: 'ten-loai-trich-yeu',
    code: 'not-bold',
    location: where.trichYeu,
    message: [/^Trích yếu nội dung không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'đường kẻ dưới trích yếu quá ngắn',
    severity: 'warning',
    apply: shortRule((s) => s.trichYeu),
    element: 'ten-loai-trich-yeu',
    code: 'rule-length',
    location: () => 'Phần 1, đoạn',
    message: [/^Đường kẻ dưới trích yếu nội dung dài khoảng \d+% độ dài dòng chữ; Nghị định 30 quy định từ 1\/3 đến 1\/2 độ dài dòng chữ/],
  },
  // kinh-gui
  {
    name: '“Kính gửi” in nghiêng',
    kinhGuiOnly: true,
    apply: runs(/^Kính gửi/, ITALIC_ON, ITALIC),
    element: 'kinh-gui',
    code: 'italic-not-allowed',
    location: () => 'Phần 1, đoạn “Kính gửi',
    message: [/^Dòng “Kính gửi” in nghiêng; Nghị định 30 quy định kiểu chữ đứng/],
  },
  {
    name: '“Kính gửi” cỡ 12',
    kinhGuiOnly: true,
    apply: runs(/^Kính gửi/, size(12), SIZE),
    element: 'kinh-gui',
    code: 'size-out-of-range',
    location: () => 'Phần 1, đoạn “Kính gửi',
    message: [/^Dòng “Kính gửi” cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: '“Kính gửi” không có dấu hai chấm',
    kinhGuiOnly: true,
    apply: text(/^Kính gửi/, (t) => t.replace(/^Kính gửi:/, 'Kính gửi')),
    element: 'kinh-gui',
    code: 'colon-missing',
    location: () => 'Phần 1, đoạn “Kính gửi',
    message: [/^Dòng “Kính gửi” “Kính gửi [^”]*” thiếu dấu hai chấm; Nghị định 30 quy định “Kính gửi:”/],
  },
  // noi-dung
  {
    name: 'đoạn nội dung không cách đoạn',
    apply: paragraph((s) => s.body, '<w:spacing w:before="0" w:after="0"/>', /<w:spacing [^>]*\/>/g),
    element: 'noi-dung',
    code: 'paragraph-spacing',
    // Space after the paragraph before counts too: in the Quyết định (space after), the next article is the one too close.
    location: (s) => (s.nextBody ? `Phần 1, đoạn “${s.nextBody}` : where.body(s)),
    message: [/^Đoạn nội dung cách đoạn trước 0 pt; Nghị định 30 quy định khoảng cách giữa các đoạn tối thiểu 6 pt/],
  },
  {
    name: 'đoạn nội dung cách dòng gấp đôi',
    apply: paragraph((s) => s.body, '<w:spacing w:before="120" w:after="120" w:line="480" w:lineRule="auto"/>', /<w:spacing [^>]*\/>/g),
    element: 'noi-dung',
    code: 'line-spacing',
    location: where.body,
    message: [/^Đoạn nội dung cách dòng 2 lines; Nghị định 30 quy định tối thiểu dòng đơn, tối đa 1,5 lines/],
  },
  {
    name: 'đoạn nội dung cách dòng cố định 18 pt',
    severity: 'warning',
    apply: paragraph((s) => s.body, '<w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="exact"/>', /<w:spacing [^>]*\/>/g),
    element: 'noi-dung',
    code: 'line-spacing-exact',
    location: where.body,
    message: [/^Đoạn nội dung cách dòng cố định đúng 18 pt; Nghị định 30 quy định cách dòng theo số dòng/],
  },
  {
    name: 'đoạn nội dung lùi đầu dòng 2 cm',
    apply: paragraph((s) => s.body, '<w:ind w:firstLine="1134"/>', /<w:ind [^>]*\/>/g),
    element: 'noi-dung',
    code: 'first-line-indent',
    location: where.body,
    message: [/^Đoạn nội dung lùi đầu dòng 2 cm; Nghị định 30 quy định lùi đầu dòng 1 cm hoặc 1,27 cm/],
  },
  {
    name: 'câu cuối không kết thúc bằng “./.”',
    severity: 'warning',
    apply: text(closing, (t) => t.replace(/\.\/\.\s*$/, '.')),
    element: 'noi-dung',
    code: 'closing-mark-missing',
    location: (s) => `Phần 1, đoạn “${closing(s)}`,
    message: [/^Đoạn cuối nội dung “[^”]+” không kết thúc bằng “\.\/\.”/],
  },
  // dau-muc
  {
    name: 'tiêu đề mục “I.” viết thường',
    generatedOnly: true,
    apply: text('I. KẾT QUẢ THỰC HIỆN', () => 'I. Kết quả thực hiện'),
    element: 'dau-muc',
    code: 'not-uppercase',
    location: () => 'Phần 1, đoạn “I. Kết quả thực hiện”',
    message: [/^Tiêu đề mục “I. Kết quả thực hiện” không viết in hoa; Nghị định 30 quy định chữ in hoa/],
  },
  {
    name: 'tiêu đề mục “II.” cỡ 12',
    generatedOnly: true,
    apply: runs('II. TỒN TẠI', size(12), SIZE),
    element: 'dau-muc',
    code: 'size-out-of-range',
    location: () => 'Phần 1, đoạn “II. TỒN TẠI',
    message: [/^Tiêu đề mục “II. TỒN TẠI[^”]*” cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  // noi-nhan
  {
    name: '“Nơi nhận:” cỡ 13',
    apply: runs(/^Nơi nhận:?$/, size(13), SIZE),
    element: 'noi-nhan',
    code: 'size-out-of-range',
    location: (s) => `${at(s.cells.noiNhan)}đoạn “Nơi nhận:”`,
    message: [/^“Nơi nhận:” cỡ chữ 13 pt; Nghị định 30 quy định cỡ 12/],
  },
  {
    name: '“Nơi nhận:” chỉ nghiêng, không đậm',
    apply: runs(/^Nơi nhận:?$/, NOT_BOLD, BOLD),
    element: 'noi-nhan',
    code: 'not-bold-italic',
    location: (s) => `${at(s.cells.noiNhan)}đoạn “Nơi nhận:”`,
    message: [/^“Nơi nhận:” in nghiêng nhưng không in đậm; Nghị định 30 quy định chữ nghiêng, đậm/],
  },
  {
    name: 'dòng nơi nhận không có gạch đầu dòng',
    severity: 'warning',
    apply: text((s) => s.recipient, (t) => t.replace(/^-\s*/, '')),
    element: 'noi-nhan',
    code: 'recipient-line-format',
    location: where.noiNhan,
    message: [/^Dòng nơi nhận “[^”]+”: mỗi dòng bắt đầu bằng gạch đầu dòng “-”/],
  },
  {
    name: 'dòng “- Lưu” thiếu “VT”',
    severity: 'warning',
    apply: text(lastRecipient, () => '- Lưu: NN.'),
    element: 'noi-nhan',
    code: 'recipient-last-line',
    location: where.noiNhan,
    message: [/^Dòng cuối của nơi nhận “- Lưu: NN\.”: sau “VT” có dấu phẩy và chữ viết tắt tên đơn vị soạn thảo/],
  },
  {
    name: 'dòng cuối nơi nhận không phải “- Lưu”',
    severity: 'warning',
    apply: text(lastRecipient, () => '- Văn phòng.'),
    element: 'noi-nhan',
    code: 'recipient-last-line',
    location: where.noiNhan,
    message: [/^Dòng cuối của nơi nhận “- Văn phòng\.”: dòng cuối là “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>\.”/],
  },
  // chu-ky
  {
    name: 'quyền hạn, chức vụ không đậm',
    apply: runs(title, NOT_BOLD, BOLD),
    element: 'chu-ky',
    code: 'not-bold',
    location: where.signer,
    message: [/^Quyền hạn, chức vụ người ký không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'họ tên người ký cỡ 12',
    apply: runs((s) => s.signer, size(12), SIZE),
    element: 'chu-ky',
    code: 'size-out-of-range',
    location: (s) => `${where.signer(s)}${s.signer}”`,
    message: [/^Họ tên người ký cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'học vị “TS.” trước họ tên',
    severity: 'warning',
    apply: text((s) => s.signer, (t) => `TS. ${t}`),
    element: 'chu-ky',
    code: 'signer-honorific',
    location: (s) => `${where.signer(s)}TS. ${s.signer}”`,
    message: [/^Họ tên người ký “TS\. [^”]+” có học hàm, học vị phía trước/],
  },
  // so-trang
  {
    name: 'số trang căn phải',
    apply: (parts) => editHeaders(parts, (xml) => (/instrText[^>]*>\s*PAGE/.test(xml) ? xml.replace(/<w:jc w:val="center"\/>/g, '<w:jc w:val="right"/>') : xml)),
    element: 'so-trang',
    code: 'not-centred',
    location: where.header,
    message: [/^Số trang căn phải; Nghị định 30 quy định canh giữa/],
  },
  {
    name: 'số trang cỡ 11',
    apply: (parts) => editHeaders(parts, (xml) => xml.replace(PARAGRAPH, (p) => (/instrText[^>]*>\s*PAGE/.test(p) ? setRunProps(p, size(11), SIZE) : p))),
    element: 'so-trang',
    code: 'size-out-of-range',
    location: where.header,
    message: [/^Số trang cỡ chữ 11 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'số trang ở chân trang',
    generatedOnly: true,
    apply: pageNumbersInFooter,
    element: 'so-trang',
    code: 'page-number-in-footer',
    location: () => 'Phần 1, chân trang',
    message: [/^Phần 1: số trang đặt ở chân trang; Nghị định 30 quy định số trang canh giữa trong phần lề trên/],
  },
  // phu-luc
  {
    name: 'phụ lục không có dòng “(Kèm theo …)”',
    generatedOnly: true,
    severity: 'warning',
    apply: text(/^\(Kèm theo/, () => ''),
    element: 'phu-luc',
    code: 'appendix-reference-missing',
    location: where.appendix,
    message: [/^Phụ lục “Phụ lục” không có dòng “\(Kèm theo …\)” dưới tên phụ lục/],
  },
  {
    name: 'dòng “(Kèm theo …)” không nghiêng',
    generatedOnly: true,
    apply: runs(/^\(Kèm theo/, NOT_ITALIC, ITALIC),
    element: 'phu-luc',
    code: 'not-italic',
    location: () => 'Phần 2, đoạn “(Kèm theo',
    message: [/^Dòng “\(Kèm theo …\)” không in nghiêng; Nghị định 30 quy định chữ nghiêng/],
  },
  {
    name: 'tên phụ lục viết thường',
    generatedOnly: true,
    apply: text('KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ', (t) => t.charAt(0) + t.slice(1).toLocaleLowerCase('vi')),
    element: 'phu-luc',
    code: 'not-uppercase',
    location: () => 'Phần 2, đoạn “Kết quả thực hiện các tiêu chí',
    message: [/^Tên phụ lục “Kết quả thực hiện các tiêu chí[^”]*” không viết in hoa; Nghị định 30 quy định chữ in hoa/],
  },
  {
    name: 'phụ lục không ở phần (section) riêng',
    generatedOnly: true,
    severity: 'warning',
    // The section break before the appendix taken out: the appendix joins the report's (portrait) section.
    apply: (parts) =>
      editDoc(parts, (xml) =>
        xml
          .replace(/<w:sectPr(?: [^>]*)?>(?:(?!<w:sectPr[ >])[\s\S])*?<\/w:sectPr>(?=[\s\S]*<w:sectPr[ >])/, '')
          .replace(/<w:pgSz [^>]*w:orient="landscape"[^>]*\/>/, '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'),
      ),
    element: 'phu-luc',
    code: 'appendix-not-own-section',
    location: () => 'Phần 1, đoạn “Phụ lục”',
    message: [/^Phụ lục “Phụ lục” không bắt đầu một phần \(section\) riêng/],
  },
];
