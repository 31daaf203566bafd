import { promises as fs } from 'fs';
import * as path from 'path';
import { describeErrno } from './errno';

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
  constructor(
    message: string,
    readonly hint?: string,
  ) {
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
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`Không tìm thấy ${what} "${file}".`, 'Kiểm tra lại đường dẫn và tên tệp.');
    throw new InputError(`Không mở được ${what} "${file}": ${describeErrno(err)}.`, 'Kiểm tra lại đường dẫn và quyền truy cập của tệp.');
  }
  if (stat.isDirectory()) throw new InputError(`"${file}" là một thư mục, không phải ${what}.`);
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new InputError(`Không đọc được ${what} "${file}": ${describeErrno(err)}.`, 'Đóng tệp trong các chương trình khác, kiểm tra quyền đọc, rồi thử lại.');
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

/** Writing has its own words for a refusal; the rest is as for any system error. */
const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
};

/** A file system failure while writing an output, as a message naming the file (exit code 2). */
export function cannotWrite(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  return new InputError(`Không ghi được "${file}": ${WRITE_PROBLEMS[code] ?? describeErrno(err)}.`, 'Chọn thư mục khác hoặc tên tệp khác cho tệp kết quả.');
}

/**
 * An output that already exists is kept unless the user said --force: a report edited in Word
 * since it was generated must not be lost to a second run (SPEC §6, exit code 2 naming the files).
 */
export async function refuseExisting(files: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  const existing: string[] = [];
  for (const file of files) {
    if (
      await fs.lstat(file).then(
        () => true,
        () => false,
      )
    )
      existing.push(file);
  }
  if (existing.length === 0) return;
  const shown = existing
    .slice(0, 5)
    .map((f) => `"${f}"`)
    .join(', ');
  const more = existing.length > 5 ? ` và ${existing.length - 5} tệp khác` : '';
  throw new InputError(`${existing.length === 1 ? 'Tệp' : 'Các tệp'} ${shown}${more} đã có; không ghi đè để không làm mất nội dung đã sửa.`, 'Thêm --force để ghi đè, hoặc chọn tên khác với --out.');
}
