import type JSZip from 'jszip';
import { placeholdersIn } from '../placeholders/grammar';
import type { TemplateProblem } from '../placeholders/occurrences';
import { decodeText, type XmlNode } from '../xml/tree';
import { parseTemplatePart } from './template-part';

/**
 * The parts that are not filled (styles, numbering, comments, charts, relationships…) go out as
 * they came in. Two things are still the template's fault, and said before anything is written:
 * a damaged part (thrown as a TemplateError), and a placeholder where nothing fills it (a comment,
 * a chart title): it would stay "{{…}}" in the report, so it is a problem.
 */
export async function otherPartProblems(zip: JSZip, filled: ReadonlySet<string>): Promise<TemplateProblem[]> {
  const problems: TemplateProblem[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (filled.has(name) || zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const root = parseTemplatePart(name, xml);
    // Only the document's own parts print: the file's properties (docProps) may speak of "{{…}}".
    if (!name.startsWith('word/') || !xml.includes('{{')) continue;
    for (const text of texts(root)) {
      for (const p of placeholdersIn(text)) {
        problems.push({
          part: name,
          placeholder: `{{${p.name}}}`,
          location: text.trim().slice(0, 120),
          problem: 'malformed',
          message: 'Chỗ điền ở phần này của tệp không được điền (chỉ điền trong thân văn bản, đầu trang, chân trang, khung chữ và chú thích)',
        });
      }
    }
  }
  return problems;
}

/** The character data of a part, one string per element that holds some. */
function texts(node: XmlNode, out: string[] = []): string[] {
  if (node.type === 'raw') return out;
  const own = node.children
    .filter((c) => c.type === 'raw' && !c.text.startsWith('<'))
    .map((c) => (c.type === 'raw' ? decodeText(c.text) : ''))
    .join('');
  if (own.includes('{{')) out.push(own);
  for (const c of node.children) texts(c, out);
  return out;
}
