import { distinguishingDecimals, formatNumber } from '../../text/vi-format';
import { raiser, type CodeTable, type Where } from './define';

/** Indicators against their thresholds (sheet "Ngưỡng" or the rules data). */
export const INDICATOR_CODES = {
  'indicator-threshold': { severity: 'warning', when: 'a criterion marked met while its indicator misses the configured threshold' },
  'threshold-missing': { severity: 'info', when: 'a threshold the rules need is not configured (once per indicator)' },
} as const satisfies CodeTable;

const raise = raiser(INDICATOR_CODES);

interface IndicatorText {
  code: string;
  name: string;
  unit: string;
}

export function indicatorThreshold(at: Where, p: { commune: string; criterion: number; indicator: IndicatorText; value: number; atLeast: boolean; threshold: number; year: number; source: string }) {
  const name = p.indicator.name.toLowerCase();
  // Shown to the decimals that decide the comparison: "18,196 … ngưỡng tối thiểu 18,2".
  const decimals = distinguishingDecimals(p.value, p.threshold, 2);
  return raise(
    'indicator-threshold',
    at,
    `Xã ${p.commune}: tiêu chí ${p.criterion} ghi đạt nhưng ${name} là ${formatNumber(p.value, decimals)} ${p.indicator.unit}, ngưỡng ${p.atLeast ? 'tối thiểu' : 'tối đa'} ${formatNumber(p.threshold, decimals)} ${p.indicator.unit} năm ${p.year} (${p.source}).`,
    `Kiểm tra lại số liệu ${name} hoặc đánh dấu tiêu chí ${p.criterion} là chưa đạt.`,
  );
}

/** `unitText`: "vùng Đồng bằng sông Cửu Long", "nhóm 2" or "đơn vị này". */
export function thresholdMissing(p: { indicator: IndicatorText; unitText: string; year: number; criterion: number }) {
  return raise(
    'threshold-missing',
    { sheet: null, cell: null },
    `Chưa có ngưỡng "${p.indicator.name}" (${p.indicator.code}) cho ${p.unitText} năm ${p.year}; chưa kiểm tra được tiêu chí ${p.criterion} theo số liệu này.`,
    `Thêm một dòng vào sheet "Ngưỡng": Mã chỉ số "${p.indicator.code}", Mức, Vùng/Nhóm, Năm, Giá trị theo quyết định bộ tiêu chí của tỉnh.`,
  );
}
