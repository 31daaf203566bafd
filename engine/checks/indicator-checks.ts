import type { Commune, UnitInfo } from '../data';
import { levelAtLeast } from '../rules/levels';
import { indicatorThreshold, thresholdMissing } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import type { IndicatorRules } from '../rules/schemas';
import type { ThresholdTable } from './threshold-table';

/**
 * A criterion marked met while its indicator misses the configured threshold. Thresholds without
 * a verified legal value are not in the rules data: when neither the rules nor sheet "Ngưỡng" have
 * one, the check is skipped and threshold-missing says so once per indicator.
 */
export function checkIndicators(sheet: string, communes: readonly Commune[], info: UnitInfo, indicators: IndicatorRules, table: ThresholdTable, findings: Finding[]): void {
  for (const indicator of indicators.indicators) {
    const criterion = indicator.criterion[info.period];
    if (criterion === undefined) continue;
    let missingFor: string | undefined;
    for (const c of communes) {
      const value = c[indicator.field];
      if (value === undefined || !c.criteria[criterion - 1]) continue;
      const level = levelAtLeast(c.level, 'dat-chuan') ? (c.level as 'dat-chuan' | 'nang-cao' | 'kieu-mau') : 'dat-chuan';
      const unit = info.period === '2021-2025' ? info.vung : c.nhom;
      const threshold = table.lookup(indicator.code, level, unit, info.year);
      if (!threshold) {
        missingFor ??= unit ? `${info.period === '2021-2025' ? 'vùng' : 'nhóm'} ${unit}` : 'đơn vị này';
        continue;
      }
      const ok = indicator.direction === '>=' ? value >= threshold.value : value <= threshold.value;
      if (ok) continue;
      const source = threshold.row ? `sheet "Ngưỡng" dòng ${threshold.row}` : (threshold.source ?? 'dữ liệu quy tắc');
      findings.push(
        indicatorThreshold(
          { sheet, cell: c.cells[indicator.field] ?? null },
          { commune: c.ten, criterion, indicator, value, atLeast: indicator.direction === '>=', threshold: threshold.value, year: threshold.year, source },
        ),
      );
    }
    if (missingFor) {
      findings.push(thresholdMissing({ indicator, unitText: missingFor, year: info.year, criterion }));
    }
  }
}
