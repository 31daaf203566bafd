import { parseArgs, type OptionSpec } from './args';
import { InputError, UsageError, processIo, type CommandIo } from './io';
import type { ParsedArgs } from './args';

const OPTIONS: Record<string, OptionSpec> = {
  validate: { json: 'flag' },
  report: { template: 'value', out: 'value', by: 'value', 'allow-errors': 'flag' },
  'check-template': {},
  'check-format': { json: 'flag' },
  init: { period: 'value' },
};

type Command = (args: ParsedArgs, io: CommandIo) => Promise<number>;

// Each command loads only what it uses: `validate` on a national workbook need not load docx.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  'check-template': async () => (await import('./commands/check-template')).checkTemplateCommand,
  'check-format': async () => (await import('./commands/check-format')).checkFormatCommand,
  init: async () => (await import('./commands/init')).initCommand,
};

export const USAGE = `ntm-ocop: kiểm tra sổ theo dõi Nông thôn mới, OCOP và lập báo cáo theo Nghị định 30/2020/NĐ-CP

Cách dùng:
  ntm-ocop validate <sổ.xlsx> [--json]
  ntm-ocop report <sổ.xlsx> [--template <mẫu.docx>] [--out <báo-cáo.docx>] [--by huyen] [--allow-errors]
  ntm-ocop check-template <mẫu.docx>
  ntm-ocop check-format <văn-bản.docx> [--json]
  ntm-ocop init <sổ-mới.xlsx> [--period 2021-2025|2026-2030]

Mã thoát: 0 không có lỗi; 1 sổ có lỗi (hoặc mẫu có chỗ điền sai); 2 không đọc được tệp hoặc dùng lệnh sai.
`;

/** Runs one command line; returns the exit code. Bad input and usage end in a message, not a stack trace. */
export async function runCli(argv: string[], io: CommandIo = processIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const args = parseArgs(argv, OPTIONS);
    const command = await COMMANDS[args.command]();
    return await command(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`Lỗi: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr(`Lỗi: ${err.message}\n${err.hint ? `Cách xử lý: ${err.hint}\n` : ''}`);
      return 2;
    }
    io.stderr(`Lỗi không mong đợi: ${(err as Error)?.message ?? String(err)}\nVui lòng báo lỗi này cho nhóm phát triển, kèm tệp đầu vào nếu có thể.\n`);
    return 2;
  }
}
