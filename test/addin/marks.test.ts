import type { Finding } from '../../engine/findings';
import { clearMarks, markFindings } from '../../addin/excel/marks';
import { MARK_COLORS, markTargets, planMarking, type FillLook } from '../../addin/excel/marks-plan';
import { MARKS_NAMESPACE, stateFromXml, stateToXml } from '../../addin/excel/marks-state';
import { FakeExcel, PAYLOAD_LIMIT, type FakeWorkbookJson } from './fake-excel';
import { districtWorkbook } from './support';

const asContext = (fake: FakeExcel) => fake.context() as unknown as Excel.RequestContext;

function f(severity: Finding['severity'], sheet: string | null, cell: string | null, code: Finding['code'] = 'value-type'): Finding {
  return { severity, code, sheet, cell, message: `${severity} ${cell}` };
}

/** A workbook whose cells already carry fills of every kind the marks must give back. */
function decorated(): FakeWorkbookJson {
  const json = districtWorkbook(20);
  const xa = json.sheets[1].cells;
  xa.A2.fill = { color: '#00B0F0', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
  xa.B2.fill = { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0 };
  xa.C2.fill = { color: '#FFFFFF', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
  xa.A1.fill = { color: '#E2EFDA', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0.4 };
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

describe('marking plan (pure)', () => {
  test('one mark per cell with its most severe colour; info, whole-sheet and unknown sheets left to the list', () => {
    const targets = markTargets(findings, ['Thông tin', 'Xã']);
    const byCell = Object.fromEntries([...targets.values()].map((t) => [`${t.sheet}!${t.cell}`, t.color]));
    expect(byCell).toEqual({
      'Xã!A2': MARK_COLORS.error,
      'Xã!B2': MARK_COLORS.warning,
      'Xã!C2': MARK_COLORS.error,
      'Xã!D3': MARK_COLORS.warning,
      'Xã!A1': MARK_COLORS.error,
      'Thông tin!B4': MARK_COLORS.warning,
    });
  });

  test('an old mark the user has refilled is theirs: not restored, not remembered', () => {
    const look = (color: string): FillLook => ({ color, pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 });
    const previous = look('#123456');
    const existing = { version: 1 as const, marks: [{ sheet: 'Xã', cell: 'A2', color: MARK_COLORS.error!, previous }] };
    const plan = planMarking(new Map(), existing, new Map([['Xã\u0000A2', look('#00FF00')]]));
    expect(plan.operations).toEqual([]);
    expect(plan.kept).toBe(1);
    expect(plan.state.marks).toEqual([]);
  });

  test('the state survives its XML form, split over parts when large', () => {
    const marks = Array.from({ length: 12_000 }, (_, i) => ({
      sheet: 'Xã <&> "A"',
      cell: `A${i + 1}`,
      color: '#FFC7CE',
      previous: { color: '#FFFFFF', pattern: 'None', patternColor: null, tintAndShade: 0 },
    }));
    const parts = stateToXml({ version: 1, marks });
    expect(parts.length).toBe(3);
    expect(parts[0]).toContain(`xmlns="${MARKS_NAMESPACE}"`);
    expect(stateFromXml(parts)).toEqual({ version: 1, marks });
    expect(stateFromXml(['<marks>not json</marks>'])).toBeNull();
  });
});

describe('markFindings / clearMarks on the fake Excel', () => {
  test('marks with fills only, and Xóa đánh dấu restores every cell exactly', async () => {
    const fake = new FakeExcel(decorated());
    const before = fake.toJson();
    const outcome = await markFindings(asContext(fake), findings);
    expect(outcome.marked).toBe(6);
    expect(fake.fillAt('Xã', 'A2').color).toBe('#FFC7CE');
    expect(fake.fillAt('Xã', 'B2')).toEqual({ color: '#FFEB9C', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 });
    expect(fake.fillAt('Xã', 'C2').color).toBe('#FFC7CE');
    expect(fake.fillAt('Xã', 'D3').color).toBe('#FFEB9C');
    expect(fake.fillAt('Xã', 'E3').pattern).toBe('None');
    expect(fake.customXmlParts).toHaveLength(1);
    expect(fake.valueWrites).toEqual([]);

    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(before);
    expect(fake.valueWrites).toEqual([]);
  });

  test('marks survive closing the pane and reopening the workbook', async () => {
    const original = new FakeExcel(decorated());
    const before = original.toJson();
    await markFindings(asContext(original), findings);
    // "Save and reopen": a new Excel holding only what the file holds, and a new adapter run.
    const reopened = new FakeExcel(original.toJson());
    const outcome = await clearMarks(asContext(reopened));
    expect(outcome.restored).toBe(6);
    expect(reopened.toJson()).toEqual(before);
  });

  test('checking again replaces the marks; cells marked twice keep their first look', async () => {
    const fake = new FakeExcel(decorated());
    const before = fake.toJson();
    await markFindings(asContext(fake), findings);
    const second = await markFindings(asContext(fake), [f('warning', 'Xã', 'A2'), f('error', 'Xã', 'F5')]);
    expect(second).toEqual({ marked: 2, restored: 5, kept: 0 });
    expect(fake.fillAt('Xã', 'A2').color).toBe('#FFEB9C');
    expect(fake.fillAt('Xã', 'B2')).toEqual(before.sheets[1].cells.B2.fill);
    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(before);
  });

  test('a fill the user applied over a mark is kept by Xóa đánh dấu', async () => {
    const fake = new FakeExcel(decorated());
    await markFindings(asContext(fake), findings);
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Xã').getRange('A2').format.fill.color = '#00FF00';
    await ctx.sync();
    const outcome = await clearMarks(asContext(fake));
    expect(outcome.kept).toBe(1);
    expect(fake.fillAt('Xã', 'A2').color).toBe('#00FF00');
    expect(fake.customXmlParts).toHaveLength(0);
  });

  test('syncs do not grow with the number of marked cells, and each request stays under 5 MB', async () => {
    const syncs: number[] = [];
    for (const rows of [100, 5000]) {
      const fake = new FakeExcel(districtWorkbook(rows));
      const many = Array.from({ length: rows }, (_, i) => f(i % 2 ? 'error' : 'warning', 'Xã', `C${i + 2}`));
      await markFindings(asContext(fake), many);
      const markSyncs = fake.syncs;
      await clearMarks(asContext(fake));
      syncs.push(markSyncs, fake.syncs - markSyncs);
      for (const r of fake.requests) {
        expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
        expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
      }
    }
    expect(syncs.slice(2)).toEqual(syncs.slice(0, 2));
  });

  test('tens of thousands of marks are split into requests under 5 MB and still restored', async () => {
    // One column only: the fake's bookkeeping of a full 30.000-row sheet would only slow the test.
    const cells = Object.fromEntries(Array.from({ length: 30_001 }, (_, i) => [`B${i + 1}`, { v: i }]));
    const fake = new FakeExcel({ sheets: [{ name: 'Xã', cells }] });
    const before = fake.toJson();
    const many = Array.from({ length: 30_000 }, (_, i) => f('error', 'Xã', `B${i + 2}`));
    await markFindings(asContext(fake), many);
    expect(fake.syncs).toBeGreaterThan(4);
    for (const r of fake.requests) {
      expect(r.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(r.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
    await clearMarks(asContext(fake));
    expect(fake.toJson()).toEqual(before);
  });
});
