import { textOf, type XmlElement } from '../xml/tree';
import type { CellRef, DocParagraph, DocRun, Place } from './model';
import type { Numbering } from './numbering';
import { readParaProps, readRunProps, type RunProps } from './properties';
import type { StyleSheet } from './styles';
import { attr, child, children } from './xml-access';

/** Where a paragraph sits, as its reader passes it down. */
export interface ParagraphContext {
  styles: StyleSheet;
  numbering: Numbering;
  section: number;
  place: Place;
  partKind?: string;
  cell?: CellRef;
  tableStyle?: string;
  /** Twips available before the paragraph's own indents. */
  boxWidth: number;
  inTextBox: boolean;
}

/** Elements whose content is shown as part of the paragraph (tracked insertions, links, fields, content controls). */
const TRANSPARENT = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:dir', 'w:bdo']);
/** Tracked deletions and moves away: Word shows them struck through, the final document does not have them. */
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:sdtPr', 'w:sdtEndPr', 'w:rPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);
const LINE_PRESETS = new Set(['line', 'straightConnector1']);

interface Walk {
  runs: DocRun[];
  textBoxes: XmlElement[];
  hasPageField: boolean;
  hasLineShape: boolean;
  hasPageBreak: boolean;
  /** Formatting of the run that holds the PAGE field: the page number is set in it. */
  pageFieldProps?: RunProps;
  /** Inside a complex field: instructions are hidden, the result shown. */
  fieldInstr: boolean[];
  instr: string;
}

function isPageField(instr: string): boolean {
  return /(^|\s)PAGE(\s|\\|$)/i.test(instr.trim()) || /^\s*PAGE\s*$/i.test(instr);
}

/** Text boxes and shapes: the text boxes' paragraphs are read on their own; a line shape is noted. */
function readDrawing(el: XmlElement, walk: Walk): void {
  // mc:AlternateContent holds the same drawing twice (DrawingML and VML): read the first choice only.
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.name === 'w:txbxContent') {
      walk.textBoxes.push(e);
      continue;
    }
    if (e.name === 'mc:AlternateContent') {
      const first = children(e).find((c) => c.name === 'mc:Choice') ?? children(e).find((c) => c.name === 'mc:Fallback');
      if (first) stack.push(first);
      continue;
    }
    // A DrawingML line or connector, a VML line, or a VML shape of the connector type (#_x0000_t32).
    if ((e.name === 'a:prstGeom' && LINE_PRESETS.has(attr(e, 'prst') ?? '')) || e.name === 'v:line' || (e.name === 'v:shape' && attr(e, 'type') === '#_x0000_t32')) {
      walk.hasLineShape = true;
    }
    for (const c of children(e)) stack.push(c);
  }
}

function readRun(r: XmlElement, ctx: ParagraphContext, base: RunProps, walk: Walk): void {
  const rPr = child(r, 'w:rPr');
  const props = ctx.styles.run(base, attr(child(rPr, 'w:rStyle'), 'w:val'), readRunProps(rPr, ctx.styles.theme));
  let text = '';
  for (const c of children(r)) {
    switch (c.name) {
      case 'w:t':
        if (!walk.fieldInstr[walk.fieldInstr.length - 1]) text += textOf(c);
        break;
      case 'w:tab':
      case 'w:ptab':
        text += '\t';
        break;
      case 'w:br':
        if (attr(c, 'w:type') === 'page') walk.hasPageBreak = true;
        text += ' ';
        break;
      case 'w:cr':
        text += ' ';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:fldChar': {
        const type = attr(c, 'w:fldCharType');
        if (type === 'begin') {
          walk.fieldInstr.push(true);
          walk.instr = '';
        } else if (type === 'separate') {
          if (isPageField(walk.instr)) {
            walk.hasPageField = true;
            walk.pageFieldProps ??= props;
          }
          walk.fieldInstr[walk.fieldInstr.length - 1] = false;
        } else if (type === 'end') {
          if (walk.fieldInstr[walk.fieldInstr.length - 1] && isPageField(walk.instr)) {
            walk.hasPageField = true;
            walk.pageFieldProps ??= props;
          }
          walk.fieldInstr.pop();
        }
        break;
      }
      case 'w:instrText':
        walk.instr += textOf(c);
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'mc:AlternateContent':
      case 'w:object':
        readDrawing(c, walk);
        break;
      default:
        break;
    }
  }
  // White text is not seen on the page (offices hide placeholders such as the "[" of a signature image that way).
  if (props.hidden || text === '' || props.color === 'FFFFFF') return;
  walk.runs.push({ text: props.caps ? text.toLocaleUpperCase('vi') : text, props });
}

function walkContent(el: XmlElement, ctx: ParagraphContext, base: RunProps, walk: Walk): void {
  for (const c of children(el)) {
    if (c.name === 'w:r') readRun(c, ctx, base, walk);
    else if (c.name === 'w:fldSimple') {
      const page = isPageField(attr(c, 'w:instr') ?? '');
      const before = walk.runs.length;
      walkContent(c, ctx, base, walk);
      if (page) {
        walk.hasPageField = true;
        walk.pageFieldProps ??= walk.runs[before]?.props ?? base;
      }
    } else if (TRANSPARENT.has(c.name)) walkContent(c, ctx, base, walk);
    else if (c.name === 'mc:AlternateContent') readDrawing(c, walk);
    else if (!HIDDEN.has(c.name) && c.name.startsWith('w:') && c.name !== 'w:p') walkContent(c, ctx, base, walk);
  }
}

/**
 * One paragraph with its effective formatting; the paragraphs of its text boxes come after it,
 * marked inTextBox (they are positioned freely, so their place in the layout is unknown).
 */
export function readParagraph(p: XmlElement, ctx: ParagraphContext, readBox: (box: XmlElement, ctx: ParagraphContext) => DocParagraph[]): DocParagraph[] {
  const pPr = child(p, 'w:pPr');
  const direct = readParaProps(pPr);
  const { pPr: props, rPr: base } = ctx.styles.paragraph(attr(child(pPr, 'w:pStyle'), 'w:val'), ctx.tableStyle, direct);
  const walk: Walk = { runs: [], textBoxes: [], hasPageField: false, hasLineShape: false, hasPageBreak: false, fieldInstr: [], instr: '' };
  walkContent(p, ctx, base, walk);
  const label = ctx.numbering.next(props.numId, props.ilvl);
  const body = walk.runs.map((r) => r.text).join('');
  const text = label ? `${label}${/\s$/.test(label) ? '' : ' '}${body}` : body;
  const markProps = ctx.styles.run(base, undefined, readRunProps(child(pPr, 'w:rPr'), ctx.styles.theme));
  const width = Math.max(0, ctx.boxWidth - Math.max(0, props.left ?? 0) - Math.max(0, props.right ?? 0));
  const paragraph: DocParagraph = {
    text,
    label,
    runs: walk.runs,
    props,
    markProps,
    section: ctx.section,
    place: ctx.place,
    partKind: ctx.partKind,
    cell: ctx.cell,
    inTextBox: ctx.inTextBox,
    hasPageField: walk.hasPageField,
    pageFieldProps: walk.pageFieldProps,
    hasLineShape: walk.hasLineShape,
    hasPageBreak: walk.hasPageBreak || props.pageBreakBefore === true,
    width,
  };
  const boxes = walk.textBoxes.flatMap((box) => readBox(box, { ...ctx, inTextBox: true, cell: undefined }));
  return [paragraph, ...boxes];
}
