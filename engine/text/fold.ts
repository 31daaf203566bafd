/**
 * Matching keys for sheet names, headers and enumeration values (SPEC §3): NFC, case folding,
 * diacritics removed (đ → d), surrounding spaces and punctuation removed.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;
const PLAIN_ASCII = /^[A-Za-z0-9 ]*$/;

function foldUncached(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  // A value made only of symbols ("≥", "<=") keeps them: they are the value.
  return folded === '' ? text.normalize('NFC').replace(/\s+/gu, '') : folded;
}

export function fold(text: string): string {
  // Workbooks repeat the same names and values thousands of times: fold each spelling once.
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, folded);
  }
  return folded;
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
