import { allBold, allUnderlined, mainSize } from './facts';
import type { RuleLine } from './layout';
import type { DocModel, DocParagraph } from './model';
import { fold, isBlank, isUnderscoreRule, isUpperCase } from './text';
import { textWidth, wrapLines } from './text-width';

/** What the layout finder recognises paragraphs by: their text, their box, the rule drawn under them. */
export const QUOC_HIEU = 'cong hoa xa hoi chu nghia viet nam';
export const HEAD_SCAN = 60;

export const sameBox = (a: DocParagraph, b: DocParagraph) =>
  a.inTextBox === b.inTextBox &&
  a.section === b.section &&
  a.place === b.place &&
  (a.cell === undefined ? b.cell === undefined : b.cell !== undefined && a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col);

/** The paragraphs that follow `p` in the same cell, text box or body, in order. */
export function followers(model: DocModel, p: DocParagraph): DocParagraph[] {
  const i = model.paragraphs.indexOf(p);
  const out: DocParagraph[] = [];
  for (let j = i + 1; j < model.paragraphs.length && out.length < 30; j++) {
    const q = model.paragraphs[j];
    if (sameBox(p, q)) out.push(q);
    else if (!q.inTextBox && !p.inTextBox && !p.cell) break;
  }
  return out;
}

/** The rule line drawn under `p`: its own bottom border or underline, or the next paragraph as a border, underscores or a shape. */
export function ruleUnder(model: DocModel, p: DocParagraph, textLength: number): RuleLine | undefined {
  if (p.props.bottomBorder) return { paragraph: p, length: p.width };
  if (p.hasLineShape) return { paragraph: p };
  const next = followers(model, p).slice(0, 2);
  for (const q of next) {
    if (isBlank(q) && q.props.bottomBorder) return { paragraph: q, length: q.width };
    if (isBlank(q) && q.hasLineShape) return { paragraph: q };
    if (isUnderscoreRule(q.text)) return { paragraph: q, length: shownWidth(q) };
    if (!isBlank(q)) break;
    if (q.props.topBorder) return undefined;
  }
  if (allUnderlined(p)) return { paragraph: p, length: textLength };
  // A line shape anchored elsewhere in the same cell (Word anchors shapes to any paragraph).
  const box = model.paragraphs.filter((q) => p.cell && sameBox(p, q));
  const shape = box.find((q) => q.hasLineShape);
  return shape ? { paragraph: shape } : undefined;
}

/** Width of the characters of a one-line paragraph (a rule of underscores), run by run, superscript smaller. */
function shownWidth(q: DocParagraph): number {
  const width = q.runs.reduce((w, r) => w + textWidth(r.text.replace(/\s/g, ''), (r.props.size ?? mainSize(q)) * (r.props.script ? 2 / 3 : 1), r.props.bold === true), 0);
  return width > 0 ? width : textWidth(q.text.trim(), mainSize(q), false);
}

/** The longest line of `p` as Word would wrap it. */
export function longestLine(p: DocParagraph): number {
  const size = mainSize(p);
  const bold = allBold(p);
  const lines = wrapLines(p.text, size, bold, p.width || 9000);
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

export function isNumberLine(p: DocParagraph): boolean {
  return /^so\s*[:.]?\s*[^/]{0,12}\//.test(fold(p.text)) && p.text.trim().length < 60;
}

export function isDateLine(p: DocParagraph): boolean {
  return /ngay\b.*\bthang\b.*\bnam\b/.test(fold(p.text)) && p.text.length < 120;
}

/** "BÁO CÁO", "Quyết định", or a type name in capitals followed by a few words ("KẾ HOẠCH HÀNH ĐỘNG"). */
export function typeName(p: DocParagraph, names: readonly string[]): boolean {
  const t = fold(p.text);
  return names.some((n) => t === n) || (isUpperCase(p.text.trim()) && names.some((n) => t.startsWith(`${n} `) && t.length < n.length + 25));
}

export function isRecipientsLabel(p: DocParagraph): boolean {
  return /^noi nhan\s*:?$/.test(fold(p.text));
}

/** "Phụ lục", "Phụ lục I", "PHỤ LỤC 2", "Phụ lục số 1": a short line. */
export function isAppendixLabel(p: DocParagraph): boolean {
  const t = fold(p.text);
  return /^phu luc(\s+[ivxlc\d]+)?\.?$/.test(t) || (/^phu luc( so)? [ivxlc\d]+\b/.test(t) && p.text.length < 30);
}
