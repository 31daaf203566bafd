/** Vietnamese notation for figures in messages and reports (Intl vi-VN: 2.000; 74,5). */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(maxDecimals: number, minDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      maximumFractionDigits: maxDecimals,
      minimumFractionDigits: minDecimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/** 2000 → "2.000"; 74.5098 → "74,5" (one decimal by default). */
export function formatNumber(value: number, maxDecimals = 1, minDecimals = 0): string {
  return formatter(maxDecimals, minDecimals).format(value);
}

/** 74.5098 → "74,5%" (no space before %, as the documents write it). */
export function formatPercent(percentValue: number, maxDecimals = 1): string {
  return `${formatNumber(percentValue, maxDecimals)}%`;
}

/** Counts of communes and products below 10 take a leading zero, as the documents write them: "06". */
export function formatCount(count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 10) return `0${count}`;
  return formatNumber(count, 0);
}

/**
 * The decimals two figures need to be told apart, from `start` up to 6: a comparison decided by
 * decimals shows them ("18,196 < 18,2", not "18,2 < 18,2"). Equal figures keep `start`.
 */
export function distinguishingDecimals(a: number, b: number, start: number): number {
  if (a === b) return start;
  let decimals = start;
  while (decimals < 6 && formatNumber(a, decimals) === formatNumber(b, decimals)) decimals++;
  return decimals;
}
