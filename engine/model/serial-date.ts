/**
 * Excel stores dates as serial numbers; only the number format says a number is a date (Office.js
 * hands add-ins the serial, and a formula's cached date reaches exceljs' streaming reader the same way).
 * These helpers turn such a number into the UTC Date the engine expects (the same value exceljs
 * gives the command-line path for the same cell).
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Serial → UTC Date. Excel believes 1900 was a leap year (serial 60 is "29/02/1900"), so serials
 * below 61 are one day ahead of the real calendar: they count from 31/12/1899 instead.
 * The time of day (the fraction) is kept, rounded to the millisecond to drop binary noise.
 */
export function serialToDate(serial: number): Date {
  if (serial < 61) return new Date(Date.UTC(1899, 11, 31) + Math.round(serial * MS_PER_DAY));
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * True when a number format displays a date or time. Literal text ("quoted", \x), fill and
 * padding characters (*x, _x) and bracketed parts ([Red], [$-42A]) are removed first, except the
 * elapsed-time codes [h], [m], [s].
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const lower = numberFormat.toLowerCase();
  if (lower === 'general' || lower === '@') return false;
  const section = lower.split(';')[0];
  const stripped = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[*_]./g, '')
    .replace(/\[(h+|m+|s+)\]/g, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/.test(stripped.replace(/general/g, '').replace(/e\+|e-/g, ''));
}
