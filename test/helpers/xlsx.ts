import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, parseAddress, type Cell, type Sheet, type Workbook } from '../../engine/model';

/** A fresh temporary folder per test file; removed by the caller with `removeTempDir`. */
export async function makeTempDir(prefix = 'ntm-ocop-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** Builds a workbook with exceljs and writes it as a real .xlsx file. */
export async function writeXlsx(file: string, build: (workbook: ExcelJS.Workbook) => void, options: Partial<ExcelJS.XlsxWriteOptions> = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file, options);
  return file;
}

export async function loadXlsx(data: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof data === 'string') await workbook.xlsx.readFile(data);
  else await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetNamed(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The engine cell at an A1 address. */
export function cellAtAddress(sheet: Sheet, address: string): Cell | undefined {
  const at = parseAddress(address);
  if (!at) throw new Error(`bad address ${address}`);
  return cellAt(sheet, at.row, at.column);
}
