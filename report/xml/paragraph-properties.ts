import { findAllDeep, type XmlElement, type XmlNode } from './tree';

/**
 * The children of <w:pPr> in the order the schema (ECMA-376, CT_PPr) requires. LibreOffice, for one,
 * writes a section break's <w:sectPr> first; Word then calls the file damaged.
 */
const ORDER = [
  'w:pStyle',
  'w:keepNext',
  'w:keepLines',
  'w:pageBreakBefore',
  'w:framePr',
  'w:widowControl',
  'w:numPr',
  'w:suppressLineNumbers',
  'w:pBdr',
  'w:shd',
  'w:tabs',
  'w:suppressAutoHyphens',
  'w:kinsoku',
  'w:wordWrap',
  'w:overflowPunct',
  'w:topLinePunct',
  'w:autoSpaceDE',
  'w:autoSpaceDN',
  'w:bidi',
  'w:adjustRightInd',
  'w:snapToGrid',
  'w:spacing',
  'w:ind',
  'w:contextualSpacing',
  'w:mirrorIndents',
  'w:suppressOverlap',
  'w:jc',
  'w:textDirection',
  'w:textAlignment',
  'w:textboxTightWrap',
  'w:outlineLvl',
  'w:divId',
  'w:cnfStyle',
  'w:rPr',
  'w:sectPr',
  'w:pPrChange',
];
const RANK = new Map(ORDER.map((name, i) => [name, i]));

/** Puts every paragraph's properties in schema order; a part already in order is left as it is. */
export function orderParagraphProperties(root: XmlElement): void {
  for (const pPr of findAllDeep(root, 'w:pPr')) {
    const elements = pPr.children.filter((c): c is XmlElement => c.type === 'element');
    // Elements the schema does not list (extensions) keep their place after the one before them.
    let previous = -1;
    const ranked = elements.map((el, i) => {
      previous = RANK.get(el.name) ?? previous;
      return { el, rank: previous, i };
    });
    if (ranked.every((r, i) => i === 0 || ranked[i - 1].rank <= r.rank)) continue;
    const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.el);
    let k = 0;
    pPr.children = pPr.children.map((c): XmlNode => (c.type === 'element' ? sorted[k++] : c));
  }
}
