import { formatCount, formatNumber, formatPercent, loadRules, type MetricCode, type Metrics } from '../../engine';

/** A metric as the documents write it: counts with a leading zero, percentages "66,7%", averages "17,5". */
export function formatMetric(code: MetricCode, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const info = loadRules().metricByCode.get(code);
  if (info?.kind === 'count') return formatCount(value);
  if (info?.kind === 'percent') return formatPercent(value);
  return formatNumber(value, info?.code === 'thu_nhap_binh_quan' ? 2 : 1);
}

/** A value with the unit a target gives it: "80%", "06 xã", "70 triệu đồng/người/năm". */
export function formatWithUnit(code: string, value: number, unit: string | undefined): string {
  const info = loadRules().metricByCode.get(code as MetricCode);
  const u = (unit ?? info?.unit ?? '').trim();
  if (u === '%') return formatPercent(value, 2);
  const text = info?.kind === 'count' || ['xã', 'sản phẩm', 'huyện'].includes(u) ? formatCount(value) : formatNumber(value, 2);
  return u ? `${text} ${u}` : text;
}

export function metricScalars(metrics: Metrics): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of loadRules().metrics.metrics) out[m.code] = formatMetric(m.code, metrics[m.code]);
  return out;
}

/** The metric's value, or 0 when the engine left it out (a workbook without that sheet). */
export function metric(metrics: Metrics, code: MetricCode): number {
  const v = metrics[code];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
