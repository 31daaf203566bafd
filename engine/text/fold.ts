import { VIETNAMESE_MARKED_LETTERS } from './vietnamese-letters';

/**
 * Matching keys for sheet names, headers and enumeration values (SPEC §3): NFC, case folding,
 * diacritics removed (đ → d), surrounding spaces and punctuation removed.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;
const PLAIN_ASCII = /^[A-Za-z0-9 ]*$/;

/** Every precomposed Vietnamese letter (by UTF-16 code) → its base letter in lower case (đ → d). */
const VIETNAMESE_BASE: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const lower of VIETNAMESE_MARKED_LETTERS) {
    const base = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/\p{M}/gu, '');
    map.set(lower.charCodeAt(0), base);
    map.set(lower.toUpperCase().charCodeAt(0), base);
  }
  return map;
})();

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The common case, composed Vietnamese and ASCII, in one pass: the same result as the general path
 * below without two Unicode normalisations and three Unicode-class regexes per string. Null for
 * anything else (other scripts, decomposed marks, non-ASCII punctuation), which takes the general path.
 */
function foldVietnamese(text: string): string | null {
  let out = '';
  let pendingSpace = false;
  let started = false;
  let lastKept = 0; // length of `out` after its last letter or digit: trailing punctuation is cut there
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    let word: boolean;
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (started) pendingSpace = true;
        continue;
      }
      piece = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i];
      word = isAsciiLetterOrDigit(code);
    } else {
      const base = VIETNAMESE_BASE.get(code);
      if (base === undefined) return null;
      piece = base;
      word = true;
    }
    if (!started) {
      if (!word) continue; // leading punctuation
      started = true;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += piece;
    if (word) lastKept = out.length;
  }
  return out.slice(0, lastKept);
}

function foldUncached(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  const quick = foldVietnamese(text);
  if (quick !== null && quick !== '') return quick;
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

/**
 * The same key as `fold`, not kept: for text that seldom repeats (each product's own name), where
 * keeping every spelling would only cost the cache.
 */
export function foldUnique(text: string): string {
  return cache.get(text) ?? foldUncached(text);
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
const keyCache = new Map<string, string>();

export function foldKey(text: string): string {
  // Asked of every row's label cells (totals, groups) as well as of headers: fold each spelling once.
  let key = keyCache.get(text);
  if (key === undefined) {
    key = fold(text)
      .replace(/[\s\p{P}\p{S}]+/gu, ' ')
      .trim();
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** The header without a trailing unit in brackets: "Dân số (người)" → "Dân số". */
export function withoutUnit(text: string): string {
  return text.replace(/\s*[([][^)\]]*[)\]]\s*$/u, '').trim();
}
