import { districtName as engineDistrictName, reportingUnit, reportingUnitKind, type UnitInfo } from '../../engine';

/** Upper case the Vietnamese way (ư → Ư, đ → Đ), for agency names and signature lines. */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

export { districtName, provinceName } from '../../engine';

/** "Toàn huyện", "Toàn thị xã", "Toàn tỉnh". */
export function wholeUnit(info: UnitInfo): string {
  return `Toàn ${reportingUnitKind(info)}`;
}

/**
 * How the body names the unit it speaks of, at the start of a sentence: "Toàn huyện" in the unit's
 * own report, "Trên địa bàn thành phố Ngã Bảy" in the province's report on one district.
 */
export function areaSubject(scope: { info: UnitInfo; onArea: boolean }): string {
  return scope.onArea ? `Trên địa bàn ${reportingUnit(scope.info)}` : wholeUnit(scope.info);
}

/** A commune as running text names it: "xã Minh Thuận", with its district in a province report. */
export function communeName(ten: string, huyen: string | undefined, withDistrict: boolean): string {
  const name = /^(xã|phường|thị trấn)\s/iu.test(ten) ? ten.replace(/^\S+/u, (w) => w.toLocaleLowerCase('vi-VN')) : `xã ${ten}`;
  return withDistrict && huyen ? `${name} (${engineDistrictName(huyen)})` : name;
}

/** A commune as a place in running text: "xã Tân Hòa", "xã Tân Hòa, huyện Châu Thành A" in a province report. */
export function placeName(ten: string, huyen: string | undefined, withDistrict: boolean): string {
  const name = communeName(ten, undefined, false);
  return withDistrict && huyen ? `${name}, ${engineDistrictName(huyen)}` : name;
}
