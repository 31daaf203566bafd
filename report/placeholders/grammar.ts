/**
 * The placeholder grammar of report templates, in one place: what a placeholder looks like in a
 * paragraph's text, what may stand between its braces, and how the filler writes one back.
 *
 *   {{name}}          a value, a block (table, list) or a metric
 *   {{#list.field}}   a field of the current item of a list (repeated table row)
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

