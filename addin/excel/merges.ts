import { parseRange, type MergedArea } from '../../engine';

/**
 * The address Office.js gives for a sheet's merged areas ("Xã!A1:C1,Xã!D1:D2", sheet names quoted
 * when they need it) → areas. Commas inside a quoted sheet name are not separators.
 */
export function parseMergedAddress(address: string): MergedArea[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  const areas: MergedArea[] = [];
  for (const part of parts) {
    const area = parseRange(part.slice(part.lastIndexOf('!') + 1).trim());
    if (area) areas.push(area);
  }
  return areas;
}
