import type { Commune } from '../data';
import { fold } from '../text/fold';
import { TwoKeyMap } from '../text/two-key-map';
import { districtKey } from './district-key';
import { splitUnitName } from './unit-kind';

/**
 * The one rule by which a product or a target names a unit of sheet "Xã": the names agree after
 * folding and without their prefix ("Xã Nam Thượng", "X. Nam Thượng" and "Nam Thượng" are one),
 * the kinds agree when the name gives one ("Thị trấn Thạnh An" is not "xã Thạnh An"), and so do
 * the districts when both sides give one. Metrics, target evaluation, the OCOP checks and the
 * report all match through here.
 */
export class CommuneMatcher {
  private readonly byName = new Map<string, Commune[]>();
  /** The same units by district and name, and those of a name without a district: a national sheet repeats names across districts. */
  private readonly byDistrictName = new TwoKeyMap<Commune[]>();
  private readonly withoutDistrict = new Map<string, Commune[]>();
  private readonly districts = new Set<string>();

  constructor(units: readonly Commune[]) {
    const add = (map: Map<string, Commune[]>, key: string, c: Commune) => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    for (const c of units) {
      const key = fold(splitUnitName(c.ten).bare);
      add(this.byName, key, c);
      if (c.huyen) {
        const district = districtKey(c.huyen);
        this.districts.add(district);
        const list = this.byDistrictName.get(district, key);
        if (list) list.push(c);
        else this.byDistrictName.set(district, key, [c]);
      } else {
        add(this.withoutDistrict, key, c);
      }
    }
  }

  /** True when sheet "Xã" names districts (a province workbook). */
  get hasDistricts(): boolean {
    return this.districts.size > 0;
  }

  hasDistrict(huyen: string): boolean {
    return this.districts.has(districtKey(huyen));
  }

  /** Answers by spelling: a commune's products all name it the same way, and every metric asks again. */
  private readonly answers = new TwoKeyMap<readonly Commune[]>();

  /** Every unit the name (and district, when given) can mean; an unprefixed name prefers xã. */
  matches(xa: string, huyen: string | undefined): readonly Commune[] {
    let answer = this.answers.get(huyen ?? '', xa);
    if (answer === undefined) {
      answer = this.match(xa, huyen || undefined);
      this.answers.set(huyen ?? '', xa, answer);
    }
    return answer;
  }

  private match(xa: string, huyen: string | undefined): Commune[] {
    const { kind, bare } = splitUnitName(xa);
    const name = fold(bare);
    let candidates: readonly Commune[];
    if (huyen) {
      const inDistrict = this.byDistrictName.get(districtKey(huyen), name) ?? [];
      const undistricted = this.withoutDistrict.get(name);
      candidates = undistricted ? [...inDistrict, ...undistricted] : inDistrict;
    } else {
      candidates = this.byName.get(name) ?? [];
    }
    if (kind) return candidates.filter((c) => c.kind === kind);
    const communes = candidates.filter((c) => c.kind === 'xa');
    return communes.length > 0 ? communes : [...candidates];
  }
}
