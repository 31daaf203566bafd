import { findAll, getAttr, setAttr, type XmlElement } from '../xml/tree';

/**
 * The namespaces docx declares on <w:document> for the content it generates, set as its patcher
 * set them when it filled our templates (including "w15" added to mc:Ignorable, even when the
 * template lists it already), so that a report stays the same byte for byte for the same input.
 */
const DECLARED: ReadonlyArray<[string, string]> = [
  ['xmlns:mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'],
  ['xmlns:wp', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['xmlns:w15', 'http://schemas.microsoft.com/office/word/2012/wordml'],
  ['xmlns:m', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
];

export function declareNamespaces(documentRoot: XmlElement): void {
  const doc = findAll(documentRoot, 'w:document')[0];
  if (!doc) return;
  for (const [name, uri] of DECLARED) setAttr(doc, name, uri);
  setAttr(doc, 'mc:Ignorable', `${getAttr(doc, 'mc:Ignorable') ?? ''} w15`.trim());
}
