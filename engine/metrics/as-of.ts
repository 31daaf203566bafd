import type { Commune, UnitInfo } from '../data';
import { levelRank, type CommuneLevel } from '../rules/levels';
import { utcDate } from '../text/vi-date';

/** The last day the report covers: 30/6 for a six-month report, 31/12 otherwise. */
export function periodEnd(info: Pick<UnitInfo, 'year' | 'reportPeriod'>): Date {
  return info.reportPeriod === '6-thang' ? utcDate(info.year, 6, 30) : utcDate(info.year, 12, 31);
}

/** The first day the report covers: 1/1 of the report year (six-month and yearly reports alike). */
export function periodStart(info: Pick<UnitInfo, 'year'>): Date {
  return utcDate(info.year, 1, 1);
}

/** The level a commune held in `year`: a level counts from its recognition year on (SPEC §5). */
export function levelAsOf(commune: Commune, year: number): CommuneLevel {
  const rank = levelRank(commune.level);
  const recognisedBy = (recognitionYear: number | undefined): boolean => recognitionYear === undefined || recognitionYear <= year;
  if (rank >= levelRank('kieu-mau') && recognisedBy(commune.namKieuMau)) return 'kieu-mau';
  if (rank >= levelRank('nang-cao') && recognisedBy(commune.namNangCao)) return 'nang-cao';
  if (rank >= levelRank('dat-chuan') && recognisedBy(commune.namDatChuan)) return 'dat-chuan';
  return 'chua-dat';
}
