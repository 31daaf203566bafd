/**
 * Dates by the Nghị định 30/2020 rule: days below 10 and months 1–2 take a leading zero,
 * months 3–9 do not ("ngày 05 tháng 3 năm 2024", "ngày 09 tháng 01 năm 2023").
 * Dates are calendar dates: the engine keeps them at UTC midnight.
 */
function day2(d: number): string {
  return d < 10 ? `0${d}` : String(d);
}

function monthNd30(m: number): string {
  return m <= 2 ? `0${m}` : String(m);
}

export function formatDateLong(date: Date): string {
  return `ngày ${day2(date.getUTCDate())} tháng ${monthNd30(date.getUTCMonth() + 1)} năm ${date.getUTCFullYear()}`;
}

/** Short form for running text and tables: 05/3/2024, 09/01/2023. */
export function formatDateShort(date: Date): string {
  return `${day2(date.getUTCDate())}/${monthNd30(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Adds calendar months, clamping the day (31/01 + 1 month → 28 or 29/02). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** Parses "05/3/2024", "5-3-2024" or ISO "2024-03-05" typed as text. */
export function parseDateText(text: string): Date | null {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function validDate(y: number, mo: number, d: number): Date | null {
  const date = utcDate(y, mo, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}
