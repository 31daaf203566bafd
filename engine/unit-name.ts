import type { UnitInfo } from './data';
import { fold } from './text/fold';

const DISTRICT_PREFIXES = ['huyen', 'thi xa', 'thanh pho', 'quan'];
const PROVINCE_PREFIXES = ['tinh', 'thanh pho'];

function withPrefix(name: string, prefix: string, known: readonly string[]): string {
  const key = fold(name);
  return known.some((p) => key.startsWith(`${p} `)) ? name : `${prefix} ${name}`;
}

/** "huyện U Minh Thượng, tỉnh Kiên Giang" or "tỉnh Hậu Giang": the unit a workbook covers. */
export function unitName(info: Pick<UnitInfo, 'tinh' | 'huyen'>): string {
  const province = info.tinh ? withPrefix(info.tinh, 'tỉnh', PROVINCE_PREFIXES) : '';
  if (!info.huyen) return province;
  const district = withPrefix(info.huyen, 'huyện', DISTRICT_PREFIXES);
  return province ? `${district}, ${province}` : district;
}
