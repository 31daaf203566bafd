import { formatMetric, loadRules, type MetricCode, type Metrics } from '../../engine';

export { formatMetric, formatWithUnit } from '../../engine';

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
