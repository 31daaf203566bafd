/**
 * Every finding `check-format` can give, in one place: its code (stable, other tools match on it),
 * severity and the Vietnamese message and hint. Errors are what Nghị định 30/2020/NĐ-CP prescribes
 * (Phụ lục I: "được trình bày…", the sizes and styles of table V); warnings are practice, or
 * measurements the checker can only estimate (rule lengths, what sits on one line).
 */
export type Severity = 'error' | 'warning' | 'info';

/** The ND30 elements (SPEC §6, contract): findings name one of them. */
export const ELEMENTS = [
  'kho-giay',
  'le',
  'phong-chu',
  'quoc-hieu',
  'tieu-ngu',
  'co-quan',
  'so-ky-hieu',
  'dia-danh-ngay',
  'ten-loai-trich-yeu',
  'kinh-gui',
  'noi-dung',
  'dau-muc',
  'noi-nhan',
  'chu-ky',
  'so-trang',
  'phu-luc',
] as const;
export type FormatElement = (typeof ELEMENTS)[number];

/** What the message fills in: `what` names the part ("Quốc hiệu", "Lề trái"), `found` what the file has, `expected` the rule. */
export interface MessageParams {
  what: string;
  found?: string;
  expected?: string;
  /** Where the rule comes from (rules/nd30-format.json). */
  source?: string;
}

interface CodeInfo {
  severity: Severity;
  /** Many paragraphs with the same fault make one finding, at the first, with a count. */
  aggregate?: boolean;
  message: (p: MessageParams) => string;
  hint: (p: MessageParams) => string;
}

// The rule's place in the decree (the part of the source before its colon): "Phụ lục I, mục II.3".
const nd30 = (p: MessageParams) => (p.source ? ` (${p.source.split(':')[0].trim()})` : '');

