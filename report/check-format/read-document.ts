import type { XmlElement } from '../xml/tree';
import type { Block, CellRef, DocModel, DocParagraph, DocSection, DocTable, Place } from './model';
import { Numbering } from './numbering';
import type { DocxPackage } from './package';
import { readParagraph, type ParagraphContext } from './read-paragraph';
import { StyleSheet } from './styles';
import { readThemeFonts } from './theme';
import { attr, child, children, intAttr, onOff } from './xml-access';

/** Reads the parsed package into the model the checks use: sections, blocks, paragraphs, tables. */

// Word's own values when the file leaves them out.
const DEFAULT_CELL_MARGIN = 108;
const DEFAULT_TEXT_WIDTH = 11906 - 1701 - 850;
/** Containers that hold block content as if it were in their parent (content controls, tracked insertions). */
const BLOCK_WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

/** Body-level paragraphs and tables in order, with content controls and tracked insertions opened. */
function blockElements(parent: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of children(parent)) {
    if (c.name === 'w:p' || c.name === 'w:tbl') out.push(c);
    else if (BLOCK_WRAPPERS.has(c.name)) blockElements(c, out);
  }
  return out;
}

type PartRefs = Partial<Record<'default' | 'first' | 'even', string>>;

interface RawSection {
  section: Omit<DocSection, 'headers' | 'footers' | 'hasTable'>;
  headerRefs: PartRefs;
  footerRefs: PartRefs;
}

function readSection(sectPr: XmlElement | undefined, index: number): RawSection {
  const pgSz = child(sectPr, 'w:pgSz');
  const pgMar = child(sectPr, 'w:pgMar');
  const width = intAttr(pgSz, 'w:w');
  const height = intAttr(pgSz, 'w:h');
  const margin = (name: string) => {
    const v = intAttr(pgMar, `w:${name}`);
    return v === undefined ? undefined : Math.abs(v);
  };
  const margins = { top: margin('top'), bottom: margin('bottom'), left: margin('left'), right: margin('right'), gutter: margin('gutter') };
  const refs = (name: string): PartRefs => {
    const out: PartRefs = {};
    for (const r of children(sectPr, name)) {
      const type = (attr(r, 'w:type') ?? 'default') as keyof PartRefs;
      const id = attr(r, 'r:id');
      if (id && ['default', 'first', 'even'].includes(type)) out[type] = id;
    }
    return out;
  };
  const textWidth = width && width > 0 ? width - (margins.left ?? 1701) - (margins.right ?? 850) - (margins.gutter ?? 0) : DEFAULT_TEXT_WIDTH;
  return {
    section: {
      index,
      pageWidth: width,
      pageHeight: height,
      landscape: attr(pgSz, 'w:orient') === 'landscape' || (width !== undefined && height !== undefined && width > height),
      margins,
      titlePage: onOff(child(sectPr, 'w:titlePg')) === true,
      pageNumberStart: intAttr(child(sectPr, 'w:pgNumType'), 'w:start'),
      textWidth: Math.max(1000, textWidth),
    },
    headerRefs: refs('w:headerReference'),
    footerRefs: refs('w:footerReference'),
  };
}

class Reader {
  readonly paragraphs: DocParagraph[] = [];
  readonly tables: DocTable[] = [];
  private topTable = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
  ) {}

  context(section: number, place: Place, boxWidth: number, partKind?: string): ParagraphContext {
    return { styles: this.styles, numbering: this.numbering, section, place, partKind, boxWidth, inTextBox: false };
  }

  paragraph(p: XmlElement, ctx: ParagraphContext, sink: DocParagraph[]): DocParagraph {
    const read = readParagraph(p, ctx, (box, boxCtx) => this.content(box, boxCtx, sink));
    sink.push(...read);
    return read[0];
  }

  /** Paragraphs of a container (text box, header, cell), nested tables included. */
  content(el: XmlElement, ctx: ParagraphContext, sink: DocParagraph[]): DocParagraph[] {
    const out: DocParagraph[] = [];
    for (const block of blockElements(el)) {
      if (block.name === 'w:p') {
        const before = sink.length;
        this.paragraph(block, ctx, sink);
        out.push(...sink.slice(before));
      } else {
        const rows = this.tableRows(block, ctx, sink, ctx.cell ? ctx.cell.depth + 1 : 1);
        out.push(...rows.flat(2));
      }
    }
    return out;
  }

  tableRows(tbl: XmlElement, ctx: ParagraphContext, sink: DocParagraph[], depth: number, tableIndex?: number): DocParagraph[][][] {
    const tblPr = child(tbl, 'w:tblPr');
    const tableStyle = attr(child(tblPr, 'w:tblStyle'), 'w:val');
    const grid = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => intAttr(g, 'w:w') ?? 0);
    const cellMar = child(tblPr, 'w:tblCellMar');
    const mar = (el: XmlElement | undefined, side: string, fallback: number) => intAttr(child(el, `w:${side}`), 'w:w') ?? intAttr(child(el, side === 'left' ? 'w:start' : 'w:end'), 'w:w') ?? fallback;
    const rowEls = blockChildren(tbl, 'w:tr');
    return rowEls.map((tr, row) => {
      let gridAt = 0;
      return blockChildren(tr, 'w:tc').map((tc, col) => {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, intAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
        const tcW = child(tcPr, 'w:tcW');
        const gridWidth = grid.slice(gridAt, gridAt + span).reduce((a, b) => a + b, 0);
        gridAt += span;
        const width = attr(tcW, 'w:type') === 'dxa' || attr(tcW, 'w:type') === undefined ? intAttr(tcW, 'w:w') || gridWidth || undefined : gridWidth || undefined;
        const tcMar = child(tcPr, 'w:tcMar');
        const margins = mar(tcMar, 'left', mar(cellMar, 'left', DEFAULT_CELL_MARGIN)) + mar(tcMar, 'right', mar(cellMar, 'right', DEFAULT_CELL_MARGIN));
        const cell: CellRef = ctx.cell && tableIndex === undefined ? { ...ctx.cell, depth } : { table: tableIndex ?? 0, row, col, width, depth };
        const cellCtx: ParagraphContext = { ...ctx, cell, tableStyle: tableStyle ?? ctx.tableStyle, boxWidth: Math.max(200, (width ?? ctx.boxWidth) - margins) };
        return this.content(tc, cellCtx, sink);
      });
    });
  }

  table(tbl: XmlElement, ctx: ParagraphContext): DocTable {
    const index = this.topTable++;
    const rows = this.tableRows(tbl, ctx, this.paragraphs, 1, index);
    const table: DocTable = { index, section: ctx.section, rows, borderless: isBorderless(tbl) };
    this.tables.push(table);
    return table;
  }
}

