import type { RowValues } from '../content/types';
import { textSlots } from './paragraph';
import { type XmlElement, findAllDeep, setText, textOf } from './tree';

const ROW_FIELD = /\{\{#([a-z0-9_]+)\.([a-z0-9_]+)\}\}/g;

/**
 * Table rows designed in the template with {{#list.field}} placeholders are repeated once per item
 * of the list, each copy keeping the row's formatting; an empty list removes the row.
 * Runs must be normalised first (each placeholder whole in one <w:t>).
 */
export function repeatRows(root: XmlElement, lists: Record<string, RowValues[]>): void {
  for (const row of findAllDeep(root, 'w:tr')) {
    const list = rowList(row);
    if (!list) continue;
    const parent = findParent(root, row);
    if (!parent) continue;
    const items = lists[list] ?? [];
    const copies = items.map((values) => {
      const copy = structuredClone(row);
      for (const t of findAllDeep(copy, 'w:t')) {
        const text = textOf(t);
        if (!text.includes('{{#')) continue;
        setText(t, text.replace(ROW_FIELD, (m, l: string, field: string) => (l === list ? values[field] ?? '' : m)));
      }
      return copy;
    });
    parent.children.splice(parent.children.indexOf(row), 1, ...copies);
  }
}

function rowList(row: XmlElement): string | undefined {
  for (const p of findAllDeep(row, 'w:p')) {
    for (const t of textSlots(p)) {
      const m = /\{\{#([a-z0-9_]+)\./.exec(textOf(t));
      if (m) return m[1];
    }
  }
  return undefined;
}

export function findParent(root: XmlElement, target: XmlElement): XmlElement | undefined {
  for (const c of root.children) {
    if (c === target) return root;
    if (c.type === 'element') {
      const found = findParent(c, target);
      if (found) return found;
    }
  }
  return undefined;
}
