import type { XmlElement } from '../xml/tree';
import { attr, child, children, intAttr } from './xml-access';

/**
 * The list numbers Word shows in front of numbered paragraphs ("I.", "1.", "a)", "-"): a heading
 * numbered automatically must be checked like one typed by hand.
 */
interface Level {
  start: number;
  format: string;
  text: string;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = Math.max(1, Math.min(n, 3999));
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

function letter(n: number): string {
  return String.fromCharCode(97 + ((Math.max(1, n) - 1) % 26));
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    const numbering = children(root).find((c) => c.name === 'w:numbering');
    const abstract = new Map<string, Level[]>();
    for (const a of children(numbering, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const lvl of children(a, 'w:lvl')) {
        const i = intAttr(lvl, 'w:ilvl') ?? levels.length;
        if (i < 0 || i > 8) continue;
        levels[i] = {
          start: intAttr(child(lvl, 'w:start'), 'w:val') ?? 1,
          format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
          text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
        };
      }
      abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const num of children(numbering, 'w:num')) {
      const levels = abstract.get(attr(child(num, 'w:abstractNumId'), 'w:val') ?? '');
      const id = attr(num, 'w:numId');
      if (levels && id) this.levels.set(id, levels);
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl` ("" when there is none). */
  next(numId: string | undefined, ilvl: number | undefined): string {
    if (!numId || numId === '0') return '';
    const levels = this.levels.get(numId);
    const level = Math.max(0, Math.min(ilvl ?? 0, 8));
    const def = levels?.[level];
    if (!levels || !def) return '';
    const counters = this.counters.get(numId) ?? [];
    counters[level] = (counters[level] ?? def.start - 1) + 1;
    counters.length = level + 1; // a deeper level restarts after this one
    this.counters.set(numId, counters);
    if (def.format === 'bullet') return def.text === '' || /[\uf000-\uf0ff]/.test(def.text) ? '•' : def.text;
    return def.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counters[i] ?? levels[i]?.start ?? 1;
      return formatNumber(n, levels[i]?.format ?? 'decimal');
    });
  }
}
