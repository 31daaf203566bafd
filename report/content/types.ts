/**
 * What a report says, as plain data: no docx objects, so the content can be tested on its own
 * and the same object fills any template (CLI and add-in alike).
 */

/** One cell of a generated table; `bold` marks headings and totals. */
export interface TableCellContent {
  text: string;
  bold?: boolean;
  /** Number of grid columns the cell covers (group rows of the appendix). */
  span?: number;
  /** Number of rows the cell covers (two-level table headings). */
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableContent {
  /** Header rows (repeated on every page). */
  header: TableCellContent[][];
  rows: TableCellContent[][];
  /** Relative column widths; the docx layer scales them to the page. */
  widths: number[];
  /** Font size in points for the whole table. */
  fontSize: number;
}

/** A paragraph of generated running text; list items start with "- " as the documents write them. */
export interface ParagraphContent {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Keep on the page of the next paragraph: the lead line of a list. */
  keepNext?: boolean;
}

/** Values of one repeated table row ({{#list.field}}), keyed by field. */
export type RowValues = Record<string, string>;

export interface ReportContent {
  /** {{name}} → text. Every scalar placeholder of the vocabulary has a value (maybe empty). */
  scalars: Record<string, string>;
  /** {{#list.field}} rows, keyed by list name. */
  lists: Record<string, RowValues[]>;
  /** Paragraph-sized placeholders replaced by generated tables or paragraphs. */
  blocks: Record<string, BlockContent>;
}

export type BlockContent = { kind: 'table'; table: TableContent } | { kind: 'paragraphs'; paragraphs: ParagraphContent[]; fontSize?: number; indent?: boolean };
