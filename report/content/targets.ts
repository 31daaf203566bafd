import { formatCount, formatPercent, TARGET_STATUS_NAMES, type TargetResult, type TargetStatus } from '../../engine';
import { formatWithUnit } from './figures';
import type { ParagraphContent, RowValues, TableContent } from './types';

/** The report's "Đánh giá" words are the engine's status names. */
export const STATUS_NAMES = TARGET_STATUS_NAMES;

/** Share of the target achieved, as the engine worked it out. */
export function completionRate(t: TargetResult): number | undefined {
  return t.completion ?? undefined;
}

function scopeText(scope: string): string {
  return scope.trim() === '' ? 'Toàn đơn vị' : scope;
}

export function targetRow(t: TargetResult, index: number): RowValues {
  const rate = completionRate(t);
  return {
    stt: String(index + 1),
    noi_dung: t.description,
    pham_vi: scopeText(t.scope),
    muc_tieu: t.target === null ? '-' : `${t.comparator} ${formatWithUnit(t.code, t.target, t.unit)}`,
    thuc_hien: t.actual === null ? '-' : formatWithUnit(t.code, t.actual, t.unit),
    ty_le_hoan_thanh: rate === undefined ? '-' : formatPercent(rate),
    danh_gia: STATUS_NAMES[t.status],
    nam: t.deadline === null ? '-' : String(t.deadline),
    don_vi: t.unit ?? '',
    nguon: t.source ?? '',
  };
}

export function targetRows(targets: TargetResult[]): RowValues[] {
  return targets.map(targetRow);
}

/** "Trong 12 chỉ tiêu, có 08 chỉ tiêu đạt, 02 chỉ tiêu chưa đạt, 02 chỉ tiêu đúng tiến độ." */
export function targetsSentence(targets: TargetResult[]): string {
  if (targets.length === 0) return 'Sổ theo dõi chưa có chỉ tiêu kế hoạch để đánh giá.';
  const order: TargetStatus[] = ['met', 'not-met', 'behind', 'on-track', 'invalid'];
  const parts = order
    .map((s) => [s, targets.filter((t) => t.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${formatCount(n)} chỉ tiêu ${STATUS_NAMES[s].toLocaleLowerCase('vi-VN')}`);
  return `Trong ${formatCount(targets.length)} chỉ tiêu kế hoạch được theo dõi, có ${parts.join(', ')}.`;
}

/** Section II: the targets that are not met or behind (and those that could not be judged). */
export function shortfallItems(targets: TargetResult[]): ParagraphContent[] {
  const items: ParagraphContent[] = [];
  for (const t of targets) {
    if (t.status !== 'not-met' && t.status !== 'behind' && t.status !== 'invalid') continue;
    const row = targetRow(t, 0);
    let text = `- ${t.description}: ${row.danh_gia.toLocaleLowerCase('vi-VN')}`;
    if (t.status !== 'invalid') {
      text += ` (mục tiêu ${row.muc_tieu}`;
      if (t.deadline !== null) text += ` đến năm ${t.deadline}`;
      if (t.actual !== null) text += `, thực hiện ${row.thuc_hien}`;
      if (t.status === 'behind' && t.expected !== undefined) text += `, theo lộ trình cần đạt ${formatWithUnit(t.code, t.expected, t.unit)}`;
      text += ')';
    }
    if (t.failingUnits && t.failingUnits.length > 0) text += `; đơn vị chưa đạt: ${t.failingUnits.join(', ')}`;
    items.push({ text: `${text};` });
  }
  return items;
}

export function targetsTable(targets: TargetResult[]): TableContent {
  const header = ['TT', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Đánh giá'];
  return {
    header: [header.map((text) => ({ text, bold: true, align: 'center' as const }))],
    rows: targetRows(targets).map((r) => [
      { text: r.stt, align: 'center' as const },
      { text: r.noi_dung },
      { text: r.muc_tieu, align: 'center' as const },
      { text: r.thuc_hien, align: 'center' as const },
      { text: r.ty_le_hoan_thanh, align: 'center' as const },
      { text: r.danh_gia, align: 'center' as const },
    ]),
    widths: [6, 38, 14, 14, 13, 15],
    fontSize: 12,
  };
}
