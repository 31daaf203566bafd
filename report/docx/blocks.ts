import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { BlockContent, ParagraphContent, TableCellContent, TableContent } from '../content/types';

const FONT = 'Times New Roman';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A generated block as docx elements, sized for a text area `width` twips wide. */
export function blockElements(block: BlockContent, width: number): FileChild[] {
  if (block.kind === 'table') return [table(block.table, width)];
  return block.paragraphs.map((p) => paragraph(p, block.fontSize, block.indent ?? false));
}

/**
 * Running text inherits the template's Normal style (font, size, indent, spacing), so a secretary
 * who restyles Normal restyles these too. Other lists (Nơi nhận) carry their own ND30 formatting.
 */
function paragraph(p: ParagraphContent, fontSize: number | undefined, body: boolean): Paragraph {
  const run = new TextRun({ text: p.text, bold: p.bold, italics: p.italic, size: fontSize ? fontSize * 2 : undefined });
  if (body) return new Paragraph({ children: [run] });
  return new Paragraph({
    children: [run],
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 0, left: 0 },
    spacing: { before: 0, after: 0, line: 240 },
  });
}

function table(t: TableContent, width: number): Table {
  const totalWeight = t.widths.reduce((a, b) => a + b, 0);
  const columns = t.widths.map((w) => Math.floor((w / totalWeight) * width));
  // Grid columns still covered by a cell of a row above (rowSpan), so widths follow the grid.
  const covered = columns.map(() => 0);
  const row = (cells: TableCellContent[], header: boolean) => {
    let col = 0;
    const skip = () => {
      while (col < columns.length && covered[col] > 0) col++;
    };
    const result = new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        skip();
        const span = c.span ?? 1;
        const w = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
        for (let i = col; i < col + span; i++) covered[i] = Math.max(covered[i], c.rowSpan ?? 1);
        col += span;
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
          width: { size: w, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 40, right: 40 },
          children: [
            new Paragraph({
              alignment: ALIGN[c.align ?? 'left'],
              indent: { firstLine: 0, left: 0 },
              spacing: { before: 40, after: 40, line: 240 },
              children: [new TextRun({ text: c.text, bold: c.bold, size: t.fontSize * 2, font: FONT })],
            }),
          ],
        });
      }),
    });
    for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, covered[i] - 1);
    return result;
  };
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
  });
}
