/**
 * What each command accepts, and the help that describes it: one table serves the parser, the
 * near-miss suggestions and `ntm-ocop help <lệnh>`, so they cannot disagree.
 */
export interface OptionSpec {
  /** `string` takes a value (`--out x` or `--out=x`); `boolean` is a flag. */
  type: 'string' | 'boolean';
  /** The value's placeholder in the help, for string options. */
  value?: string;
  /** The value is a word typed as shown (`--by huyen`), not a placeholder (`--out <tệp>`). */
  literal?: boolean;
  help: string;
}

export interface CommandSpec {
  summary: string;
  /** Positional arguments as the usage line shows them. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** A few lines after the options: exit codes, examples. */
  notes: string[];
}

const json: OptionSpec = { type: 'boolean', help: 'in kết quả dạng JSON (một đối tượng, theo SPEC §6) ra stdout' };
const force: OptionSpec = { type: 'boolean', help: 'ghi đè tệp kết quả đã có (không có tùy chọn này thì tệp cũ được giữ nguyên)' };
const previous: OptionSpec = { type: 'string', value: 'sổ-năm-trước.xlsx', help: 'sổ của năm trước: nguồn các chỉ số bình quân năm trước để so sánh' };

export const COMMAND_SPECS: Record<string, CommandSpec> = {
  validate: {
    summary: 'kiểm tra sổ theo dõi: các phát hiện theo sheet, rồi tiến độ chỉ tiêu',
    usage: '<sổ.xlsx>',
    options: { json, previous },
    notes: ['Mã thoát: 0 sổ không có lỗi; 1 sổ có lỗi; 2 không đọc được tệp hoặc dùng lệnh sai.', 'Ví dụ: ntm-ocop validate so-theo-doi.xlsx --json'],
  },
  report: {
    summary: 'kiểm tra sổ rồi lập báo cáo Word (.docx) theo mẫu',
    usage: '<sổ.xlsx>',
    options: {
      template: { type: 'string', value: 'mẫu.docx', help: 'mẫu báo cáo Word (mặc định: mẫu kèm theo chương trình)' },
      out: { type: 'string', value: 'báo-cáo.docx', help: 'tệp báo cáo cần ghi (với --by huyen: thư mục chứa các báo cáo)' },
      by: { type: 'string', value: 'huyen', literal: true, help: 'mỗi huyện một báo cáo (sổ cấp tỉnh)' },
      'allow-errors': { type: 'boolean', help: 'vẫn lập báo cáo khi sổ còn lỗi' },
      previous,
      pdf: { type: 'boolean', help: 'ghi thêm bản PDF cạnh tệp .docx (cần LibreOffice)' },
      force,
    },
    notes: ['Mã thoát: 0 đã ghi báo cáo; 1 sổ còn lỗi (chưa lập báo cáo); 2 không đọc/ghi được tệp hoặc dùng lệnh sai.', 'Ví dụ: ntm-ocop report so-theo-doi.xlsx --out bao-cao.docx --pdf'],
  },
  'check-template': {
    summary: 'liệt kê chỗ điền của một mẫu báo cáo và báo chỗ điền sai',
    usage: '<mẫu.docx>',
    options: {},
    notes: ['Mã thoát: 0 mẫu hợp lệ; 1 có chỗ điền sai; 2 không đọc được tệp.', 'Danh mục chỗ điền: templates/README.md'],
  },
  'check-format': {
    summary: 'kiểm tra thể thức một văn bản Word theo Nghị định 30/2020/NĐ-CP',
    usage: '<văn-bản.docx>',
    options: { json },
    notes: ['Mã thoát: 0 đúng thể thức; 1 có lỗi thể thức; 2 không đọc được tệp.'],
  },
  init: {
    summary: 'tạo một sổ nhập liệu trống có sẵn các sheet và danh sách chọn',
    usage: '<sổ-mới.xlsx>',
    options: { period: { type: 'string', value: '2021-2025|2026-2030', help: 'giai đoạn của bộ tiêu chí (mặc định 2021-2025)' }, force },
    notes: ['Ví dụ: ntm-ocop init so-moi.xlsx --period 2026-2030'],
  },
};

export const COMMAND_NAMES = Object.keys(COMMAND_SPECS);

/** `--help` and `--version` are understood by every command (and before one). */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', help: 'in hướng dẫn của lệnh' },
  version: { type: 'boolean', help: 'in phiên bản của ntm-ocop' },
};

/** One-letter forms, as most command-line tools have them. */
export const SHORT_OPTIONS: Record<string, string> = { h: 'help', V: 'version' };

function optionLine(name: string, spec: OptionSpec): string {
  if (spec.type === 'boolean') return `--${name}`;
  return spec.literal ? `--${name} ${spec.value}` : `--${name} <${spec.value ?? 'giá-trị'}>`;
}

export function usageLine(command: string): string {
  const spec = COMMAND_SPECS[command];
  const options = Object.entries(spec.options).map(([name, o]) => `[${optionLine(name, o)}]`);
  return ['ntm-ocop', command, spec.usage, ...options].join(' ');
}

/** `ntm-ocop help <lệnh>` and `ntm-ocop <lệnh> --help`. */
export function commandHelp(command: string): string {
  const spec = COMMAND_SPECS[command];
  const entries = [...Object.entries(spec.options), ['help', COMMON_OPTIONS.help] as const];
  const width = Math.max(...entries.map(([n, o]) => optionLine(n, o).length));
  const lines = [`ntm-ocop ${command}: ${spec.summary}`, '', 'Cách dùng:', `  ${usageLine(command)}`, '', 'Tùy chọn:'];
  for (const [name, o] of entries) lines.push(`  ${optionLine(name, o).padEnd(width)}  ${o.help}`);
  lines.push('', ...spec.notes, '');
  return lines.join('\n');
}

/** `ntm-ocop --help`: every command on one line, and where to read more. */
export function generalHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((c) => c.length));
  return [
    'ntm-ocop: kiểm tra sổ theo dõi Nông thôn mới, OCOP và lập báo cáo theo Nghị định 30/2020/NĐ-CP',
    '',
    'Cách dùng:',
    ...COMMAND_NAMES.map((c) => `  ${usageLine(c)}`),
    '  ntm-ocop --version',
    '',
    'Lệnh:',
    ...COMMAND_NAMES.map((c) => `  ${c.padEnd(width)}  ${COMMAND_SPECS[c].summary}`),
    '',
    'Hướng dẫn từng lệnh: ntm-ocop help <lệnh>, hoặc ntm-ocop <lệnh> --help.',
    'Tùy chọn viết --out tệp hoặc --out=tệp; sau "--" mọi đối số là tên tệp (kể cả tên bắt đầu bằng "-").',
    'Mã thoát: 0 không có lỗi; 1 sổ có lỗi (hoặc mẫu có chỗ điền sai); 2 không đọc được tệp hoặc dùng lệnh sai.',
    '',
  ].join('\n');
}