export const CATALOG = {
  // --- kho-giay, le -------------------------------------------------------------------------
  'paper-not-a4': {
    severity: 'error',
    message: (p) => `${p.what}: khổ giấy ${p.found}; Nghị định 30 quy định khổ A4 (210 mm x 297 mm)${nd30(p)}.`,
    hint: () => 'Trong Word: Bố trí (Layout) → Kích thước (Size) → A4.',
  },
  'landscape-without-table': {
    severity: 'warning',
    message: (p) => `${p.what}: trang nằm ngang mà không có bảng; Nghị định 30 chỉ cho trình bày theo chiều rộng khổ A4 khi nội dung có bảng biểu${nd30(p)}.`,
    hint: () => 'Trong Word: Bố trí → Hướng (Orientation) → Dọc (Portrait).',
  },
  'margin-out-of-range': {
    severity: 'error',
    message: (p) => `${p.what} là ${p.found}; Nghị định 30 quy định ${p.expected}${nd30(p)}.`,
    hint: () => 'Trong Word: Bố trí → Lề (Margins) → Lề tùy chỉnh; ví dụ trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm.',
  },
  // --- phong-chu ----------------------------------------------------------------------------
  'font-not-times': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} dùng phông ${p.found}; Nghị định 30 quy định phông Times New Roman${nd30(p)}.`,
    hint: () => 'Chọn toàn bộ văn bản (Ctrl+A) và đặt phông Times New Roman; sửa cả kiểu Normal để đoạn mới cũng dùng phông này.',
  },
  'font-color-not-black': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} có chữ màu ${p.found}; Nghị định 30 quy định chữ màu đen${nd30(p)}.`,
    hint: () => 'Chọn đoạn chữ, đặt Màu phông (Font Color) là Tự động hoặc Đen.',
  },
  // --- shared: presence, size, style ----------------------------------------------------------
  'element-missing': {
    severity: 'error',
    message: (p) => `Không tìm thấy ${p.what}; Nghị định 30 quy định ${p.expected}${nd30(p)}.`,
    hint: (p) => `Thêm ${p.what} đúng vị trí theo mẫu của Nghị định 30 (Phụ lục III).`,
  },
  'size-out-of-range': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} cỡ chữ ${p.found}; Nghị định 30 quy định ${p.expected}${nd30(p)}.`,
    hint: (p) => `Chọn đoạn chữ và đặt cỡ chữ ${p.expected?.replace(/^cỡ /, '')}.`,
  },
  'not-bold': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} không in đậm; Nghị định 30 quy định in đậm${nd30(p)}.`,
    hint: () => 'Chọn đoạn chữ và bấm In đậm (Ctrl+B).',
  },
  'bold-not-expected': {
    severity: 'warning',
    message: (p) => `${p.what} in đậm; Nghị định 30 quy định kiểu chữ đứng, không đậm${nd30(p)}.`,
    hint: () => 'Chọn đoạn chữ và bỏ In đậm (Ctrl+B).',
  },
  'not-italic': {
    severity: 'error',
    message: (p) => `${p.what} không in nghiêng; Nghị định 30 quy định chữ nghiêng${nd30(p)}.`,
    hint: () => 'Chọn đoạn chữ và bấm In nghiêng (Ctrl+I).',
  },
  'italic-not-allowed': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} in nghiêng; Nghị định 30 quy định kiểu chữ đứng${nd30(p)}.`,
    hint: () => 'Chọn đoạn chữ và bỏ In nghiêng (Ctrl+I).',
  },
  'not-bold-italic': {
    severity: 'error',
    message: (p) => `${p.what} ${p.found}; Nghị định 30 quy định chữ nghiêng, đậm${nd30(p)}.`,
    hint: () => 'Chọn “Nơi nhận:” và bấm cả In đậm (Ctrl+B) lẫn In nghiêng (Ctrl+I).',
  },
  'not-uppercase': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} “${p.found}” không viết in hoa; Nghị định 30 quy định chữ in hoa${nd30(p)}.`,
    hint: () => 'Gõ lại bằng chữ in hoa (hoặc chọn đoạn chữ, Shift+F3 cho tới khi thành IN HOA).',
  },
  'not-centred': {
    severity: 'error',
    message: (p) => `${p.what} ${p.found}; Nghị định 30 quy định canh giữa${nd30(p)}.`,
    hint: () => 'Chọn đoạn và bấm Căn giữa (Ctrl+E).',
  },
  'text-differs': {
    severity: 'error',
    message: (p) => `${p.what} ghi là “${p.found}”; Nghị định 30 quy định “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Gõ lại đúng: ${p.expected}.`,
  },
  'colon-missing': {
    severity: 'error',
    message: (p) => `${p.what} “${p.found}” thiếu dấu hai chấm; Nghị định 30 quy định “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Viết “${p.expected}”.`,
  },
  // --- rule lines ---------------------------------------------------------------------------
  'rule-missing': {
    severity: 'error',
    message: (p) => `Dưới ${p.what} không có đường kẻ ngang; Nghị định 30 quy định đường kẻ ngang nét liền ${p.expected}${nd30(p)}.`,
    hint: () => 'Thêm ngay dưới dòng chữ một đoạn trống có viền dưới (Trang đầu → Viền → Viền dưới), chỉnh thụt lề hai bên để đặt độ dài; hoặc vẽ một đường thẳng.',
  },
  'rule-length': {
    severity: 'warning',
    message: (p) => `Đường kẻ dưới ${p.what} dài khoảng ${p.found}; Nghị định 30 quy định ${p.expected}${nd30(p)}.`,
    hint: () => 'Chỉnh thụt lề trái, phải của đoạn có viền dưới (hoặc độ dài đường thẳng) cho vừa.',
  },
  // --- so-ky-hieu ---------------------------------------------------------------------------
  'number-label': {
    severity: 'error',
    message: (p) => `Dòng số, ký hiệu “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Viết “Số:” (chữ “Số” in thường, có dấu hai chấm), ví dụ “Số: 05/BC-UBND”.',
  },
  'number-no-leading-zero': {
    severity: 'error',
    message: (p) => `Số văn bản “${p.found}” nhỏ hơn 10 mà không có số 0 phía trước; Nghị định 30 quy định ghi “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Sửa thành “${p.expected}”.`,
  },
  'symbol-format': {
    severity: 'error',
    message: (p) => `Ký hiệu văn bản “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Ví dụ đúng: “Số: 15/QĐ-UBND”, “Số: 05/BC-UBND”, “Số: 12/UBND-VX”.',
  },
  'symbol-type-mismatch': {
    severity: 'warning',
    message: (p) => `Ký hiệu “${p.found}” không bắt đầu bằng chữ viết tắt của tên loại văn bản; theo Phụ lục III cần “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Sửa ký hiệu thành “${p.expected}-…”.`,
  },
  // --- dia-danh-ngay --------------------------------------------------------------------------
  'date-format': {
    severity: 'error',
    message: (p) => `Dòng địa danh và thời gian “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Viết theo dạng “Hà Nội, ngày 05 tháng 3 năm 2024”.',
  },
  'day-no-leading-zero': {
    severity: 'error',
    message: (p) => `Ngày “${p.found}” nhỏ hơn 10 mà không có số 0 phía trước; Nghị định 30 quy định ghi “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Sửa thành “${p.expected}”.`,
  },
  'month-no-leading-zero': {
    severity: 'error',
    message: (p) => `Tháng “${p.found}”: tháng 1 và tháng 2 phải có số 0 phía trước, ghi “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Sửa thành “${p.expected}”.`,
  },
  'month-zero-padded': {
    severity: 'error',
    message: (p) => `Tháng “${p.found}” có số 0 phía trước; Nghị định 30 chỉ thêm số 0 cho tháng 1 và 2, tháng này ghi “${p.expected}”${nd30(p)}.`,
    hint: (p) => `Sửa thành “${p.expected}”.`,
  },
  'date-not-on-number-line': {
    severity: 'warning',
    message: (p) => `Dòng địa danh và thời gian không nằm ngang hàng với dòng số, ký hiệu (${p.found}); Nghị định 30 quy định trình bày trên cùng một dòng${nd30(p)}.`,
    hint: () => 'Đặt dòng “Số: …” và dòng ngày tháng cùng một hàng của bảng tiêu đề (ô trái và ô phải).',
  },
  // --- noi-dung, dau-muc ----------------------------------------------------------------------
  'body-not-justified': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} ${p.found}; Nghị định 30 quy định nội dung văn bản căn đều hai lề${nd30(p)}.`,
    hint: () => 'Chọn các đoạn nội dung và bấm Căn đều (Ctrl+J); sửa kiểu Normal để đoạn mới cũng căn đều.',
  },
  'first-line-indent': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} ${p.found}; Nghị định 30 quy định lùi đầu dòng 1 cm hoặc 1,27 cm${nd30(p)}.`,
    hint: () => 'Đoạn → Thụt lề → Đặc biệt: Dòng đầu tiên (First line), 1 cm hoặc 1,27 cm.',
  },
  'paragraph-spacing': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} cách đoạn trước ${p.found}; Nghị định 30 quy định khoảng cách giữa các đoạn tối thiểu 6 pt${nd30(p)}.`,
    hint: () => 'Đoạn → Giãn cách: Trước (Before) 6 pt trở lên (hoặc Sau 6 pt).',
  },
  'line-spacing': {
    severity: 'error',
    aggregate: true,
    message: (p) => `${p.what} cách dòng ${p.found}; Nghị định 30 quy định tối thiểu dòng đơn, tối đa 1,5 lines${nd30(p)}.`,
    hint: () => 'Đoạn → Giãn cách dòng: Một dòng (Single), Nhiều dòng (Multiple) 1,15–1,3 hoặc 1,5 dòng.',
  },
  'line-spacing-exact': {
    severity: 'warning',
    aggregate: true,
    message: (p) => `${p.what} cách dòng cố định ${p.found}; Nghị định 30 quy định cách dòng theo số dòng (từ dòng đơn đến 1,5 lines), không theo giá trị cố định như Thông tư 01/2011${nd30(p)}.`,
    hint: () => 'Đoạn → Giãn cách dòng: chọn Một dòng, Nhiều dòng hoặc 1,5 dòng thay cho Chính xác (Exactly).',
  },
  'body-size-mixed': {
    severity: 'warning',
    message: (p) => `Nội dung văn bản dùng nhiều cỡ chữ (${p.found}); Nghị định 30 quy định một cỡ chữ thống nhất cho nội dung${nd30(p)}.`,
    hint: () => 'Đặt cùng một cỡ chữ (13 hoặc 14) cho các đoạn nội dung.',
  },
  'closing-mark-missing': {
    severity: 'warning',
    message: (p) => `Đoạn cuối nội dung “${p.found}” không kết thúc bằng “./.”; các mẫu của Nghị định 30 kết thúc nội dung bằng dấu này${nd30(p)}.`,
    hint: () => 'Thêm “./.” vào cuối câu cuối cùng của nội dung.',
  },
  // --- kinh-gui, noi-nhan, chu-ky ---------------------------------------------------------------
  'recipient-line-format': {
    severity: 'warning',
    aggregate: true,
    message: (p) => `${p.what} “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Mỗi nơi nhận một dòng, bắt đầu bằng “-” và kết thúc bằng “;”.',
  },
  'recipient-last-line': {
    severity: 'warning',
    message: (p) => `Dòng cuối của nơi nhận “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Dòng cuối ghi “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.”, ví dụ “- Lưu: VT, NN.”.',
  },
  'signer-authority-form': {
    severity: 'error',
    message: (p) => `Quyền hạn ký “${p.found}”: ${p.expected}${nd30(p)}.`,
    hint: () => 'Viết chữ viết tắt in hoa, có dấu chấm, cách chức vụ một dấu cách: “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”.',
  },
  'signer-honorific': {
    severity: 'warning',
    message: (p) =>
      `Họ tên người ký “${p.found}” có học hàm, học vị phía trước; Nghị định 30 quy định không ghi học hàm, học vị trước họ tên (trừ lực lượng vũ trang, giáo dục, y tế, khoa học)${nd30(p)}.`,
    hint: () => 'Bỏ học hàm, học vị trước họ tên.',
  },
  // --- so-trang -----------------------------------------------------------------------------
  'page-number-missing': {
    severity: 'error',
    message: (p) => `${p.what}: văn bản nhiều trang mà không đánh số trang ở đầu trang; Nghị định 30 quy định đánh số trang bằng số Ả Rập, canh giữa trong phần lề trên${nd30(p)}.`,
    hint: () => 'Chèn (Insert) → Số trang → Đầu trang, Giữa; chọn “Trang đầu khác” (Different First Page).',
  },
  'page-number-on-first-page': {
    severity: 'error',
    message: (p) => `${p.what}: trang thứ nhất có số trang; Nghị định 30 quy định không hiển thị số trang thứ nhất${nd30(p)}.`,
    hint: () => 'Mở đầu trang, chọn “Trang đầu khác” (Different First Page) và để trống đầu trang của trang đầu.',
  },
  'page-number-in-footer': {
    severity: 'error',
    message: (p) => `${p.what}: số trang đặt ở chân trang; Nghị định 30 quy định số trang canh giữa trong phần lề trên (đầu trang)${nd30(p)}.`,
    hint: () => 'Xóa số trang ở chân trang, chèn lại ở Đầu trang, Giữa.',
  },
  // --- phu-luc ------------------------------------------------------------------------------
  'appendix-not-own-section': {
    severity: 'warning',
    message: (p) => `${p.what} không bắt đầu một phần (section) riêng, nên không đánh số trang riêng được; Nghị định 30 quy định số trang phụ lục đánh riêng${nd30(p)}.`,
    hint: () => 'Đặt con trỏ trước “Phụ lục”, Bố trí → Ngắt (Breaks) → Trang tiếp theo (Next Page).',
  },
  'appendix-numbering-not-restarted': {
    severity: 'error',
    message: (p) => `${p.what}: số trang không bắt đầu lại từ 1; Nghị định 30 quy định số trang của phụ lục được đánh riêng theo từng phụ lục${nd30(p)}.`,
    hint: () => 'Chèn → Số trang → Định dạng số trang → Bắt đầu từ: 1.',
  },
  'appendix-reference-missing': {
    severity: 'warning',
    message: (p) => `${p.what} không có dòng “(Kèm theo …)” dưới tên phụ lục; Nghị định 30 quy định ghi rõ phụ lục kèm theo văn bản nào${nd30(p)}.`,
    hint: () => 'Thêm dòng “(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)” in nghiêng, canh giữa.',
  },
} as const satisfies Record<string, CodeInfo>;

export type FormatCode = keyof typeof CATALOG;

export interface FormatFinding {
  severity: Severity;
  code: FormatCode;
  element: FormatElement;
  /** Section and paragraph (its first words) or table cell, in Vietnamese. */
  location: string;
  message: string;
  hint: string;
}
