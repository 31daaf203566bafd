import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { fold, validateWorkbook, type Finding, type ValidationResult } from '../../engine';
import { assertReportable, buildReport, describeProblems, districtName, listDistricts, NoReportError, ReportInputError, TemplateError } from '../../report';
import { optionValue, type ParsedArgs } from '../args';
import { InputError, sameFile, UsageError, writeFileAtomic, type CommandIo } from '../io';
import { loadTemplateFile } from '../load-template';
import { loadWorkbookFile } from '../load-workbook';
import { findingGroups } from '../print-findings';

const USAGE = 'Cách dùng: ntm-ocop report <sổ.xlsx> [--template <mẫu.docx>] [--out <báo-cáo.docx>] [--by huyen] [--allow-errors]';

/** The package root: this file runs from generator/commands/ (ts-jest) or lib/generator/commands/ (tsc). */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'templates'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function defaultTemplatePath(): string {
  return path.join(packageRoot(), 'templates', 'bao-cao-mac-dinh.docx');
}

/** `ntm-ocop report`: validates, then fills the template into one report, or one per district. */
export async function reportCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(USAGE);
  const by = optionValue(args, 'by');
  if (args.options.has('by') && (by === undefined || fold(by) !== 'huyen')) {
    throw new UsageError('Tùy chọn --by chỉ nhận giá trị "huyen" (mỗi huyện một báo cáo).');
  }
  const templateFile = optionValue(args, 'template') ?? defaultTemplatePath();
  const template = await loadTemplateFile(templateFile);
  const workbook = await loadWorkbookFile(file);
  const result = validateWorkbook(workbook);
  if (result.summary.errors > 0 && !args.options.has('allow-errors')) {
    io.stderr(formatErrors(file, result.findings.filter((f) => f.severity === 'error')));
    return 1;
  }
  // The report builder's rules, checked before any file is written (buildReport checks them too).
  try {
    assertReportable(result);
  } catch (err) {
    if (err instanceof NoReportError) throw new InputError(`Sổ "${file}" không có đủ dữ liệu để lập báo cáo (thiếu sheet "Thông tin").`);
    throw err;
  }

  if (by !== undefined) return reportByDistrict(file, result, template, templateFile, args, io);

  const out = optionValue(args, 'out') ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-bao-cao.docx`);
  await refuseOverwrite(out, file, templateFile);
  const bytes = await build(result, template, templateFile);
  await writeFileAtomic(out, bytes);
  io.stdout(`Đã tạo báo cáo: ${out}\n`);
  return 0;
}

async function reportByDistrict(file: string, result: ValidationResult, template: Uint8Array, templateFile: string, args: ParsedArgs, io: CommandIo): Promise<number> {
  const districts = listDistricts(result);
  if (districts.length === 0) {
    throw new InputError(`Sổ "${file}" không ghi huyện cho xã hay sản phẩm nào, không tách được báo cáo theo huyện.`, 'Điền cột "Huyện" ở sheet "Xã" (sổ cấp tỉnh), hoặc bỏ --by huyen.');
  }
  const outDir = optionValue(args, 'out') ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-bao-cao`);
  const stat = await fs.stat(outDir).catch(() => undefined);
  if (stat && !stat.isDirectory()) throw new InputError(`"${outDir}" là một tệp; với --by huyen, --out phải là một thư mục.`);
  const used = new Set<string>();
  for (const [i, district] of districts.entries()) {
    io.stderr(`Đang tạo báo cáo ${i + 1}/${districts.length}: ${districtName(district)}…\n`);
    let name = fold(districtName(district)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `huyen-${i + 1}`;
    while (used.has(name)) name += `-${i + 1}`;
    used.add(name);
    const out = path.join(outDir, `${name}.docx`);
    await refuseOverwrite(out, file, templateFile);
    await writeFileAtomic(out, await build(result, template, templateFile, district));
  }
  io.stdout(`Đã tạo ${districts.length} báo cáo trong thư mục: ${outDir}\n`);
  return 0;
}

async function build(result: ValidationResult, template: Uint8Array, templateFile: string, district?: string): Promise<Uint8Array> {
  try {
    return await buildReport(result, { template, district });
  } catch (err) {
    if (err instanceof TemplateError) {
      if (err.notDocx) throw new InputError(`Mẫu "${templateFile}": ${err.message}`);
      throw new InputError(`Mẫu "${templateFile}" có chỗ điền không dùng được:\n${describeProblems(err.problems)}`, `Sửa mẫu trong Word, kiểm tra bằng: ntm-ocop check-template "${templateFile}".`);
    }
    if (err instanceof ReportInputError) throw new InputError(err.message);
    throw err;
  }
}


async function refuseOverwrite(out: string, input: string, template: string): Promise<void> {
  if ((await sameFile(out, input)) || (await sameFile(out, template))) {
    throw new InputError(`Không ghi báo cáo đè lên tệp đầu vào "${out}".`, 'Chọn tên khác với --out.');
  }
}

/** Errors grouped by sheet, and what to do about them. */
export function formatErrors(file: string, errors: Finding[]): string {
  return [
    `Sổ "${file}" còn ${errors.length} lỗi, chưa lập báo cáo:`,
    ...findingGroups(errors),
    '',
    'Sửa các lỗi trên trong sổ rồi chạy lại, hoặc thêm --allow-errors để vẫn lập báo cáo với số liệu hiện có.',
    '',
  ].join('\n');
}
