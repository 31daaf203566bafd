import { UsageError } from './io';

export interface ParsedArgs {
  command: string;
  positional: string[];
  options: Map<string, string | true>;
}

/** Options each command accepts; `true` marks a flag without a value. */
export type OptionSpec = Record<string, 'flag' | 'value'>;

export function parseArgs(argv: string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('Thiếu lệnh.');
  const spec = specs[command];
  if (!spec) throw new UsageError(`Lệnh không có: "${command}".`);
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const kind = spec[name];
      if (!kind) throw new UsageError(`Tùy chọn không có cho lệnh ${command}: --${name}.`);
      if (kind === 'flag') {
        options.set(name, true);
      } else {
        const value = inline ?? rest[++i];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
        options.set(name, value);
      }
    } else {
      positional.push(arg);
    }
  }
  return { command, positional, options };
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
