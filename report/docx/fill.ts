import { type IPatch, PatchType, patchDocument, TextRun } from 'docx';
import type { ReportContent, RowValues } from '../content/types';
import { isTemplatePart, scanPart, type Occurrence, type TemplateProblem } from '../placeholders/occurrences';
import { normalizeRuns } from '../xml/normalize-runs';
import { textSlots } from '../xml/paragraph';
import { findParent, repeatRows } from '../xml/repeat-rows';
import { childElements, findAllDeep, parseXml, serializeXml, setText, textOf, type XmlElement } from '../xml/tree';
import { blockElements } from './blocks';
import { tableStyles, tableXml } from './table-xml';
import { loadDocx } from './load-docx';
import { paragraphWidths } from './section-widths';
import { describeProblems, TemplateError } from './template-error';

/**
 * Fills a template with report content:
 * 1. with jszip and a small XML tree: placeholders split across runs are made whole, rows designed
 *    with {{#list.field}} are repeated, empty optional lines removed, and each remaining placeholder
 *    gets a key of its own (so a name used twice, or a block, is patched exactly where it stands);
 * 2. docx's patchDocument puts the values in: scalars into the run that held them (keeping its
 *    formatting), blocks in place of their paragraph;
 * 3. the result is checked: no placeholder may survive.
 */
export async function fillTemplate(template: Uint8Array, content: ReportContent): Promise<Uint8Array> {
  const zip = await loadDocx(template);
  const content2 = sanitize(content);
  const problems: TemplateProblem[] = [];
  const scalarPatches: Array<[string, IPatch]> = [];
  const blockPatches: Array<[string, IPatch]> = [];
  // Tables are spliced in after patching (see table-xml.ts): key → table XML.
  const tables = new Map<string, string>();
  const tableStyleIds = new Set<string>();
  let counter = 0;
  const parts = Object.keys(zip.files).filter(isTemplatePart).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const root = parseTemplatePart(part, await zip.file(part)!.async('string'));
    normalizeRuns(root);
    const scanned = scanPart(part, root);
    problems.push(...scanned.problems);
    if (scanned.problems.length > 0) continue;
    removeEmptyOptionalLines(root, scanPart(part, root).occurrences, content2.scalars);
    const widths = part === 'word/document.xml' ? paragraphWidths(root) : new Map<XmlElement, number>();
    for (const o of scanPart(part, root).occurrences) {
      // Rows are repeated after patching, so that patchDocument walks a template-sized document.
      if (o.info?.kind === 'row') continue;
      const key = `${o.name}~${++counter}`;
      renameIn(o, key);
      if (o.info?.kind === 'block' && content2.blocks[o.name]?.kind === 'table') {
        const block = content2.blocks[o.name] as Extract<ReportContent['blocks'][string], { kind: 'table' }>;
        tables.set(key, tableXml(block.table, widths.get(o.paragraph) ?? 9355, tableStyleIds));
      } else if (o.info?.kind === 'block') {
        const block = content2.blocks[o.name];
        blockPatches.push([key, { type: PatchType.DOCUMENT, children: block?.kind === 'paragraphs' ? blockElements(block) : [] }]);
      } else {
        scalarPatches.push([key, { type: PatchType.PARAGRAPH, children: runs(content2.scalars[o.name] ?? '') }]);
      }
    }
    zip.file(part, serializeXml(root));
  }
  if (problems.length > 0) {
    throw new TemplateError(`Mẫu báo cáo có chỗ điền không dùng được:\n${describeProblems(problems)}`, problems);
  }
  const prepared = await zip.generateAsync({ type: 'uint8array' });
  let patched: Uint8Array;
  try {
    patched = await patchDocument({
      outputType: 'uint8array',
      data: prepared,
      patches: Object.fromEntries([...scalarPatches, ...blockPatches]),
      keepOriginalStyles: true,
      recursive: false,
    });
  } catch (err) {
    // patchDocument reads every part (styles, relationships…): its parse errors are the template's.
    throw damaged('một phần của tệp', err);
  }
  return finish(patched, content2.lists, tables, tableStyleIds);
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

