import { fold } from '../text/fold';

/**
 * Offices write a huyện bare ("Long Mỹ") or with its kind ("Huyện Long Mỹ", "H. Long Mỹ"), and a
 * thị xã or thành phố always with its kind, often abbreviated ("TX. Long Mỹ", "TP. Vị Thanh"):
 * "Thị xã Long Mỹ" and "Long Mỹ" are two districts, "Huyện Long Mỹ" and "Long Mỹ" one.
 */
function canonicalDistrict(folded: string): string {
  return folded
    .replace(/^(?:huyen|h\.)\s*/u, '')
    .replace(/^(?:tp\.?|thanh pho)\s*/u, 'thanh pho ')
    .replace(/^(?:tx\.?|thi xa)\s*/u, 'thi xa ')
    .trim();
}

const keys = new Map<string, string>();

/** The key a district is known by wherever districts are grouped or looked up. */
export function districtKey(name: string | undefined): string {
  // Asked for every commune and product, of a few hundred spellings at most.
  const text = name ?? '';
  let key = keys.get(text);
  if (key === undefined) {
    key = canonicalDistrict(fold(text));
    if (keys.size > 50_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** A commune within its district (district workbooks: the empty district). */
export function communeKey(huyen: string | undefined, ten: string): string {
  return `${districtKey(huyen)}|${fold(ten)}`;
}

const DISTRICT_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:huyện|h\.)\s*/iu, ''],
  [/^(?:thành\s+phố|tp\.?)\s*/iu, 'Thành phố '],
  [/^(?:thị\s+xã|tx\.?)\s*/iu, 'Thị xã '],
  [/^quận\s*/iu, 'Quận '],
];

/**
 * A district in the one spelling the engine keeps, whichever way it was typed: "TX. Long Mỹ" →
 * "Thị xã Long Mỹ", "Huyện Kim Bôi" and "H. Kim Bôi" → "Kim Bôi" (a huyện is kept bare, as the
 * Huyện column holds it; unit-name.ts adds the kind where a sentence needs it).
 */
export function normalizeDistrict(text: string): string {
  return districtFromHeading(text) ?? text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A district named in a group row ("Huyện Kim Bôi", "TP. Vị Thanh") as the Huyện column would
 * hold it ("Kim Bôi", "Thành phố Vị Thanh"); null when the text does not start like a district.
 */
export function districtFromHeading(text: string): string | null {
  const t = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  for (const [pattern, kind] of DISTRICT_PREFIXES) {
    const m = pattern.exec(t);
    if (m && m[0].length < t.length) return kind + t.slice(m[0].length).trim();
  }
  return null;
}
