import { checkFormat, DocumentReadError, type FormatCheckResult, type FormatFinding } from '../../report';
import type { ParsedArgs } from '../args';
import { usageLine } from '../command-specs';
import { InputError, UsageError, type CommandIo } from '../io';
import { loadTemplateFile } from '../load-template';
import { Progress } from '../progress';

const SEVERITY_TITLES = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/** The readable output: findings by severity, each with its element, place, message and fix. */
export function formatCheck(file: string, result: FormatCheckResult): string {
  const s = result.summary;
  const lines = [`Văn bản: ${file}`, `Kết quả kiểm tra thể thức theo Nghị định 30/2020/NĐ-CP: ${s.errors} lỗi, ${s.warnings} cảnh báo`];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = result.findings.filter((f: FormatFinding) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${SEVERITY_TITLES[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`  [${f.element}] ${f.location}`, `      ${f.message}`, `      → ${f.hint}`);
    }
  }
  lines.push('', s.errors === 0 ? 'Văn bản đúng thể thức Nghị định 30 ở các điểm đã kiểm tra.' : 'Văn bản chưa đúng thể thức Nghị định 30: sửa các lỗi trên rồi kiểm tra lại.', '');
  return lines.join('\n');
}

/** `ntm-ocop check-format <văn-bản.docx> [--json]`: exit 0 conforms, 1 with errors, 2 unreadable (SPEC §6). */
export async function checkFormatCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(`Cách dùng: ${usageLine('check-format')}`);
  // The same container checks as templates: zip, not encrypted, not a .doc, no DOCTYPE, no zip bomb.
  let bytes: Uint8Array;
  try {
    bytes = await loadTemplateFile(file);
  } catch (err) {
    // Those messages speak of a template ("Tệp mẫu"); here the file is any document.
    if (err instanceof InputError) throw new InputError(err.message.replace(/^Tệp mẫu /u, 'Tệp ').replace(/mẫu Word \.docx/gu, 'văn bản Word .docx'), err.hint);
    throw err;
  }
  let result: FormatCheckResult;
  const progress = new Progress(io, Boolean(io.interactive) && !args.options.has('json'));
  progress.readFile(file, bytes.byteLength);
  try {
    progress.step(`Đang kiểm tra thể thức ${file}…`);
    result = await checkFormat(bytes);
  } catch (err) {
    if (err instanceof DocumentReadError) throw new InputError(`Không đọc được văn bản "${file}": ${err.message}.`, 'Mở tệp bằng Word rồi lưu lại dạng "Tài liệu Word (*.docx)".');
    throw err;
  } finally {
    progress.clear();
  }
  if (args.options.has('json')) io.stdout(`${JSON.stringify({ file, summary: result.summary, findings: result.findings }, null, 2)}\n`);
  else io.stdout(formatCheck(file, result));
  progress.finish();
  return result.summary.errors > 0 ? 1 : 0;
}
