import JSZip from 'jszip';
import { parseXml, type XmlElement } from '../xml/tree';
import { attr, children } from './xml-access';

/** A .docx that cannot be read as one: the CLI ends with exit 2 and this Vietnamese message. */
export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';
}

/** The parts the checker reads, parsed; optional parts are absent when the package lacks them. */
export interface DocxPackage {
  document: XmlElement;
  styles?: XmlElement;
  theme?: XmlElement;
  numbering?: XmlElement;
  /** Headers and footers by the relationship id the section properties name. */
  related: Map<string, { kind: 'header' | 'footer'; root: XmlElement }>;
}

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  try {
    return await file.async('string');
  } catch {
    throw new DocumentReadError(`phần "${name}" của tệp không giải nén được`);
  }
}

/** Word refuses a package whose XML is malformed, so the checker does too (exit 2), rather than guessing. */
function parsePart(name: string, xml: string): XmlElement {
  try {
    return parseXml(xml);
  } catch {
    throw new DocumentReadError(`phần "${name}" của tệp không phải XML hợp lệ`);
  }
}

async function optionalPart(zip: JSZip, name: string): Promise<XmlElement | undefined> {
  const xml = await partText(zip, name);
  return xml === undefined ? undefined : parsePart(name, xml);
}

/** Resolves a relationship target against word/ ("header1.xml", "/word/header1.xml", "../word/x.xml"). */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `word/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationships(root: XmlElement | undefined): Array<{ id: string; type: string; target: string }> {
  const rels = root ? children(root).find((c) => c.name === 'Relationships') : undefined;
  return children(rels, 'Relationship').map((r) => ({ id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target: attr(r, 'Target') ?? '' }));
}

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocumentReadError('tệp không mở được dạng nén của .docx');
  }
  const documentXml = await partText(zip, 'word/document.xml');
  if (documentXml === undefined) throw new DocumentReadError('tệp thiếu phần word/document.xml');
  const document = parsePart('word/document.xml', documentXml);
  if (!children(document).some((c) => c.name === 'w:document')) throw new DocumentReadError('phần word/document.xml không có nội dung văn bản Word');
  const rels = relationships(await optionalPart(zip, 'word/_rels/document.xml.rels'));
  const byType = (suffix: string) => rels.find((r) => r.type.endsWith(`/${suffix}`));
  const named = async (suffix: string, fallback: string) => optionalPart(zip, byType(suffix) ? partName(byType(suffix)!.target) : fallback);
  const related = new Map<string, { kind: 'header' | 'footer'; root: XmlElement }>();
  for (const r of rels) {
    const kind = r.type.endsWith('/header') ? 'header' : r.type.endsWith('/footer') ? 'footer' : undefined;
    if (!kind || !r.id) continue;
    const root = await optionalPart(zip, partName(r.target));
    if (root) related.set(r.id, { kind, root });
  }
  return {
    document,
    styles: await named('styles', 'word/styles.xml'),
    theme: await named('theme', 'word/theme/theme1.xml'),
    numbering: await named('numbering', 'word/numbering.xml'),
    related,
  };
}
