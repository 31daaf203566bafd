import type { ParaProps, RunProps } from './properties';

/**
 * The document as the checks see it: paragraphs with effective formatting and their place (section,
 * table cell, text box, header), tables, and sections with their page setup.
 */
export interface DocRun {
  /** The text as displayed (w:caps applied, deleted and hidden text left out). */
  text: string;
  props: RunProps;
}

export interface CellRef {
  /** 0-based index of the top-level table in the document body. */
  table: number;
  row: number;
  col: number;
  /** Cell width in twips, when the file says. */
  width?: number;
  /** 1 for a cell of a top-level table, 2 inside a nested table. */
  depth: number;
}

export type Place = 'body' | 'header' | 'footer';

export interface DocParagraph {
  /** Visible text, with the list number Word shows in front ("I. ", "- "). */
  text: string;
  /** The list number alone ("" when none). */
  label: string;
  runs: DocRun[];
  props: ParaProps;
  /** Run properties of the paragraph mark: what an empty paragraph (a rule line) is sized by. */
  markProps: RunProps;
  section: number;
  place: Place;
  /** The header or footer kind ("default", "first", "even") for place header/footer. */
  partKind?: string;
  cell?: CellRef;
  inTextBox: boolean;
  hasPageField: boolean;
  /** Formatting of the PAGE field's run (the number has no text of its own in the file). */
  pageFieldProps?: RunProps;
  /** A line shape (DrawingML or VML) drawn in this paragraph. */
  hasLineShape: boolean;
  hasPageBreak: boolean;
  /** Twips available to the text: the cell's or the page's text width, less the indents. */
  width: number;
}

export interface DocTable {
  index: number;
  section: number;
  /** rows → cells → paragraphs (nested tables flattened into their cell). */
  rows: DocParagraph[][][];
  /** Every side and inner border none (a layout table, as the ND30 header and signature tables). */
  borderless: boolean;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  gutter: number;
}

export interface DocSection {
  index: number;
  pageWidth?: number;
  pageHeight?: number;
  landscape: boolean;
  margins: Partial<Margins>;
  titlePage: boolean;
  pageNumberStart?: number;
  /** Header and footer paragraphs in force for this section, by kind (inherited from earlier sections). */
  headers: Partial<Record<'default' | 'first' | 'even', DocParagraph[]>>;
  footers: Partial<Record<'default' | 'first' | 'even', DocParagraph[]>>;
  textWidth: number;
  hasTable: boolean;
}

export type Block = { kind: 'paragraph'; paragraph: DocParagraph } | { kind: 'table'; table: DocTable };

export interface DocModel {
  sections: DocSection[];
  /** Top-level body content in order. */
  blocks: Block[];
  /** Every body paragraph in document order, table cells and text boxes included. */
  paragraphs: DocParagraph[];
  tables: DocTable[];
}
