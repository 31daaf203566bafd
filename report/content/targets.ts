import { districtName, formatPercent, loadRules, TARGET_STATUS_NAMES, targetCompletion, type MetricCode, type TargetResult, type TargetStatus } from '../../engine';
import type { ParagraphContent, RowValues, TableContent } from './types';
import { comparatorWords, count, FigureStyle, joinAnd, punctuateList } from './style';

/** The report's "Đánh giá" words are the engine's status names. */
export const STATUS_NAMES = TARGET_STATUS_NAMES;

/** Share of the target achieved, as the engine worked it out. */
export function completionRate(t: TargetResult): number | undefined {
  return t.completion ?? undefined;
}

function scopeText(scope: string): string {
  return scope.trim() === '' ? 'Toàn đơn vị' : scope;
}

/** A "mỗi huyện" / "mỗi xã" target judged over its units: "06/08 đơn vị đạt", never one unit's figure as the whole's. */
function perUnit(t: TargetResult): { passed: number; total: number; noun: string } | undefined {
  if (!t.units || t.units.length === 0) return undefined;
  const noun = t.scopeKind === 'each-commune' ? 'xã' : 'đơn vị';
  return { passed: t.units.filter((u) => u.status === 'met' || u.status === 'on-track').length, total: t.units.length, noun };
}

function unitLabel(t: TargetResult, name: string): string {
  return t.scopeKind === 'each-commune' ? (/^(xã|phường|thị trấn)\s/iu.test(name) ? name : `xã ${name}`) : districtName(name);
}

/**
 * Completion is shown for "từ … trở lên" targets with a positive goal, worked out from the figures
 * as the report writes them (18,2 against 18,2 is 100%, not 100,1%); for a ceiling ("tối đa",
 * "không còn") a ratio reads as nonsense ("0%" beside "Đúng tiến độ").
 */
function completionText(t: TargetResult, figures: FigureStyle): string {
  if (completionRate(t) === undefined || t.target === null || t.actual === null || t.target <= 0 || (t.comparator !== '≥' && t.comparator !== '>')) return '-';
  const rate = targetCompletion({ comparator: t.comparator, target: figures.rounded(t.code, t.target), actual: figures.rounded(t.code, t.actual) });
  return rate === undefined ? '-' : formatPercent(rate);
}

export function targetRow(t: TargetResult, index: number, figures: FigureStyle = new FigureStyle()): RowValues {
  const units = perUnit(t);
  return {
    stt: String(index + 1),
    noi_dung: t.description,
    pham_vi: scopeText(t.scope),
    muc_tieu: t.target === null ? '-' : `${t.comparator} ${figures.withUnit(t.code, t.target, t.unit)}`,
    thuc_hien: units ? `${count(units.passed)}/${count(units.total)} ${units.noun} đạt` : t.actual === null ? '-' : figures.withUnit(t.code, t.actual, t.unit),
    ty_le_hoan_thanh: units ? '-' : completionText(t, figures),
    danh_gia: STATUS_NAMES[t.status],
    nam: t.deadline === null ? '-' : String(t.deadline),
    don_vi: t.unit ?? '',
    nguon: t.source ?? '',
  };
}

export function targetRows(targets: TargetResult[], figures: FigureStyle = new FigureStyle(targets)): RowValues[] {
  return targets.map((t, i) => targetRow(t, i, figures));
}

/**
 * "Trong 09 chỉ tiêu kế hoạch được theo dõi, có 04 chỉ tiêu đạt, 03 chỉ tiêu chậm tiến độ và 02 chỉ
 * tiêu đúng tiến độ."; "Cả 07 chỉ tiêu kế hoạch được theo dõi đều đạt."
 */
export function targetsSentence(targets: TargetResult[], area?: string): string {
  // A province's report on one district speaks of the targets that apply to it, not of the whole book.
  const tracked = area ? `chỉ tiêu kế hoạch áp dụng cho ${area}` : 'chỉ tiêu kế hoạch được theo dõi';
  if (targets.length === 0) return area ? `Chưa có chỉ tiêu kế hoạch áp dụng riêng cho ${area}.` : 'Sổ theo dõi chưa có chỉ tiêu kế hoạch để đánh giá.';
  const order: TargetStatus[] = ['met', 'not-met', 'behind', 'on-track', 'invalid'];
  const groups = order.map((s) => [s, targets.filter((t) => t.status === s).length] as const).filter(([, n]) => n > 0);
  const lower = (s: TargetStatus) => STATUS_NAMES[s].toLocaleLowerCase('vi-VN');
  if (groups.length === 1) {
    const [s] = groups[0];
    if (targets.length === 1) return area ? `Có 01 ${tracked}; chỉ tiêu này ${lower(s)}.` : `Sổ theo dõi có 01 chỉ tiêu kế hoạch; chỉ tiêu này ${lower(s)}.`;
    return `Cả ${count(targets.length)} ${tracked} đều ${lower(s)}.`;
  }
  const parts = groups.map(([s, n]) => `${count(n)} chỉ tiêu ${lower(s)}`);
  return `Trong ${count(targets.length)} ${tracked}, có ${joinAnd(parts)}.`;
}

