import { TextRun } from 'docx';
import { placeholdersIn } from '../placeholders/grammar';
import { childElements, element, encodeText, textOf, type XmlElement, type XmlNode } from '../xml/tree';
import { docxElement } from './docx-xml';

/**
 * Puts values in place of their placeholders, inside the runs that hold them: the run is cut
 * around the placeholder, and the value becomes runs of its own carrying the run's formatting
 * (<w:rPr>), one per line, so "Số: {{so_van_ban}}/BC-{{ky_hieu_co_quan}}" keeps its bold, size and
 * font whatever the value. `value` answers for the names it fills; others are left as they are.
 * Runs must be normalised first (each placeholder whole in one <w:t>).
 */
export function fillRuns(root: XmlElement, value: (name: string) => string | undefined): void {
  for (const el of [...root.children]) {
    if (el.type !== 'element') continue;
    if (el.name === 'w:r' && holdsValue(el, value)) {
      const at = root.children.indexOf(el);
      root.children.splice(at, 1, ...splitRun(el, value));
    } else {
      fillRuns(el, value);
    }
  }
}

function holdsValue(run: XmlElement, value: (name: string) => string | undefined): boolean {
  return childElements(run, 'w:t').some((t) => placeholdersIn(textOf(t)).some((p) => value(p.name) !== undefined));
}

function splitRun(run: XmlElement, value: (name: string) => string | undefined): XmlElement[] {
  const format = childElements(run, 'w:rPr');
  const out: XmlElement[] = [];
  let current: XmlNode[] = [];
  for (const c of run.children) {
    const found = c.type === 'element' && c.name === 'w:t' ? placeholdersIn(textOf(c)).filter((p) => value(p.name) !== undefined) : [];
    if (c.type !== 'element' || found.length === 0) {
      current.push(c);
      continue;
    }
    const text = textOf(c);
    let last = 0;
    for (const p of found) {
      current.push(textElement(text.slice(last, p.start)));
      out.push(element('w:r', run.attrs, current));
      out.push(...valueRuns(value(p.name) ?? '', format));
      current = format.map((f) => structuredClone(f));
      last = p.end;
    }
    current.push(textElement(text.slice(last)));
  }
  // The run after the last value stays even when empty, as docx's patcher left it.
  out.push(element('w:r', run.attrs, current));
  return out;
}

function textElement(text: string): XmlElement {
  const t = element('w:t', ' xml:space="preserve"');
  if (text !== '') t.children.push({ type: 'raw', text: encodeText(text) });
  return t;
}

/** One run per line of the value (a line break before each line after the first). */
function valueRuns(text: string, format: XmlElement[]): XmlElement[] {
  return text.split(/\r?\n/).map((line, i) => {
    const r = docxElement(new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
    r.children = [...format.map((f) => structuredClone(f)), ...r.children];
    return r;
  });
}
