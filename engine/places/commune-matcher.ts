import type { Commune } from '../data';
import { fold } from '../text/fold';
import { districtKey } from './district-key';

/**
 * The one rule by which a product or a target names a commune of sheet "Xã": the names agree
 * after folding, and so do the districts when both sides give one (a district workbook's communes
 * have none; a province's products may omit it). Metrics, target evaluation, the OCOP checks and
 * the report all match through here.
 */
export class CommuneMatcher {
  private readonly byName = new Map<string, Commune[]>();
  private readonly districts = new Set<string>();

  constructor(communes: readonly Commune[]) {
    for (const c of communes) {
      const key = fold(c.ten);
      const list = this.byName.get(key);
      if (list) list.push(c);
      else this.byName.set(key, [c]);
      if (c.huyen) this.districts.add(districtKey(c.huyen));
    }
  }

  /** True when sheet "Xã" names districts (a province workbook). */
  get hasDistricts(): boolean {
    return this.districts.size > 0;
  }

  hasDistrict(huyen: string): boolean {
    return this.districts.has(districtKey(huyen));
  }

  /** Every commune the name (and district, when given) can mean. */
  matches(xa: string, huyen: string | undefined): Commune[] {
    const candidates = this.byName.get(fold(xa)) ?? [];
    if (!huyen) return candidates;
    const key = districtKey(huyen);
    return candidates.filter((c) => !c.huyen || districtKey(c.huyen) === key);
  }
}

/** True when `place` (a product's Xã and Huyện) names commune `c` by the matcher's rule. */
export function namesCommune(place: { xa: string; huyen?: string }, c: Commune): boolean {
  return fold(place.xa) === fold(c.ten) && (!place.huyen || !c.huyen || districtKey(place.huyen) === districtKey(c.huyen));
}
