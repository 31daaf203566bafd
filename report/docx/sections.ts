import type { RowValues } from '../content/types';
import { parseTag, parseViNumber, placeholdersIn, replacePlaceholders, rowField, tagLabel, type Condition, type Operand, type Tag } from '../placeholders/grammar';
import { loneTag } from '../placeholders/occurrences';
import { paragraphText, textSlots } from '../xml/paragraph';
import { findAllDeep, setText, textOf, type XmlElement, type XmlNode } from '../xml/tree';
import { FillProblem } from './template-error';

/** What conditions and loops read: the values and lists of the report content. */
export interface SectionData {
  scalars: Record<string, string>;
  lists: Record<string, RowValues[]>;
}

/** The current item of each list looped over, by list name. */
type Items = ReadonlyMap<string, RowValues>;

/**
 * Expands the conditions and loops of a part, in place, before any value is filled:
 * - {{#neu …}} … [{{#nguoc_lai}} …] {{/neu}}: keeps the part the condition chooses, drops the tags;
 * - {{#moi list}} … {{/moi}}: the paragraphs between (tables too) once per item, with each copy's
 *   {{#list.field}} filled from its item, and the conditions inside decided for that item.
 * Tags standing alone in paragraphs pair up among siblings; tags inside a paragraph's text pair up
 * within it (conditions only). scanPart has checked the pairing: this trusts it.
 * Runs must be normalised first (each tag whole in one <w:t>).
 */
export function expandSections(part: string, root: XmlElement, data: SectionData): void {
  expand(part, root, data, new Map());
}

function expand(part: string, el: XmlElement, data: SectionData, items: Items): void {
  const kids = el.children;
  if (!kids.some((c) => c.type === 'element')) return;
  const out: XmlNode[] = [];
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (c.type !== 'element') {
      out.push(c);
      continue;
    }
    const open = c.name === 'w:p' ? opening(c) : undefined;
    if (open) {
      const { end, otherwise } = matchingEnd(kids, i);
      const location = paragraphText(c).trim();
      if (open.kind === 'if') {
        const holds = decide(open.condition, data, items, { part, location, label: tagLabel(textInside(c)) });
        const chosen = holds ? kids.slice(i + 1, otherwise ?? end) : otherwise === undefined ? [] : kids.slice(otherwise + 1, end);
        out.push(...expandNodes(part, chosen, data, items));
      } else {
        const body = kids.slice(i + 1, end);
        for (const item of data.lists[open.list] ?? []) {
          const copy = body.map((n) => structuredClone(n));
          for (const n of copy) if (n.type === 'element') fillItemFields(n, open.list, item);
          out.push(...expandNodes(part, copy, data, new Map([...items, [open.list, item]])));
        }
      }
      i = end;
      continue;
    }
    if (c.name === 'w:p') keepChosenText(part, c, data, items);
    expand(part, c, data, items);
    out.push(c);
  }
  el.children = out;
}

function expandNodes(part: string, nodes: XmlNode[], data: SectionData, items: Items): XmlNode[] {
  const holder: XmlElement = { type: 'element', name: '#section', attrs: '', children: nodes, selfClosing: false };
  expand(part, holder, data, items);
  return holder.children;
}

/** The text between the braces of a paragraph that is one tag. */
function textInside(p: XmlElement): string {
  return placeholdersIn(paragraphText(p))[0]?.name ?? '';
}

function opening(p: XmlElement): Extract<Tag, { kind: 'if' | 'loop' }> | undefined {
  const text = paragraphText(p);
  if (!text.includes('{{#')) return undefined;
  const lone = loneTag(text);
  return lone && (lone.tag.kind === 'if' || lone.tag.kind === 'loop') ? lone.tag : undefined;
}

/** The sibling index of the tag closing the one at `start`, and of its {{#nguoc_lai}} if any. */
function matchingEnd(kids: XmlNode[], start: number): { end: number; otherwise?: number } {
  let depth = 0;
  let otherwise: number | undefined;
  for (let j = start + 1; j < kids.length; j++) {
    const k = kids[j];
    if (k.type !== 'element' || k.name !== 'w:p') continue;
    const text = paragraphText(k);
    if (!text.includes('{{')) continue;
    const tag = loneTag(text)?.tag;
    if (!tag) continue;
    if (tag.kind === 'if' || tag.kind === 'loop') depth++;
    else if (tag.kind === 'else' && depth === 0) otherwise = j;
    else if (tag.kind === 'end') {
      if (depth === 0) return { end: j, otherwise };
      depth--;
    }
  }
  return { end: kids.length, otherwise };
}

