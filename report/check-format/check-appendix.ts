import type { CheckContext } from './check-context';
import { checkStyle } from './check-style';

/** phu-luc: each appendix has its heading, its "(Kèm theo …)" line, its own section and page numbers. */
export function checkAppendices({ model, layout, rules, out }: CheckContext): void {
  const source = rules.appendix.source;
  for (const a of layout.appendices) {
    const what = `“${a.label.text.trim()}”`;
    checkStyle(out, 'phu-luc', a.label, what, { size: rules.sizes.phuLucTen, bold: true, italic: false, centred: true });
    for (const p of a.title) checkStyle(out, 'phu-luc', p, `Tên phụ lục`, { size: rules.sizes.phuLucTieuDe, bold: true, upper: true, centred: true });
    if (!a.reference) out.add('appendix-reference-missing', 'phu-luc', a.title[a.title.length - 1] ?? a.label, { what: `Phụ lục ${what}`, source });
    else checkStyle(out, 'phu-luc', a.reference, 'Dòng “(Kèm theo …)”', { size: rules.sizes.phuLucKemTheo, italic: true, centred: true });
    if (!a.ownSection) {
      out.add('appendix-not-own-section', 'phu-luc', a.label, { what: `Phụ lục ${what}`, source });
      continue;
    }
    const section = model.sections[a.label.section];
    const numbered = Object.values(section?.headers ?? {}).some((ps) => (ps ?? []).some((p) => p.hasPageField));
    if (section && numbered && section.pageNumberStart !== 1) out.add('appendix-numbering-not-restarted', 'phu-luc', a.label, { what: `Phụ lục ${what}`, source });
  }
}
