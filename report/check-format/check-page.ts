import type { CheckContext } from './check-context';
import { sectionLocation } from './collector';
import { alignmentName, anyItalic } from './facts';
import type { DocParagraph, DocSection } from './model';
import { estimatePages } from './page-estimate';
import { mm, points } from './text';
import { sizeText } from './check-style';

/** kho-giay, le and so-trang: the page setup of each section, and its page numbers. */
export function checkPages(ctx: CheckContext): void {
  for (const s of ctx.model.sections) {
    checkPaper(ctx, s);
    checkMargins(ctx, s);
  }
  checkPageNumbers(ctx);
}

function checkPaper({ rules, out }: CheckContext, s: DocSection): void {
  if (s.pageWidth === undefined || s.pageHeight === undefined) return;
  const [short, long] = [Math.min(s.pageWidth, s.pageHeight), Math.max(s.pageWidth, s.pageHeight)];
  const tol = rules.page.tolerance;
  const where = sectionLocation(s);
  if (Math.abs(short - rules.page.width) > tol || Math.abs(long - rules.page.height) > tol) {
    out.add('paper-not-a4', 'kho-giay', where, { what: `Phần ${s.index + 1}`, found: `${mm(short)} x ${mm(long)}`, source: rules.page.source });
  }
  if (s.landscape && !s.hasTable) out.add('landscape-without-table', 'kho-giay', where, { what: `Phần ${s.index + 1}`, source: rules.page.source });
}

const SIDES = [
  ['top', 'Lề trên'],
  ['bottom', 'Lề dưới'],
  ['left', 'Lề trái'],
  ['right', 'Lề phải'],
] as const;

function checkMargins({ rules, out }: CheckContext, s: DocSection): void {
  for (const [side, name] of SIDES) {
    const raw = s.margins[side];
    if (raw === undefined) continue;
    // The gutter is extra room on the binding side, so it counts in the left margin.
    const value = side === 'left' ? raw + (s.margins.gutter ?? 0) : raw;
    const range = rules.margins[side];
    const tol = rules.margins.tolerance;
    if (value < range.min - tol || value > range.max + tol) {
      out.add('margin-out-of-range', 'le', sectionLocation(s), {
        what: `${name} của phần ${s.index + 1}`,
        found: mm(value),
        expected: `${name.toLowerCase()} từ ${mm(range.min)} đến ${mm(range.max)}`,
        source: rules.margins.source,
      });
    }
  }
}

function pageFields(paragraphs: DocParagraph[] | undefined): DocParagraph[] {
  return (paragraphs ?? []).filter((p) => p.hasPageField);
}

function checkPageNumbers(ctx: CheckContext): void {
  const { model, layout, rules, out } = ctx;
  const source = rules.pageNumbers.source;
  const main = model.sections.slice(0, Math.max(1, layout.mainSections));
  const first = main[0];
  if (!first) return;
  // Footers are inherited from section to section: one finding for the first that numbers pages there.
  const inFooter = model.sections.map((s) => [...pageFields(s.footers.default), ...pageFields(s.footers.first), ...pageFields(s.footers.even)][0]).find((p) => p !== undefined);
  if (inFooter) out.add('page-number-in-footer', 'so-trang', inFooter, { what: `Phần ${inFooter.section + 1}`, source });
  // Page 1 is the first page of the first section: its header is the "first" one when titlePg is set.
  const firstPageHeader = first.titlePage ? first.headers.first : first.headers.default;
  const onFirst = pageFields(firstPageHeader);
  if (onFirst.length > 0) out.add('page-number-on-first-page', 'so-trang', onFirst[0], { what: 'Trang 1', source });

  const numbered = main.flatMap((s) => pageFields(s.headers.default));
  const multiPage = main.length > 1 || estimatePages(model, first) > 1;
  if (numbered.length === 0 && multiPage && !main.some((s) => pageFields(s.footers.default).length > 0)) {
    out.add('page-number-missing', 'so-trang', sectionLocation(first), { what: 'Số trang', source });
  }
  const seen = new Set<DocParagraph>();
  for (const p of [...numbered, ...onFirst]) {
    if (seen.has(p)) continue;
    seen.add(p);
    checkNumberFormat(ctx, p);
  }
}

function checkNumberFormat({ rules, out }: CheckContext, p: DocParagraph): void {
  const range = rules.sizes.soTrang;
  const size = p.pageFieldProps?.size ?? p.markProps.size ?? 20;
  if (size < range.min * 2 || size > range.max * 2)
    out.add('size-out-of-range', 'so-trang', p, { what: 'Số trang', found: points(size), expected: sizeText(range.min, range.max), source: range.source });
  if (p.props.jc !== 'center') out.add('not-centred', 'so-trang', p, { what: 'Số trang', found: alignmentName(p), source: rules.pageNumbers.source });
  if (p.pageFieldProps?.italic === true || anyItalic(p)) out.add('italic-not-allowed', 'so-trang', p, { what: 'Số trang', source: rules.pageNumbers.source });
}
