import { loadRules } from './load';
import { CommuneLevelSchema, type CommuneLevel, type LevelInfo, type Period } from './schemas';

export type { CommuneLevel } from './schemas';

/** The levels in ascending order ('chua-dat' first), as rules/levels.json lists them. */
export const LEVEL_ORDER: readonly CommuneLevel[] = CommuneLevelSchema.options;

/** Each level's canonical name ("Đạt chuẩn NTM"), from rules/levels.json. */
export const LEVEL_NAMES: Readonly<Record<CommuneLevel, string>> = Object.fromEntries(loadRules().levels.map((l) => [l.id, l.name])) as Record<CommuneLevel, string>;

export function levelInfo(level: CommuneLevel): LevelInfo {
  return loadRules().levelById.get(level)!;
}

export function levelRank(level: CommuneLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

/** True when `level` is `atLeast` or higher. */
export function levelAtLeast(level: CommuneLevel, atLeast: CommuneLevel): boolean {
  return levelRank(level) >= levelRank(atLeast);
}

/** A level's prerequisite in a period, with the reason the finding gives; null for the first level. */
export function levelPrerequisite(period: Period, level: CommuneLevel): { level: CommuneLevel; note: string } | null {
  const rule = loadRules().criteria[period].levels.find((l) => l.level === level);
  return rule?.requires ? { level: rule.requires, note: rule.requiresNote ?? '' } : null;
}
