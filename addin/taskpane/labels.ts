/** Every word the pane shows, in one place (Vietnamese, NFC). */
export { SEVERITY_NAMES, TARGET_STATUS_NAMES } from '../../engine';

export const WHOLE_WORKBOOK = 'Toàn sổ';

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

export const TEXT = {
  reading: 'Đang đọc dữ liệu trong sổ…',
  validating: 'Đang kiểm tra…',
  marking: 'Đang đánh dấu các ô có lỗi, cảnh báo…',
  clearing: 'Đang xóa đánh dấu…',
  addingSheets: 'Đang thêm các sheet nhập liệu…',
  loadingTemplate: 'Đang tải mẫu báo cáo…',
  buildingReport: 'Đang lập báo cáo…',
  liveChecking: 'Đang kiểm tra lại sau khi sửa…',
  notExcel: 'Add-in này chỉ chạy trong Excel. Mở sổ bằng Excel (trên web, Windows hoặc Mac) rồi mở ngăn "Kiểm tra sổ".',
  officeMissing: 'Không tải được Office.js, thư viện của Microsoft để ngăn tác vụ làm việc với Excel. Kiểm tra kết nối mạng rồi đóng và mở lại ngăn tác vụ.',
  officeTimeout: 'Không kết nối được với Excel. Ngăn tác vụ này phải được mở từ Excel (Trang đầu → Kiểm tra sổ); nếu đang ở trong Excel, đóng rồi mở lại ngăn tác vụ.',
  ready: 'Sẵn sàng. Bấm "Kiểm tra" để kiểm tra sổ đang mở.',
  noFindings: 'Không có lỗi hay cảnh báo nào.',
  noTargets: 'Sổ chưa có chỉ tiêu nào (sheet "Chỉ tiêu").',
  showSheet: 'Hiện sheet',
  hiddenSheetNote: 'Sheet này đang ẩn: các ô không được tô màu.',
  sheetGone: (sheet: string) => `Không tìm thấy sheet "${sheet}" (có thể đã đổi tên hoặc xóa). Bấm "Kiểm tra" lại.`,
  askShowSheet: (sheet: string) => `Sheet "${sheet}" đang ẩn nên không xem được ô này. Hiện sheet "${sheet}"?`,
  sheetShown: (sheet: string) => `Đã hiện sheet "${sheet}". Bấm "Kiểm tra" để tô màu các ô của sheet này.`,
  reportErrors: (n: number) => `Sổ còn ${n} lỗi. Báo cáo lập từ sổ có lỗi có thể thiếu hoặc sai số liệu; nên sửa lỗi rồi kiểm tra lại.`,
  marked: (n: number) => (n > 0 ? ` Đã tô màu ${n} ô (đỏ nhạt: lỗi, vàng nhạt: cảnh báo); định dạng của ô không bị thay đổi.` : ''),
  hiddenNotMarked: (names: readonly string[]) => (names.length > 0 ? ` Không tô màu trên sheet đang ẩn ${list(names)}: xem trong danh sách, bấm "Hiện sheet" nếu cần.` : ''),
  protectedNotMarked: (names: readonly string[]) =>
    names.length > 0 ? ` Sheet ${list(names)} đang được bảo vệ nên không tô màu (vẫn được kiểm tra); bỏ bảo vệ sheet rồi bấm "Kiểm tra" nếu muốn tô màu.` : '',
  stuck: (names: readonly string[]) =>
    names.length > 0 ? ` Sheet ${list(names)} đang được bảo vệ nên còn giữ đánh dấu cũ; bỏ bảo vệ sheet (Xem lại → Bỏ bảo vệ trang tính) rồi bấm "Xóa đánh dấu".` : '',
  legacyKept: (n: number) => (n > 0 ? ` ${n} ô đã được người dùng tô màu khác sau khi đánh dấu (phiên bản cũ) nên giữ nguyên màu đó.` : ''),
  cleared: 'Đã xóa mọi đánh dấu của add-in; định dạng của các ô vẫn như trước khi kiểm tra.',
  nothingToClear: 'Không có ô nào đang được đánh dấu.',
  periodFromWorkbook: (period: string) => `giai đoạn ${period} theo sheet "Thông tin"`,
  periodFromPane: (period: string) => `giai đoạn ${period} theo lựa chọn trong ngăn (sổ chưa ghi "Giai đoạn" hay "Năm báo cáo")`,
  liveOn: 'Đã bật kiểm tra tự động: mỗi lần sửa ô, sổ được kiểm tra lại và chỉ các dòng thay đổi được tô màu lại.',
  liveOff: 'Đã tắt kiểm tra tự động.',
  liveDone: (summary: string) => `Đã kiểm tra lại sau khi sửa: ${summary}.`,
  reportSaved: (name: string) => `Đã tạo báo cáo "${name}". Tệp được tải về thư mục tải xuống (Downloads) của máy.`,
  reportMac: (name: string) =>
    `Đã lập báo cáo "${name}". Excel cho Mac không tự tải tệp từ ngăn tác vụ: bấm liên kết dưới đây để mở báo cáo rồi chọn Lưu; nếu liên kết không mở được, tạo báo cáo bằng Excel trên web hoặc lệnh "ntm-ocop report".`,
  reportLink: (name: string) => `Mở báo cáo "${name}"`,
} as const;
