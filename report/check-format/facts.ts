import type { DocParagraph, DocRun } from './model';

/**
 * What a paragraph looks like, from the runs that show text (spaces and tabs do not count: Word
 * users often leave an unformatted space between formatted words).
 */
function visible(p: DocParagraph): DocRun[] {
  return p.runs.filter((r) => r.text.trim() !== '');
}

/** Font sizes in half-points; Word's default is 10 pt when nothing sets one. An empty paragraph: its mark's size. */
export function sizes(p: DocParagraph): number[] {
  const runs = visible(p);
  const list = runs.length > 0 ? runs.map((r) => r.props.size ?? 20) : [p.markProps.size ?? 20];
  return [...new Set(list)].sort((a, b) => a - b);
}

export function allBold(p: DocParagraph): boolean {
  const runs = visible(p);
  return runs.length > 0 && runs.every((r) => r.props.bold === true);
}

export function anyBold(p: DocParagraph): boolean {
  return visible(p).some((r) => r.props.bold === true);
}

export function allItalic(p: DocParagraph): boolean {
  const runs = visible(p);
  return runs.length > 0 && runs.every((r) => r.props.italic === true);
}

export function anyItalic(p: DocParagraph): boolean {
  return visible(p).some((r) => r.props.italic === true);
}

export function allUnderlined(p: DocParagraph): boolean {
  const runs = visible(p);
  return runs.length > 0 && runs.every((r) => r.props.underline === true);
}

/** The size most of the text is set in (half-points). */
export function mainSize(p: DocParagraph): number {
  const count = new Map<number, number>();
  for (const r of visible(p)) count.set(r.props.size ?? 20, (count.get(r.props.size ?? 20) ?? 0) + r.text.length);
  let best = p.markProps.size ?? 20;
  let most = -1;
  for (const [size, n] of count) if (n > most) [best, most] = [size, n];
  return best;
}

export function isCentred(p: DocParagraph): boolean {
  return p.props.jc === 'center';
}

export function isJustified(p: DocParagraph): boolean {
  return p.props.jc === 'both' || p.props.jc === 'distribute' || p.props.jc === 'thaiDistribute' || p.props.jc === 'lowKashida' || p.props.jc === 'mediumKashida' || p.props.jc === 'highKashida';
}

export const ALIGN_NAMES: Record<string, string> = {
  left: 'căn trái',
  start: 'căn trái',
  right: 'căn phải',
  end: 'căn phải',
  center: 'căn giữa',
  both: 'căn đều hai lề',
  distribute: 'căn đều hai lề',
};

export function alignmentName(p: DocParagraph): string {
  return ALIGN_NAMES[p.props.jc ?? 'left'] ?? 'căn trái';
}
