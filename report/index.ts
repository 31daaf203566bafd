/**
 * The host-neutral report builder: the CLI (Node) and the Excel add-in (browser) both call it.
 * No file system or Node byte buffers in here: bytes in and out are Uint8Array.
 */
import type { ValidationResult } from '../engine';
import { buildContent } from './content/build-content';
import { fillTemplate } from './docx/fill';
import { templateLists } from './lists/template-lists';
import { assertReportable } from './report-rules';

export { buildContent, contentForScope, type ContentOptions } from './content/build-content';
export { listDistricts, reportScope, ReportInputError, type ReportScope } from './content/scope';
export { districtName } from './content/names';
export { STATUS_NAMES } from './content/targets';
export type { ReportContent, TableContent, BlockContent, ParagraphContent, RowValues } from './content/types';
export { fillTemplate } from './docx/fill';
export { assertReportable, NoReportError } from './report-rules';
export { TemplateError, describeProblems, partLabel } from './docx/template-error';
export { listPlaceholders, type PlaceholderReport, type FoundPlaceholder } from './placeholders/list';
export type { TemplateProblem } from './placeholders/occurrences';
export { placeholderVocabulary, type PlaceholderInfo, type PlaceholderKind } from './placeholders/vocabulary';

export interface BuildReportOptions {
  /** The .docx template's bytes. */
  template: Uint8Array;
  /** Restrict the report to one district of a province workbook (--by huyen). */
  district?: string;
  /** Recipient for the "Kính gửi" line; without it the line is left out. */
  kinhGui?: string;
}

/**
 * Fills the template with the validation's figures and returns the report's .docx bytes.
 * Throws NoReportError when the workbook cannot make a report (see report-rules.ts).
 */
export async function buildReport(result: ValidationResult, options: BuildReportOptions): Promise<Uint8Array> {
  assertReportable(result);
  const content = buildContent(result, { district: options.district, kinhGui: options.kinhGui });
  return fillTemplate(options.template, { ...content, lists: { ...templateLists(result, options.district), ...content.lists } });
}
export { checkFormat, DocumentReadError, type FormatCheckResult, type FormatFinding } from './check-format';
