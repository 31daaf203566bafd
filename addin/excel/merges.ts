import { parseAddress } from '../../engine';

/** A merged area, zero-based and inclusive, as the engine's Sheet.merges holds it. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

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
    const ref = part
      .slice(part.lastIndexOf('!') + 1)
      .replace(/\$/g, '')
      .trim();
    const [a, b] = ref.split(':');
    const p = parseAddress(a);
    const q = parseAddress(b ?? a);
    if (!p || !q) continue;
    areas.push({ top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) });
  }
  return areas;
}
