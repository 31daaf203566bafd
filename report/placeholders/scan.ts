/** Finding {{placeholders}} in the text of one paragraph. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** What may stand between the braces: a name, or #list.field for a repeated row. */
const NAME = /^#?[a-z0-9_]+(\.[a-z0-9_]+)?$/;

export interface ScannedPlaceholder {
  /** The text between the braces, trimmed. */
  name: string;
  start: number;
  end: number;
  wellFormed: boolean;
}

export function scanText(text: string): { placeholders: ScannedPlaceholder[]; strayBraces: boolean } {
  const placeholders: ScannedPlaceholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1].trim();
    placeholders.push({ name, start: m.index, end: m.index + m[0].length, wellFormed: NAME.test(name) });
  }
  const rest = text.replace(PLACEHOLDER, '');
  return { placeholders, strayBraces: rest.includes('{{') || rest.includes('}}') };
}
