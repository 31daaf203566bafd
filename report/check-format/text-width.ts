/**
 * Estimated width of text set in Times New Roman, from the advance widths of the font (in 1/1000
 * em; Times New Roman is metric-compatible with the standard Times fonts). Vietnamese letters take
 * the width of their base letter: the tone and vowel marks sit above or below it. Used only to
 * judge rule-line lengths and line wrapping, so a few percent of error does not matter.
 */
const REGULAR: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  ']': 333,
  _: 500,
  '…': 1000,
  '–': 500,
  '—': 1000,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
const BOLD: Record<string, number> = {
  ...REGULAR,
  '-': 333,
  ':': 333,
  ';': 333,
  '(': 333,
  ')': 333,
  '"': 555,
  '%': 1000,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
const DIGIT = 500;

function base(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  const plain = ch.normalize('NFD').charAt(0);
  return plain;
}

/** Width in twips of `text` at `halfPoints` size. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') units += DIGIT;
    else units += table[ch] ?? table[base(ch)] ?? (ch === '\t' ? 1000 : 500);
  }
  // units/1000 em × (halfPoints/2) pt × 20 twips/pt
  return (units / 1000) * halfPoints * 10;
}

/** The lines a greedy word wrap makes of `text` in `width` twips (as Word breaks at spaces). */
export function wrapLines(text: string, halfPoints: number, bold: boolean, width: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, halfPoints, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
