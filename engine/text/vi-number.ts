/**
 * Reading numbers typed as text in Vietnamese notation: "74,5", "2.000", "1.234,5", "95%".
 * Returns null when the text is not a number in either notation.
 */
export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const VI_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function parseViNumber(text: string): ParsedNumber | null {
  let s = text
    .normalize('NFC')
    .trim()
    .replace(/\u00a0/g, ' ');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/ /g, '');
  if (s === '') return null;
  if (VI_NUMBER.test(s)) {
    // "2.000" is two thousand in Vietnamese notation; "2.5" (not a group of three) is read below.
    const value = Number(s.replace(/\./g, '').replace(',', '.'));
    return Number.isFinite(value) ? { value, percent } : null;
  }
  if (PLAIN_NUMBER.test(s)) {
    const value = Number(s);
    return Number.isFinite(value) ? { value, percent } : null;
  }
  return null;
}
