import type { TableCellContent, TableContent } from '../content/types';
import { encodeText } from '../xml/tree';

/**
 * Generated tables written straight as WordprocessingML. A national appendix has 10.000 rows of
 * 20+ cells: built as docx objects and passed through patchDocument it costs gigabytes (the
 * patcher clones and re-serialises the tree for every key), so tables are spliced in as text after
 * patching. Cells name a paragraph style (see tableStyles) instead of repeating their formatting,
 * which keeps a cell to about 150 bytes.
 */
const ALIGN = { left: 'L', center: 'C', right: 'R' } as const;
const JC = { L: 'left', C: 'center', R: 'right' } as const;
const FONT = 'Times New Roman';
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/** Characters XML 1.0 cannot carry (a stray control character typed in Excel) are dropped. */
function xmlText(text: string): string {
  return encodeText(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/** The paragraph style a cell of this table and alignment uses: "NtmBang11C". */
export function tableStyleId(fontSize: number, align: TableCellContent['align']): string {
  return `NtmBang${fontSize}${ALIGN[align ?? 'left']}`;
}

/** styles.xml entries for the style ids a document's tables use, to add where the template lacks them. */
export function tableStyles(ids: Iterable<string>): string {
  let xml = '';
  for (const id of ids) {
    const match = /^NtmBang(\d+)([LCR])$/.exec(id);
    if (!match) continue;
    const size = Number(match[1]) * 2;
    const jc = JC[match[2] as 'L' | 'C' | 'R'];
    xml +=
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="NTM bảng ${match[1]} ${jc}"/><w:qFormat/>` +
      `<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="${jc}"/></w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  }
  return xml;
}

/** The table as XML, `width` twips wide; `styles` collects the paragraph styles it uses. */
export function tableXml(t: TableContent, width: number, styles: Set<string>): string {
  const totalWeight = t.widths.reduce((a, b) => a + b, 0);
  const columns = t.widths.map((w) => Math.floor((w / totalWeight) * width));
  const tableWidth = columns.reduce((a, b) => a + b, 0);
  const parts: string[] = [];
  parts.push(
    `<w:tbl><w:tblPr><w:tblW w:w="${tableWidth}" w:type="dxa"/>` +
      `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>`,
  );
  for (const c of columns) parts.push(`<w:gridCol w:w="${c}"/>`);
  parts.push('</w:tblGrid>');
  // Grid columns still covered by a cell above (rowSpan): rows below get a vMerge continuation there.
  const covered: Array<{ rows: number; span: number; width: number }> = columns.map(() => ({ rows: 0, span: 1, width: 0 }));
  const row = (cells: TableCellContent[], header: boolean, keepNext = false) => {
    parts.push(header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    let col = 0;
    const continueMerges = () => {
      while (col < columns.length && covered[col].rows > 0) {
        const c = covered[col];
        parts.push(`<w:tc><w:tcPr><w:tcW w:w="${c.width}" w:type="dxa"/>${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}<w:vMerge/><w:vAlign w:val="center"/></w:tcPr><w:p/></w:tc>`);
        col += c.span;
      }
    };
    const started: number[] = [];
    for (const cell of cells) {
      continueMerges();
      const span = cell.span ?? 1;
      let w = 0;
      for (let i = col; i < col + span && i < columns.length; i++) w += columns[i];
      const rowSpan = cell.rowSpan ?? 1;
      if (rowSpan > 1) {
        covered[col] = { rows: rowSpan, span, width: w };
        started.push(col);
      }
      const style = tableStyleId(t.fontSize, cell.align);
      styles.add(style);
      const run = cell.text === '' ? '' : `<w:r>${cell.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(cell.text)}</w:t></w:r>`;
      parts.push(
        `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : ''}<w:vAlign w:val="center"/></w:tcPr>` +
          `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>${run}</w:p></w:tc>`,
      );
      col += span;
    }
    continueMerges();
    parts.push('</w:tr>');
    // A cell's own row counts as the first of its rowSpan.
    for (let i = 0; i < covered.length; i++) if (covered[i].rows > 0 && !started.includes(i)) covered[i].rows--;
    for (const i of started) covered[i].rows--;
  };
  for (const r of t.header) row(r, true);
  // The last row keeps with the paragraph after the table (a note, a source): that one never
  // begins a page alone.
  t.rows.forEach((r, i) => row(r, false, i === t.rows.length - 1));
  parts.push('</w:tbl>');
  return parts.join('');
}
