/** A1 addresses from zero-based row and column indexes. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Parses "B12" into zero-based indexes; null when it is not an A1 address. */
export function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Parses "A5:C6" (or a single "A5") into a zero-based inclusive area; null when it is not one. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
