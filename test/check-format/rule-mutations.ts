import { at, editDate, editDoc, escapeRegExp, type Mutation } from './mutation-harness';
import { editNextParagraph, editParagraph, setParaProps, setRunProps, setText } from './support';

/**
 * The one-rule mutations issue 13 lists (margins, font, size, "tháng 03", "ngày 5", page numbers,
 * Quốc hiệu, Tiêu ngữ rule, Nơi nhận, body alignment and indent, "Số: 5/…") and a few more, each
 * with the one finding it must give. Run on several documents (mutations.test.ts,
 * libreoffice-mutations.test.ts).
 */

const lowered = (t: string) => t.charAt(0) + t.slice(1).toLocaleLowerCase('vi');

export const MUTATIONS: Mutation[] = [
  {
    name: 'lề trên 10 mm',
    apply: (parts) => editDoc(parts, (xml) => xml.replace(/(<w:pgMar [^>]*w:top=")\d+"/, '$1567"')),
    element: 'le',
    code: 'margin-out-of-range',
    location: () => 'Phần 1 (section) của văn bản',
    message: [/^Lề trên của phần 1 là 10 mm; Nghị định 30 quy định lề trên từ 20 mm đến 25 mm/],
  },
  {
    name: 'phông Arial',
    apply: (parts) => {
      for (const [name, xml] of parts) if (/^word\/(styles|document|header\d*|footer\d*)\.xml$/.test(name)) parts.set(name, xml.replace(/Times New Roman(?: Bold| Italic)*/g, 'Arial'));
    },
    element: 'phong-chu',
    code: 'font-not-times',
    location: (s) => `${at(s.cells.agency)}đoạn “`,
    message: [/^Chữ dùng phông “Arial”; Nghị định 30 quy định phông Times New Roman/, /Cùng lỗi này còn ở \d+ chỗ khác\.$/],
  },
  {
    name: 'một đoạn nội dung cỡ 12',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.body, (p) => setRunProps(p, '<w:sz w:val="24"/><w:szCs w:val="24"/>', /<w:sz(?:Cs)? [^>]*\/>/g))),
    element: 'noi-dung',
    code: 'size-out-of-range',
    location: (s) => `Phần 1, đoạn “${s.body}`,
    message: [/^Đoạn nội dung cỡ chữ 12 pt; Nghị định 30 quy định cỡ 13 đến 14/],
  },
  {
    name: 'tháng 03',
    apply: (parts) => editDate(parts, (t) => t.replace(/tháng \d+/, 'tháng 03')),
    element: 'dia-danh-ngay',
    code: 'month-zero-padded',
    location: (s) => `${at(s.cells.date)}đoạn “`,
    message: [/^Tháng “tháng 03” có số 0 phía trước; Nghị định 30 chỉ thêm số 0 cho tháng 1 và 2, tháng này ghi “tháng 3”/],
  },
  {
    name: 'ngày 5',
    apply: (parts) => editDate(parts, (t) => t.replace(/ngày \d+ tháng \d+/, 'ngày 5 tháng 3')),
    element: 'dia-danh-ngay',
    code: 'day-no-leading-zero',
    location: (s) => `${at(s.cells.date)}đoạn “`,
    message: [/^Ngày “ngày 5” nhỏ hơn 10 mà không có số 0 phía trước; Nghị định 30 quy định ghi “ngày 05”/],
  },
  {
    name: 'không có số trang',
    apply: (parts) => {
      for (const [name, xml] of parts) if (/^word\/header\d*\.xml$/.test(name)) parts.set(name, xml.replace(/<w:instrText[^>]*>\s*PAGE[^<]*<\/w:instrText>/g, ''));
    },
    element: 'so-trang',
    code: 'page-number-missing',
    location: () => 'Phần 1 (section) của văn bản',
    message: [/^Số trang: văn bản nhiều trang mà không đánh số trang ở đầu trang/],
  },
  {
    name: 'số trang ở trang 1',
    apply: (parts) => editDoc(parts, (xml) => xml.replace(/<w:titlePg(?: [^>]*)?\/>/, '')),
    element: 'so-trang',
    code: 'page-number-on-first-page',
    location: () => 'Phần 1, đầu trang, đoạn số trang',
    message: [/^Trang 1: trang thứ nhất có số trang; Nghị định 30 quy định không hiển thị số trang thứ nhất/],
  },
  {
    name: 'Quốc hiệu không đậm',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, 'CỘNG HÒA XÃ HỘI', (p) => setRunProps(p, '<w:b w:val="false"/><w:bCs w:val="false"/>', /<w:b(?:Cs)?(?: [^>]*)?\/>/g))),
    element: 'quoc-hieu',
    code: 'not-bold',
    location: (s) => `${at(s.cells.qh)}đoạn “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”`,
    message: [/^Quốc hiệu không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'Tiêu ngữ không có đường kẻ',
    apply: (parts) => editDoc(parts, (xml) => editNextParagraph(xml, 'Độc lập - Tự do', (p) => setText(p.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, ''), (t) => t.replace(/_/g, '')))),
    element: 'tieu-ngu',
    code: 'rule-missing',
    location: (s) => `${at(s.cells.qh)}đoạn “Độc lập - Tự do - Hạnh phúc”`,
    message: [/^Dưới Tiêu ngữ không có đường kẻ ngang; Nghị định 30 quy định đường kẻ ngang nét liền bằng độ dài dòng chữ/],
  },
  {
    name: '“Nơi nhận:” không nghiêng đậm',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /^Nơi nhận:?$/, (p) => setRunProps(p, '<w:b w:val="false"/><w:i w:val="false"/>', /<w:(?:b|bCs|i|iCs)(?: [^>]*)?\/>/g))),
    element: 'noi-nhan',
    code: 'not-bold-italic',
    location: (s) => `${at(s.cells.noiNhan)}đoạn “Nơi nhận:”`,
    message: [/^“Nơi nhận:” không in đậm, không in nghiêng; Nghị định 30 quy định chữ nghiêng, đậm/],
  },
  {
    name: 'đoạn nội dung căn trái',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.body, (p) => setParaProps(p, '<w:jc w:val="left"/>', /<w:jc [^>]*\/>/g))),
    element: 'noi-dung',
    code: 'body-not-justified',
    location: (s) => `Phần 1, đoạn “${s.body}`,
    message: [/^Đoạn nội dung căn trái; Nghị định 30 quy định nội dung văn bản căn đều hai lề/],
  },
  {
    name: 'đoạn nội dung không lùi đầu dòng',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.body, (p) => setParaProps(p, '<w:ind w:firstLine="0"/>', /<w:ind [^>]*\/>/g))),
    element: 'noi-dung',
    code: 'first-line-indent',
    location: (s) => `Phần 1, đoạn “${s.body}`,
    message: [/^Đoạn nội dung không lùi đầu dòng; Nghị định 30 quy định lùi đầu dòng 1 cm hoặc 1,27 cm/],
  },
  {
    name: '“Số: 5/…”',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /^Số:/, (p) => setText(p, (t) => t.replace(/^Số:\s*\d*\s*\//, 'Số: 5/')))),
    element: 'so-ky-hieu',
    code: 'number-no-leading-zero',
    location: (s) => `${at(s.cells.so)}đoạn “Số: 5/`,
    message: [/^Số văn bản “Số: 5\/[^”]+” nhỏ hơn 10 mà không có số 0 phía trước; Nghị định 30 quy định ghi “Số: 05\/[^”]+”/],
  },
  {
    name: 'Quốc hiệu cỡ 14',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, 'CỘNG HÒA XÃ HỘI', (p) => setRunProps(p, '<w:sz w:val="28"/><w:szCs w:val="28"/>', /<w:sz(?:Cs)? [^>]*\/>/g))),
    element: 'quoc-hieu',
    code: 'size-out-of-range',
    location: (s) => `${at(s.cells.qh)}đoạn “CỘNG HÒA`,
    message: [/^Quốc hiệu cỡ chữ 14 pt; Nghị định 30 quy định cỡ 12 đến 13/],
  },
  {
    name: 'tên cơ quan viết thường',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.agency, (p) => setText(p, lowered))),
    element: 'co-quan',
    code: 'not-uppercase',
    location: (s) => `${at(s.cells.agency)}đoạn “${lowered(s.agency)}`,
    message: (s) => [new RegExp(`^Tên cơ quan ban hành “${escapeRegExp(lowered(s.agency))}[^”]*” không viết in hoa; Nghị định 30 quy định chữ in hoa`)],
  },
  {
    name: 'trích yếu không có đường kẻ',
    apply: (parts, s) => editDoc(parts, (xml) => editNextParagraph(xml, s.trichYeu, (p) => setText(p.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/, ''), (t) => t.replace(/_/g, '')))),
    element: 'ten-loai-trich-yeu',
    code: 'rule-missing',
    location: (s) => `Phần 1, đoạn “${s.trichYeu}`,
    message: [/^Dưới trích yếu nội dung không có đường kẻ ngang; Nghị định 30 quy định đường kẻ ngang nét liền từ 1\/3 đến 1\/2 độ dài dòng chữ/],
  },
  {
    name: 'danh sách nơi nhận cỡ 12',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.recipient, (p) => setRunProps(p, '<w:sz w:val="24"/><w:szCs w:val="24"/>', /<w:sz(?:Cs)? [^>]*\/>/g))),
    element: 'noi-nhan',
    code: 'size-out-of-range',
    location: (s) => `${at(s.cells.noiNhan)}đoạn “${s.recipient}”`,
    message: [/^Danh sách nơi nhận cỡ chữ 12 pt; Nghị định 30 quy định cỡ 11/],
  },
  {
    name: 'quyền hạn ký “TM”, “KT” không có dấu chấm',
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /^(TM|KT)\. /, (p) => setText(p, (t) => t.replace(/^(TM|KT)\. /, '$1 ')))),
    element: 'chu-ky',
    code: 'signer-authority-form',
    location: (s) => `${at(s.cells.signer)}đoạn “`,
    message: [/^Quyền hạn ký “(TM|KT) [^”]+”: viết “(TM|KT)\.” \(in hoa, có dấu chấm\) rồi đến chức vụ/],
  },
  {
    name: 'họ tên người ký không đậm',
    apply: (parts, s) => editDoc(parts, (xml) => editParagraph(xml, s.signer, (p) => setRunProps(p, '<w:b w:val="0"/><w:bCs w:val="0"/>', /<w:b(?:Cs)?(?: [^>]*)?\/>/g))),
    element: 'chu-ky',
    code: 'not-bold',
    location: (s) => `${at(s.cells.signer)}đoạn “${s.signer}”`,
    message: [/^Họ tên người ký không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'tiêu đề mục “I.” không đậm',
    generatedOnly: true,
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, 'I. KẾT QUẢ THỰC HIỆN', (p) => setRunProps(p, '<w:b w:val="false"/><w:bCs w:val="false"/>', /<w:b(?:Cs)?(?: [^>]*)?\/>/g))),
    element: 'dau-muc',
    code: 'not-bold',
    location: () => 'Phần 1, đoạn “I. KẾT QUẢ THỰC HIỆN”',
    message: [/^Tiêu đề mục “I. KẾT QUẢ THỰC HIỆN” không in đậm; Nghị định 30 quy định in đậm/],
  },
  {
    name: 'phụ lục không đánh số trang lại từ 1',
    generatedOnly: true,
    // The last section's restart taken out (LibreOffice writes w:fmt beside w:start).
    apply: (parts) => editDoc(parts, (xml) => xml.replace(/(<w:sectPr[ >](?:(?!<w:sectPr[ >])[\s\S])*?<w:pgNumType[^>]*?) w:start="1"([^>]*\/>(?:(?!<w:sectPr[ >])[\s\S])*?<\/w:body>)/, '$1$2')),
    element: 'phu-luc',
    code: 'appendix-numbering-not-restarted',
    location: () => 'Phần 3, đoạn “Phụ lục II”',
    message: [/^Phụ lục “Phụ lục II”: số trang không bắt đầu lại từ 1; Nghị định 30 quy định số trang của phụ lục được đánh riêng/],
  },
  {
    name: '“Phụ lục” không đậm',
    generatedOnly: true,
    apply: (parts) => editDoc(parts, (xml) => editParagraph(xml, /^Phụ lục I$/, (p) => setRunProps(p, '<w:b w:val="false"/><w:bCs w:val="false"/>', /<w:b(?:Cs)?(?: [^>]*)?\/>/g))),
    element: 'phu-luc',
    code: 'not-bold',
    location: () => 'Phần 2, đoạn “Phụ lục I”',
    message: [/^“Phụ lục I” không in đậm; Nghị định 30 quy định in đậm/],
  },
];
