import { allBold, mainSize } from './facts';
import type { DocModel, DocParagraph, DocSection } from './model';
import { wrapLines } from './text-width';

/**
 * Rough heights, to tell a one-page document (no page number needed) from a longer one and to see
 * whether two header paragraphs sit on the same line. Word's real layout is not reproduced: wrapping
 * is greedy on estimated widths and line heights are 1.15 × the font size.
 */
export function paragraphHeight(p: DocParagraph): number {
  const size = mainSize(p);
  const firstLine = Math.max(0, p.props.firstLine ?? 0);
  const lines = Math.max(1, wrapLines(p.text, size, allBold(p), Math.max(500, p.width - firstLine / 2)).length);
  const lineRule = p.props.lineRule ?? 'auto';
  const natural = size * 10 * 1.15;
  const line = lineRule === 'auto' ? natural * ((p.props.line ?? 240) / 240) : Math.max(p.props.line ?? natural, lineRule === 'atLeast' ? natural : 0);
  return lines * line + Math.max(0, p.props.before ?? 0) + Math.max(0, p.props.after ?? 0);
}

/** The number of pages the main text of `section` fills (at least 1). */
export function estimatePages(model: DocModel, section: DocSection): number {
  const usable = Math.max(2000, (section.pageHeight ?? 16838) - (section.margins.top ?? 1134) - (section.margins.bottom ?? 1134));
  let pages = 1;
  let used = 0;
  const place = (height: number, breakBefore = false) => {
    if (breakBefore && used > 0) {
      pages++;
      used = 0;
    }
    used += height;
    while (used > usable) {
      pages++;
      used -= usable;
    }
  };
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') {
      if (b.paragraph.section !== section.index) continue;
      place(paragraphHeight(b.paragraph), b.paragraph.hasPageBreak);
    } else {
      if (b.table.section !== section.index) continue;
      for (const row of b.table.rows) place(Math.max(0, ...row.map((cell) => cell.reduce((h, p) => h + paragraphHeight(p), 0))));
    }
  }
  return pages;
}
