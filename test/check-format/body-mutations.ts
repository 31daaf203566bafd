import { BOLD, closing, ITALIC, ITALIC_ON, lastRecipient, NOT_BOLD, NOT_ITALIC, pageNumbersInFooter, paragraph, PARAGRAPH, runs, SIZE, size, text, title, where } from './mutation-edits';
import { at, editDoc, editHeaders, type Mutation } from './mutation-harness';
import { setRunProps } from './support';

/**
 * Issue 13: one mutation for each rule of the body and closing elements (Kính gửi, spacing, line
 * spacing, headings, closing mark, Nơi nhận, signature, page numbers, appendix), each with exactly
 * its finding and nothing else (mutation-harness.ts).
 */

export const BODY_MUTATIONS: Mutation[] = [
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
    apply: text(
      (s) => s.recipient,
      (t) => t.replace(/^-\s*/, ''),
    ),
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
    apply: text(
      (s) => s.signer,
      (t) => `TS. ${t}`,
    ),
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
    message: [/^Phụ lục “Phụ lục I” không có dòng “\(Kèm theo …\)” dưới tên phụ lục/],
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
    // The section break before the appendix taken out: the appendix joins the report's (portrait) section,
    // which keeps the report's own headers (and its first-page setting), as Word does when the break is deleted.
    apply: (parts) =>
      editDoc(parts, (xml) => {
        const first = /<w:sectPr(?: [^>]*)?>((?:(?!<w:sectPr[ >])[\s\S])*?)<\/w:sectPr>(?=[\s\S]*<w:sectPr[ >])/.exec(xml);
        if (!first) return xml;
        const refs = (first[1].match(/<w:(?:header|footer)Reference [^>]*\/>/g) ?? []).join('');
        const titlePg = /<w:titlePg\/>/.test(first[1]) ? '<w:titlePg/>' : '';
        const rest = xml.slice(first.index + first[0].length).replace(/(<w:sectPr(?: [^>]*)?>)((?:(?!<\/w:sectPr>)[\s\S])*?)<\/w:sectPr>/, (_m, open: string, body: string) => {
          const own = body.replace(/<w:(?:header|footer)Reference [^>]*\/>/g, '').replace(/<w:titlePg\/>/g, '');
          return `${open}${refs}${own.replace(/(<w:textDirection|<w:docGrid|$)/, `${titlePg}$1`)}</w:sectPr>`;
        });
        return (xml.slice(0, first.index) + rest).replace(/<w:pgSz [^>]*w:orient="landscape"[^>]*\/>/, '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      }),
    element: 'phu-luc',
    code: 'appendix-not-own-section',
    location: () => 'Phần 1, đoạn “Phụ lục I”',
    message: [/^Phụ lục “Phụ lục I” không bắt đầu một phần \(section\) riêng/],
  },
];
