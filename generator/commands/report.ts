import { promises as fs } from 'fs';
import * as path from 'path';
import { fileSlug, fold, type Finding, type ValidationResult } from '../../engine';
import { assertReportable, buildReport, describeProblems, districtName, listDistricts, NoReportError, ReportInputError, TemplateError } from '../../report';
import { optionValue, type ParsedArgs } from '../args';
import { usageLine } from '../command-specs';
import { InputError, refuseExisting, sameFile, UsageError, writeFileAtomic, type CommandIo } from '../io';
import { loadTemplateFile } from '../load-template';
import { defaultTemplatePath } from '../package-info';
import { convertToPdf, findSoffice, noSoffice, pdfPathFor } from '../pdf';
import { findingGroups } from '../print-findings';
import { Progress } from '../progress';
import { validateInputs } from '../workbook-inputs';

export { defaultTemplatePath, packageRoot } from '../package-info';

interface Outputs {
  force: boolean;
  /** LibreOffice's command when --pdf was given. */
  soffice?: string;
  progress: Progress;
}

/** `ntm-ocop report`: validates, then fills the template into one report, or one per district. */
export async function reportCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(`Cách dùng: ${usageLine('report')}`);
  const by = optionValue(args, 'by');
  if (args.options.has('by') && (by === undefined || fold(by) !== 'huyen')) {
    throw new UsageError('Tùy chọn --by chỉ nhận giá trị "huyen" (mỗi huyện một báo cáo).');
  }
  const outOption = optionValue(args, 'out');
  const templateFile = optionValue(args, 'template') ?? defaultTemplatePath();
  // Writing over an input is refused after the workbook's own errors, which the user must see first.
  const overInput = outOption !== undefined && ((await sameFile(outOption, file)) || (await sameFile(outOption, templateFile)));
  if (outOption !== undefined && !overInput) checkOutName(outOption, by !== undefined);
  // Before seconds of reading: a machine without LibreOffice is told at once, and nothing is written.
  const soffice = args.options.has('pdf') ? (findSoffice() ?? throwNoSoffice()) : undefined;
  const outputs: Outputs = { force: args.options.has('force'), soffice, progress: new Progress(io) };

  const single = by === undefined ? (outOption ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-bao-cao.docx`)) : undefined;
  // An existing report is kept, and said so before any work is done.
  if (single !== undefined && !overInput) await refuseExisting(plannedFiles(single, outputs), outputs.force);

  try {
    const template = await loadTemplateFile(templateFile);
    const result = await validateInputs(file, args, outputs.progress);
    if (result.summary.errors > 0 && !args.options.has('allow-errors')) {
      outputs.progress.clear();
      io.stderr(
        formatErrors(
          file,
          result.findings.filter((f) => f.severity === 'error'),
        ),
      );
      return 1;
    }
    // The report builder's rules, checked before any file is written (buildReport checks them too).
    try {
      assertReportable(result);
    } catch (err) {
      if (err instanceof NoReportError) throw new InputError(`Sổ "${file}" không có đủ dữ liệu để lập báo cáo (thiếu sheet "Thông tin").`);
      throw err;
    }

    if (single === undefined) return await reportByDistrict(file, outOption, result, template, templateFile, outputs, io);

    await refuseOverwrite(single, file, templateFile);
    outputs.progress.step('Đang lập báo cáo…');
    await writeReport(single, await build(result, template, templateFile), outputs);
    await writePdfs([single], outputs);
    outputs.progress.clear();
    io.stdout(`Đã tạo báo cáo: ${single}\n${outputs.soffice ? `Bản PDF: ${pdfPathFor(single)}\n` : ''}`);
    outputs.progress.finish();
    return 0;
  } finally {
    outputs.progress.clear();
  }
}

function throwNoSoffice(): never {
  throw noSoffice();
}

/** A report is a .docx (Word opens nothing else under that name); with --by huyen, --out is a folder. */
function checkOutName(out: string, byDistrict: boolean): void {
  const ext = path.extname(out).toLowerCase();
  if (byDistrict) {
    if (ext === '.docx') throw new UsageError(`Với --by huyen, --out là thư mục chứa các báo cáo, không phải tệp "${out}".`);
    return;
  }
  if (ext !== '.docx') {
    const hint = ext === '' ? `${out}.docx` : `${out.slice(0, -ext.length)}.docx`;
    throw new UsageError(`Tệp báo cáo "${out}" cần có đuôi .docx${ext === '.doc' ? ' (chương trình ghi định dạng .docx, không ghi .doc)' : ''}, ví dụ --out "${hint}".`);
  }
}

function plannedFiles(docx: string, outputs: Outputs): string[] {
  return outputs.soffice ? [docx, pdfPathFor(docx)] : [docx];
}

/** The .docx, whole or not at all. */
async function writeReport(out: string, bytes: Uint8Array, outputs: Outputs): Promise<void> {
  await writeFileAtomic(out, bytes);
  outputs.progress.wroteFile(out, bytes.byteLength);
}

/** With --pdf, the PDF of each .docx beside it, from one LibreOffice run. */
async function writePdfs(docxFiles: readonly string[], outputs: Outputs): Promise<void> {
  if (!outputs.soffice || docxFiles.length === 0) return;
  outputs.progress.step(docxFiles.length === 1 ? `Đang xuất PDF ${path.basename(pdfPathFor(docxFiles[0]))} bằng LibreOffice…` : `Đang xuất ${docxFiles.length} bản PDF bằng LibreOffice…`);
  const pdfs = await convertToPdf(outputs.soffice, docxFiles);
  for (const [i, docx] of docxFiles.entries()) {
    await writeFileAtomic(pdfPathFor(docx), pdfs[i]);
    outputs.progress.wroteFile(pdfPathFor(docx), pdfs[i].byteLength);
  }
}

async function reportByDistrict(file: string, outOption: string | undefined, result: ValidationResult, template: Uint8Array, templateFile: string, outputs: Outputs, io: CommandIo): Promise<number> {
  const districts = listDistricts(result);
  if (districts.length === 0) {
    throw new InputError(`Sổ "${file}" không ghi huyện cho xã hay sản phẩm nào, không tách được báo cáo theo huyện.`, 'Điền cột "Huyện" ở sheet "Xã" (sổ cấp tỉnh), hoặc bỏ --by huyen.');
  }
  const outDir = outOption ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-bao-cao`);
  const stat = await fs.stat(outDir).catch(() => undefined);
  if (stat && !stat.isDirectory()) throw new InputError(`"${outDir}" là một tệp; với --by huyen, --out phải là một thư mục.`);
  const used = new Set<string>();
  const planned = districts.map((district, i) => {
    let name = fileSlug(districtName(district)) || `huyen-${i + 1}`;
    while (used.has(name)) name += `-${i + 1}`;
    used.add(name);
    return { district, out: path.join(outDir, `${name}.docx`) };
  });
  // All or none: the run stops before the first report when any of them would replace a file.
  for (const p of planned) await refuseOverwrite(p.out, file, templateFile);
  await refuseExisting(
    planned.flatMap((p) => plannedFiles(p.out, outputs)),
    outputs.force,
  );
  for (const [i, { district, out }] of planned.entries()) {
    const label = `Đang tạo báo cáo ${i + 1}/${planned.length}: ${districtName(district)}…`;
    if (outputs.progress.enabled) outputs.progress.step(label);
    else io.stderr(`${label}\n`);
    await writeReport(out, await build(result, template, templateFile, district), outputs);
  }
  await writePdfs(
    planned.map((p) => p.out),
    outputs,
  );
  outputs.progress.clear();
  io.stdout(`Đã tạo ${planned.length} báo cáo${outputs.soffice ? ' (kèm bản PDF)' : ''} trong thư mục: ${outDir}\n`);
  outputs.progress.finish();
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
