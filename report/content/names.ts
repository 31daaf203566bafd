import { reportingUnitKind, type UnitInfo } from '../../engine';

/** Upper case the Vietnamese way (ư → Ư, đ → Đ), for agency names and signature lines. */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

export { districtName, provinceName } from '../../engine';

/** "Toàn huyện", "Toàn thị xã", "Toàn tỉnh". */
export function wholeUnit(info: UnitInfo): string {
  return `Toàn ${reportingUnitKind(info)}`;
}
