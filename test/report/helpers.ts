import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const ROOT = path.resolve(__dirname, '../..');
export const DEFAULT_TEMPLATE = path.join(ROOT, 'templates', 'bao-cao-mac-dinh.docx');

export function defaultTemplate(): Uint8Array {
  return new Uint8Array(readFileSync(DEFAULT_TEMPLATE));
}

export async function parts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The visible text of a part, paragraph by paragraph. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(''),
  );
}

/** The XML of the first paragraph whose text contains `text`. */
export function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g)].find((m) => paragraphs(m[0]).join('').includes(text));
  if (!found) throw new Error(`no paragraph with "${text}"`);
  return found[0];
}
