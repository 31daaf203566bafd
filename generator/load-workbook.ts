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
  inspectWorkbookBytes(bytes, file);
  try {
    return await readWorkbook(bytes);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `Không đọc được "${file}" như một sổ Excel .xlsx: ${(err as Error).message ?? 'lỗi không rõ'}.`,
      'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)", rồi thử lại.',
    );
  }
}
