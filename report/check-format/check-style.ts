import type { FormatElement } from './catalog';
import type { FindingCollector } from './collector';
import { allBold, allItalic, alignmentName, anyBold, anyItalic, isCentred, sizes } from './facts';
import type { DocParagraph } from './model';
import { isUpperCase, points } from './text';

/** The size and style checks every element shares: one call per paragraph, with what ND30 asks of it. */
export interface StyleRule {
  size?: { min: number; max: number; source: string };
  /** true: must be bold (error); false: should not be (warning). */
  bold?: boolean;
  /** true: must be italic; false: must be upright. */
  italic?: boolean;
  upper?: boolean;
  centred?: boolean;
}

export function sizeText(min: number, max: number): string {
  const n = (v: number) => String(v).replace('.', ',');
  return min === max ? `cỡ ${n(min)}` : `cỡ ${n(min)} đến ${n(max)}`;
}

export function checkStyle(out: FindingCollector, element: FormatElement, p: DocParagraph, what: string, rule: StyleRule): void {
  if (rule.size) {
    const bad = sizes(p).filter((s) => s < rule.size!.min * 2 || s > rule.size!.max * 2);
    if (bad.length > 0) out.add('size-out-of-range', element, p, { what, found: bad.map(points).join(', '), expected: sizeText(rule.size.min, rule.size.max), source: rule.size.source });
  }
  const source = rule.size?.source;
  if (rule.bold === true && !allBold(p)) out.add('not-bold', element, p, { what, source });
  if (rule.bold === false && anyBold(p)) out.add('bold-not-expected', element, p, { what, source });
  if (rule.italic === true && !allItalic(p)) out.add('not-italic', element, p, { what, source });
  if (rule.italic === false && anyItalic(p)) out.add('italic-not-allowed', element, p, { what, source });
  if (rule.upper && !isUpperCase(p.text)) out.add('not-uppercase', element, p, { what, found: p.text.trim().slice(0, 60), source });
  if (rule.centred && !isCentred(p)) out.add('not-centred', element, p, { what, found: alignmentName(p), source });
}
