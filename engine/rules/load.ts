import { z } from 'zod';
import criteria2021 from '../../rules/criteria-2021-2025.json';
import criteria2026 from '../../rules/criteria-2026-2030.json';
import ocopJson from '../../rules/ocop.json';
import indicatorsJson from '../../rules/indicators.json';
import metricsJson from '../../rules/metrics.json';
import levelsJson from '../../rules/levels.json';
import {
  CriteriaSetSchema,
  IndicatorRulesSchema,
  LevelCatalogSchema,
  PeriodSchema,
  MetricCatalogSchema,
  OcopRulesSchema,
  type CriteriaSet,
  type CommuneLevel,
  type IndicatorRules,
  type LevelInfo,
  type MetricCatalog,
  type MetricCode,
  type MetricInfo,
  type OcopRules,
  type Period,
} from './schemas';

/** Rules data, parsed once; a malformed file stops the program at load with the file's name. */
export interface Rules {
  criteria: Record<Period, CriteriaSet>;
  ocop: OcopRules;
  indicators: IndicatorRules;
  metrics: MetricCatalog;
  metricByCode: ReadonlyMap<MetricCode, MetricInfo>;
  /** In ascending order, from 'chua-dat'. */
  levels: readonly LevelInfo[];
  levelById: ReadonlyMap<CommuneLevel, LevelInfo>;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`Dữ liệu quy tắc ${file} không hợp lệ:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let cached: Rules | undefined;

export function loadRules(): Rules {
  if (cached) return cached;
  const metrics = parse(MetricCatalogSchema, metricsJson, 'rules/metrics.json');
  const levels = parse(LevelCatalogSchema, levelsJson, 'rules/levels.json');
  cached = {
    criteria: {
      '2021-2025': parse(CriteriaSetSchema, criteria2021, 'rules/criteria-2021-2025.json'),
      '2026-2030': parse(CriteriaSetSchema, criteria2026, 'rules/criteria-2026-2030.json'),
    },
    ocop: parse(OcopRulesSchema, ocopJson, 'rules/ocop.json'),
    indicators: parse(IndicatorRulesSchema, indicatorsJson, 'rules/indicators.json'),
    metrics,
    metricByCode: new Map(metrics.metrics.map((m) => [m.code, m])),
    levels: levels.levels,
    levelById: new Map(levels.levels.map((l) => [l.id, l])),
  };
  return cached;
}

/** First and last year of a period, read from its name ("2021-2025"). */
export function periodYears(period: Period): { from: number; to: number } {
  const [from, to] = period.split('-').map(Number);
  return { from, to };
}

export function yearInPeriod(year: number, period: Period): boolean {
  const { from, to } = periodYears(period);
  return year >= from && year <= to;
}

/** The criteria period a report year falls in; before the first period the first, after the last the last. */
export function periodOfYear(year: number): Period {
  const periods = PeriodSchema.options;
  return periods.find((p) => year <= periodYears(p).to) ?? periods[periods.length - 1];
}
