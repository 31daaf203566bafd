import { fold } from '../text/fold';

/** The key a district is known by wherever districts are grouped or looked up: its folded name. */
export function districtKey(name: string | undefined): string {
  return fold(name ?? '');
}

/** A commune within its district (district workbooks: the empty district). */
export function communeKey(huyen: string | undefined, ten: string): string {
  return `${districtKey(huyen)}|${fold(ten)}`;
}
