import type { Block, DocModel, DocParagraph, DocRun, DocTable } from './model';
import { fold } from './text';

/**
 * Headers typed with tabs instead of a table ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
 * each such line is cut at its tabs into a left and a right part, and the parts are laid out as the
 * two columns of a header table (index -1), so the header is read as in the usual layout.
 */
const QUOC_HIEU = 'cong hoa xa hoi chu nghia viet nam';
const HEAD_BLOCKS = 12;

/** The runs of `p` between character offsets [from, to), cut where a run straddles them. */
function slice(p: DocParagraph, from: number, to: number, col: number): DocParagraph {
  const runs: DocRun[] = [];
  let at = 0;
  for (const r of p.runs) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + r.text.length);
    if (end > start) runs.push({ text: r.text.slice(start - at, end - at), props: r.props });
    at += r.text.length;
  }
  const text = runs.map((r) => r.text).join('');
  return {
    ...p,
    text: text.trim(),
    runs,
    label: '',
    // Tab stops place the part; its alignment is that of the tab, which is taken as centred.
    props: { ...p.props, jc: 'center', firstLine: 0, left: 0, right: 0 },
    cell: { table: -1, row: 0, col, depth: 1 },
    width: Math.round(p.width / 2),
    hasLineShape: p.hasLineShape && col === 1,
  };
}

/** Text that belongs to the right column when a line holds only one part. */
function rightLike(text: string): boolean {
  const t = fold(text);
  return t.includes(QUOC_HIEU) || /^doc lap/.test(t) || /ngay\b.*\bthang\b.*\bnam\b/.test(t) || /^_{25,}$/.test(text.trim());
}

/** Left and right parts of a line: its first and last pieces between tabs. */
function split(p: DocParagraph): [DocParagraph | undefined, DocParagraph | undefined] {
  const body = p.runs.map((r) => r.text).join('');
  const pieces = [...body.matchAll(/[^\t]+/g)].filter((m) => m[0].trim() !== '');
  if (pieces.length === 0) return [undefined, undefined];
  const part = (m: RegExpMatchArray, col: number) => slice(p, m.index!, m.index! + m[0].length, col);
  if (pieces.length === 1) return rightLike(pieces[0][0]) ? [undefined, part(pieces[0], 1)] : [part(pieces[0], 0), undefined];
  return [part(pieces[0], 0), part(pieces[pieces.length - 1], 1)];
}

export function untabHeader(model: DocModel): DocModel {
  const head: DocParagraph[] = [];
  for (const b of model.blocks.slice(0, HEAD_BLOCKS)) {
    if (b.kind !== 'paragraph') break;
    head.push(b.paragraph);
  }
  const qh = head.find((p) => fold(p.text).includes(QUOC_HIEU));
  if (!qh || !/\S\s*\t+\s*\S/.test(qh.text)) return model;
  // The tabbed region ends with the last line that still has a tab (the Số / date line).
  let end = head.length;
  while (end > 0 && !head[end - 1].text.includes('\t')) end--;
  const region = head.slice(0, end);
  const left: DocParagraph[] = [];
  const right: DocParagraph[] = [];
  for (const p of region) {
    const [l, r] = split(p);
    if (l) left.push(l);
    if (r) right.push(r);
  }
  const table: DocTable = { index: -1, section: qh.section, rows: [[left, right]], borderless: true };
  const replaced = new Set(region);
  const blocks: Block[] = [{ kind: 'table', table }, ...model.blocks.filter((b) => b.kind !== 'paragraph' || !replaced.has(b.paragraph))];
  const paragraphs = [...left, ...right, ...model.paragraphs.filter((p) => !replaced.has(p))];
  return { ...model, blocks, paragraphs, tables: [table, ...model.tables] };
}
