import type { FillLook, Mark, MarkState } from './legacy-plan';

/**
 * The mark state lives in the workbook as custom XML parts (invisible to users, kept when the file is
 * saved, read again when the pane is reopened, ignored by the command-line reader). Each part holds
 * JSON as escaped XML text; a large state is split over several parts so that no write passes the
 * request budget.
 */
export const MARKS_NAMESPACE = 'urn:ntm-ocop:marks:1';
export const MARKS_PER_PART = 5_000;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The state as one or more XML documents (none when there is nothing to remember). */
export function stateToXml(state: MarkState): string[] {
  const parts: string[] = [];
  for (let i = 0; i < state.marks.length; i += MARKS_PER_PART) {
    const chunk: MarkState = { version: 1, marks: state.marks.slice(i, i + MARKS_PER_PART) };
    parts.push(`<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_NAMESPACE}">${escapeXml(JSON.stringify(chunk))}</marks>`);
  }
  return parts;
}

function isLook(v: unknown): v is FillLook {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const strOrNull = (x: unknown) => x === null || typeof x === 'string';
  return strOrNull(o.color) && strOrNull(o.pattern) && strOrNull(o.patternColor) && (o.tintAndShade === null || typeof o.tintAndShade === 'number');
}

function isMark(v: unknown): v is Mark {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.sheet === 'string' && typeof o.cell === 'string' && typeof o.color === 'string' && isLook(o.previous);
}

/** Parts read back → one state; parts that cannot be read are skipped rather than failing the pane. */
export function stateFromXml(parts: readonly string[]): MarkState | null {
  const marks: Mark[] = [];
  let any = false;
  for (const xml of parts) {
    const match = /<marks\b[^>]*>([\s\S]*)<\/marks>/.exec(xml);
    if (!match) continue;
    try {
      const parsed: unknown = JSON.parse(unescapeXml(match[1]));
      const list = (parsed as { marks?: unknown }).marks;
      if (!Array.isArray(list)) continue;
      any = true;
      for (const m of list) if (isMark(m)) marks.push(m);
    } catch {
      continue;
    }
  }
  return any ? { version: 1, marks } : null;
}
