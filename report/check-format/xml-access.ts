import { childElements, decodeText, type XmlElement } from '../xml/tree';

/**
 * Reading attributes and children of WordprocessingML elements. The shared XML tree keeps
 * attributes as raw text (so the template filler can write parts back byte for byte); the checker
 * only reads, so it decodes them here.
 */

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const attrCache = new WeakMap<XmlElement, Map<string, string>>();

export function attrs(el: XmlElement): Map<string, string> {
  let map = attrCache.get(el);
  if (!map) {
    map = new Map();
    for (const m of el.attrs.matchAll(ATTR)) map.set(m[1], decodeText(m[2] ?? m[3] ?? ''));
    attrCache.set(el, map);
  }
  return map;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el ? attrs(el).get(name) : undefined;
}

/** An integer attribute; a value Word would reject (text, huge, fractional) counts as absent. */
export function intAttr(el: XmlElement | undefined, name: string): number | undefined {
  const raw = attr(el, name);
  if (raw === undefined || !/^-?\d{1,9}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.type === 'element' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name?: string): XmlElement[] {
  return el ? childElements(el, name) : [];
}

/** An on/off property (<w:b/>, <w:b w:val="false"/>); undefined when the element is absent. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'w:val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}
