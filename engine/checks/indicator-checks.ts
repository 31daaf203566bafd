import type { Commune, UnitInfo } from '../data';
import { levelAtLeast } from '../workbook-layout/levels';
import { finding, type Finding } from '../findings/finding';
import type { IndicatorRules } from '../rules/schemas';
import { formatNumber } from '../text/vi-format';
import type { ThresholdTable } from './threshold-table';

/**
 * A criterion marked met while its indicator misses the configured threshold. Thresholds without
 * a verified legal value are not in the rules data: when neither the rules nor sheet "Ngưỡng" have
 * one, the check is skipped and threshold-missing says so once per indicator.
 */
export function checkIndicators(
  sheet: string,
  communes: readonly Commune[],
  info: UnitInfo,
  indicators: IndicatorRules,
  table: ThresholdTable,
  findings: Finding[],
): void {
  for (const indicator of indicators.indicators) {
    const criterion = indicator.criterion[info.period];
    if (criterion === undefined) continue;
    let missingFor: string | undefined;
    for (const c of communes) {
      const value = c[indicator.field];
      if (value === undefined || !c.criteria[criterion - 1]) continue;
      const level = levelAtLeast(c.level, 'dat-chuan') ? (c.level as 'dat-chuan' | 'nang-cao' | 'kieu-mau') : 'dat-chuan';
      const unit = info.period === '2021-2025' ? info.vung : c.nhom === undefined ? undefined : String(c.nhom);
      const threshold = table.lookup(indicator.code, level, unit, info.year);
      if (!threshold) {
        missingFor ??= unit ? `${info.period === '2021-2025' ? 'vùng' : 'nhóm'} ${unit}` : 'đơn vị này';
        continue;
      }
      const ok = indicator.direction === '>=' ? value >= threshold.value : value <= threshold.value;
      if (ok) continue;
      const cmp = indicator.direction === '>=' ? 'tối thiểu' : 'tối đa';
      const source = threshold.row ? `sheet "Ngưỡng" dòng ${threshold.row}` : threshold.source ?? 'dữ liệu quy tắc';
      findings.push(
        finding(
          'indicator-threshold',
          sheet,
          c.cells[indicator.field] ?? null,
          `Xã ${c.ten}: tiêu chí ${criterion} ghi đạt nhưng ${indicator.name.toLowerCase()} là ${formatNumber(value, 2)} ${indicator.unit}, ngưỡng ${cmp} ${formatNumber(threshold.value, 2)} ${indicator.unit} năm ${threshold.year} (${source}).`,
          `Kiểm tra lại số liệu ${indicator.name.toLowerCase()} hoặc đánh dấu tiêu chí ${criterion} là chưa đạt.`,
        ),
      );
    }
    if (missingFor) {
      findings.push(
        finding(
          'threshold-missing',
          null,
          null,
          `Chưa có ngưỡng "${indicator.name}" (${indicator.code}) cho ${missingFor} năm ${info.year}; chưa kiểm tra được tiêu chí ${criterion} theo số liệu này.`,
          `Thêm một dòng vào sheet "Ngưỡng": Mã chỉ số "${indicator.code}", Mức, Vùng/Nhóm, Năm, Giá trị theo quyết định bộ tiêu chí của tỉnh.`,
        ),
      );
    }
  }
}
