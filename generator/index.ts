/**
 * ntm-ocop as a Node library: read a workbook, validate it, build the report, check a template or
 * any Word document — the same functions the `ntm-ocop` command runs. Bytes are Uint8Array (a
 * Buffer is one); inputs given as file names are read with the command's checks and messages.
 */
import { promises as fs } from 'fs';
import type { Period, Workbook } from '../engine';
import { inspectWorkbookBytes } from './inspect-input';
import { loadWorkbookFile } from './load-workbook';
import { defaultTemplatePath } from './package-info';
import { readWorkbook as readWorkbookBytes } from './read-workbook';
import { writeBlankWorkbook } from './write-blank-workbook';

export {
  validateWorkbook,
  toValidationJson,
  computeMetrics,
  type ValidateOptions,
  type ValidationResult,
  type ValidationJson,
  type Finding,
  type Severity,
  type TargetResult,
  type Metrics,
  type Workbook,
  type Period,
} from '../engine';
export {
  buildReport,
  buildContent,
  fillTemplate,
  listPlaceholders,
  checkFormat,
  listDistricts,
  TemplateError,
  NoReportError,
  DocumentReadError,
  type BuildReportOptions,
  type ReportContent,
  type PlaceholderReport,
  type FormatCheckResult,
  type FormatFinding,
} from '../report';
export { runCli } from './cli';
export { InputError, type CommandIo } from './io';

/**
 * A workbook from a file name or from the bytes of an .xlsx. Damaged, encrypted or old .xls files
 * are refused with an InputError whose message (Vietnamese) names the file.
 */
export async function readWorkbook(input: string | Uint8Array, name = 'sổ Excel'): Promise<Workbook> {
  if (typeof input === 'string') return loadWorkbookFile(input);
  const inspection = inspectWorkbookBytes(input, name);
  return readWorkbookBytes(input, inspection);
}

/** The report template shipped with the package (templates/bao-cao-mac-dinh.docx). */
export async function defaultTemplate(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(defaultTemplatePath()));
}

/** A blank data-entry workbook (.xlsx bytes) for the period, as `ntm-ocop init` writes it. */
export async function blankWorkbook(period: Period = '2021-2025'): Promise<Uint8Array> {
  return new Uint8Array(await writeBlankWorkbook(period));
}
