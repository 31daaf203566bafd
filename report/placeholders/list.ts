import { loadDocx } from '../docx/load-docx';
import { otherPartProblems } from '../docx/other-parts';
import { readTemplatePart } from '../docx/template-part';
import { isTemplatePart, scanPart, type TemplateProblem } from './occurrences';
import { placeholderVocabulary, type PlaceholderKind } from './vocabulary';

export interface FoundPlaceholder {
  /** As written between the braces: "so_xa", "#muc_tieu.danh_gia", "#neu so_xa > 10", "#moi xa". */
  name: string;
  kind: PlaceholderKind | 'condition' | 'loop';
  /** What it becomes, from the vocabulary; for a condition or a loop, what it does. */
  description: string;
  /** The text of the paragraph that holds it. */
  location: string;
  part: string;
}

export interface PlaceholderReport {
  found: FoundPlaceholder[];
  unknown: TemplateProblem[];
  malformed: TemplateProblem[];
}

/** Every placeholder of a template with where it is, and those that are unknown, malformed or misplaced. */
export async function listPlaceholders(template: Uint8Array): Promise<PlaceholderReport> {
  const zip = await loadDocx(template);
  const vocabulary = placeholderVocabulary();
  const report: PlaceholderReport = { found: [], unknown: [], malformed: [] };
  const problems: TemplateProblem[] = [];
  for (const part of Object.keys(zip.files).filter(isTemplatePart).sort()) {
    const root = readTemplatePart(part, await zip.file(part)!.async('string'));
    const { occurrences, sections, problems: found } = scanPart(part, root);
    for (const s of sections) {
      const description = s.kind === 'loop' ? 'các đoạn ở giữa lặp lại cho mỗi phần tử' : s.block ? 'các đoạn ở giữa chỉ hiện khi điều kiện đúng' : 'phần chữ ở giữa chỉ hiện khi điều kiện đúng';
      report.found.push({ name: s.label, kind: s.kind, description, location: s.location, part });
    }
    for (const o of occurrences) report.found.push({ name: o.name, kind: o.info!.kind, description: vocabulary.get(o.name)?.description ?? '', location: o.location, part });
    problems.push(...found);
  }
  problems.push(...(await otherPartProblems(zip, new Set(Object.keys(zip.files).filter(isTemplatePart)))));
  for (const p of problems) (p.problem === 'unknown' ? report.unknown : report.malformed).push(p);
  return report;
}