/** Inside a loop's copy, {{#list.field}} of that list is the item's field. */
function fillItemFields(el: XmlElement, list: string, item: RowValues): void {
  for (const t of findAllDeep(el, 'w:t')) {
    const text = textOf(t);
    if (!text.includes('{{#')) continue;
    setText(
      t,
      replacePlaceholders(text, (name) => {
        const f = rowField(name);
        return f && f.list === list ? (item[f.field] ?? '') : undefined;
      }),
    );
  }
}

/**
 * Conditions inside a paragraph's text: the tags and the part not chosen are cut out, character by
 * character across the runs, so the text kept keeps its formatting.
 */
function keepChosenText(part: string, p: XmlElement, data: SectionData, items: Items): void {
  const slots = textSlots(p);
  const texts = slots.map(textOf);
  const full = texts.join('');
  if (!full.includes('{{#neu')) return;
  const drop = new Array<boolean>(full.length).fill(false);
  const location = full.trim();
  const open: Array<{ start: number; end: number; holds: boolean; otherwise?: { start: number; end: number } }> = [];
  for (const ph of placeholdersIn(full)) {
    const tag = parseTag(ph.name);
    if (tag.kind === 'if') {
      open.push({ start: ph.start, end: ph.end, holds: decide(tag.condition, data, items, { part, location, label: tagLabel(ph.name) }) });
    } else if (tag.kind === 'else' && open.length > 0) {
      open[open.length - 1].otherwise = { start: ph.start, end: ph.end };
    } else if (tag.kind === 'end' && tag.of === 'if') {
      const o = open.pop();
      if (!o) continue;
      const mark = (from: number, to: number) => drop.fill(true, from, to);
      mark(o.start, o.end);
      mark(ph.start, ph.end);
      if (o.otherwise) {
        mark(o.otherwise.start, o.otherwise.end);
        if (o.holds) mark(o.otherwise.end, ph.start);
        else mark(o.end, o.otherwise.start);
      } else if (!o.holds) mark(o.end, ph.start);
    }
  }
  let offset = 0;
  slots.forEach((t, i) => {
    const kept = [...texts[i]].filter((_, k) => !drop[offset + k]).join('');
    offset += texts[i].length;
    if (kept !== texts[i]) setText(t, kept);
  });
}

/** Whether a condition holds on this data; a text compared as a number is the template's error. */
function decide(condition: Condition, data: SectionData, items: Items, where: { part: string; location: string; label: string }): boolean {
  const left = valueOf(condition.left, data, items);
  if (!condition.comparison) return truthy(left);
  const right = valueOf(condition.comparison.right, data, items);
  const { op } = condition.comparison;
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== undefined && b !== undefined) {
    switch (op) {
      case '=':
        return a === b;
      case '≠':
        return a !== b;
      case '>':
        return a > b;
      case '≥':
        return a >= b;
      case '<':
        return a < b;
      case '≤':
        return a <= b;
    }
  }
  if (op === '=' || op === '≠') return (fold(asText(left)) === fold(asText(right))) === (op === '=');
  // A blank figure (no data in the workbook) is no number: the condition does not hold.
  if (asText(left).trim() === '' || asText(right).trim() === '') return false;
  const notNumber = a === undefined ? asText(left) : asText(right);
  throw new FillProblem({
    part: where.part,
    placeholder: `{{${where.label}}}`,
    location: where.location,
    problem: 'malformed',
    message: `Không so sánh lớn nhỏ được: "${notNumber}" không phải là số`,
  });
}

type Value = string | RowValues[];

function valueOf(operand: Operand, data: SectionData, items: Items): Value {
  switch (operand.kind) {
    case 'number':
      return String(operand.value).replace('.', ',');
    case 'text':
      return operand.value;
    case 'name': {
      const field = operand.name.includes('.') ? rowField(`#${operand.name}`) : undefined;
      if (field) return items.get(field.list)?.[field.field] ?? '';
      if (operand.name in data.scalars) return data.scalars[operand.name];
      return data.lists[operand.name] ?? [];
    }
  }
}

/** A list counts its items; a figure is read in Vietnamese notation. */
function asNumber(v: Value): number | undefined {
  return Array.isArray(v) ? v.length : parseViNumber(v);
}

function asText(v: Value): string {
  return Array.isArray(v) ? String(v.length) : v;
}

/** Not empty, not zero; a list with at least one item. */
function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v.trim() === '') return false;
  const n = parseViNumber(v);
  return n === undefined || n !== 0;
}

function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi-VN');
}
