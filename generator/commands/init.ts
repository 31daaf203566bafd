import { PeriodSchema } from '../../engine';
import { optionValue, type ParsedArgs } from '../args';
import { usageLine } from '../command-specs';
import { refuseExisting, UsageError, writeFileAtomic, type CommandIo } from '../io';
import { writeBlankWorkbook } from '../write-blank-workbook';

/** `ntm-ocop init <file.xlsx> [--period 2021-2025|2026-2030] [--force]`: a blank data-entry workbook. */
export async function initCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(`Cách dùng: ${usageLine('init')}`);
  if (!file.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Tên tệp "${file}" cần có đuôi .xlsx.`);
  const period = PeriodSchema.safeParse(optionValue(args, 'period') ?? '2021-2025');
  if (!period.success) throw new UsageError('Giai đoạn (--period) phải là 2021-2025 hoặc 2026-2030.');
  // A workbook already holds a year of entries: it is replaced only when the user says so.
  await refuseExisting([file], args.options.has('force'));
  await writeFileAtomic(file, await writeBlankWorkbook(period.data));
  io.stdout(`Đã tạo sổ mẫu giai đoạn ${period.data}: ${file}\nMở sổ bằng Excel, điền sheet "Thông tin", "Xã", "OCOP", "Chỉ tiêu"; sau đó chạy: ntm-ocop validate ${file}\n`);
  return 0;
}
