import type JSZip from 'jszip';
import type { BlockContent, ReportContent, RowValues } from '../content/types';
import { isTemplatePart, scanPart, type Occurrence, type TemplateProblem } from '../placeholders/occurrences';
import { placeholdersIn } from '../placeholders/grammar';
import { paragraphText } from '../xml/paragraph';
import { orderParagraphProperties } from '../xml/paragraph-properties';
import { repeatRows } from '../xml/repeat-rows';
import { childElements, findAllDeep, findParent, replaceChild, type XmlElement } from '../xml/tree';
import { blockElements } from './blocks';
import { docxElement } from './docx-xml';
import { fillRuns } from './fill-runs';
import { loadDocx } from './load-docx';
import { declareNamespaces } from './namespaces';
import { otherPartProblems } from './other-parts';
import { expandSections } from './sections';
import { paragraphWidths } from './section-widths';
import { tableStyles, tableXml } from './table-xml';
import { describeProblems, FillProblem, TemplateError } from './template-error';
import { asTemplatePart, readTemplatePart } from './template-part';
import { writePart } from './write-part';

export { parseTemplatePart, readTemplatePart } from './template-part';

/**
 * Fills a template with report content. Each part that may hold placeholders is parsed once into
 * a small XML tree, filled there and written once:
 * 1. placeholders split across runs are made whole (normalizeRuns), and checked (scanPart): an
 *    unknown or malformed one refuses the whole template, with every problem listed;
 * 2. empty optional lines are removed, values go into the runs that held them (docx's TextRun),
 *    block placeholders become generated paragraphs (docx's Paragraph) or tables (WordprocessingML
 *    written directly, see table-xml.ts), rows designed with {{#list.field}} are repeated;
 * 3. nothing like a placeholder may remain.
 */
export async function fillTemplate(template: Uint8Array, content: ReportContent): Promise<Uint8Array> {
  const zip = await loadDocx(template);
  const clean = sanitize(content);
  const problems: TemplateProblem[] = [];
  const filled = new Map<string, XmlElement>();
  const parts = Object.keys(zip.files)
    .filter(isTemplatePart)
    .sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const root = readTemplatePart(part, await zip.file(part)!.async('string'));
    const scanned = scanPart(part, root);
    problems.push(...scanned.problems);
    if (scanned.occurrences.length + scanned.sections.length > 0 || part === 'word/document.xml') filled.set(part, root);
  }
  problems.push(...(await otherPartProblems(zip, new Set(parts))));
  refuseIf(problems);
  const tableStyleIds = new Set<string>();
  for (const [part, root] of filled) {
    try {
      fillPart(part, root, clean, tableStyleIds);
    } catch (err) {
      if (!(err instanceof FillProblem)) throw err;
      problems.push(err.problem);
    }
    if (part === 'word/document.xml') declareNamespaces(root);
    orderParagraphProperties(root);
  }
  refuseIf(problems);
  for (const [part, root] of filled)
    zip.file(
      part,
      asTemplatePart(part, () => writePart(root)),
    );
  await addStyles(zip, tableStyleIds);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

function refuseIf(problems: TemplateProblem[]): void {
  if (problems.length > 0) {
    throw new TemplateError(`Mẫu báo cáo có chỗ điền không dùng được:\n${describeProblems(problems)}`, problems);
  }
}

/** Fills one part's tree in place: conditions and loops first, then values, blocks and rows. */
function fillPart(part: string, root: XmlElement, content: ReportContent, tableStyleIds: Set<string>): void {
  expandSections(part, root, content);
  const occurrences = scanPart(part, root).occurrences;
  removeEmptyOptionalLines(root, occurrences, content.scalars);
  const kept = scanPart(part, root).occurrences;
  const widths = part === 'word/document.xml' ? paragraphWidths(root) : new Map<XmlElement, number>();
  const scalars = new Set(kept.filter((o) => o.info?.kind === 'scalar').map((o) => o.name));
  fillRuns(root, (name) => (scalars.has(name) ? (content.scalars[name] ?? '') : undefined));
  // After the values, so that text in a generated block is never taken for a placeholder.
  for (const o of kept) {
    if (o.info?.kind !== 'block') continue;
    const parent = findParent(root, o.paragraph);
    if (parent) replaceChild(parent, o.paragraph, blockNodes(content.blocks[o.name], widths.get(o.paragraph) ?? 9355, tableStyleIds));
  }
  repeatRows(root, content.lists);
  // Word wants every table cell to end with a paragraph (a block may have been the last one).
  for (const tc of findAllDeep(root, 'w:tc')) {
    const last = childElements(tc).pop();
    if (last && last.name !== 'w:p') tc.children.push({ type: 'element', name: 'w:p', attrs: '', children: [], selfClosing: true });
  }
  // Never "{{…}}" in a report: what could not be filled is the template's problem.
  for (const p of findAllDeep(root, 'w:p')) {
    const text = paragraphText(p);
    const left = placeholdersIn(text)[0];
    if (left) throw new FillProblem({ part, placeholder: `{{${left.name}}}`, location: text.trim().slice(0, 120), problem: 'malformed', message: 'Chỗ điền không điền được ở vị trí này' });
  }
}

/** A block's paragraphs (docx) or table (WordprocessingML), or nothing when the content has none. */
function blockNodes(block: BlockContent | undefined, width: number, tableStyleIds: Set<string>): XmlElement['children'] {
  if (!block) return [];
  if (block.kind === 'table') return [{ type: 'raw', text: tableXml(block.table, width, tableStyleIds) }];
  return blockElements(block).map(docxElement);
}

/** User text never opens a placeholder of its own. */
function sanitize(content: ReportContent): ReportContent {
  const clean = (s: string) => s.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
  const lists: Record<string, RowValues[]> = {};
  for (const [k, rows] of Object.entries(content.lists)) {
    lists[k] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([f, v]) => [f, clean(v)])));
  }
  return {
    scalars: Object.fromEntries(Object.entries(content.scalars).map(([k, v]) => [k, clean(v)])),
    lists,
    blocks: content.blocks,
  };
}

/** "Kính gửi: {{kinh_gui}}." and the like disappear when there is nothing to say. */
function removeEmptyOptionalLines(root: XmlElement, occurrences: Occurrence[], scalars: Record<string, string>): void {
  for (const o of occurrences) {
    if (!o.info?.optionalLine || (scalars[o.name] ?? '').trim() !== '') continue;
    const parent = findParent(root, o.paragraph);
    if (!parent) continue;
    const isLastInCell = parent.name === 'w:tc' && childElements(parent, 'w:p').length === 1;
    if (isLastInCell) {
      o.paragraph.children = o.paragraph.children.filter((c) => c.type === 'element' && c.name === 'w:pPr');
    } else {
      replaceChild(parent, o.paragraph, []);
    }
  }
}

async function addStyles(zip: JSZip, ids: ReadonlySet<string>): Promise<void> {
  const file = zip.file('word/styles.xml');
  if (!file || ids.size === 0) return;
  const xml = await file.async('string');
  const missing = [...ids].filter((id) => !xml.includes(`w:styleId="${id}"`));
  if (missing.length === 0) return;
  zip.file('word/styles.xml', xml.replace('</w:styles>', `${tableStyles(missing)}</w:styles>`));
}
