import type { IContext, IXmlableObject } from 'docx';
import { element, encodeText, type XmlElement, type XmlNode } from '../xml/tree';

/** Anything docx can turn into WordprocessingML: Paragraph, TextRun… */
export interface DocxComponent {
  prepForXml(context: IContext): IXmlableObject | undefined;
}

/**
 * Paragraphs and runs, from the docx objects that describe them to elements of our XML tree.
 * docx's prepForXml gives the element as nested objects ({ "w:p": [ { _attr }, child, "text" ] });
 * this reads that shape. The context only matters for images, hyperlinks and numbering, which
 * generated report text does not use, hence an empty one.
 */
const CONTEXT = { file: undefined, viewWrapper: undefined, stack: [] } as unknown as IContext;

export function docxElement(component: DocxComponent): XmlElement {
  const xml = component.prepForXml(CONTEXT);
  const node = xml ? toNodes(xml)[0] : undefined;
  if (!node || node.type !== 'element') throw new Error('docx không tạo được phần tử XML');
  return node;
}

function toNodes(value: unknown): XmlNode[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value);
    return text === '' ? [] : [{ type: 'raw', text: encodeText(text) }];
  }
  if (!value || typeof value !== 'object') return [];
  const out: XmlNode[] = [];
  for (const [name, content] of Object.entries(value as Record<string, unknown>)) {
    if (name === '_attr') continue;
    const el = element(name);
    const items = Array.isArray(content) ? content : [content];
    for (const item of items) {
      if (isAttributes(item)) el.attrs += attributes(item._attr);
      else el.children.push(...toNodes(item));
    }
    el.selfClosing = el.children.length === 0;
    out.push(el);
  }
  return out;
}

function isAttributes(item: unknown): item is { _attr: Record<string, unknown> } {
  return !!item && typeof item === 'object' && '_attr' in item;
}

/** Attribute values escaped as the patcher wrote them (quotes and apostrophes as entities). */
function attributes(attrs: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    const escaped = String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    out += ` ${name}="${escaped}"`;
  }
  return out;
}
