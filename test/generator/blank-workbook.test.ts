import type ExcelJS from 'exceljs';
import {
  INLINE_LIST_MAX,
  LIST_SHEET_NAME,
  MARK_VALUES,
  blankWorkbookPlan,
  communeFields,
  fitsInlineList,
  infoFields,
  ocopFields,
  targetFields,
  thresholdFields,
  type BlankTableSheet,
  type FieldSpec,
} from '../../engine/workbook-layout';
import type { Period } from '../../engine/rules/schemas';
import { readWorkbook } from '../../generator/read-workbook';
import { writeBlankWorkbook } from '../../generator/write-blank-workbook';
import { loadXlsx } from '../helpers/xlsx';
import { validateWorkbook } from '../../engine';

const PERIODS: Period[] = ['2021-2025', '2026-2030'];
const TABLES = ['Xã', 'OCOP', 'Chỉ tiêu', 'Ngưỡng'];

/** The values a list validation offers, whether inline or on the hidden sheet. */
function listValues(workbook: ExcelJS.Workbook, formula: string): string[] {
  const inline = /^"(.*)"$/.exec(formula);
  if (inline) return inline[1].split(',');
  const ref = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!ref) throw new Error(`unexpected list formula ${formula}`);
  const sheet = workbook.getWorksheet(ref[1]);
  if (!sheet) throw new Error(`list sheet ${ref[1]} missing`);
  const values: string[] = [];
  for (let r = Number(ref[3]); r <= Number(ref[5]); r++) values.push(String(sheet.getCell(`${ref[2]}${r}`).value));
  return values;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    out[col - 1] = String(cell.value);
  });
  return out;
}

function expectedFields(sheet: string, period: Period): FieldSpec[] {
  const noDistrict = (fields: FieldSpec[]) => (period === '2026-2030' ? fields.filter((f) => f.key !== 'huyen') : fields);
  switch (sheet) {
    case 'Xã':
      return noDistrict(communeFields(period)).filter((f) => (period === '2021-2025' ? f.key !== 'nhom' : true));
    case 'OCOP':
      return noDistrict(ocopFields());
    case 'Chỉ tiêu':
      return targetFields();
    default:
      return thresholdFields();
  }
}

