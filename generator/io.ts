import { promises as fs } from 'fs';
import * as path from 'path';

/** Where a command writes what the user reads; tests pass their own. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress lines may be redrawn in place. */
  interactive?: boolean;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

/**
 * An input the program cannot use (missing, unreadable, not a workbook…): the message is
 * Vietnamese, names the file, and the command ends with exit code 2 without a stack trace.
 */
export class InputError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A usage mistake (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export async function readInputFile(file: string, what = 'tệp'): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError(`Không tìm thấy ${what} "${file}".`, 'Kiểm tra lại đường dẫn và tên tệp.');
  }
  if (stat.isDirectory()) throw new InputError(`"${file}" là một thư mục, không phải ${what}.`);
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new InputError(`Không đọc được ${what} "${file}": ${(err as NodeJS.ErrnoException).code ?? 'lỗi không rõ'}.`);
  }
}

/** True when both paths name the same file (also through links), so an output never replaces its input. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Writes the whole file or nothing: a temporary file in the same folder, then a rename, so a
 * failed or interrupted run never leaves half a report, and an existing file is replaced at once.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw new InputError(`Không ghi được "${file}": đây là một thư mục.`, 'Đặt tên tệp (có đuôi) cho tệp kết quả.');
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw cannotWrite(file, err);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw cannotWrite(file, err);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EROFS: 'ổ đĩa chỉ đọc',
  ENOSPC: 'ổ đĩa hết chỗ trống',
  EEXIST: 'một phần của đường dẫn là tệp, không phải thư mục',
  ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
  EISDIR: 'đây là một thư mục',
  ENAMETOOLONG: 'tên tệp quá dài',
};

/** A file system failure while writing an output, as a message naming the file (exit code 2). */
function cannotWrite(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  return new InputError(`Không ghi được "${file}": ${WRITE_PROBLEMS[code] ?? `lỗi hệ thống ${code || 'không rõ'}`}.`, 'Chọn thư mục khác hoặc tên tệp khác cho tệp kết quả.');
}
