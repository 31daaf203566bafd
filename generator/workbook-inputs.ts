import { promises as fs } from 'fs';
import { validateWorkbook, type ValidationResult, type Workbook } from '../engine';
import { optionValue, type ParsedArgs } from './args';
import { InputError, sameFile } from './io';
import { loadWorkbookFile } from './load-workbook';
import type { Progress } from './progress';

/**
 * The workbook of `validate` and `report`, and last year's when `--previous` names one, read and
 * validated with the progress shown (a national workbook takes seconds to read).
 */
export async function validateInputs(file: string, args: ParsedArgs, progress: Progress): Promise<ValidationResult> {
  const previousFile = optionValue(args, 'previous');
  if (previousFile !== undefined && (await sameFile(previousFile, file))) {
    throw new InputError(`--previous "${previousFile}" là chính sổ đang kiểm tra.`, 'Với --previous, chọn sổ theo dõi của năm trước.');
  }
  const workbook = await readWithProgress(file, 'Đang đọc sổ', progress);
  const previous: Workbook | undefined = previousFile === undefined ? undefined : await readWithProgress(previousFile, 'Đang đọc sổ năm trước', progress);
  progress.step('Đang kiểm tra sổ…');
  return validateWorkbook(workbook, { previous, onProgress: (stage) => progress.step(`Đang kiểm tra sổ: ${stage}…`) });
}

async function readWithProgress(file: string, label: string, progress: Progress): Promise<Workbook> {
  progress.step(`${label} ${file}…`);
  const workbook = await loadWorkbookFile(file);
  const size = await fs.stat(file).then(
    (s) => s.size,
    () => 0,
  );
  progress.readFile(file, size);
  return workbook;
}
