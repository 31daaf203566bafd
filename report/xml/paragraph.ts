import { type XmlElement, textOf } from './tree';

/**
 * The <w:t> elements whose text a reader sees in this paragraph, in order: the runs directly in it
 * and those inside hyperlinks, insertions, smart tags and fields. Text boxes hold paragraphs of
 * their own and deleted text is not shown, so neither counts.
 */
export function textSlots(p: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'w:t') out.push(c);
      else if (c.name !== 'w:p' && c.name !== 'w:txbxContent' && c.name !== 'w:pPr' && c.name !== 'w:del') walk(c);
    }
  };
  walk(p);
  return out;
}

export function paragraphText(p: XmlElement): string {
  return textSlots(p).map(textOf).join('');
}
