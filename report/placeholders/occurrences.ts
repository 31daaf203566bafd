import { paragraphText } from '../xml/paragraph';
import { type XmlElement } from '../xml/tree';
import { parseTag, placeholderText, rowField, scanText, tagLabel, type Condition, type Tag } from './grammar';
import { placeholderLists, placeholderVocabulary, type PlaceholderInfo } from './vocabulary';

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
  /** Lists of the {{#moi …}} loops around it, innermost last. */
  loops: string[];
}

/** An opening tag of a condition or a loop, for check-template's list. */
export interface SectionOccurrence {
  part: string;
  /** As written between the braces, spaces tidied: "#neu so_xa > 10", "#moi xa". */
  label: string;
  kind: 'condition' | 'loop';
  location: string;
  /** Whole paragraphs between its tags (true), or a stretch of one paragraph's text. */
  block: boolean;
}

export interface TemplateProblem {
  part: string;
  placeholder: string;
  location: string;
  problem: 'unknown' | 'malformed';
  message: string;
}

interface OpenTag {
  tag: Extract<Tag, { kind: 'if' | 'loop' }>;
  label: string;
  location: string;
  hasElse: boolean;
}

/**
 * Walks a part and lists placeholders, sections and problems, paragraph by paragraph.
 * A section's tags standing alone in their paragraphs pair up among sibling paragraphs (the body,
 * one table cell, one text box, one footnote): a tag that opens in the body and closes in a cell
 * is misplaced. Tags inside a paragraph's text pair up within that paragraph.
 */
