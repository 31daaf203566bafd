import { toValidationJson } from '../../engine';
import { type ParsedArgs } from '../args';
import { usageLine } from '../command-specs';
import { UsageError, type CommandIo } from '../io';
import { formatValidation } from '../print-findings';
import { Progress } from '../progress';
import { validateInputs } from '../workbook-inputs';

/** `ntm-ocop validate <workbook.xlsx> [--json] [--previous <last year.xlsx>]`: exit 0 clean, 1 with errors (SPEC §6). */
export async function validateCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(`Cách dùng: ${usageLine('validate')}`);
  const json = args.options.has('json');
  const progress = new Progress(io, Boolean(io.interactive) && !json);
  try {
    const result = await validateInputs(file, args, progress);
    progress.clear();
    if (json) io.stdout(`${JSON.stringify(toValidationJson(file, result), null, 2)}\n`);
    else io.stdout(formatValidation(file, result));
    progress.finish();
    return result.summary.errors > 0 ? 1 : 0;
  } finally {
    progress.clear();
  }
}
