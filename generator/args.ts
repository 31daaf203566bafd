import { parseArgs as parseTokens } from 'node:util';
import { COMMAND_NAMES, COMMAND_SPECS, COMMON_OPTIONS, SHORT_OPTIONS, type OptionSpec } from './command-specs';
import { UsageError } from './io';
import { didYouMean } from './suggest';

export interface ParsedArgs {
  command: string;
  positional: string[];
  /** Flags as `true`, values as written (an `=` inside a value is kept: `--out=a=b.docx`). */
  options: Map<string, string | true>;
}

/** What a command line asks for: a command to run, help (general or for one command), or the version. */
export type CommandLine = { kind: 'run'; args: ParsedArgs } | { kind: 'help'; command?: string } | { kind: 'version' };

/**
 * Reads a command line with node:util's parseArgs (the usual conventions: `--opt=value`,
 * `--opt value`, `--` ends the options), then checks it against the command's table, so every
 * mistake has a Vietnamese message and, for a near miss, a suggestion.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const allOptions: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const spec of [COMMON_OPTIONS, ...Object.values(COMMAND_SPECS).map((c) => c.options)]) {
    for (const [name, o] of Object.entries(spec)) allOptions[name] = { type: o.type };
  }
  for (const [short, long] of Object.entries(SHORT_OPTIONS)) allOptions[long] = { ...allOptions[long], short };
  // Not strict: unknown options come back as tokens, so the message is ours (and Vietnamese).
  const { tokens } = parseTokens({ args: argv, options: allOptions, strict: false, allowPositionals: true, tokens: true });

  const positional: string[] = [];
  const options = new Map<string, string | true>();
  let command: string | undefined;
  const seen: { name: string; raw: string; value?: string; inline: boolean }[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (command === undefined) command = token.value;
      else positional.push(token.value);
      continue;
    }
    seen.push({ name: token.name, raw: token.rawName, value: token.value, inline: token.inlineValue === true });
  }

  if (seen.some((o) => o.name === 'version') && command === undefined) return { kind: 'version' };
  if (command === 'help') {
    const about = positional[0];
    if (about === undefined) return { kind: 'help' };
    if (!COMMAND_SPECS[about]) throw new UsageError(`Không có lệnh "${about}".${didYouMean(about, COMMAND_NAMES)}`);
    return { kind: 'help', command: about };
  }
  if (command !== undefined && !COMMAND_SPECS[command]) throw new UsageError(`Không có lệnh "${command}".${didYouMean(command, COMMAND_NAMES)}`);
  if (seen.some((o) => o.name === 'help')) return { kind: 'help', command };
  if (command === undefined) {
    if (seen.length > 0) throw new UsageError(`Thiếu lệnh trước tùy chọn ${seen[0].raw}.`);
    throw new UsageError('Thiếu lệnh.');
  }

  const spec = COMMAND_SPECS[command].options;
  for (const o of seen) {
    const known = spec[o.name];
    if (!known) {
      const where = o.name === 'version' ? ' (viết ntm-ocop --version, không kèm lệnh)' : '';
      throw new UsageError(`Lệnh ${command} không có tùy chọn ${o.raw}${where}.${didYouMean(o.name, Object.keys(spec), '--')}`);
    }
    if (options.has(o.name)) throw new UsageError(`Tùy chọn --${o.name} chỉ được ghi một lần.`);
    options.set(o.name, readValue(o, known));
  }
  return { kind: 'run', args: { command, positional, options } };
}

function readValue(o: { name: string; value?: string; inline: boolean }, spec: OptionSpec): string | true {
  if (spec.type === 'boolean') {
    if (o.value !== undefined) throw new UsageError(`Tùy chọn --${o.name} không nhận giá trị ("--${o.name}=${o.value}"): ghi --${o.name} để bật, bỏ nó đi để tắt.`);
    return true;
  }
  // `--out --json` is a forgotten value, not a file named "--json"; `--out=-x` says it on purpose.
  if (o.value === undefined || o.value === '' || (!o.inline && o.value.startsWith('-') && o.value !== '-')) {
    throw new UsageError(`Tùy chọn --${o.name} cần một giá trị (${spec.value ?? 'giá trị'}), ví dụ --${o.name} ${spec.value?.split('|')[0] ?? 'x'}.`);
  }
  return o.value;
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
