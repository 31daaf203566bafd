import type { RowValues } from '../content/types';
import { placeholdersIn, replacePlaceholders, rowField } from '../placeholders/grammar';
import { textSlots } from './paragraph';
import { type XmlElement, findAllDeep, findParent, replaceChild, setText, textOf } from './tree';

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
    const copies = (lists[list] ?? []).map((values) => {
      const copy = structuredClone(row);
      for (const t of findAllDeep(copy, 'w:t')) {
        const text = textOf(t);
        if (!text.includes('{{#')) continue;
        setText(
          t,
          replacePlaceholders(text, (name) => {
            const f = rowField(name);
            return f && f.list === list ? (values[f.field] ?? '') : undefined;
          }),
        );
      }
      return copy;
    });
    replaceChild(parent, row, copies);
  }
}

/** The list a row is designed for: that of its first {{#list.field}}. */
function rowList(row: XmlElement): string | undefined {
  for (const p of findAllDeep(row, 'w:p')) {
    for (const t of textSlots(p)) {
      for (const ph of placeholdersIn(textOf(t))) {
        const f = rowField(ph.name);
        if (f) return f.list;
      }
    }
  }
  return undefined;
}
