import { listPlaceholders, partLabel, TemplateError, type TemplateProblem } from '../../report';
import type { ParsedArgs } from '../args';
import { usageLine } from '../command-specs';
import { InputError, UsageError, type CommandIo } from '../io';
import { loadTemplateFile } from '../load-template';

const KIND_LABEL = { scalar: 'giá trị', row: 'dòng lặp', block: 'bảng/danh sách', condition: 'điều kiện', loop: 'vòng lặp' } as const;

/** `ntm-ocop check-template <mẫu.docx>`: lists placeholders; exit 1 on unknown or malformed ones. */
export async function checkTemplateCommand(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [file, extra] = args.positional;
  if (!file || extra) throw new UsageError(`Cách dùng: ${usageLine('check-template')}`);
  const bytes = await loadTemplateFile(file);
  let report;
  try {
    report = await listPlaceholders(bytes);
  } catch (err) {
    if (err instanceof TemplateError) throw new InputError(`Mẫu "${file}": ${err.message}`, 'Mở mẫu bằng Word và lưu lại dưới dạng "Word Document (*.docx)".');
    // jszip and the XML reader speak English: their words go last, in brackets, for whoever helps the user.
    throw new InputError(
      `Không đọc được mẫu "${file}": nội dung bên trong bị hỏng (chi tiết: ${String((err as Error)?.message ?? 'không rõ').replace(/\.+$/u, '')}).`,
      'Mở mẫu bằng Word và lưu lại dưới dạng "Word Document (*.docx)".',
    );
  }
  const lines = [`Mẫu: ${file}`, `Chỗ điền tìm thấy: ${report.found.length}`];
  for (const p of report.found) {
    lines.push(`  {{${p.name}}}  (${KIND_LABEL[p.kind]}: ${p.description})  tại: "${p.location}"${p.part === 'word/document.xml' ? '' : ` (${partLabel(p.part)})`}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  const problems: TemplateProblem[] = [...report.unknown, ...report.malformed];
  if (problems.length === 0) {
    io.stdout(report.found.length === 0 ? 'Mẫu không có chỗ điền nào: báo cáo sẽ giống hệt mẫu.\n' : 'Mẫu hợp lệ.\n');
    return 0;
  }
  const out = [`Có ${problems.length} chỗ điền không dùng được:`];
  for (const p of problems) {
    out.push(`  ${p.placeholder}  ${p.problem === 'unknown' ? 'không có trong danh mục' : 'viết sai hoặc đặt sai chỗ'}: ${p.message}; tại: "${p.location}" (${partLabel(p.part)})`);
  }
  out.push('Danh mục chỗ điền: templates/README.md');
  io.stderr(`${out.join('\n')}\n`);
  return 1;
}