function runs(value: string): TextRun[] {
  const lines = value.split(/\r?\n/);
  return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function renameIn(o: Occurrence, key: string): void {
  const needle = `{{${o.name}}}`;
  for (const t of textSlots(o.paragraph)) {
    const text = textOf(t);
    const at = text.indexOf(needle);
    if (at >= 0) {
      setText(t, `${text.slice(0, at)}{{${key}}}${text.slice(at + needle.length)}`);
      return;
    }
  }
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
      parent.children.splice(parent.children.indexOf(o.paragraph), 1);
    }
  }
}

/**
 * After patching: rows designed with {{#list.field}} are repeated, the generated tables take the
 * place of their placeholder paragraphs, every table cell ends with a paragraph (Word wants it),
 * nothing like a placeholder may remain, and the table paragraph styles are added to styles.xml
 * where the template lacks them.
 */
async function finish(
  docx: Uint8Array,
  lists: Record<string, RowValues[]>,
  tables: ReadonlyMap<string, string>,
  styleIds: ReadonlySet<string>,
): Promise<Uint8Array> {
  const zip = await loadDocx(docx);
  for (const part of Object.keys(zip.files).filter(isTemplatePart)) {
    const xml = await zip.file(part)!.async('string');
    const root = parseXml(xml);
    let changed = xml.includes('{{#');
    if (changed) repeatRows(root, lists);
    changed = spliceTables(root, tables) || changed;
    for (const tc of findAllDeep(root, 'w:tc')) {
      const last = childElements(tc).pop();
      if (last && last.name !== 'w:p') {
        tc.children.push({ type: 'element', name: 'w:p', attrs: '', children: [], selfClosing: true });
        changed = true;
      }
    }
    for (const t of findAllDeep(root, 'w:t')) {
      if (textOf(t).includes('{{')) throw new Error(`Chỗ điền còn sót lại sau khi điền mẫu (${part}): ${textOf(t)}`);
    }
    if (changed) zip.file(part, serializeXml(root));
  }
  await addStyles(zip, styleIds);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/** Replaces each paragraph holding a table key with the table's XML. */
function spliceTables(root: XmlElement, tables: ReadonlyMap<string, string>): boolean {
  if (tables.size === 0) return false;
  let changed = false;
  for (const p of findAllDeep(root, 'w:p')) {
    const text = findAllDeep(p, 'w:t').map(textOf).join('');
    const match = /\{\{([^{}]+)\}\}/.exec(text);
    const xml = match ? tables.get(match[1]) : undefined;
    if (xml === undefined) continue;
    const parent = findParent(root, p);
    if (!parent) continue;
    parent.children.splice(parent.children.indexOf(p), 1, { type: 'raw', text: xml });
    changed = true;
  }
  return changed;
}

async function addStyles(zip: Awaited<ReturnType<typeof loadDocx>>, ids: ReadonlySet<string>): Promise<void> {
  const file = zip.file('word/styles.xml');
  if (!file || ids.size === 0) return;
  const xml = await file.async('string');
  const missing = [...ids].filter((id) => !xml.includes(`w:styleId="${id}"`));
  if (missing.length === 0) return;
  zip.file('word/styles.xml', xml.replace('</w:styles>', `${tableStyles(missing)}</w:styles>`));
}

/** A template part our parser cannot read: the template is damaged, not the program. */
export function parseTemplatePart(part: string, xml: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (err) {
    throw damaged(part, err);
  }
}

function damaged(part: string, err: unknown): TemplateError {
  const reason = String((err as Error)?.message ?? err).split('\n')[0];
  return new TemplateError(`Mẫu có phần XML bị hỏng (${part}: ${reason}); mở mẫu bằng Word và lưu lại dưới dạng .docx.`, [], true);
}
