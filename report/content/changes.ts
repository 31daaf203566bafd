import { formatNumber } from '../../engine';
import { count } from './style';

export interface ChangeOptions {
  /** Decimals of a non-count figure (the figure's own rule); counts are whole. */
  decimals?: number;
  /** Leave out "(từ … lên …)": the figure itself is already in the sentence. */
  bare?: boolean;
}

/**
 * A change between two figures as reports word it: "tăng 03 xã (từ 35 lên 38 xã)", "giảm 0,5 điểm
 * phần trăm", "không đổi (04 xã)". Both figures are taken as the report writes them.
 */
export function changeWords(before: number, now: number, unit: string, options: ChangeOptions = {}): string {
  const write = (n: number) => (options.decimals === undefined ? count(n) : formatNumber(n, options.decimals));
  const delta = options.decimals === undefined ? now - before : Math.round((now - before) * 10 ** options.decimals) / 10 ** options.decimals;
  if (delta === 0) return options.bare ? 'không đổi' : `không đổi (${write(now)} ${unit})`;
  const direction = delta > 0 ? 'tăng' : 'giảm';
  const range = options.bare ? '' : ` (từ ${write(before)} ${delta > 0 ? 'lên' : 'xuống'} ${write(now)} ${unit})`;
  return `${direction} ${write(Math.abs(delta))} ${unit}${range}`;
}
