import { paragraphText } from '../xml/paragraph';
import { type XmlElement } from '../xml/tree';
import { scanText } from './grammar';
import { placeholderVocabulary, type PlaceholderInfo } from './vocabulary';

/** One placeholder found in a template part, with where it sits. */
export interface Occurrence {
  part: string;
  name: string;
  info?: PlaceholderInfo;
  paragraph: XmlElement;
  /** The paragraph's text, to tell a secretary where it is. */
  location: string;
  /** The table row around it, if any (for {{#list.field}}). */
  row?: XmlElement;
  /** True when the paragraph holds nothing but this placeholder. */
  alone: boolean;
}

export interface TemplateProblem {
  part: string;
  placeholder: string;
  location: string;
  problem: 'unknown' | 'malformed';
  message: string;
}

/** Walks a part and lists placeholders and problems, paragraph by paragraph. */
export function scanPart(part: string, root: XmlElement): { occurrences: Occurrence[]; problems: TemplateProblem[] } {
  const vocabulary = placeholderVocabulary();
  const occurrences: Occurrence[] = [];
  const problems: TemplateProblem[] = [];
  const visit = (el: XmlElement, row: XmlElement | undefined) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'w:tr') visit(c, c);
      else if (c.name === 'w:p') {
        scanParagraph(c, row);
        visit(c, row); // text boxes
      } else visit(c, row);
    }
  };
  const scanParagraph = (p: XmlElement, row: XmlElement | undefined) => {
    const text = paragraphText(p);
    if (!text.includes('{') && !text.includes('}')) return;
    const location = text.trim().length > 120 ? `${text.trim().slice(0, 117)}…` : text.trim();
    const { placeholders, strayBraces } = scanText(text);
    if (strayBraces) {
      problems.push({ part, placeholder: text.trim(), location, problem: 'malformed', message: 'Thiếu dấu "{{" hoặc "}}" của chỗ điền' });
    }
    for (const ph of placeholders) {
      const shown = `{{${ph.name}}}`;
      if (!ph.wellFormed) {
        problems.push({ part, placeholder: shown, location, problem: 'malformed', message: 'Tên chỗ điền chỉ gồm chữ thường không dấu, số và dấu gạch dưới' });
        continue;
      }
      const info = vocabulary.get(ph.name);
      if (!info) {
        problems.push({ part, placeholder: shown, location, problem: 'unknown', message: 'Chỗ điền không có trong danh mục (xem templates/README.md)' });
        continue;
      }
      const alone = text.trim() === shown;
      if (info.kind === 'block' && !alone) {
        problems.push({ part, placeholder: shown, location, problem: 'malformed', message: 'Chỗ điền bảng/danh sách phải đứng riêng một đoạn' });
        continue;
      }
      if (info.kind === 'row' && !row) {
        problems.push({ part, placeholder: shown, location, problem: 'malformed', message: 'Chỗ điền dòng lặp phải nằm trong một dòng của bảng' });
        continue;
      }
      occurrences.push({ part, name: ph.name, info, paragraph: p, location, row, alone });
    }
  };
  visit(root, undefined);
  // A repeated row speaks about one list only.
  const rowLists = new Map<XmlElement, Set<string>>();
  for (const o of occurrences) {
    if (o.info?.kind !== 'row' || !o.row) continue;
    const list = o.name.slice(1).split('.')[0];
    if (!rowLists.has(o.row)) rowLists.set(o.row, new Set());
    rowLists.get(o.row)!.add(list);
  }
  for (const [row, lists] of rowLists) {
    if (lists.size > 1) {
      const o = occurrences.find((x) => x.row === row)!;
      problems.push({ part, placeholder: [...lists].map((l) => `{{#${l}.…}}`).join(', '), location: o.location, problem: 'malformed', message: 'Một dòng lặp chỉ được dùng một danh sách' });
    }
  }
  return { occurrences, problems };
}

/** The parts of a .docx that may hold placeholders. */
export function isTemplatePart(name: string): boolean {
  return name === 'word/document.xml' || /^word\/(header|footer)\d*\.xml$/.test(name);
}
