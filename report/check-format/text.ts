import type { DocParagraph } from './model';

/** Text helpers for recognising ND30 elements whatever the case, diacritics or spacing. */

/** Lower case, no diacritics (đ → d), single spaces: "CỘNG HÒA  XÃ" → "cong hoa xa". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The paragraph's first words, to name it in a location. */
export function firstWords(text: string, max = 48): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

export function isBlank(p: DocParagraph): boolean {
  return p.text.trim() === '';
}

/** True when every letter is a capital (digits and punctuation aside). */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** A paragraph that is only a drawn rule: underscores (or similar) and nothing else. */
export function isUnderscoreRule(text: string): boolean {
  return /^[\s_‗¯─━—–-]{3,}$/.test(text) && /[_‗¯─━—]{3,}|-{5,}|–{3,}/.test(text);
}

/** "14", "12,5" in Vietnamese notation from half-points. */
export function points(halfPoints: number): string {
  return `${String(halfPoints / 2).replace('.', ',')} pt`;
}

export function mm(twips: number): string {
  return `${String(Math.round((twips / 56.6929) * 10) / 10).replace('.', ',')} mm`;
}

export function cm(twips: number): string {
  return `${String(Math.round((twips / 567) * 100) / 100).replace('.', ',')} cm`;
}
