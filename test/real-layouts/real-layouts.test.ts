import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { validateWorkbook, type Finding, type ValidationResult } from '../../engine';
import { readWorkbook } from '../../generator/read-workbook';
import { testWith } from '../helpers/tools';
import { makeTempDir, removeTempDir } from '../helpers/xlsx';
import { CASES, type ExpectedFinding, type LayoutCase } from './corpus';
import { addFormSheet, addInfoSheet } from './office-form';
import { writeRawXlsx } from './raw-xlsx';

/**
 * The corpus of office layouts (issue 10): each workbook is written as a real .xlsx, read back by
 * the Node reader and validated; its findings, metrics and target statuses must be the ones
 * worked out by hand in corpus.ts, with no false error and no planted one missed.
 */
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('ntm-layouts-');
});
afterAll(async () => removeTempDir(dir));

async function validateBytes(bytes: Buffer): Promise<ValidationResult> {
  return validateWorkbook(await readWorkbook(bytes));
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.code !== e.code) return false;
  if (e.sheet !== undefined && f.sheet !== e.sheet) return false;
  if (e.cell !== undefined && f.cell !== e.cell) return false;
  return (e.says ?? []).every((w) => f.message.includes(w));
}

const show = (f: Finding) => `${f.severity} ${f.code} ${f.sheet ?? ''}!${f.cell ?? ''}: ${f.message}`;

/** Infos that carry no suspicion; anything else must be expected by the case. */
const HARMLESS_INFO = new Set(['row-skipped', 'unit-not-commune', 'threshold-missing', 'number-as-text', 'target-met']);

function expectCase(result: ValidationResult, c: LayoutCase): void {
  const problems = result.findings.filter((f) => f.severity !== 'info');
  const unmatched = [...problems];
  const missed: ExpectedFinding[] = [];
  for (const e of c.problems) {
    const i = unmatched.findIndex((f) => matches(f, e));
    if (i < 0) missed.push(e);
    else unmatched.splice(i, 1);
  }
  expect({ missed, unexpected: unmatched.map(show) }).toEqual({ missed: [], unexpected: [] });

  const infos = result.findings.filter((f) => f.severity === 'info');
  const missedInfos = (c.infos ?? []).filter((e) => !infos.some((f) => matches(f, e)));
  expect({ missedInfos, infos: infos.map(show) }).toEqual({ missedInfos: [], infos: infos.map(show) });
  const expectedCodes = new Set((c.infos ?? []).map((e) => e.code));
  expect(infos.filter((f) => !HARMLESS_INFO.has(f.code) && !expectedCodes.has(f.code)).map(show)).toEqual([]);

  for (const [code, value] of Object.entries(c.metrics)) {
    expect([code, result.metrics[code as keyof typeof result.metrics]]).toEqual([code, expect.closeTo(value, 9)]);
  }
  for (const [district, metrics] of Object.entries(c.districtMetrics ?? {})) {
    const got = result.districtMetrics.get(district);
    expect([district, got !== undefined]).toEqual([district, true]);
    for (const [code, value] of Object.entries(metrics)) {
      expect([district, code, got?.[code as keyof typeof got]]).toEqual([district, code, value]);
    }
  }
  for (const [row, status] of Object.entries(c.targets ?? {})) {
    expect([Number(row), result.targets.find((t) => t.row === Number(row))?.status]).toEqual([Number(row), status]);
  }
}

describe('workbooks laid out as offices lay them out', () => {
  test('the corpus has at least 15 layouts, each named for its pattern', () => {
    expect(CASES.length + 3).toBeGreaterThanOrEqual(15); // + LibreOffice, another tool, too-deep header
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectCase(await validateBytes(await bytesOf(c.build())), c);
  });

  test('a workbook written by another tool (inline strings, no styles) reads the same', async () => {
    const c = CASES.find((x) => x.name === 'hau-giang-nhom-huyen')!;
    expectCase(await validateBytes(await writeRawXlsx(c.build())), c);
  });

  test('a header below row 30 is not found, and the message shows what was looked at', async () => {
    const wb = new ExcelJS.Workbook();
    addInfoSheet(wb, [
      ['Tỉnh', 'Hòa Bình'],
      ['Huyện', 'Kim Bôi'],
      ['Vùng', 'Trung du và miền núi phía Bắc'],
      ['Năm báo cáo', 2024],
    ]);
    addFormSheet(wb, { name: 'Xã', title: Array.from({ length: 31 }, (_, i) => `Ghi chú ${i + 1}`), header: ['STT', 'Tên xã', 'Mức đạt chuẩn'], rows: [[1, 'Nam Thượng', 'Chưa đạt']] });
    const result = await validateBytes(await bytesOf(wb));
    const missing = result.findings.filter((f) => f.code === 'column-missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0].message).toContain('30 dòng đầu');
    // One root cause, one finding: nothing else about the unreadable sheet.
    expect(result.findings.filter((f) => f.severity === 'error' && f.code !== 'column-missing')).toEqual([]);
  });
});

const withOffice = testWith('soffice');

describe('a workbook saved by LibreOffice Calc', () => {
  withOffice(
    'reads the same as the file Excel wrote',
    async () => {
      const c = CASES.find((x) => x.name === 'kim-boi-bieu-tong-hop')!;
      const source = path.join(dir, 'lo-source.xlsx');
      await fs.writeFile(source, await bytesOf(c.build()));
      const out = path.join(dir, 'lo-out');
      await fs.mkdir(out, { recursive: true });
      const profile = path.join(dir, 'lo-profile');
      // Through .ods and back, as an office that keeps its files in LibreOffice would.
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'ods', '--outdir', out, source], { stdio: 'pipe', timeout: 180000 });
      const ods = path.join(out, 'lo-source.ods');
      const back = path.join(dir, 'lo-back');
      await fs.mkdir(back, { recursive: true });
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', back, ods], { stdio: 'pipe', timeout: 180000 });
      expectCase(await validateBytes(await fs.readFile(path.join(back, 'lo-source.xlsx'))), c);
    },
    240000,
  );
});
