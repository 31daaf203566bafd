import { fold } from '../text/fold';
import { SIGNING_AUTHORITIES } from '../workbook-layout/sheets';

export type SigningPrefix = (typeof SIGNING_AUTHORITIES)[number];

/**
 * "Quyền hạn ký" as offices type it (SPEC §3.1): the bare prefix ("KT", "kt.") becomes its ND30
 * spelling; a whole line ("KT. CHỦ TỊCH", "TM. BAN CHỈ ĐẠO") is kept as typed. Undefined when the
 * text does not start with one of the five forms.
 */
export function parseSigningAuthority(text: string): string | undefined {
  const trimmed = text.trim();
  const match = /^([\p{L}]+)\s*\.?\s*(.*)$/u.exec(trimmed);
  if (!match) return undefined;
  const prefix = SIGNING_AUTHORITIES.find((p) => fold(p.slice(0, -1)) === fold(match[1]));
  if (!prefix) return undefined;
  return match[2] ? trimmed : prefix;
}
