import { PLACEHOLDER, placeholderText } from '../placeholders/grammar';
import { textSlots } from './paragraph';
import { type XmlElement, findAllDeep, setText, textOf } from './tree';

/**
 * Word splits what the user typed into several runs (spelling marks, a change of formatting in the
 * middle, revision ids): "{{", "so_xa" and "}}" may each be in a run of their own. This moves every
 * placeholder whole into the run where its "{{" starts, so that it takes that run's formatting,
 * and writes it without spaces inside the braces. Other text stays in its run.
 */
export function normalizeRuns(root: XmlElement): void {
  for (const p of findAllDeep(root, 'w:p')) normalizeParagraph(p);
}

function normalizeParagraph(p: XmlElement): void {
  const slots = textSlots(p);
  if (slots.length === 0) return;
  const texts = slots.map(textOf);
  const full = texts.join('');
  if (!full.includes('{')) return;
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length;
  }
  const slotAt = (pos: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > pos) i--;
    // An empty slot shares its offset with the next one: take the one that holds the character.
    while (i < texts.length - 1 && pos >= starts[i] + texts[i].length) i++;
    return i;
  };
  const matches = [...full.matchAll(PLACEHOLDER)];
  // From the last to the first, so that earlier offsets stay valid.
  for (const m of matches.reverse()) {
    const start = m.index;
    const end = start + m[0].length; // exclusive
    const a = slotAt(start);
    const b = slotAt(end - 1);
    const canonical = placeholderText(m[1]);
    if (a === b) {
      if (canonical !== m[0]) {
        const local = start - starts[a];
        texts[a] = texts[a].slice(0, local) + canonical + texts[a].slice(local + m[0].length);
        setText(slots[a], texts[a]);
      }
      continue;
    }
    texts[a] = texts[a].slice(0, start - starts[a]) + canonical;
    for (let i = a + 1; i < b; i++) texts[i] = '';
    texts[b] = texts[b].slice(end - starts[b]);
    for (let i = a; i <= b; i++) setText(slots[i], texts[i]);
  }
}
