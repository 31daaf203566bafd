import { officeErrorCode } from '../excel/office-errors';

/**
 * Excel's errors as Vietnamese sentences: what happened and what to do. Excel's own message is in
 * English and never shown; the code decides the sentence.
 */
const BY_CODE: Record<string, string> = {
  AccessDenied:
    'Excel không cho phép thay đổi: sổ hoặc sheet đang được bảo vệ, hoặc sổ đang mở ở chế độ chỉ đọc. Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) hoặc bấm "Chỉnh sửa sổ làm việc", rồi thử lại.',
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ nhập liệu trong một ô. Bấm Enter hoặc Esc để rời ô đó, rồi thử lại.',
  RequestPayloadSizeLimitExceeded: 'Dữ liệu gửi tới Excel quá lớn trong một lần. Hãy thử lại; nếu vẫn lỗi, chia sổ thành các sổ nhỏ hơn.',
  ResponsePayloadSizeLimitExceeded: 'Dữ liệu Excel trả về quá lớn trong một lần. Hãy thử lại; nếu vẫn lỗi, chia sổ thành các sổ nhỏ hơn.',
  PayloadTooLarge: 'Dữ liệu quá lớn để Excel xử lý trong một lần. Hãy thử lại; nếu vẫn lỗi, chia sổ thành các sổ nhỏ hơn.',
  ItemNotFound: 'Không tìm thấy sheet hoặc ô cần dùng (có thể vừa bị đổi tên hoặc xóa). Bấm "Kiểm tra" để đọc lại sổ.',
  InvalidReference: 'Không tìm thấy sheet hoặc ô cần dùng (có thể vừa bị đổi tên hoặc xóa). Bấm "Kiểm tra" để đọc lại sổ.',
  ItemAlreadyExists: 'Sổ đã có một sheet trùng tên với sheet cần thêm. Đổi tên sheet đó rồi thử lại.',
  InvalidArgument: 'Excel không nhận một giá trị add-in gửi tới. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị kèm tên thao tác.',
  InvalidOperation: 'Excel không thực hiện được thao tác này lúc này. Đóng các hộp thoại đang mở trong Excel rồi thử lại.',
  InsertDeleteConflict: 'Excel không thực hiện được vì đang có bảng hoặc vùng gộp ô chồng lên. Thử lại sau khi bỏ gộp ô.',
  ActivityLimitReached: 'Excel đang quá tải. Chờ một lát rồi thử lại.',
  RequestAborted: 'Yêu cầu tới Excel bị ngắt giữa chừng. Kiểm tra kết nối mạng rồi thử lại.',
  ConnectionFailure: 'Mất kết nối với Excel. Kiểm tra kết nối mạng rồi thử lại.',
  ServiceNotAvailable: 'Dịch vụ Excel tạm thời không phản hồi. Chờ một lát rồi thử lại.',
  Unauthenticated: 'Phiên đăng nhập Office đã hết hạn. Tải lại trang Excel, đăng nhập rồi thử lại.',
  GeneralException: 'Excel gặp lỗi nội bộ khi thực hiện. Lưu sổ, đóng rồi mở lại ngăn tác vụ, rồi thử lại.',
  PropertyNotLoaded: 'Add-in đọc dữ liệu không đúng cách (lỗi của add-in). Đóng rồi mở lại ngăn tác vụ; nếu vẫn lỗi, báo cho người quản trị.',
  ApiNotFound: 'Phiên bản Excel này thiếu tính năng add-in cần. Cập nhật Office hoặc dùng Excel trên web.',
  NotImplemented: 'Phiên bản Excel này thiếu tính năng add-in cần. Cập nhật Office hoặc dùng Excel trên web.',
  UnsupportedOperation: 'Phiên bản Excel này không hỗ trợ thao tác này. Cập nhật Office hoặc dùng Excel trên web.',
};

const NETWORK = /network|failed to fetch|timeout|offline|connection/i;

/** One sentence for the status line, for an action ("Kiểm tra", "Xóa đánh dấu", …) that failed. */
export function errorSentence(what: string, err: unknown): string {
  const code = officeErrorCode(err);
  const known = code ? BY_CODE[code] : undefined;
  if (known) return `${what} không thành công. ${known}`;
  const message = err instanceof Error ? err.message : String(err);
  if (NETWORK.test(message)) return `${what} không thành công. ${BY_CODE.ConnectionFailure}`;
  if (code) return `${what} không thành công do Excel báo lỗi (mã ${code}). Lưu sổ, đóng rồi mở lại ngăn tác vụ, rồi thử lại.`;
  return `${what} không thành công do một lỗi không lường trước. Đóng rồi mở lại ngăn tác vụ, rồi thử lại; nếu vẫn lỗi, báo cho người quản trị.`;
}
