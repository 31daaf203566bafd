/**
 * Matching keys for sheet names, headers and enumeration values (SPEC §3): NFC, case folding,
 * diacritics removed (đ → d), surrounding spaces and punctuation removed.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/**
 * A stricter key for headers: every run of punctuation or spaces inside becomes one space, so that
 * "1. Quy hoạch", "1 - Quy hoạch" and "1 quy hoach" meet.
 */
export function foldKey(text: string): string {
  return fold(text).replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

/** The header without a trailing unit in brackets: "Dân số (người)" → "Dân số". */
export function withoutUnit(text: string): string {
  return text.replace(/\s*[([][^)\]]*[)\]]\s*$/u, '').trim();
}
