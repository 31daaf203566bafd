import { Document, Footer, FootnoteReferenceRun, Header, Packer, Paragraph, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';
import JSZip from 'jszip';

/**
 * Templates written with docx, as a secretary would type them in Word: one paragraph per string;
 * "|a|b|" makes a one-row table whose cells hold a and b. Options add a header, a footer, a
 * footnote (referenced from the first paragraph), a text box and an endnote.
 */
export interface TemplateParts {
  body: string[];
  header?: string;
  footer?: string;
  footnote?: string;
  textBox?: string;
  endnote?: string;
  comment?: string;
}

export async function languageTemplate(parts: TemplateParts): Promise<Uint8Array> {
  const children: Array<Paragraph | Table | Textbox> = parts.body.map((line, i) => {
    if (line.startsWith('|')) {
      const cells = line.slice(1, -1).split('|');
      return new Table({ rows: [new TableRow({ children: cells.map((c) => new TableCell({ children: c.split('¶').map((t) => new Paragraph(t)) })) })] });
    }
    const runs = [new TextRun(line)];
    return new Paragraph({ children: i === 0 && parts.footnote ? [...runs, new FootnoteReferenceRun(1)] : runs });
  });
  if (parts.textBox) children.push(new Textbox({ style: { width: '200pt', height: '50pt' }, children: [new Paragraph(parts.textBox)] }));
  const doc = new Document({
    footnotes: parts.footnote ? { 1: { children: [new Paragraph(parts.footnote)] } } : undefined,
    sections: [
      {
        headers: parts.header ? { default: new Header({ children: [new Paragraph(parts.header)] }) } : undefined,
        footers: parts.footer ? { default: new Footer({ children: [new Paragraph(parts.footer)] }) } : undefined,
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  if (!parts.endnote && !parts.comment) return bytes;
  return addParts(bytes, parts);
}

/** docx writes no endnotes and no comments of its own: those parts are added as Word writes them. */
async function addParts(bytes: Uint8Array, parts: TemplateParts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  let doc = await zip.file('word/document.xml')!.async('string');
  if (parts.endnote) {
    zip.file(
      'word/endnotes.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes ${W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${parts.endnote}</w:t></w:r></w:p></w:endnote></w:endnotes>`,
    );
    types = types.replace('</Types>', '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>');
    rels = rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdEndnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>',
    );
    doc = doc.replace(/<\/w:p>/, '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r></w:p>');
  }
  if (parts.comment) {
    zip.file(
      'word/comments.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="Văn thư"><w:p><w:r><w:t xml:space="preserve">${parts.comment}</w:t></w:r></w:p></w:comment></w:comments>`,
    );
  }
  zip.file('[Content_Types].xml', types);
  zip.file('word/_rels/document.xml.rels', rels);
  zip.file('word/document.xml', doc);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * Every run holding a "{{" cut as Word cuts them (spelling marks, a formatting change): the text
 * in pieces of three characters, each in its own run, every other one red.
 */
export async function splitAllRuns(template: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(
      name,
      xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*\{\{[^<]*)<\/w:t><\/w:r>/g, (_m, rPr: string | undefined, text: string) => {
        const decoded = text
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        const pieces = decoded.match(/[\s\S]{1,3}/g) ?? [];
        const encode = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        return pieces
          .map(
            (piece, i) =>
              `<w:r>${i % 2 ? '<w:rPr><w:color w:val="FF0000"/></w:rPr>' : (rPr ?? '')}<w:t xml:space="preserve">${encode(piece)}</w:t></w:r>${i % 2 ? '<w:proofErr w:type="spellStart"/>' : ''}`,
          )
          .join('');
      }),
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}
