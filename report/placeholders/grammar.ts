/**
 * The placeholder grammar of report templates, in one place: what a placeholder looks like in a
 * paragraph's text, what may stand between its braces, and how the filler writes one back.
 *
 *   {{name}}                   a value, a block (table, list) or a metric
 *   {{#list.field}}            a field of the current item of a list (repeated table row, loop)
 *   {{#neu dieu_kien}}         a part shown only when the condition holds …
 *   {{#nguoc_lai}}             … the part shown otherwise (optional) …
 *   {{/neu}}                   … and its end
 *   {{#moi danh_sach}} {{/moi}} paragraphs repeated once per item of a list
 *
 * The words are Vietnamese without diacritics, as every placeholder name: "nếu", "ngược lại", "mỗi".
 * A condition is a name (true when its value is not empty and not zero, or its list not empty), or
 * two operands compared: a name, a number in Vietnamese notation (80; 74,5; 2.000) or a quoted text.
 */

/** A placeholder in running text: two braces, anything but braces, two braces. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** What may stand between the braces: a name, or #list.field for a repeated row. */
const NAME = /^#?[a-z0-9_]+(\.[a-z0-9_]+)?$/;

const ROW_FIELD = /^#([a-z0-9_]+)\.([a-z0-9_]+)$/;

export interface ScannedPlaceholder {
  /** The text between the braces, trimmed. */
  name: string;
  start: number;
  end: number;
  wellFormed: boolean;
}

/** Every placeholder of a paragraph's text, and whether braces remain that open or close none. */
export function scanText(text: string): { placeholders: ScannedPlaceholder[]; strayBraces: boolean } {
  const placeholders: ScannedPlaceholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1].trim();
    placeholders.push({ name, start: m.index, end: m.index + m[0].length, wellFormed: NAME.test(name) });
  }
  const rest = text.replace(PLACEHOLDER, '');
  return { placeholders, strayBraces: rest.includes('{{') || rest.includes('}}') };
}

/** The placeholder as the filler writes it: "{{so_xa}}", without spaces inside the braces. */
export function placeholderText(name: string): string {
  return `{{${name.trim()}}}`;
}

/** "#muc_tieu.stt" → { list: "muc_tieu", field: "stt" }; anything else → undefined. */
export function rowField(name: string): { list: string; field: string } | undefined {
  const m = ROW_FIELD.exec(name);
  return m ? { list: m[1], field: m[2] } : undefined;
}

/** The placeholders of a text, each with its name (trimmed) and where it stands. */
export function placeholdersIn(text: string): Array<{ name: string; start: number; end: number }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1].trim(), start: m.index, end: m.index + m[0].length }));
}

/** Replaces each placeholder of a text by what `value` gives for its name (undefined keeps it). */
export function replacePlaceholders(text: string, value: (name: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => value(inner.trim()) ?? whole);
}

/** A placeholder read for what it does. */
export type Tag =
  { kind: 'field'; name: string } | { kind: 'if'; condition: Condition } | { kind: 'else' } | { kind: 'loop'; list: string } | { kind: 'end'; of: 'if' | 'loop' } | { kind: 'bad'; message: string };

export type Comparator = '=' | '≠' | '>' | '≥' | '<' | '≤';

export type Operand = { kind: 'name'; name: string } | { kind: 'number'; value: number } | { kind: 'text'; value: string };

export interface Condition {
  left: Operand;
  comparison?: { op: Comparator; right: Operand };
}

/** The tag words, as a secretary types them and as check-template names them. */
export const TAG_WORDS = { if: '#neu', else: '#nguoc_lai', endIf: '/neu', loop: '#moi', endLoop: '/moi' } as const;

