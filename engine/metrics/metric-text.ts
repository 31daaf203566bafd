import { loadRules } from '../rules/load';
import type { MetricCode } from '../rules/schemas';
import { formatCount, formatNumber, formatPercent } from '../text/vi-format';

/** A metric as the documents write it: counts with a leading zero, percentages "66,7%", averages "17,5". */
export function formatMetric(code: MetricCode, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const info = loadRules().metricByCode.get(code);
  if (info?.kind === 'count') return formatCount(value);
  if (info?.kind === 'percent') return formatPercent(value);
  return formatNumber(value, info?.code === 'thu_nhap_binh_quan' ? 2 : 1);
}

/**
 * A value with the unit a target gives it, as the documents write it: "94,02%" (no space before
 * %), "06 xã", "70 triệu đồng/người/năm". Used by the report, the pane and the CLI alike.
 */
export function formatWithUnit(code: string, value: number, unit: string | undefined, decimals = 2): string {
  const info = loadRules().metricByCode.get(code as MetricCode);
  const u = (unit ?? info?.unit ?? '').trim();
  if (u === '%') return formatPercent(value, decimals);
  const counted = info?.kind === 'count' || ['xã', 'sản phẩm', 'huyện'].includes(u);
  // A straight-line expectation of a count ("5,4 xã") keeps its decimals; whole counts take the leading zero.
  const text = counted && Number.isInteger(value) ? formatCount(value) : formatNumber(value, decimals);
  return u ? `${text} ${u}` : text;
}
