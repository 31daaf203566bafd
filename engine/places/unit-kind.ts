import { fold } from '../text/fold';

/**
 * Commune-level units (SPEC §3): xã, phường and thị trấn. Only xã are communes for the NTM
 * criteria; phường and thị trấn still count as places for OCOP products.
 */
export type UnitKind = 'xa' | 'phuong' | 'thi-tran';

export const UNIT_KIND_NAMES: Record<UnitKind, string> = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' };

/** Prefixes as offices write them before a unit's name: "Xã …", "X. …", "Phường …", "P. …", "Thị trấn …", "TT. …". */
const PREFIXES: ReadonlyArray<[RegExp, UnitKind]> = [
  [/^(?:xã|x\.)\s*/iu, 'xa'],
  [/^(?:phường|p\.)\s*/iu, 'phuong'],
  [/^(?:thị\s+trấn|tt\.)\s*/iu, 'thi-tran'],
];

export interface UnitName {
  /** The kind its prefix says; undefined when the name has none ("Nam Thượng"). */
  kind: UnitKind | undefined;
  /** The name without its prefix, as typed otherwise. */
  bare: string;
}

const splitCache = new Map<string, UnitName>();

/** A unit's name split from its prefix; asked for every product by every metric, so once per spelling. */
export function splitUnitName(name: string): UnitName {
  let split = splitCache.get(name);
  if (split === undefined) {
    split = splitUncached(name);
    if (splitCache.size > 100_000) splitCache.clear();
    splitCache.set(name, split);
  }
  return split;
}

function splitUncached(name: string): UnitName {
  const text = name.normalize('NFC').trim();
  for (const [pattern, kind] of PREFIXES) {
    const m = pattern.exec(text);
    // "Phường 1" keeps its number; a prefix alone is not a name.
    if (m && m[0].length < text.length) return { kind, bare: text.slice(m[0].length).trim() };
  }
  return { kind: undefined, bare: text };
}

/** The unit kind a "Loại đơn vị" cell names, folded: "xã", "Phường", "thị trấn", "TT". */
export function unitKindOf(text: string): UnitKind | undefined {
  const key = fold(text).replace(/\./g, '');
  if (key === 'xa' || key === 'x') return 'xa';
  if (key === 'phuong' || key === 'p') return 'phuong';
  if (key === 'thi tran' || key === 'tt') return 'thi-tran';
  return undefined;
}

/** How a unit is known when matched: its kind and its folded bare name. */
export function unitNameKey(kind: UnitKind, bare: string): string {
  return `${kind}|${fold(bare)}`;
}
