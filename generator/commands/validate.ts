import { toValidationJson, validateWorkbook } from '../../engine';
import { type ParsedArgs } from '../args';
import { UsageError, type CommandIo } from '../io';
import { loadWorkbookFile } from '../load-workbook';
import { formatValidation } from '../print-findings';

/** `ntm-ocop validate <workbook.xlsx> [--json]`: exit 0 clean, 1 with errors (SPEC §6). */
export async function validateCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError('Cách dùng: ntm-ocop validate <sổ.xlsx> [--json]');
  const workbook = await loadWorkbookFile(file);
  const result = validateWorkbook(workbook);
  if (args.options.has('json')) io.stdout(`${JSON.stringify(toValidationJson(file, result), null, 2)}\n`);
  else io.stdout(formatValidation(file, result));
  return result.summary.errors > 0 ? 1 : 0;
}
