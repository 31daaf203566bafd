import type { Comparator } from '../workbook-layout/sheets';

const EPSILON = 1e-9;

export function meets(actual: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '≥':
      return actual >= target - EPSILON;
    case '≤':
      return actual <= target + EPSILON;
    case '>':
      return actual > target + EPSILON;
    case '<':
      return actual < target - EPSILON;
    case '=':
      return Math.abs(actual - target) <= EPSILON;
  }
}

/** Which way is better for this target: up for ≥ and >, down for ≤ and <, towards the target for =. */
export function higherIsBetter(comparator: Comparator, target: number, baseline?: number): boolean {
  if (comparator === '≥' || comparator === '>') return true;
  if (comparator === '≤' || comparator === '<') return false;
  return baseline === undefined ? true : target >= baseline;
}

/** Of several units, the one furthest from the target. */
export function worst(values: readonly number[], comparator: Comparator, target: number): number {
  if (comparator === '=') return values.reduce((w, v) => (Math.abs(v - target) > Math.abs(w - target) ? v : w));
  return higherIsBetter(comparator, target) ? Math.min(...values) : Math.max(...values);
}

/** True when a typed figure agrees with the computed one to the precision it was typed with. */
export function agrees(typed: number, computed: number): boolean {
  if (Math.abs(typed - computed) <= 1e-6) return true;
  const decimals = (String(typed).split('.')[1] ?? '').length;
  const factor = 10 ** Math.min(decimals, 6);
  return Math.abs(Math.round(computed * factor) / factor - typed) <= 1e-6;
}

/**
 * How much of a target is achieved, in percent (may pass 100): actual/target for "at least" and
 * "equal" targets, target/actual for "at most" targets (an actual of 0 meets those fully).
 * Undefined where there is nothing to divide by. The engine's `completion`, the report's "tỷ lệ
 * hoàn thành" and the pane's bars all come from here.
 */
export function targetCompletion(t: { comparator: Comparator; target: number | null; actual: number | null }): number | undefined {
  if (t.target === null || t.actual === null) return undefined;
  if (t.comparator === '≤' || t.comparator === '<') {
    if (t.actual <= 0) return t.target >= 0 ? 100 : undefined;
    return (t.target / t.actual) * 100;
  }
  return t.target > 0 ? (t.actual / t.target) * 100 : undefined;
}