/** Rows or cells, through content controls wrapped around them. */
function blockChildren(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of children(el)) {
    if (c.name === name) out.push(c);
    else if (BLOCK_WRAPPERS.has(c.name)) blockChildren(c, name, out);
  }
  return out;
}

function isBorderless(tbl: XmlElement): boolean {
  const visible = (borders: XmlElement | undefined) => children(borders).some((b) => !['none', 'nil'].includes(attr(b, 'w:val') ?? 'none'));
  const tblPr = child(tbl, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  // A table style (Table Grid) draws borders the table itself does not declare.
  if (!borders && attr(child(tblPr, 'w:tblStyle'), 'w:val')) return false;
  return !visible(borders);
}

export function readDocument(pkg: DocxPackage): DocModel {
  const styles = new StyleSheet(pkg.styles, readThemeFonts(pkg.theme));
  const reader = new Reader(styles, new Numbering(pkg.numbering));
  const body = child(
    children(pkg.document).find((c) => c.name === 'w:document'),
    'w:body',
  );
  const elements = body ? blockElements(body) : [];
  // Section properties sit in the last paragraph of each section, and at the end of the body.
  const raw: RawSection[] = [];
  for (const el of elements) {
    const sectPr = el.name === 'w:p' ? child(child(el, 'w:pPr'), 'w:sectPr') : undefined;
    if (sectPr) raw.push(readSection(sectPr, raw.length));
  }
  raw.push(readSection(child(body, 'w:sectPr'), raw.length));

  const blocks: Block[] = [];
  let section = 0;
  for (const el of elements) {
    const ctx = reader.context(section, 'body', raw[section].section.textWidth);
    if (el.name === 'w:p') {
      blocks.push({ kind: 'paragraph', paragraph: reader.paragraph(el, ctx, reader.paragraphs) });
      if (child(child(el, 'w:pPr'), 'w:sectPr')) section = Math.min(section + 1, raw.length - 1);
    } else {
      blocks.push({ kind: 'table', table: reader.table(el, ctx) });
    }
  }

  // Headers and footers: a section without its own reference of a kind inherits the previous section's.
  let headerRefs: PartRefs = {};
  let footerRefs: PartRefs = {};
  const sections: DocSection[] = raw.map((r) => {
    headerRefs = { ...headerRefs, ...r.headerRefs };
    footerRefs = { ...footerRefs, ...r.footerRefs };
    const read = (refs: PartRefs, place: Place) => {
      const out: DocSection['headers'] = {};
      for (const [kind, id] of Object.entries(refs) as Array<[keyof PartRefs, string]>) {
        const part = pkg.related.get(id);
        if (!part) continue;
        const root = children(part.root).find((c) => c.name === (place === 'header' ? 'w:hdr' : 'w:ftr'));
        if (root) out[kind] = reader.content(root, reader.context(r.section.index, place, r.section.textWidth, kind), []);
      }
      return out;
    };
    return {
      ...r.section,
      headers: read(headerRefs, 'header'),
      footers: read(footerRefs, 'footer'),
      hasTable: reader.tables.some((t) => t.section === r.section.index),
    };
  });
  return { sections, blocks, paragraphs: reader.paragraphs, tables: reader.tables };
}
