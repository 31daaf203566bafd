import type { Comparator } from '../format/sheets';

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
