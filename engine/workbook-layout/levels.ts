import type { LevelId } from '../rules/schemas';

/** The recognised NTM level of a commune; 'chua-dat' below the first level. */
export type CommuneLevel = 'chua-dat' | LevelId;

export const LEVEL_ORDER: readonly CommuneLevel[] = ['chua-dat', 'dat-chuan', 'nang-cao', 'kieu-mau'];

export const LEVEL_NAMES: Record<CommuneLevel, string> = {
  'chua-dat': 'Chưa đạt',
  'dat-chuan': 'Đạt chuẩn NTM',
  'nang-cao': 'NTM nâng cao',
  'kieu-mau': 'NTM kiểu mẫu',
};

export const LEVEL_ALIASES: Record<CommuneLevel, string[]> = {
  'chua-dat': ['Chưa đạt', 'Chưa đạt chuẩn', 'Chưa đạt chuẩn NTM', 'Chưa'],
  'dat-chuan': ['Đạt chuẩn NTM', 'Đạt chuẩn', 'Đạt chuẩn nông thôn mới', 'NTM', 'Nông thôn mới', 'Xã NTM'],
  'nang-cao': ['NTM nâng cao', 'Nâng cao', 'Nông thôn mới nâng cao', 'Đạt chuẩn NTM nâng cao', 'Xã NTM nâng cao'],
  'kieu-mau': ['NTM kiểu mẫu', 'Kiểu mẫu', 'Nông thôn mới kiểu mẫu', 'Đạt chuẩn NTM kiểu mẫu', 'Xã NTM kiểu mẫu'],
};

export function levelRank(level: CommuneLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

/** True when `level` is `atLeast` or higher. */
export function levelAtLeast(level: CommuneLevel, atLeast: CommuneLevel): boolean {
  return levelRank(level) >= levelRank(atLeast);
}
