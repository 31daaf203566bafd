import { loadDocx } from '../docx/load-docx';
import { readTemplatePart } from '../docx/fill';
import { isTemplatePart, scanPart, type TemplateProblem } from './occurrences';
import type { PlaceholderKind } from './vocabulary';

export interface FoundPlaceholder {
  /** As written between the braces: "so_xa", "#muc_tieu.danh_gia". */
  name: string;
  kind: PlaceholderKind;
  /** The text of the paragraph that holds it. */
  location: string;
  part: string;
}

export interface PlaceholderReport {
  found: FoundPlaceholder[];
  unknown: TemplateProblem[];
  malformed: TemplateProblem[];
}

/** Every placeholder of a template with where it is, and those that are unknown or malformed. */
export async function listPlaceholders(template: Uint8Array): Promise<PlaceholderReport> {
  const zip = await loadDocx(template);
  const report: PlaceholderReport = { found: [], unknown: [], malformed: [] };
  for (const part of Object.keys(zip.files).filter(isTemplatePart).sort()) {
    const root = readTemplatePart(part, await zip.file(part)!.async('string'));
    const { occurrences, problems } = scanPart(part, root);
    for (const o of occurrences) report.found.push({ name: o.name, kind: o.info!.kind, location: o.location, part });
    for (const p of problems) (p.problem === 'unknown' ? report.unknown : report.malformed).push(p);
  }
  return report;
}
