import { AlignmentType, type FileChild, Paragraph, TextRun } from 'docx';
import type { BlockContent, ParagraphContent } from '../content/types';

/** A generated list of paragraphs as docx elements (tables are written by table-xml.ts). */
export function blockElements(block: Extract<BlockContent, { kind: 'paragraphs' }>): FileChild[] {
  return block.paragraphs.map((p) => paragraph(p, block.fontSize, block.indent ?? false));
}

/**
 * Running text inherits the template's Normal style (font, size, indent, spacing), so a secretary
 * who restyles Normal restyles these too. Other lists (Nơi nhận) carry their own ND30 formatting.
 */
function paragraph(p: ParagraphContent, fontSize: number | undefined, body: boolean): Paragraph {
  const run = new TextRun({ text: p.text, bold: p.bold, italics: p.italic, size: fontSize ? fontSize * 2 : undefined });
  // A list's lead line ("a) Các chỉ tiêu chưa đạt:") stays on the page of its first item.
  if (body) return new Paragraph({ children: [run], keepNext: p.keepNext });
  return new Paragraph({
    children: [run],
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 0, left: 0 },
    spacing: { before: 0, after: 0, line: 240 },
  });
}
