import { groupFindings } from '../../engine/findings/group';
import { reportFileName } from '../../addin/taskpane/file-name';
import { progressPercent } from '../../addin/taskpane/view/targets-view';
import { targetCompletion } from '../../engine';
import type { Finding } from '../../engine/findings';
import type { TargetResult, ValidationResult } from '../../engine/result';

const f = (severity: Finding['severity'], sheet: string | null, cell: string | null): Finding => ({ severity, code: 'value-type', sheet, cell, message: 'm' });

test('findings are grouped by sheet in order of appearance, then by severity', () => {
  const groups = groupFindings([f('warning', 'Xã', 'A2'), f('error', 'OCOP', 'B3'), f('error', 'Xã', 'C4'), f('info', null, null), f('info', 'Xã', 'D5')]);
  expect(groups.map((g) => g.sheet)).toEqual(['Xã', 'OCOP', null]);
  expect(groups[0].counts).toEqual({ error: 1, warning: 1, info: 1 });
  expect(groups[0].groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
  expect(groups[0].groups[0].findings[0].cell).toBe('C4');
});

test('the report is named after the unit without diacritics', () => {
  const data = { info: { huyen: 'U Minh Thượng', tinh: 'Kiên Giang' } } as unknown as ValidationResult['data'];
  expect(reportFileName({ unit: 'huyện U Minh Thượng', data })).toBe('bao-cao-u-minh-thuong.docx');
  expect(reportFileName({ unit: 'tỉnh Đắk Lắk', data: { info: { tinh: '' } } as unknown as ValidationResult['data'] })).toBe('bao-cao-tinh-dak-lak.docx');
});

test('progress of a target for the bar', () => {
  // Completed as the engine completes its results: the bar only displays the engine's completion.
  const t = (over: Partial<TargetResult>): TargetResult => {
    const r = { row: 2, code: 'so_xa', description: '', scope: '', comparator: '≥' as const, target: 10, actual: 5, deadline: 2025, status: 'not-met' as const, scopeKind: 'all' as const, ...over };
    return { completion: targetCompletion(r) ?? null, ...r };
  };
  expect(progressPercent(t({}))).toBe(50);
  expect(progressPercent(t({ completion: 130 }))).toBe(100);
  expect(progressPercent(t({ comparator: '≤', target: 2, actual: 4 }))).toBe(50);
  expect(progressPercent(t({ actual: null }))).toBeNull();
});
