import type { ThresholdRow } from '../data';
import type { Threshold } from '../rules/schemas';
import { fold } from '../text/fold';

export interface ThresholdValue {
  value: number;
  year: number;
  source?: string;
  /** Excel row in sheet "Ngưỡng", when it came from the workbook. */
  row?: number;
}

type Level = ThresholdRow['level'];
const FALLBACK: Record<Level, Level[]> = {
  'dat-chuan': ['dat-chuan'],
  'nang-cao': ['nang-cao', 'dat-chuan'],
  'kieu-mau': ['kieu-mau', 'nang-cao', 'dat-chuan'],
};

/**
 * Thresholds from the rules data and from sheet "Ngưỡng" (which overrides them). Lookup (SPEC
 * §3.5): a row for the commune's own region or group beats a row for all; for a year without a row
 * the latest earlier year applies; a level without its own threshold falls back to the level below,
 * since a nâng cao commune must meet the basic threshold too.
 */
export class ThresholdTable {
  private readonly rows: Array<ThresholdValue & { indicator: string; level: Level; unit?: string }> = [];

  constructor(fromRules: readonly Threshold[], fromWorkbook: readonly ThresholdRow[]) {
    for (const t of fromRules) this.rows.push({ indicator: t.indicator, level: t.level, unit: t.unit ?? undefined, year: t.year, value: t.value, source: t.source });
    // Workbook rows come last and win ties: the province's own decision overrides the national default.
    for (const t of fromWorkbook) this.rows.push({ indicator: t.indicator, level: t.level, unit: t.unit, year: t.year, value: t.value, source: t.source, row: t.row });
  }

  lookup(indicator: string, level: Level, unit: string | undefined, year: number): ThresholdValue | undefined {
    const unitKey = unit === undefined ? undefined : fold(unit);
    for (const l of FALLBACK[level]) {
      let specific: ThresholdValue | undefined;
      let general: ThresholdValue | undefined;
      for (const r of this.rows) {
        if (r.indicator !== indicator || r.level !== l || r.year > year) continue;
        if (r.unit === undefined) {
          if (!general || r.year >= general.year) general = r;
        } else if (unitKey !== undefined && fold(r.unit) === unitKey) {
          if (!specific || r.year >= specific.year) specific = r;
        }
      }
      const found = specific ?? general;
      if (found) return found;
    }
    return undefined;
  }
}