function isCount(t: TargetResult): boolean {
  const info = loadRules().metricByCode.get(t.code as MetricCode);
  return info?.kind === 'count' || (t.code === 'khac' && t.target !== null && Number.isInteger(t.target) && t.actual !== null && Number.isInteger(t.actual) && (t.unit ?? '') !== '%');
}

/**
 * What a lagging target still misses, in the figures the report writes: "còn thiếu 02 xã so với
 * mục tiêu", "còn thiếu 1 điểm phần trăm so với mục tiêu", "cần giảm thêm 04 xã". Never a fraction
 * of a commune.
 */
export function missingWords(t: TargetResult, figures: FigureStyle): string {
  if (t.target === null || t.actual === null) return '';
  const ceiling = t.comparator === '≤' || t.comparator === '<';
  const target = figures.rounded(t.code, t.target);
  const actual = figures.rounded(t.code, t.actual);
  let gap = ceiling ? actual - target : target - actual;
  if (isCount(t)) gap = Math.ceil(gap - 1e-9);
  if (!(gap > 0)) return '';
  const unit = (t.unit ?? loadRules().metricByCode.get(t.code as MetricCode)?.unit ?? '').trim();
  const figure = unit === '%' ? `${figures.withUnit(t.code, gap, '').trim()} điểm phần trăm` : figures.withUnit(t.code, gap, unit);
  return ceiling ? `cần giảm thêm ${figure}` : `còn thiếu ${figure} so với mục tiêu`;
}

/** Section II: the targets that are not met or behind (and those that could not be judged), punctuated as a list. */
export function shortfallItems(targets: TargetResult[], figures: FigureStyle = new FigureStyle(targets)): ParagraphContent[] {
  const items: string[] = [];
  for (const t of targets) {
    if (t.status !== 'not-met' && t.status !== 'behind' && t.status !== 'invalid') continue;
    const status = STATUS_NAMES[t.status].toLocaleLowerCase('vi-VN');
    let text = `- ${t.description}: ${status}`;
    const units = perUnit(t);
    if (t.status !== 'invalid' && t.target !== null) {
      const noun = (t.unit ?? loadRules().metricByCode.get(t.code as MetricCode)?.unit ?? '').trim();
      const goal =
        t.target === 0 && (t.comparator === '≤' || t.comparator === '=') && isCount(t)
          ? `không còn ${noun || 'đơn vị'} nào`
          : comparatorWords(t.comparator, figures.withUnit(t.code, t.target, t.unit));
      text += t.deadline !== null ? `; mục tiêu đến năm ${t.deadline} là ${goal}` : `; mục tiêu là ${goal}`;
      if (units) {
        const failing = (t.units ?? []).filter((u) => u.status !== 'met' && u.status !== 'on-track');
        text += `, còn ${count(failing.length)}/${count(units.total)} ${units.noun} chưa đạt: ${failing.map((u) => `${unitLabel(t, u.name)} (${figures.withUnit(t.code, u.actual, t.unit)})`).join(', ')}`;
      } else if (t.actual !== null) {
        text += `, ${t.comparator === '≤' || t.comparator === '<' ? 'hiện còn' : 'thực hiện'} ${figures.withUnit(t.code, t.actual, t.unit)}`;
        const missing = missingWords(t, figures);
        if (missing) text += `, ${missing}`;
      }
    }
    if (!units && t.failingUnits && t.failingUnits.length > 0) text += `; đơn vị chưa đạt: ${t.failingUnits.map((u) => unitLabel(t, u)).join(', ')}`;
    items.push(text);
  }
  return punctuateList(items).map((text) => ({ text }));
}

export function targetsTable(targets: TargetResult[], figures: FigureStyle = new FigureStyle(targets)): TableContent {
  const header = ['TT', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Đánh giá'];
  return {
    header: [header.map((text) => ({ text, bold: true, align: 'center' as const }))],
    rows: targetRows(targets, figures).map((r) => [
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
