import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { validateWorkbook } from '../../engine';
import { runCli } from '../../generator/cli';
import type { CommandIo } from '../../generator/io';
import { readWorkbook } from '../../generator/read-workbook';
import { buildReport } from '../../report';
import type { FormatFinding } from '../../report/check-format';

export const ROOT = path.resolve(__dirname, '../..');
export const TEMPLATE = path.join(ROOT, 'templates', 'bao-cao-mac-dinh.docx');
export const SAMPLES = {
  uMinhThuong: path.join(ROOT, 'samples', 'u-minh-thuong.xlsx'),
  hauGiang: path.join(ROOT, 'samples', 'tinh-hau-giang.xlsx'),
  mau2026: path.join(ROOT, 'samples', 'mau-2026-2030.xlsx'),
};

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `ntm-cf-${prefix}-`));
}

/** The report the generator writes for a sample workbook, through the library as the CLI does. */
export async function generatedReport(sample: string, district?: string): Promise<Uint8Array> {
  const result = validateWorkbook(await readWorkbook(readFileSync(sample)));
  return buildReport(result, { template: new Uint8Array(readFileSync(TEMPLATE)), district });
}

export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
  json?: { file: string; summary: { errors: number; warnings: number; infos: number }; findings: FormatFinding[] };
}

/** `ntm-ocop check-format <file> --json` in-process, on bytes written to a temp file. */
export async function checkFile(file: string, json = true): Promise<CheckRun> {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  const code = await runCli(['check-format', file, ...(json ? ['--json'] : [])], io);
  const parsed = json && code !== 2 ? (JSON.parse(out.stdout) as CheckRun['json']) : undefined;
  return { code, ...out, json: parsed };
}

let counter = 0;
const scratch = tempDir('docs');

export async function checkBytes(bytes: Uint8Array, name = 'van-ban'): Promise<CheckRun> {
  const file = path.join(scratch, `${name}-${++counter}.docx`);
  writeFileSync(file, bytes);
  return checkFile(file);
}

export function errors(run: CheckRun): FormatFinding[] {
  return (run.json?.findings ?? []).filter((f) => f.severity === 'error');
}

// --- Editing the XML of a .docx, one paragraph at a time ---------------------------------------------

export type Parts = Map<string, string>;

export async function readParts(bytes: Uint8Array): Promise<{ zip: JSZip; parts: Parts }> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  return { zip, parts };
}

export async function writeParts(zip: JSZip, parts: Parts): Promise<Uint8Array> {
  for (const [name, xml] of parts) zip.file(name, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const PARAGRAPH = /<w:p[ >](?:(?!<w:p[ >])[\s\S])*?<\/w:p>/g;
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');
}

/** Replaces the `nth` paragraph (0-based) whose text matches `match`; fails loudly when there is none. */
export function editParagraph(xml: string, match: string | RegExp, edit: (p: string) => string, nth = 0): string {
  let seen = -1;
  let done = false;
  const out = xml.replace(PARAGRAPH, (p) => {
    const text = paragraphText(p);
    const hit = typeof match === 'string' ? text.includes(match) : match.test(text);
    if (done || !hit || ++seen !== nth) return p;
    done = true;
    return edit(p);
  });
  if (!done) throw new Error(`no paragraph matching ${String(match)}`);
  return out;
}

/** The paragraph after the one matching `match` (its XML position), edited. */
export function editNextParagraph(xml: string, match: string, edit: (p: string) => string): string {
  const list = [...xml.matchAll(PARAGRAPH)];
  const i = list.findIndex((m) => paragraphText(m[0]).includes(match));
  if (i < 0 || i + 1 >= list.length) throw new Error(`no paragraph after ${match}`);
  const next = list[i + 1];
  return xml.slice(0, next.index) + edit(next[0]) + xml.slice(next.index! + next[0].length);
}

/** Every run of the paragraph: `remove` taken out of its properties, `add` put in. */
export function setRunProps(p: string, add: string, remove: RegExp): string {
  return p.replace(/<w:r(?: [^>]*)?>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g, (run) => {
    if (/<w:rPr>/.test(run)) return run.replace(/<w:rPr>([\s\S]*?)<\/w:rPr>/, (_, inner: string) => `<w:rPr>${inner.replace(remove, '')}${add}</w:rPr>`);
    return run.replace(/^<w:r( [^>]*)?>/, (open) => `${open}<w:rPr>${add}</w:rPr>`);
  });
}

/** Paragraph properties: `remove` taken out, `add` put first. */
export function setParaProps(p: string, add: string, remove: RegExp): string {
  if (/<w:pPr>/.test(p)) return p.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/, (_, inner: string) => `<w:pPr>${add}${inner.replace(remove, '')}</w:pPr>`);
  return p.replace(/^<w:p( [^>]*)?>/, (open) => `${open}<w:pPr>${add}</w:pPr>`);
}

/** The paragraph's text rewritten: all of it goes in the first text run, the others are emptied. */
export function setText(p: string, rewrite: (text: string) => string): string {
  const text = rewrite(paragraphText(p));
  let first = true;
  return p.replace(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g, () => {
    const t = first ? `<w:t xml:space="preserve">${encode(text)}</w:t>` : '<w:t xml:space="preserve"></w:t>';
    first = false;
    return t;
  });
}
