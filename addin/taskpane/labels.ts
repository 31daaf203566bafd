/** Every word the pane shows, in one place (Vietnamese, NFC). */
export { SEVERITY_NAMES, TARGET_STATUS_NAMES } from '../../engine';

export const WHOLE_WORKBOOK = 'Toàn sổ';

export const TEXT = {
  reading: 'Đang đọc dữ liệu trong sổ…',
  validating: 'Đang kiểm tra…',
  marking: 'Đang đánh dấu các ô có lỗi, cảnh báo…',
  clearing: 'Đang xóa đánh dấu…',
  addingSheets: 'Đang thêm các sheet nhập liệu…',
  loadingTemplate: 'Đang tải mẫu báo cáo…',
  buildingReport: 'Đang lập báo cáo…',
  notExcel: 'Add-in này chỉ chạy trong Excel.',
  ready: 'Sẵn sàng. Bấm "Kiểm tra" để kiểm tra sổ đang mở.',
  noFindings: 'Không có lỗi hay cảnh báo nào.',
  noTargets: 'Sổ chưa có chỉ tiêu nào (sheet "Chỉ tiêu").',
  sheetGone: (sheet: string) => `Không tìm thấy sheet "${sheet}" (có thể đã đổi tên hoặc xóa). Bấm "Kiểm tra" lại.`,
  reportErrors: (n: number) =>
    `Sổ còn ${n} lỗi. Báo cáo lập từ sổ có lỗi có thể thiếu hoặc sai số liệu; nên sửa lỗi rồi kiểm tra lại.`,
  failed: (what: string, detail: string) => `${what} không thành công: ${detail}`,
} as const;
