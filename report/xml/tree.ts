/**
 * A small XML tree for WordprocessingML parts, enough to move text between runs and clone table
 * rows. It keeps attributes and text exactly as written (raw), so untouched parts of the document
 * come back byte for byte. Host-neutral: no DOMParser (absent in Node), no Node APIs.
 */
export interface XmlElement {
  type: 'element';
  name: string;
  /** The attribute text as written, with its leading space: ' w:val="x"'. */
  attrs: string;
  children: XmlNode[];
  selfClosing: boolean;
}

/** Character data as written (entities still escaped), or markup kept verbatim (declarations, comments). */
export interface XmlRaw {
  type: 'raw';
  text: string;
}

export type XmlNode = XmlElement | XmlRaw;

export class XmlSyntaxError extends Error {}

// The last alternative catches a lone "<" (a tag cut before its ">"), which must not be skipped.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/?[^<>]+>|[^<]+|</g;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { type: 'element', name: '#document', attrs: '', children: [], selfClosing: false };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    const top = stack[stack.length - 1];
    if (token === '<') throw new XmlSyntaxError(`thẻ chưa đóng ở ký tự thứ ${match.index}`);
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (top.name !== name) throw new XmlSyntaxError(`thẻ đóng </${name}> không khớp thẻ mở <${top.name}>`);
      stack.pop();
    } else if (token.startsWith('<') && !token.startsWith('<!') && !token.startsWith('<?')) {
      const selfClosing = token.endsWith('/>');
      const inner = token.slice(1, selfClosing ? -2 : -1);
      const nameEnd = inner.search(/[\s]/);
      const name = nameEnd < 0 ? inner : inner.slice(0, nameEnd);
      const el: XmlElement = { type: 'element', name, attrs: nameEnd < 0 ? '' : inner.slice(nameEnd), children: [], selfClosing };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
    } else {
      top.children.push({ type: 'raw', text: token });
    }
  }
  if (stack.length !== 1) throw new XmlSyntaxError(`thẻ <${stack[stack.length - 1].name}> không có thẻ đóng`);
  return root;
}

export function serializeXml(node: XmlNode): string {
  if (node.type === 'raw') return node.text;
  const inner = node.children.map(serializeXml).join('');
  if (node.name === '#document') return inner;
  if (node.selfClosing && node.children.length === 0) return `<${node.name}${node.attrs}/>`;
  return `<${node.name}${node.attrs}>${inner}</${node.name}>`;
}

export function element(name: string, attrs = '', children: XmlNode[] = []): XmlElement {
  return { type: 'element', name, attrs, children, selfClosing: false };
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name));
}

/** Every element named `name` below `el`, document order; does not descend into matches. */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Like findAll but descends into matches too (nested tables, text boxes inside paragraphs). */
export function findAllDeep(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (c.name === name) out.push(c);
    findAllDeep(c, name, out);
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeText(raw: string): string {
  if (raw.startsWith('<![CDATA[')) return raw.slice(9, -3);
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#')) {
      const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // "&#99999999;" names no character: the part is not XML (an XML parser refuses it too).
      if (!(code >= 0 && code <= 0x10ffff)) throw new XmlSyntaxError(`mã ký tự ${m} không ứng với ký tự nào`);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e] ?? m;
  });
}

export function encodeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text of a <w:t> element. */
export function textOf(t: XmlElement): string {
  return t.children.map((c) => (c.type === 'raw' ? decodeText(c.text) : '')).join('');
}

/** Replaces the text of a <w:t>, keeping spaces (xml:space="preserve"). */
export function setText(t: XmlElement, text: string): void {
  t.children = text === '' ? [] : [{ type: 'raw', text: encodeText(text) }];
  t.selfClosing = false;
  if (!/xml:space=/.test(t.attrs)) t.attrs += ' xml:space="preserve"';
}

/** The element that holds `target` among its children, searching below `root`. */
export function findParent(root: XmlElement, target: XmlNode): XmlElement | undefined {
  for (const c of root.children) {
    if (c === target) return root;
    if (c.type === 'element') {
      const found = findParent(c, target);
      if (found) return found;
    }
  }
  return undefined;
}

/** Puts `nodes` where `child` stands in `parent` (none: removes it). */
export function replaceChild(parent: XmlElement, child: XmlNode, nodes: XmlNode[]): void {
  const at = parent.children.indexOf(child);
  if (at >= 0) parent.children.splice(at, 1, ...nodes);
}

/** An attribute's value as written (entities still escaped), or undefined. */
export function getAttr(el: XmlElement, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${escapeName(name)}="([^"]*)"`).exec(el.attrs);
  return m ? m[1] : undefined;
}

/** Sets an attribute (its value already escaped), in place when present, else after the others. */
export function setAttr(el: XmlElement, name: string, value: string): void {
  const re = new RegExp(`(^|\\s)${escapeName(name)}="[^"]*"`);
  if (re.test(el.attrs)) el.attrs = el.attrs.replace(re, (_m, space: string) => `${space}${name}="${value}"`);
  else el.attrs += ` ${name}="${value}"`;
}

function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
