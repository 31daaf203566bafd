import { at, editDoc, editHeaders, type Mutation, type Subject } from './mutation-harness';
import { editNextParagraph, editParagraph, setParaProps, setRunProps, setText, type Parts } from './support';

/** What the element mutations are made of: run and paragraph edits, and where each element is found. */

export const SIZE = /<w:sz(?:Cs)? [^>]*\/>/g;
export const PARAGRAPH = /<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g;
export const BOLD = /<w:b(?:Cs)?(?: [^>]*)?\/>/g;
export const ITALIC = /<w:i(?:Cs)?(?: [^>]*)?\/>/g;
export const size = (pt: number) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
export const NOT_BOLD = '<w:b w:val="false"/><w:bCs w:val="false"/>';
export const NOT_ITALIC = '<w:i w:val="false"/><w:iCs w:val="false"/>';
export const ITALIC_ON = '<w:i/><w:iCs/>';

/** Runs of the paragraph matching `match`: `add` put in their properties, what `remove` matches taken out. */
export function runs(match: string | RegExp | ((s: Subject) => string | RegExp), add: string, remove: RegExp): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setRunProps(p, add, remove)));
}

export function text(match: string | RegExp | ((s: Subject) => string | RegExp), rewrite: (t: string) => string): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setText(p, rewrite)));
}

export function paragraph(match: string | RegExp | ((s: Subject) => string | RegExp), add: string, remove: RegExp): Mutation['apply'] {
  return (parts, s) => editDoc(parts, (xml) => editParagraph(xml, typeof match === 'function' ? match(s) : match, (p) => setParaProps(p, add, remove)));
}

/** The rule drawn under `after` made a quarter of its length: a bordered paragraph's indents, or fewer underscores. */
export function shortRule(after: (s: Subject) => string): Mutation['apply'] {
  return (parts, s) =>
    editDoc(parts, (xml) =>
      editNextParagraph(xml, after(s), (p) => {
        if (/<w:pBdr>/.test(p)) {
          return p.replace(/<w:ind w:left="(\d+)" w:right="(\d+)"/, (_, l: string) => {
            const box = 2 * Number(l) + 4000; // wide enough whatever the rule was
            return `<w:ind w:left="${Math.round(box * 0.45)}" w:right="${Math.round(box * 0.45)}"`;
          });
        }
        return setText(p, (t) => t.slice(0, Math.max(3, Math.floor(t.length / 4))));
      }),
    );
}

export const agencyLast = (s: Subject) => s.agencyLast;
export const closing = (s: Subject) => s.closing;
export const firstGroup = (s: Subject) => s.symbol.split('-')[0];
export const lastRecipient = /^- Lưu: VT/;
export const title = /^(TM|KT)\. /;
export const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** Page numbers moved from the headers to the centre of every footer. */
export function pageNumbersInFooter(parts: Parts): void {
  editHeaders(parts, (xml) => xml.replace(/<w:instrText[^>]*>\s*PAGE[^<]*<\/w:instrText>/g, ''));
  for (const [name, xml] of parts) {
    if (/^word\/footer\d*\.xml$/.test(name)) parts.set(name, xml.replace(/<\/w:ftr>/, `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${PAGE_FIELD}</w:p></w:ftr>`));
  }
}

export const where = {
  section: () => 'Phần 1 (section) của văn bản',
  qh: (s: Subject) => `${at(s.cells.qh)}đoạn “CỘNG HÒA`,
  tn: (s: Subject) => `${at(s.cells.qh)}đoạn “Độc lập`,
  agency: (s: Subject) => `${at(s.cells.agency)}đoạn “`,
  so: (s: Subject) => `${at(s.cells.so)}đoạn “Số`,
  date: (s: Subject) => `${at(s.cells.date)}đoạn “`,
  tenLoai: (s: Subject) => `Phần 1, đoạn “${s.tenLoai}”`,
  trichYeu: (s: Subject) => `Phần 1, đoạn “${s.trichYeu}`,
  body: (s: Subject) => `Phần 1, đoạn “${s.body}`,
  noiNhan: (s: Subject) => `${at(s.cells.noiNhan)}đoạn “`,
  signer: (s: Subject) => `${at(s.cells.signer)}đoạn “`,
  header: () => 'Phần 1, đầu trang',
  appendix: () => 'Phần 2, đoạn “',
};
