import { loadRules, type MetricCode, type Metrics } from '../../engine';
import { FigureStyle } from './style';

/** {{so_xa}}, {{ty_le_bhyt}}…: each metric written as the report's sentences and tables write it. */
export function metricScalars(metrics: Metrics, figures: FigureStyle = new FigureStyle()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of loadRules().metrics.metrics) out[m.code] = figures.metric(m.code, metrics[m.code]);
  return out;
}

/** The metric's value, or 0 when the engine left it out (a workbook without that sheet). */
export function metric(metrics: Metrics, code: MetricCode): number {
  const v = metrics[code];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
