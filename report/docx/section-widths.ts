import { type XmlElement, childElements, findAll } from '../xml/tree';

const DEFAULT_WIDTH = 9355; // A4 portrait, margins 30 mm / 15 mm

function attr(el: XmlElement | undefined, name: string): number | undefined {
  if (!el) return undefined;
  const m = new RegExp(`${name}="(-?\\d+)"`).exec(el.attrs);
  return m ? Number(m[1]) : undefined;
}

/** Text width of a section: page width minus the left and right margins. */
function sectionWidth(sectPr: XmlElement | undefined): number {
  if (!sectPr) return DEFAULT_WIDTH;
  const size = childElements(sectPr, 'w:pgSz')[0];
  const margins = childElements(sectPr, 'w:pgMar')[0];
  const w = attr(size, 'w:w');
  if (!w) return DEFAULT_WIDTH;
  return w - (attr(margins, 'w:left') ?? 1701) - (attr(margins, 'w:right') ?? 850);
}

/**
 * For every paragraph of the document, the width a generated table placed there may take: its
 * section's text width (sections end at a paragraph holding <w:sectPr>, the last one in the body),
 * or the width of the table cell around it.
 */
export function paragraphWidths(documentRoot: XmlElement): Map<XmlElement, number> {
  const out = new Map<XmlElement, number>();
  const body = findAll(documentRoot, 'w:body')[0];
  if (!body) return out;
  const top = childElements(body);
  const finalSect = childElements(body, 'w:sectPr')[0];
  let pending: XmlElement[] = [];
  const assign = (sectPr: XmlElement | undefined) => {
    const width = sectionWidth(sectPr);
    for (const el of pending) walk(el, width, out);
    pending = [];
  };
  for (const el of top) {
    if (el.name === 'w:sectPr') continue;
    pending.push(el);
    if (el.name === 'w:p') {
      const pPr = childElements(el, 'w:pPr')[0];
      const sect = pPr ? childElements(pPr, 'w:sectPr')[0] : undefined;
      if (sect) assign(sect);
    }
  }
  assign(finalSect);
  return out;
}

function walk(el: XmlElement, width: number, out: Map<XmlElement, number>): void {
  if (el.name === 'w:p') out.set(el, width);
  let inner = width;
  if (el.name === 'w:tc') {
    const tcPr = childElements(el, 'w:tcPr')[0];
    const tcW = tcPr ? childElements(tcPr, 'w:tcW')[0] : undefined;
    const w = attr(tcW, 'w:w');
    if (w && /w:type="dxa"/.test(tcW!.attrs)) inner = w - 115;
  }
  for (const c of childElements(el)) walk(c, inner, out);
}
