import { decodeText, encodeText, type XmlNode } from '../xml/tree';

/**
 * Writes a filled part back as XML, the way docx's patcher (xml-js) wrote it when it filled our
 * templates, so that a report is the same byte for byte whichever of the two filled it:
 * - character data with only the escapes XML needs (& < >): a template's "&quot;" comes out as '"';
 * - an element without content as <x/>, except <w:t xml:space="preserve"></w:t>, which keeps both
 *   tags (Word writes it so too);
 * - attributes, comments, declarations and spliced markup (generated tables) exactly as they are.
 */
export function writePart(node: XmlNode): string {
  if (node.type === 'raw') return node.text.startsWith('<') ? node.text : encodeText(decodeText(node.text));
  const inner = node.children.map(writePart).join('');
  if (node.name === '#document') return inner;
  if (node.children.length === 0 && !/\sxml:space="preserve"/.test(node.attrs)) return `<${node.name}${node.attrs}/>`;
  return `<${node.name}${node.attrs}>${inner}</${node.name}>`;
}