describe.each(PERIODS)('blank workbook %s', (period) => {
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    buffer = await writeBlankWorkbook(period);
    workbook = await loadXlsx(buffer);
  });

  test('has the guide, the info sheet and the four tables, plus the hidden list sheet', () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names.slice(0, 6)).toEqual(['Hướng dẫn', 'Thông tin', ...TABLES]);
    const lists = workbook.getWorksheet(LIST_SHEET_NAME);
    if (lists) expect(lists.state).toBe('hidden');
    for (const ws of workbook.worksheets) if (ws.name !== LIST_SHEET_NAME) expect(ws.state).not.toBe('hidden');
  });

  test('every user-visible text is NFC', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.name).toBe(ws.name.normalize('NFC'));
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).toBe(cell.value.normalize('NFC'));
        }),
      );
    }
  });

  test('the guide explains the sheets and how to mark criteria', () => {
    const text = workbook
      .getWorksheet('Hướng dẫn')!
      .getColumn(1)
      .values.filter((v) => typeof v === 'string')
      .join('\n');
    for (const name of ['Thông tin', 'Xã', 'OCOP', 'Chỉ tiêu', 'Ngưỡng']) expect(text).toContain(`"${name}"`);
    expect(text).toContain('"Đạt"');
    expect(text).toContain('"x"');
    expect(text).toMatch(/Số văn bản.*để trống/);
    expect(text).toContain(period);
  });

  test('sheet "Thông tin" lists the keys in column A, Giai đoạn prefilled, lists on enum keys', () => {
    const ws = workbook.getWorksheet('Thông tin')!;
    const keys: string[] = [];
    ws.eachRow((row, n) => {
      keys[n - 1] = String(row.getCell(1).value);
    });
    const fields = infoFields().filter((f) => (period === '2026-2030' ? f.key !== 'huyen' && f.key !== 'vung' : true));
    expect(keys).toEqual(fields.map((f) => f.header));
    fields.forEach((field, i) => {
      const value = ws.getCell(i + 1, 2);
      if (field.key === 'giaiDoan') expect(value.value).toBe(period);
      else expect(value.value ?? null).toBeNull();
      if (field.type === 'enum') {
        expect(value.dataValidation?.type).toBe('list');
        expect(listValues(workbook, String(value.dataValidation!.formulae[0]))).toEqual([...(field.values ?? [])]);
      }
      if (field.type === 'year') expect(value.dataValidation?.type).toBe('whole');
      if (field.type === 'date') expect(value.dataValidation?.type).toBe('date');
    });
  });

  test.each(TABLES)('table %s: headers, frozen header row, widths', (name) => {
    const ws = workbook.getWorksheet(name)!;
    const fields = expectedFields(name, period);
    expect(headers(ws)).toEqual(fields.map((f) => f.header));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    fields.forEach((f, i) => {
      if (f.width) expect(ws.getColumn(i + 1).width).toBe(f.width);
      expect(ws.getCell(1, i + 1).font?.bold).toBe(true);
    });
  });

  test.each(TABLES)('table %s: a dropdown on every enumeration, number/date rules with their bounds', (name) => {
    const ws = workbook.getWorksheet(name)!;
    const plan = blankWorkbookPlan(period).sheets.find((s) => s.name === name) as BlankTableSheet;
    const lastRow = plan.dataRows + 1;
    expectedFields(name, period).forEach((field, i) => {
      for (const row of [2, lastRow]) {
        const dv = ws.getCell(row, i + 1).dataValidation;
        if (field.type === 'enum' || field.type === 'mark') {
          expect(dv?.type).toBe('list');
          const expected = field.type === 'mark' ? [...MARK_VALUES] : [...(field.values ?? [])];
          expect(listValues(workbook, String(dv!.formulae[0]))).toEqual(expected);
          expect(dv!.showErrorMessage).toBe(true);
          expect(dv!.error).toBeTruthy();
        } else if (field.type === 'integer' || field.type === 'year') {
          expect(dv?.type).toBe('whole');
          if (field.min !== undefined) expect(Number(dv!.formulae[0])).toBe(field.min);
          if (field.max !== undefined) expect(Number(dv!.formulae[1])).toBe(field.max);
        } else if (field.type === 'number' || field.type === 'percent') {
          expect(dv?.type).toBe('decimal');
          if (field.type === 'percent') expect(dv!.formulae.map(Number)).toEqual([0, 100]);
        } else if (field.type === 'date') {
          expect(dv?.type).toBe('date');
          expect(ws.getCell(row, i + 1).numFmt).toBe('dd/mm/yyyy');
        }
      }
      // Below the prepared rows nothing is set.
      expect(ws.getCell(lastRow + 1, i + 1).dataValidation).toBeUndefined();
    });
  });

  test('Xã: Huyện only for 2021-2025, Nhóm xã only for 2026-2030, one column per criterion', () => {
    const names = headers(workbook.getWorksheet('Xã')!);
    const criteria = period === '2021-2025' ? 19 : 10;
    expect(names.filter((h) => /^TC\d+$/.test(h))).toHaveLength(criteria);
    expect(names.includes('Huyện')).toBe(period === '2021-2025');
    expect(names.includes('Nhóm xã')).toBe(period === '2026-2030');
    expect(headers(workbook.getWorksheet('OCOP')!).includes('Huyện')).toBe(period === '2021-2025');
  });

  test('list formulas fit Excel limits; messages stay within their limits', () => {
    for (const ws of workbook.worksheets) {
      const seen = new Set<string>();
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const dv = cell.dataValidation;
          if (!dv) return;
          const key = JSON.stringify(dv);
          if (seen.has(key)) return;
          seen.add(key);
          if (dv.type === 'list') {
            const formula = String(dv.formulae[0]);
            if (formula.startsWith('"')) expect(formula.length - 2).toBeLessThanOrEqual(INLINE_LIST_MAX);
          }
          expect((dv.promptTitle ?? '').length).toBeLessThanOrEqual(32);
          expect((dv.errorTitle ?? '').length).toBeLessThanOrEqual(32);
          expect((dv.prompt ?? '').length).toBeLessThanOrEqual(255);
          expect((dv.error ?? '').length).toBeLessThanOrEqual(225);
        }),
      );
    }
  });

  test('the engine reads the blank workbook: only "Thông tin" value-required errors, no crash', async () => {
    const result = validateWorkbook(await readWorkbook(buffer));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((f) => f.sheet === 'Thông tin' && f.code === 'value-required').length).toBeGreaterThan(0);
    for (const e of errors) expect({ sheet: e.sheet, code: e.code }).toEqual({ sheet: 'Thông tin', code: 'value-required' });
    expect(result.period).toBe(period);
  });
});

describe('fitsInlineList', () => {
  test('short lists without commas fit; long lists and values with commas do not', () => {
    expect(fitsInlineList(['Đạt', 'Chưa đạt'])).toBe(true);
    expect(fitsInlineList(['a,b'])).toBe(false);
    expect(fitsInlineList([Array(300).fill('x').join('')])).toBe(false);
  });
});
