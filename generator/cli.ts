import { parseCommandLine, type ParsedArgs } from './args';
import { COMMAND_SPECS, commandHelp, generalHelp } from './command-specs';
import { InputError, UsageError, processIo, type CommandIo } from './io';
import { packageVersion } from './package-info';

type Command = (args: ParsedArgs, io: CommandIo) => Promise<number>;

// Each command loads only what it uses: `validate` on a national workbook need not load docx.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  'check-template': async () => (await import('./commands/check-template')).checkTemplateCommand,
  'check-format': async () => (await import('./commands/check-format')).checkFormatCommand,
  init: async () => (await import('./commands/init')).initCommand,
};

/** The general help (kept under its old name for callers that print it). */
export const USAGE = generalHelp();

/** Runs one command line; returns the exit code. Bad input and usage end in a message, not a stack trace. */
export async function runCli(argv: string[], io: CommandIo = processIo): Promise<number> {
  if (argv.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  // Named in the pointer to the help when the line cannot be read at all.
  let command: string | undefined = COMMAND_SPECS[argv[0]] ? argv[0] : undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.kind === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (line.kind === 'help') {
      io.stdout(line.command ? commandHelp(line.command) : USAGE);
      return 0;
    }
    command = line.args.command;
    const run = await COMMANDS[command]();
    return await run(line.args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      const more = command ? `Xem: ntm-ocop help ${command}` : 'Xem: ntm-ocop --help';
      io.stderr(`Lỗi: ${err.message}\n${more}\n`);
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
