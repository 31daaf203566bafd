import { formatCount, formatNumber, loadRules, meets, type MetricCode, type TargetResult } from '../../engine';
import type { Comparator } from '../../engine';

/**
 * One writing rule per figure kind, shared by every sentence and table of a report: counts whole
 * (below 10 with a leading zero, zero as "0"), percentages and averages with one decimal, income with
 * two. A figure compared with a target keeps the decimals that tell them apart, and keeps them
 * everywhere the report writes it, so a sentence and its table never disagree.
 */
export class FigureStyle {
  private readonly decimals = new Map<string, number>();

  constructor(targets: readonly TargetResult[] = []) {
    for (const t of targets) {
      if (t.target === null || t.actual === null || t.code === 'khac') continue;
      const base = baseDecimals(t.code);
      if (base === 0) continue;
      const needed = decimalsKeepingVerdict(t.comparator, t.actual, t.target, base);
      this.decimals.set(t.code, Math.max(needed, this.decimals.get(t.code) ?? base));
    }
  }

  /** Decimals of a metric's figures in this report. */
  decimalsOf(code: string): number {
    return this.decimals.get(code) ?? baseDecimals(code);
  }

  /** A metric as the report writes it: "04", "66,7%", "18,2"; "-" when unknown. */
  metric(code: MetricCode | string, value: number | null | undefined): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '-';
    const kind = metricKind(code);
    if (kind === 'count') return count(value);
    const text = formatNumber(value, this.decimalsOf(code));
    return kind === 'percent' ? `${text}%` : text;
  }

  /** A figure with the unit a target gives it: "04 xã", "94%", "59,15 triệu đồng/người/năm". */
  withUnit(code: string, value: number, unit: string | undefined): string {
    const u = (unit ?? loadRules().metricByCode.get(code as MetricCode)?.unit ?? '').trim();
    if (u === '%') return `${formatNumber(value, metricKind(code) === 'percent' ? this.decimalsOf(code) : 2)}%`;
    const counted = metricKind(code) === 'count' || COUNTED_UNITS.some((c) => u === c || u.endsWith(` ${c}`));
    const text = counted && Number.isInteger(value) ? count(value) : formatNumber(value, code === 'khac' ? 2 : this.decimalsOf(code));
    return u ? `${text} ${u}` : text;
  }

  /** A figure rounded as the report writes it, for arithmetic a reader can redo ("còn thiếu 01 xã"). */
  rounded(code: string, value: number): number {
    const d = metricKind(code) === 'count' ? 0 : code === 'khac' ? 2 : this.decimalsOf(code);
    const f = 10 ** d;
    return Math.round(value * f) / f;
  }
}

/**
 * The fewest decimals (from the kind's own) at which the written figures give the same verdict as
 * the exact ones: 74,51% against "từ 74,5%" stays "74,5%", but 74,46% is written "74,46%" so the
 * reader does not see "74,5%" judged short of 74,5%.
 */
function decimalsKeepingVerdict(comparator: Comparator, actual: number, target: number, base: number): number {
  // The engine's own verdict rule, so the written figures agree with the target's status.
  const exact = meets(actual, comparator, target);
  for (let d = base; d < 6; d++) {
    const f = 10 ** d;
    if (meets(Math.round(actual * f) / f, comparator, Math.round(target * f) / f) === exact) return d;
  }
  return 6;
}

/** Units whose figures are counts of things, written whole with the leading zero. */
const COUNTED_UNITS = ['xã', 'sản phẩm', 'huyện', 'đơn vị', 'hợp tác xã', 'chủ thể'];

function metricKind(code: string): 'count' | 'percent' | 'average' | undefined {
  return loadRules().metricByCode.get(code as MetricCode)?.kind;
}

function baseDecimals(code: string): number {
  const kind = metricKind(code);
  if (kind === 'count') return 0;
  return code === 'thu_nhap_binh_quan' ? 2 : 1;
}

/** A count in running text: "06", "12", and zero as "0" (never "00"). */
export function count(n: number): string {
  return n === 0 ? '0' : formatCount(n);
}

/**
 * A target in words, as sentences write it: "từ 06 xã trở lên", "tối đa 02 xã", "dưới 5%".
 * Tables keep the signs; sentences never do.
 */
export function comparatorWords(comparator: Comparator, figure: string): string {
  switch (comparator) {
    case '≥':
      return `từ ${figure} trở lên`;
    case '>':
      return `trên ${figure}`;
    case '≤':
      return `tối đa ${figure}`;
    case '<':
      return `dưới ${figure}`;
    default:
      return figure;
  }
}

/** First letter upper case, the Vietnamese way. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

/**
 * List items as ND30 documents punctuate them: each "- …;" and the last "- … .".
 * Items come without their final punctuation.
 */
export function punctuateList(items: string[]): string[] {
  return items.map((t, i) => `${t.replace(/[;.,]+$/u, '')}${i === items.length - 1 ? '.' : ';'}`);
}

/** "A, B và C". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
