import type { XmlElement } from '../xml/tree';
import { themeFont, type ThemeFonts } from './theme';
import { attr, child, intAttr, onOff } from './xml-access';

/**
 * Run and paragraph properties as the checker needs them. Every field is optional: a layer
 * (document defaults, a style, direct formatting) only sets some, and `merge` lays the later over
 * the earlier, field by field, as Word does for w:ind and w:spacing attributes.
 */
export interface RunProps {
  /** The font of Latin text (w:ascii); Vietnamese letters outside ASCII use hAnsi. */
  ascii?: string;
  hAnsi?: string;
  /** Half-points, as w:sz. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** "000000", "FF0000" or "auto". */
  color?: string;
  caps?: boolean;
  hidden?: boolean;
  underline?: boolean;
  /** Superscript or subscript: Word sets it at about two thirds of the size. */
  script?: boolean;
}

export interface ParaProps {
  /** w:jc: "both", "center", "left", … */
  jc?: string;
  /** Twips; negative for a hanging indent. */
  firstLine?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  bottomBorder?: boolean;
  topBorder?: boolean;
  numId?: string;
  ilvl?: number;
  pageBreakBefore?: boolean;
}

export function merge<T extends object>(...layers: Array<T | undefined>): T {
  const out = {} as T;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function font(rFonts: XmlElement | undefined, slot: 'ascii' | 'hAnsi', theme: ThemeFonts): string | undefined {
  if (!rFonts) return undefined;
  // A theme reference wins over the explicit name, as in Word.
  return themeFont(theme, attr(rFonts, `w:${slot}Theme`)) ?? (attr(rFonts, `w:${slot}`) || undefined);
}

export function readRunProps(rPr: XmlElement | undefined, theme: ThemeFonts): RunProps | undefined {
  if (!rPr) return undefined;
  const rFonts = child(rPr, 'w:rFonts');
  const size = intAttr(child(rPr, 'w:sz'), 'w:val');
  const color = attr(child(rPr, 'w:color'), 'w:val');
  const u = attr(child(rPr, 'w:u'), 'w:val');
  const vertAlign = child(rPr, 'w:vertAlign') ? attr(child(rPr, 'w:vertAlign'), 'w:val') : undefined;
  const ascii = font(rFonts, 'ascii', theme);
  return {
    ascii,
    // Word uses the ascii font for hAnsi text when hAnsi is not given in the same rFonts.
    hAnsi: font(rFonts, 'hAnsi', theme) ?? ascii,
    size: size !== undefined && size > 0 ? size : undefined,
    bold: onOff(child(rPr, 'w:b')),
    italic: onOff(child(rPr, 'w:i')),
    color: color ? (color.toLowerCase() === 'auto' ? 'auto' : color.toUpperCase()) : undefined,
    caps: onOff(child(rPr, 'w:caps')),
    hidden: onOff(child(rPr, 'w:vanish')),
    underline: child(rPr, 'w:u') ? u !== 'none' : undefined,
    script: vertAlign === undefined ? undefined : vertAlign === 'superscript' || vertAlign === 'subscript',
  };
}

const AUTO_SPACING = 280; // Word's "auto" paragraph spacing is 14 pt.

export function readParaProps(pPr: XmlElement | undefined): ParaProps | undefined {
  if (!pPr) return undefined;
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  const hanging = intAttr(ind, 'w:hanging');
  const bdr = child(pPr, 'w:pBdr');
  const border = (side: string) => {
    const b = child(bdr, side);
    if (!b) return undefined;
    const v = attr(b, 'w:val');
    return v !== undefined && v !== 'none' && v !== 'nil';
  };
  const numPr = child(pPr, 'w:numPr');
  const autoSpacing = (name: string) => ['1', 'true', 'on'].includes((attr(spacing, `w:${name}`) ?? '').toLowerCase());
  return {
    jc: attr(child(pPr, 'w:jc'), 'w:val'),
    firstLine: hanging !== undefined ? -hanging : intAttr(ind, 'w:firstLine'),
    left: intAttr(ind, 'w:left') ?? intAttr(ind, 'w:start'),
    right: intAttr(ind, 'w:right') ?? intAttr(ind, 'w:end'),
    before: autoSpacing('beforeAutospacing') ? AUTO_SPACING : intAttr(spacing, 'w:before'),
    after: autoSpacing('afterAutospacing') ? AUTO_SPACING : intAttr(spacing, 'w:after'),
    line: intAttr(spacing, 'w:line'),
    lineRule: attr(spacing, 'w:lineRule'),
    bottomBorder: border('w:bottom'),
    topBorder: border('w:top'),
    numId: attr(child(numPr, 'w:numId'), 'w:val'),
    ilvl: intAttr(child(numPr, 'w:ilvl'), 'w:val'),
    pageBreakBefore: onOff(child(pPr, 'w:pageBreakBefore')),
  };
}