const COMPARATORS: Record<string, Comparator> = { '=': '=', '==': '=', '≠': '≠', '<>': '≠', '!=': '≠', '>': '>', '≥': '≥', '>=': '≥', '<': '<', '≤': '≤', '<=': '≤' };
const SIMPLE_NAME = /^[a-z0-9_]+$/;
const OPERAND_NAME = /^[a-z0-9_]+(\.[a-z0-9_]+)?$/;
// Word turns typed quotes into curly ones: every pair is accepted.
const QUOTED = /^(?:"([^"]*)"|“([^”]*)”|'([^']*)'|‘([^’]*)’)$/;
const CONDITION = /^(.+?)\s*(==|>=|<=|<>|!=|[=≠>≥<≤])\s*(.+)$/;

/** What the text between the braces asks for. Spaces may be doubled or non-breaking (Word). */
export function parseTag(inner: string): Tag {
  const s = inner.replace(/\s+/g, ' ').trim();
  const [head, ...restWords] = s.split(' ');
  const rest = restWords.join(' ');
  switch (head) {
    case TAG_WORDS.if:
      if (rest === '') return { kind: 'bad', message: 'Thiếu điều kiện sau {{#neu …}}, ví dụ {{#neu muc_tieu}} hoặc {{#neu so_xa > 10}}' };
      return parseCondition(rest);
    case TAG_WORDS.else:
      return rest === '' ? { kind: 'else' } : { kind: 'bad', message: '{{#nguoc_lai}} không kèm điều kiện' };
    case TAG_WORDS.endIf:
      return rest === '' ? { kind: 'end', of: 'if' } : { kind: 'bad', message: '{{/neu}} không kèm gì thêm' };
    case TAG_WORDS.loop:
      if (!SIMPLE_NAME.test(rest)) return { kind: 'bad', message: 'Sau {{#moi …}} là tên một danh sách, ví dụ {{#moi muc_tieu}}' };
      return { kind: 'loop', list: rest };
    case TAG_WORDS.endLoop:
      return rest === '' ? { kind: 'end', of: 'loop' } : { kind: 'bad', message: '{{/moi}} không kèm gì thêm' };
    default:
      return NAME.test(s) ? { kind: 'field', name: s } : { kind: 'bad', message: 'Tên chỗ điền chỉ gồm chữ thường không dấu, số và dấu gạch dưới' };
  }
}

function parseCondition(text: string): Tag {
  const whole = parseOperand(text);
  if (whole?.kind === 'name') return { kind: 'if', condition: { left: whole } };
  const m = CONDITION.exec(text);
  const left = m ? parseOperand(m[1]) : undefined;
  const right = m ? parseOperand(m[3]) : undefined;
  if (!m || !left || !right) {
    return {
      kind: 'bad',
      message: 'Điều kiện viết sai: dùng một tên ({{#neu muc_tieu}}) hoặc so sánh hai vế bằng =, ≠, >, ≥, <, ≤ ({{#neu so_xa_dat_chuan_ntm >= 10}}, {{#neu muc_tieu.danh_gia = "Đạt"}})',
    };
  }
  if (left.kind !== 'name' && right.kind !== 'name') return { kind: 'bad', message: 'Điều kiện phải có ít nhất một vế là tên chỗ điền' };
  return { kind: 'if', condition: { left, comparison: { op: COMPARATORS[m[2]], right } } };
}

function parseOperand(text: string): Operand | undefined {
  const t = text.trim();
  const quoted = QUOTED.exec(t);
  if (quoted) return { kind: 'text', value: quoted.slice(1).find((g) => g !== undefined) ?? '' };
  const n = parseViNumber(t);
  if (n !== undefined) return { kind: 'number', value: n };
  return OPERAND_NAME.test(t) ? { kind: 'name', name: t } : undefined;
}

/**
 * A number as Vietnamese documents write it: "06", "74,5", "2.000", "1.234,5", "66,7%"; a
 * lone dot is a thousands separator only before groups of three digits.
 */
export function parseViNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s*%$/, '');
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^[-+]?\d+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

/** The tag as check-template lists it: "#neu so_xa > 10", "#moi xa", "/moi". */
export function tagLabel(inner: string): string {
  return inner.replace(/\s+/g, ' ').trim();
}
