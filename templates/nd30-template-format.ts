import { loadNd30Format, type Nd30SizeKey } from '../engine';

/**
 * The ND30 formatting values the default template is built with, taken from rules/nd30-format.json:
 * the same data `check-format` checks against, so the template and the checker cannot drift apart.
 * Lengths are twips; `SIZE` is in points and `halfPoints` converts for docx's `size`.
 */
const rules = loadNd30Format();

export const FONT = rules.font.name;
/** docx wants a colour value, not "auto": the first explicit colour the rule allows (black). */
export const BLACK = rules.font.colors.find((c) => c !== 'auto') ?? '000000';
export const PAGE = { width: rules.page.width, height: rules.page.height };
export const MARGIN = {
  top: rules.margins.top.preferred,
  bottom: rules.margins.bottom.preferred,
  left: rules.margins.left.preferred,
  right: rules.margins.right.preferred,
  header: rules.margins.headerDistance,
  footer: rules.margins.footerDistance,
};
export const FIRST_LINE = rules.body.preferred.firstLineIndent;
export const LINE_SPACING = rules.body.preferred.lineSpacing;
export const BODY_SPACING = { before: rules.body.preferred.spacingBefore, after: rules.body.preferred.spacingAfter };
/** Header table, title and signature: single line spacing, nothing between paragraphs. */
export const BLOCK_SPACING = { line: rules.blocks.lineSpacing, before: rules.blocks.spacingBefore, after: rules.blocks.spacingAfter };

export const SIZE = Object.fromEntries(Object.entries(rules.sizes).map(([key, range]) => [key, range.preferred])) as Record<Nd30SizeKey, number>;

export const halfPoints = (points: number): number => Math.round(points * 2);