export function scanPart(part: string, root: XmlElement): { occurrences: Occurrence[]; sections: SectionOccurrence[]; problems: TemplateProblem[] } {
  const vocabulary = placeholderVocabulary();
  const lists = placeholderLists();
  const occurrences: Occurrence[] = [];
  const sections: SectionOccurrence[] = [];
  const problems: TemplateProblem[] = [];
  const problem = (placeholder: string, location: string, message: string, kind: TemplateProblem['problem'] = 'malformed') => problems.push({ part, placeholder, location, problem: kind, message });

  /** Names a condition may use: values, lists, and fields of the lists looped over. */
  const checkCondition = (condition: Condition, shown: string, location: string, loops: string[]) => {
    for (const operand of [condition.left, condition.comparison?.right]) {
      if (operand?.kind !== 'name') continue;
      const field = operand.name.includes('.') ? rowField(`#${operand.name}`) : undefined;
      if (field) {
        if (!vocabulary.has(`#${operand.name}`)) problem(shown, location, `Danh sách "${field.list}" không có trường "${field.field}" (xem templates/README.md)`, 'unknown');
        else if (!loops.includes(field.list)) problem(shown, location, `"${operand.name}" chỉ dùng được bên trong {{#moi ${field.list}}} … {{/moi}}`);
      } else if (!lists.has(operand.name) && vocabulary.get(operand.name)?.kind !== 'scalar') {
        problem(shown, location, `Điều kiện dùng "${operand.name}", không phải giá trị hay danh sách nào trong danh mục (xem templates/README.md)`, 'unknown');
      }
    }
  };

  const visit = (el: XmlElement, row: XmlElement | undefined, loops: string[]) => {
    // Tags standing alone in paragraphs of this container, still open.
    const open: OpenTag[] = [];
    const inside = () => [...loops, ...open.flatMap((o) => (o.tag.kind === 'loop' ? [o.tag.list] : []))];
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'w:tr') visit(c, c, inside());
      else if (c.name === 'w:p') {
        const text = paragraphText(c);
        const location = shorten(text);
        const lone = loneTag(text);
        if (lone && lone.tag.kind !== 'field' && lone.tag.kind !== 'bad') {
          const { tag, label } = lone;
          const shown = `{{${label}}}`;
          if (tag.kind === 'if' || tag.kind === 'loop') {
            if (tag.kind === 'if') checkCondition(tag.condition, shown, location, inside());
            if (tag.kind === 'loop' && !lists.has(tag.list)) problem(shown, location, `Không có danh sách "${tag.list}" (xem templates/README.md)`, 'unknown');
            sections.push({ part, label, kind: tag.kind === 'if' ? 'condition' : 'loop', location, block: true });
            open.push({ tag, label, location, hasElse: false });
          } else if (tag.kind === 'else') {
            const top = open[open.length - 1];
            if (!top || top.tag.kind !== 'if') problem(shown, location, '{{#nguoc_lai}} chỉ đứng giữa {{#neu …}} và {{/neu}} (trong cùng thân văn bản, cùng ô bảng hoặc cùng khung chữ)');
            else if (top.hasElse) problem(shown, location, `{{#neu …}} ở đoạn "${top.location}" đã có một {{#nguoc_lai}}`);
            else top.hasElse = true;
          } else {
            const top = open[open.length - 1];
            const want = tag.of === 'if' ? 'if' : 'loop';
            if (!top) problem(shown, location, `${shown} không có thẻ mở ${want === 'if' ? '{{#neu …}}' : '{{#moi …}}'} trước nó trong cùng thân văn bản, cùng ô bảng hoặc cùng khung chữ`);
            else if (top.tag.kind !== want) problem(shown, location, `${shown} đóng nhầm {{${top.label}}} (ở đoạn "${top.location}"), cần ${top.tag.kind === 'if' ? '{{/neu}}' : '{{/moi}}'}`);
            else open.pop();
          }
        } else {
          scanParagraph(c, text, location, row, inside());
        }
        visit(c, row, inside()); // text boxes hold paragraphs of their own
      } else visit(c, row, inside());
    }
    for (const o of open) {
      problem(`{{${o.label}}}`, o.location, `{{${o.label}}} chưa có ${o.tag.kind === 'if' ? '{{/neu}}' : '{{/moi}}'} đóng lại trong cùng thân văn bản, cùng ô bảng hoặc cùng khung chữ`);
    }
  };

  const scanParagraph = (p: XmlElement, text: string, location: string, row: XmlElement | undefined, loops: string[]) => {
    if (!text.includes('{') && !text.includes('}')) return;
    const { placeholders, strayBraces } = scanText(text);
    if (strayBraces) problem(text.trim(), location, 'Thiếu dấu "{{" hoặc "}}" của chỗ điền');
    // Tags in running text: conditions only, opened and closed within this paragraph.
    const inline: OpenTag[] = [];
    for (const ph of placeholders) {
      const tag = parseTag(ph.name);
      const label = tagLabel(ph.name);
      const shown = `{{${label}}}`;
      switch (tag.kind) {
        case 'bad':
          problem(shown, location, tag.message);
          continue;
        case 'loop':
          problem(shown, location, '{{#moi …}} phải đứng riêng một đoạn (một dòng riêng), {{/moi}} cũng vậy; các đoạn ở giữa được lặp lại');
          continue;
        case 'if':
          checkCondition(tag.condition, shown, location, loops);
          sections.push({ part, label, kind: 'condition', location, block: false });
          inline.push({ tag, label, location, hasElse: false });
          continue;
        case 'else': {
          const top = inline[inline.length - 1];
          if (!top) problem(shown, location, '{{#nguoc_lai}} viết giữa đoạn phải nằm giữa {{#neu …}} và {{/neu}} của cùng đoạn; để ẩn hay hiện cả đoạn, đặt mỗi thẻ riêng một đoạn');
          else if (top.hasElse) problem(shown, location, '{{#neu …}} này đã có một {{#nguoc_lai}}');
          else top.hasElse = true;
          continue;
        }
        case 'end':
          if (tag.of === 'loop') problem(shown, location, '{{/moi}} phải đứng riêng một đoạn');
          else if (inline.pop() === undefined) problem(shown, location, '{{/neu}} viết giữa đoạn phải đóng một {{#neu …}} của cùng đoạn; để ẩn hay hiện cả đoạn, đặt mỗi thẻ riêng một đoạn');
          continue;
        case 'field':
          break;
      }
      const shownName = placeholderText(ph.name);
      const info = vocabulary.get(ph.name);
      if (!info) {
        problem(shownName, location, 'Chỗ điền không có trong danh mục (xem templates/README.md)', 'unknown');
        continue;
      }
      const alone = text.trim() === shownName;
      if (info.kind === 'block' && !alone) {
        problem(shownName, location, 'Chỗ điền bảng/danh sách phải đứng riêng một đoạn');
        continue;
      }
      const list = rowField(ph.name)?.list;
      if (info.kind === 'row' && !row && !(list && loops.includes(list))) {
        problem(shownName, location, `Chỗ điền ${shownName} phải nằm trong một dòng của bảng (dòng lặp) hoặc giữa {{#moi ${list}}} và {{/moi}}`);
        continue;
      }
      occurrences.push({ part, name: ph.name, info, paragraph: p, location, row, alone, loops });
    }
    for (const o of inline) problem(`{{${o.label}}}`, location, `{{${o.label}}} viết giữa đoạn phải có {{/neu}} trong cùng đoạn; để ẩn hay hiện cả đoạn, đặt mỗi thẻ riêng một đoạn`);
  };

  visit(root, undefined, []);
  // A repeated row speaks about one list only (fields of the loops around it are filled first).
  const rowLists = new Map<XmlElement, Set<string>>();
  for (const o of occurrences) {
    const list = o.info?.kind === 'row' ? rowField(o.name)?.list : undefined;
    if (!o.row || !list || o.loops.includes(list)) continue;
    if (!rowLists.has(o.row)) rowLists.set(o.row, new Set());
    rowLists.get(o.row)!.add(list);
  }
  for (const [row, names] of rowLists) {
    if (names.size > 1) {
      const o = occurrences.find((x) => x.row === row)!;
      problem([...names].map((l) => `{{#${l}.…}}`).join(', '), o.location, 'Một dòng lặp chỉ được dùng một danh sách');
    }
  }
  return { occurrences, sections, problems };
}

/** A paragraph whose whole text is one placeholder: that placeholder, read. */
export function loneTag(text: string): { tag: Tag; label: string } | undefined {
  const { placeholders } = scanText(text);
  if (placeholders.length !== 1) return undefined;
  const [ph] = placeholders;
  if (text.slice(0, ph.start).trim() !== '' || text.slice(ph.end).trim() !== '') return undefined;
  return { tag: parseTag(ph.name), label: tagLabel(ph.name) };
}

function shorten(text: string): string {
  const t = text.trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** The parts of a .docx that may hold placeholders: body, headers, footers, footnotes, endnotes. */
export function isTemplatePart(name: string): boolean {
  return name === 'word/document.xml' || /^word\/(header|footer)\d*\.xml$/.test(name) || name === 'word/footnotes.xml' || name === 'word/endnotes.xml';
}
