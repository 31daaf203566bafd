import type { UnitInfo } from './data';
import { normalizeDistrict } from './places/district-key';

/** The kinds of unit a name may already start with; otherwise it takes the default kind. */
const DISTRICT_KINDS = ['huyện', 'thị xã', 'thành phố', 'quận'];
const PROVINCE_KINDS = ['tỉnh', 'thành phố'];

function withKind(name: string, kinds: readonly string[], fallback: string): string {
  const n = name.normalize('NFC').trim();
  const lower = n.toLocaleLowerCase('vi-VN');
  for (const kind of kinds) {
    if (lower.startsWith(`${kind} `)) return `${kind}${n.slice(kind.length)}`;
  }
  return `${fallback} ${n}`;
}

/** "U Minh Thượng" → "huyện U Minh Thượng"; "Thị xã Long Mỹ", "TX. Long Mỹ" → "thị xã Long Mỹ". */
export function districtName(name: string): string {
  return withKind(normalizeDistrict(name), DISTRICT_KINDS, 'huyện');
}

/** "Kiên Giang" → "tỉnh Kiên Giang"; "Thành phố Cần Thơ" → "thành phố Cần Thơ". */
export function provinceName(name: string): string {
  return withKind(name, PROVINCE_KINDS, 'tỉnh');
}

/** The unit that reports: its district when the workbook names one, else its province. */
export function reportingUnit(info: Pick<UnitInfo, 'tinh' | 'huyen'>): string {
  return info.huyen ? districtName(info.huyen) : provinceName(info.tinh);
}

/** The kind of the reporting unit ("huyện", "thị xã", "tỉnh"…), as in "Toàn huyện". */
export function reportingUnitKind(info: Pick<UnitInfo, 'tinh' | 'huyen'>): string {
  const name = reportingUnit(info);
  return [...DISTRICT_KINDS, ...PROVINCE_KINDS].find((k) => name.startsWith(`${k} `)) ?? 'huyện';
}

/** "huyện U Minh Thượng, tỉnh Kiên Giang" or "tỉnh Hậu Giang": the unit a workbook covers (SPEC §6 `unit`). */
export function unitName(info: Pick<UnitInfo, 'tinh' | 'huyen'>): string {
  const province = info.tinh ? provinceName(info.tinh) : '';
  if (!info.huyen) return province;
  const district = districtName(info.huyen);
  return province ? `${district}, ${province}` : district;
}
