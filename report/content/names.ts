import type { UnitInfo } from '../../engine';

/** Upper case the Vietnamese way (ư → Ư, đ → Đ), for agency names and signature lines. */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

const DISTRICT_KINDS = ['huyện', 'thị xã', 'thành phố', 'quận'];
const PROVINCE_KINDS = ['tỉnh', 'thành phố'];

/** "U Minh Thượng" → "huyện U Minh Thượng"; "Thị xã Long Mỹ" → "thị xã Long Mỹ". */
export function districtName(name: string): string {
  return withKind(name, DISTRICT_KINDS, 'huyện');
}

export function provinceName(name: string): string {
  return withKind(name, PROVINCE_KINDS, 'tỉnh');
}

function withKind(name: string, kinds: string[], fallback: string): string {
  const n = name.normalize('NFC').trim();
  const lower = n.toLocaleLowerCase('vi-VN');
  for (const kind of kinds) {
    if (lower.startsWith(`${kind} `)) return `${kind}${n.slice(kind.length)}`;
  }
  return `${fallback} ${n}`;
}

/** The unit a report speaks for: the district when there is one, else the province. */
export function unitName(info: UnitInfo): string {
  return info.huyen ? districtName(info.huyen) : provinceName(info.tinh);
}

/** "Toàn huyện", "Toàn thị xã", "Toàn tỉnh". */
export function wholeUnit(info: UnitInfo): string {
  const name = unitName(info);
  const kind = [...DISTRICT_KINDS, ...PROVINCE_KINDS].find((k) => name.startsWith(`${k} `)) ?? 'huyện';
  return `Toàn ${kind}`;
}
