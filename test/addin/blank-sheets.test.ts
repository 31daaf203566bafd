import { addBlankSheets } from '../../addin/excel/blank-sheets';
import { ListColumns, sheetsToAdd } from '../../addin/excel/blank-plan';
import { blankWorkbookPlan } from '../../engine';
import { FakeExcel } from './fake-excel';

const asContext = (fake: FakeExcel) => fake.context() as unknown as Excel.RequestContext;

describe('Tạo sổ mẫu', () => {
  test('sheets are matched under any accepted spelling', () => {
    const plan = blankWorkbookPlan('2021-2025');
    const names = sheetsToAdd(plan, ['THONG TIN', 'Danh sách xã', 'Sheet1']).map((s) => s.name);
    expect(names).not.toContain('Thông tin');
    expect(names).not.toContain('Xã');
    expect(names).toEqual(expect.arrayContaining(['OCOP', 'Chỉ tiêu', 'Ngưỡng']));
  });

  test('long or comma lists go to a hidden sheet, short ones stay inline', () => {
    const lists = new ListColumns('Danh mục');
    expect(lists.source(['Đạt', 'Chưa đạt'])).toBe('Đạt,Chưa đạt');
    const long = Array.from({ length: 40 }, (_, i) => `Giá trị dài số ${i}`);
    expect(lists.source(long)).toBe("='Danh mục'!$A$1:$A$40");
    expect(lists.source(['a, b', 'c'])).toBe("='Danh mục'!$B$1:$B$2");
    expect(lists.source(long)).toBe("='Danh mục'!$A$1:$A$40");
    expect(lists.added().map((c) => c.column)).toEqual([0, 1]);
  });

  test('adds only the missing sheets, with headers, dropdowns and input rules, and leaves existing sheets alone', async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: 'Thông tin', cells: { A1: { v: 'Tỉnh' }, B1: { v: 'Kiên Giang' } } },
        { name: 'xa', cells: { A1: { v: 'Tên xã' }, A2: { v: 'Minh Thuận' } } },
      ],
    });
    const before = JSON.stringify(fake.toJson().sheets);
    const added = await addBlankSheets(asContext(fake), '2026-2030');
    expect(added.added).toEqual(['Hướng dẫn', 'OCOP', 'Chỉ tiêu', 'Ngưỡng']);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    // The user's sheets are untouched, and values were written only into new sheets.
    expect(JSON.stringify(fake.toJson().sheets.slice(0, 2))).toBe(before);
    for (const w of fake.valueWrites) expect(fake.addedSheets).toContain(w.sheet);

    const ocop = fake.sheet('OCOP')!;
    const plan = blankWorkbookPlan('2026-2030').sheets.find((s) => s.name === 'OCOP');
    if (plan?.kind !== 'table') throw new Error('plan');
    plan.columns.forEach((col, c) => expect(ocop.cell(0, c)?.value).toBe(col.header));
    expect(ocop.frozenRows).toBe(1);
    const lists = ocop.validations.filter((v) => (v.rule as { list?: unknown } | undefined)?.list);
    expect(lists.length).toBeGreaterThan(0);
    expect(ocop.validations.some((v) => (v.rule as { date?: unknown } | undefined)?.date)).toBe(true);
    expect(ocop.validations.some((v) => (v.prompt as { message?: string } | undefined)?.message)).toBe(true);

    // A second run finds nothing to add.
    expect(await addBlankSheets(asContext(fake), '2026-2030')).toEqual({ added: [] });
  });
});
