/**
 * System error codes as a user reads them. Node reports file problems as codes (ENOENT, EACCES…);
 * none of them reaches the user untranslated (an unknown one is described, its code kept in
 * brackets for whoever helps).
 */
const ERRNO: Record<string, string> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền truy cập',
  EPERM: 'hệ điều hành không cho phép thao tác này',
  EROFS: 'ổ đĩa chỉ đọc',
  ENOSPC: 'ổ đĩa hết chỗ trống',
  EDQUOT: 'đã hết hạn mức dung lượng của người dùng',
  EEXIST: 'một phần của đường dẫn là tệp, không phải thư mục',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EISDIR: 'đây là một thư mục',
  ENAMETOOLONG: 'tên tệp quá dài',
  ELOOP: 'đường dẫn có liên kết vòng',
  EMFILE: 'đang mở quá nhiều tệp cùng lúc',
  ENFILE: 'hệ thống đang mở quá nhiều tệp',
  EBUSY: 'tệp đang được chương trình khác dùng (đang mở trong Word hoặc Excel?)',
  ETXTBSY: 'tệp đang được chương trình khác dùng',
  EIO: 'lỗi đọc/ghi của ổ đĩa',
  EXDEV: 'không chuyển được tệp sang ổ đĩa khác',
  EINVAL: 'tên tệp hoặc đường dẫn không hợp lệ',
  ENXIO: 'thiết bị không tồn tại',
  ENODEV: 'thiết bị không tồn tại',
  ETIMEDOUT: 'hết thời gian chờ (ổ mạng không trả lời?)',
  ECONNRESET: 'kết nối tới ổ mạng bị ngắt',
  EAGAIN: 'tài nguyên tạm thời không dùng được, thử lại sau',
  ENOMEM: 'không đủ bộ nhớ',
  ERR_FS_FILE_TOO_LARGE: 'tệp quá lớn để đọc',
};

export function describeErrno(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO[code]) return ERRNO[code];
  return code ? `lỗi hệ thống không rõ (mã ${code})` : 'lỗi hệ thống không rõ';
}

/** The codes that have a Vietnamese wording (tests check each of them). */
export const TRANSLATED_ERRNO_CODES = Object.keys(ERRNO);
