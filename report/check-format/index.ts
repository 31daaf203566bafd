import { loadNd30Format } from '../../engine';
import type { FormatFinding } from './catalog';
import { checkAppendices } from './check-appendix';
import { checkBody } from './check-body';
import { checkClosing } from './check-closing';
import type { CheckContext } from './check-context';
import { checkFonts } from './check-fonts';
import { checkHeader } from './check-header';
import { checkPages } from './check-page';
import { checkTitle } from './check-title';
import { FindingCollector } from './collector';
import { findLayout } from './layout';
import { openDocx } from './package';
import { readDocument } from './read-document';
import { untabHeader } from './tab-header';

/**
 * `check-format`: checks a Word document against the layout of Nghị định 30/2020/NĐ-CP. Host-neutral
 * (bytes in, findings out; jszip and plain TypeScript only), so the CLI, the Excel pane or a Word
 * add-in can call it.
 */
export { CATALOG, ELEMENTS, type FormatCode, type FormatElement, type FormatFinding, type Severity } from './catalog';
export { DocumentReadError } from './package';

export interface FormatSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface FormatCheckResult {
  summary: FormatSummary;
  findings: FormatFinding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Reads the .docx and checks it; throws DocumentReadError when the bytes are not a readable .docx. */
export async function checkFormat(bytes: Uint8Array): Promise<FormatCheckResult> {
  const rules = loadNd30Format();
  const model = untabHeader(readDocument(await openDocx(bytes)));
  const layout = findLayout(
    model,
    [...rules.documentTypes.types, ...rules.legalTypes.types].map((t) => t.name),
  );
  const out = new FindingCollector();
  const ctx: CheckContext = { model, layout, rules, out };
  checkPages(ctx);
  checkFonts(ctx);
  checkHeader(ctx);
  checkTitle(ctx);
  checkBody(ctx);
  checkClosing(ctx);
  checkAppendices(ctx);
  // Stable order: severity, then the order the checks found them (document order within a family).
  const findings = out
    .findings()
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  const count = (s: keyof typeof SEVERITY_ORDER) => findings.filter((f) => f.severity === s).length;
  return { summary: { errors: count('error'), warnings: count('warning'), infos: count('info') }, findings };
}
