import type { Workbook } from '../engine';
import { InputError, readInputFile } from './io';
import { inspectWorkbookBytes } from './inspect-input';
import { readWorkbook } from './read-workbook';

/**
 * The workbook a command was given, read once. Anything that stops it being read ends as an
 * InputError naming the file (exit code 2), never as a stack trace.
 */
export async function loadWorkbookFile(file: string): Promise<Workbook> {
  const bytes = await readInputFile(file, 'sổ Excel');
  // Container problems (not a zip, encrypted, old .xls, zip bomb, DOCTYPE) are refused before exceljs sees the bytes.
  const inspection = inspectWorkbookBytes(bytes, file);
  try {
    return await readWorkbook(bytes, inspection);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      // exceljs speaks English: its words go last, in brackets, for whoever helps the user.
      `Không đọc được "${file}" như một sổ Excel .xlsx: nội dung bên trong bị hỏng hoặc không đúng định dạng (chi tiết: ${String((err as Error)?.message ?? 'không rõ').replace(/\.+$/u, '')}).`,
      'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)", rồi thử lại.',
    );
  }
}
