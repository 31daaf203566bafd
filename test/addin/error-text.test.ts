import { errorSentence } from '../../addin/taskpane/error-text';
import { FakeOfficeError, OFFICE_MESSAGES, type OfficeErrorCode } from './fake-excel/office-error';

describe('Excel errors as Vietnamese sentences', () => {
  const codes = Object.keys(OFFICE_MESSAGES) as OfficeErrorCode[];

  test.each(codes)("%s: what happened and what to do, never Excel's English", (code) => {
    const text = errorSentence('Kiểm tra', new FakeOfficeError(code));
    expect(text.startsWith('Kiểm tra không thành công')).toBe(true);
    expect(text).not.toContain(OFFICE_MESSAGES[code]);
    expect(text).not.toMatch(/\b(the|you|cannot|error|request)\b/i);
    // Every sentence ends with something to do.
    expect(text).toMatch(/thử lại|Bấm|Bỏ bảo vệ|Cập nhật|Đóng|báo cho/);
  });

  test("unknown codes, network failures and the pane's own faults are Vietnamese too", () => {
    expect(errorSentence('Xóa đánh dấu', { code: 'SomethingNew', message: 'Boom' })).toContain('mã SomethingNew');
    expect(errorSentence('Xóa đánh dấu', new TypeError('Failed to fetch'))).toContain('Mất kết nối');
    const own = errorSentence('Tạo báo cáo', new Error('missing element #x'));
    expect(own).not.toContain('missing element');
    expect(own.startsWith('Tạo báo cáo không thành công')).toBe(true);
  });
});
