import type { CheckContext } from './check-context';
import type { DocParagraph } from './model';

/** phong-chu: every character shown is Times New Roman and black, in the body, tables, headers and footers. */
export function checkFonts({ model, rules, out }: CheckContext): void {
  const wanted = rules.font.name.toLowerCase();
  // Older documents name a face of the family ("Times New Roman Bold"): still Times New Roman.
  const family = (font: string) => font.toLowerCase().replace(/\s+(bold|italic|bold italic|regular)$/, '');
  const colors = new Set(rules.font.colors.map((c) => c.toUpperCase()));
  const all: DocParagraph[] = [...model.paragraphs];
  for (const s of model.sections) for (const part of [...Object.values(s.headers), ...Object.values(s.footers)]) all.push(...(part ?? []));
  const seen = new Set<DocParagraph>();
  for (const p of all) {
    if (seen.has(p)) continue;
    seen.add(p);
    for (const r of p.runs) {
      if (r.text.trim() === '') continue;
      // Vietnamese letters beyond ASCII are set in the hAnsi font, plain ASCII in the ascii font.
      const font = /[^\x00-\x7f]/.test(r.text) ? r.props.hAnsi : r.props.ascii;
      if (family(font ?? '') !== wanted) {
        out.add('font-not-times', 'phong-chu', p, { what: 'Chữ', found: font ? `“${font}”` : 'mặc định của máy (văn bản không khai báo phông)', source: rules.font.source });
      }
      const color = (r.props.color ?? 'auto').toUpperCase();
      if (!colors.has(color)) out.add('font-color-not-black', 'phong-chu', p, { what: 'Văn bản', found: `#${color}`, source: rules.font.source });
    }
  }
}
