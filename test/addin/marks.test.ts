import type { Finding } from '../../engine/findings';
import { clearMarks, markFindings, remarkChanged, type MarkLedger } from '../../addin/excel/marks';
import { MARK_COLORS, areaLists, isMarkFormula, markFormula, planMarks } from '../../addin/excel/marks-plan';
import { MARKS_NAMESPACE, stateToXml } from '../../addin/excel/legacy-state';
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT, type FakeWorkbookJson } from './fake-excel';
import { districtWorkbook } from './support';

const asContext = (fake: FakeExcel) => fake.context() as unknown as Excel.RequestContext;

function f(severity: Finding['severity'], sheet: string | null, cell: string | null, code: Finding['code'] = 'value-type'): Finding {
  return { severity, code, sheet, cell, message: `${severity} ${cell}` };
}

/** A workbook whose cells carry fills of every kind, and a conditional format of the user's own. */
function decorated(): FakeWorkbookJson {
  const json = districtWorkbook(20);
  const xa = json.sheets[1].cells;
  xa.A2.fill = { color: '#00B0F0', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
  xa.B2.fill = { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0 };
  xa.C2.fill = { color: '#FFFFFF', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
  xa.A1.fill = { color: '#E2EFDA', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0.4 };
  json.sheets[1].conditionalFormats = [{ ranges: 'A2:C10', type: 'Custom', formula: '=$B2>2', fill: '#00FF00' }];
  return json;
}

const findings: Finding[] = [
  f('error', 'Xã', 'A2'),
  f('warning', 'Xã', 'B2'),
  f('warning', 'Xã', 'C2'),
  f('error', 'Xã', 'C2', 'value-enum'),
  f('warning', 'Xã', '$D$3'),
  f('error', 'Xã', 'A1'),
  f('info', 'Xã', 'E3', 'number-as-text'),
  f('error', 'Xã', null, 'column-missing'),
  f('error', 'OCOP', null, 'sheet-missing'),
  f('error', 'Không có', 'A1'),
  f('warning', 'Thông tin', 'B4'),
];

const sheetsOf = (...names: string[]) => names.map((name) => ({ name, visible: true, protected: false }));

describe('marking plan (pure)', () => {
  test('one mark per cell with its most severe colour; info, whole-sheet and unknown sheets left to the list', () => {
    const plan = planMarks(findings, sheetsOf('Thông tin', 'Xã'));
    const byColor = (color: string) =>
      plan.rules
        .filter((r) => r.color === color)
        .map((r) => `${r.sheet}!${r.address}`)
        .sort();
    expect(byColor(MARK_COLORS.error!)).toEqual(['Xã!A1:A2,C2']);
    expect(byColor(MARK_COLORS.warning!)).toEqual(['Thông tin!B4', 'Xã!B2,D3']);
    expect(plan.cells).toEqual(
      new Map([
        ['Xã', 5],
        ['Thông tin', 1],
      ]),
    );
  });

  test('hidden and protected sheets get no marks, and say so', () => {
    const plan = planMarks(findings, [
      { name: 'Xã', visible: false, protected: false },
      { name: 'Thông tin', visible: true, protected: true },
    ]);
    expect(plan.rules).toEqual([]);
    expect(plan.skippedHidden).toEqual(new Map([['Xã', 5]]));
    expect(plan.skippedProtected).toEqual(new Map([['Thông tin', 1]]));
  });

  test('cells become compact areas, cut into short address lists', () => {
    const column = Array.from({ length: 50 }, (_, i) => ({ row: i + 1, column: 2 }));
    expect(areaLists(column)).toEqual([{ address: 'C2:C51', cells: 50 }]);
    expect(
      areaLists([
        { row: 0, column: 0 },
        { row: 0, column: 1 },
        { row: 1, column: 0 },
        { row: 1, column: 1 },
        { row: 3, column: 5 },
      ]),
    ).toEqual([{ address: 'A1:B2,F4', cells: 5 }]);
    const scattered = Array.from({ length: 2000 }, (_, i) => ({ row: i * 2, column: i % 7 }));
    const lists = areaLists(scattered);
    expect(lists.length).toBeGreaterThan(1);
    for (const l of lists) expect(l.address.length).toBeLessThanOrEqual(2000);
    expect(lists.reduce((n, l) => n + l.cells, 0)).toBe(2000);
  });

  test('the rule formula names the add-in and nothing else is taken for it', () => {
    expect(isMarkFormula(markFormula('error'))).toBe(true);
    expect(isMarkFormula('=istext("NTM-OCOP:MARK:warning")')).toBe(true);
    expect(isMarkFormula('=$B2>2')).toBe(false);
    expect(isMarkFormula(null)).toBe(false);
  });
});

describe('marks on the strict fake Excel', () => {
  test("marks never touch a cell and show above the user's own rules; Xóa đánh dấu gives back exactly the workbook", async () => {
    const fake = new FakeExcel(decorated());
    const before = fake.toJson();
    const outcome = await markFindings(asContext(fake), findings);
    expect(outcome.marked).toBe(6);
    // The cells' own formats are as they were: only rules were added.
    expect(fake.toJson().sheets.map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));
    expect(fake.shownFillAt('Xã', 'A2')).toBe('#FFC7CE');
    expect(fake.shownFillAt('Xã', 'B2')).toBe('#FFEB9C');
    expect(fake.shownFillAt('Xã', 'C2')).toBe('#FFC7CE');
    expect(fake.shownFillAt('Xã', 'B3')).toBe('#00FF00');
    expect(fake.shownFillAt('Thông tin', 'B4')).toBe('#FFEB9C');
    expect(fake.valueWrites).toEqual([]);

    const cleared = await clearMarks(asContext(fake));
    expect(cleared.removedRules).toBeGreaterThan(0);
    expect(fake.toJson()).toEqual(before);
  });

  test('checking again replaces the marks, and marks survive closing and reopening the workbook', async () => {
    const fake = new FakeExcel(decorated());
    const before = fake.toJson();
    await markFindings(asContext(fake), findings);
    await markFindings(asContext(fake), [f('warning', 'Xã', 'A2'), f('error', 'Xã', 'F5')]);
    expect(fake.shownFillAt('Xã', 'A2')).toBe('#FFEB9C');
    // No longer marked: the user's own rule shows again.
    expect(fake.shownFillAt('Xã', 'B2')).toBe('#00FF00');
    const reopened = new FakeExcel(fake.toJson());
    await clearMarks(asContext(reopened));
    expect(reopened.toJson()).toEqual(before);
  });

  test('inserted rows, a sort and a rename after Kiểm tra: every mark removed, nothing else', async () => {
    const fake = new FakeExcel(decorated());
    await markFindings(asContext(fake), findings);
    await fake.userInsertRows('Xã', 1, 3);
    fake.userSort('Xã', 4, 23, 0, true);
    fake.userRename('Xã', 'Danh sách xã');
    const expected = new FakeExcel(decorated());
    expected.sheet('Xã')!.insertRows(1, 3);
    expected.sheet('Xã')!.sortRows(4, 23, 0, true);
    expected.sheet('Xã')!.name = 'Danh sách xã';
    expect(fake.shownFillAt('Danh sách xã', 'A1')).toBe('#FFC7CE');
    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(expected.toJson());
  });

  test('a protected sheet is not marked (with a note) and its cells are untouched; the rest is marked', async () => {
    const json = decorated();
    json.sheets[1].protected = true;
    const fake = new FakeExcel(json);
    const before = fake.toJson();
    const outcome = await markFindings(asContext(fake), findings);
    expect(outcome.protectedSheets).toEqual(['Xã']);
    expect(outcome.marked).toBe(1);
    expect(fake.shownFillAt('Thông tin', 'B4')).toBe('#FFEB9C');
    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(before);
  });

  test('a failure in the middle of marking leaves every cell as it was, and Xóa đánh dấu removes what was made', async () => {
    const json = districtWorkbook(3000);
    const fake = new FakeExcel(json);
    const before = fake.toJson();
    const many = Array.from({ length: 3000 }, (_, i) => f(i % 3 ? 'error' : 'warning', 'Xã', `${'ABCDEFGH'[i % 8]}${i + 2}`));
    fake.failAfterWrites(40, 'ConnectionFailure');
    await expect(markFindings(asContext(fake), many)).rejects.toBeInstanceOf(FakeOfficeError);
    const made = fake.sheet('Xã')!.conditionalFormats.length;
    expect(made).toBeGreaterThan(0);
    expect(fake.toJson().sheets.map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));
    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(before);
  });

  test('old-style marks (painted fills recorded in a custom XML part) are still put back', async () => {
    const json = decorated();
    const fake = new FakeExcel(json);
    const before = fake.toJson();
    // What an older version left: A2 painted over its blue fill, B2 refilled by the user since.
    const xa = fake.sheet('Xã')!;
    xa.ensure(1, 0).fill = { color: '#FFC7CE', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
    xa.ensure(1, 1).fill = { color: '#123456', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
    const previous = (cell: string) => before.sheets[1].cells[cell].fill!;
    for (const xml of stateToXml({
      version: 1,
      marks: [
        { sheet: 'Xã', cell: 'A2', color: '#FFC7CE', previous: previous('A2') },
        { sheet: 'Xã', cell: 'B2', color: '#FFEB9C', previous: previous('B2') },
      ],
    }))
      fake.customXmlParts.push({ id: 'old', xml });
    const outcome = await clearMarks(asContext(fake));
    expect(outcome.legacyRestored).toBe(1);
    expect(outcome.legacyKept).toBe(1);
    expect(fake.fillAt('Xã', 'A2')).toEqual(previous('A2'));
    expect(fake.fillAt('Xã', 'B2').color).toBe('#123456');
    expect(fake.customXmlParts.filter((p) => p.xml.includes(MARKS_NAMESPACE))).toEqual([]);
  });

  test('re-marking after an edit rewrites only the rules of the rows that changed', async () => {
    const fake = new FakeExcel(districtWorkbook(1000));
    const ledger: MarkLedger = new Map();
    const at = (rows: number[]) => rows.map((r) => f('error', 'Xã', `C${r}`));
    await markFindings(asContext(fake), at([5, 300, 700]), ledger);
    const ids = () => fake.sheet('Xã')!.conditionalFormats.map((c) => c.id);
    const first = ids();
    expect(first).toHaveLength(3);
    const outcome = await remarkChanged(asContext(fake), at([5, 301, 700]), ledger);
    expect(outcome.rewritten).toBe(2);
    const second = ids();
    expect(second.filter((id) => first.includes(id))).toHaveLength(2);
    expect(fake.shownFillAt('Xã', 'C301')).toBe('#FFC7CE');
    expect(fake.shownFillAt('Xã', 'C300')).toBe('none');
  });
});

describe("sizes measured in Office.js' wire format", () => {
  test('50.000 marks: every request and response under 5 MB, syncs growing with bytes only', async () => {
    const syncsFor = async (marks: number) => {
      const cells = Object.fromEntries(Array.from({ length: 2 }, (_, i) => [`A${i + 1}`, { v: i }]));
      const fake = new FakeExcel({ sheets: [{ name: 'Sản phẩm OCOP', cells }] });
      // The estimates must bound the real encoding: even a host whose limit is the budget itself accepts every batch.
      fake.payloadLimit = 4_000_000;
      const many = Array.from({ length: marks }, (_, i) => f(i % 2 ? 'error' : 'warning', 'Sản phẩm OCOP', `${'ACEGIKMOQS'[i % 10]}${Math.floor(i / 10) * 2 + 2}`));
      const outcome = await markFindings(asContext(fake), many);
      expect(outcome.marked).toBe(marks);
      for (const r of fake.requests) {
        expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
        expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
      }
      expect(Math.max(...fake.requests.map((r) => r.requestBytes))).toBeGreaterThan(marks > 1000 ? 100_000 : 0);
      const bytes = fake.requests.reduce((n, r) => n + r.requestBytes, 0);
      const markSyncs = fake.syncs;
      await clearMarks(asContext(fake));
      expect(fake.sheet('Sản phẩm OCOP')!.conditionalFormats).toEqual([]);
      return { syncs: markSyncs, bytes };
    };
    const small = await syncsFor(100);
    const large = await syncsFor(50_000);
    // The same fixed steps, plus one sync per budget's worth (4 MB) of rules.
    expect(large.syncs - small.syncs).toBeLessThanOrEqual(Math.ceil(large.bytes / 4_000_000));
  });

  test('20.000 old-style marks are put back in batches the real encoding keeps under the budget', async () => {
    const cells = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`B${i + 1}`, { v: i, fill: { color: '#FFC7CE', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 } }]));
    const fake = new FakeExcel({ sheets: [{ name: 'Danh sách xã', cells }] });
    const previous = { color: '#00B0F0', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
    const marks = Array.from({ length: 20_000 }, (_, i) => ({ sheet: 'Danh sách xã', cell: `B${i + 2}`, color: '#FFC7CE', previous }));
    stateToXml({ version: 1, marks }).forEach((xml, i) => fake.customXmlParts.push({ id: `old-${i}`, xml }));
    fake.payloadLimit = 4_000_000;
    const outcome = await clearMarks(asContext(fake));
    expect(outcome.legacyRestored).toBe(20_000);
    expect(fake.fillAt('Danh sách xã', 'B20001').color).toBe('#00B0F0');
    expect(fake.syncs).toBeGreaterThan(6);
    const total = fake.requests.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
    expect(fake.syncs).toBeLessThanOrEqual(8 + Math.ceil(total / 2_000_000));
  });
});
