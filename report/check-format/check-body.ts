import type { CheckContext } from './check-context';
import { checkStyle } from './check-style';
import { alignmentName, isCentred, isJustified, mainSize } from './facts';
import type { DocParagraph } from './model';
import { cm, isBlank, isUpperCase, points } from './text';

/** noi-dung and dau-muc: the body (ô 6), paragraph by paragraph. */

const PART = /^(phần|chương|mục|tiểu mục)\s+(thứ\s+\S+|[IVXLC]+|\d+)\b/iu;
const SECTION = /^[IVXLC]+\s*[.\-–]\s*\S/u;

type Kind = 'part' | 'section' | 'text';

function kindOf(p: DocParagraph): Kind {
  const t = p.text.trim();
  if (PART.test(t) && t.length < 120) return 'part';
  if (SECTION.test(t)) return 'section';
  return 'text';
}

export function checkBody(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  const body = layout.body.filter((p) => !p.cell && !p.inTextBox);
  const sizes = new Set<number>();
  const inBody = new Set(body);
  let previous: DocParagraph | undefined;
  for (const block of ctx.model.blocks) {
    if (block.kind === 'table') {
      previous = undefined; // a table sits between: the spacing rule is about two paragraphs in a row
      continue;
    }
    const p = block.paragraph;
    if (!inBody.has(p)) continue;
    if (isBlank(p)) {
      previous = undefined; // an empty paragraph already separates the next one
      continue;
    }
    const kind = kindOf(p);
    if (kind === 'section') {
      const words = p.text.trim().replace(SECTION, '').trim();
      checkStyle(out, 'dau-muc', p, `Tiêu đề mục “${p.text.trim().slice(0, 30)}”`, { size: rules.sizes.dauMuc, bold: true });
      if (words !== '' && !isUpperCase(words)) out.add('not-uppercase', 'dau-muc', p, { what: 'Tiêu đề mục', found: p.text.trim().slice(0, 60), source: rules.sizes.dauMuc.source });
    } else if (kind === 'part') {
      checkStyle(out, 'dau-muc', p, `Tiêu đề “${p.text.trim().slice(0, 30)}”`, { size: rules.sizes.dauMuc, bold: true });
    } else if (isCentred(p) && isUpperCase(p.text)) {
      // A centred line in capitals inside the body ("QUYẾT ĐỊNH:", the issuing authority of a decision) is a heading.
      checkStyle(out, 'noi-dung', p, 'Dòng tiêu đề trong nội dung', { size: rules.sizes.noiDung });
    } else {
      checkText(ctx, p, previous);
      sizes.add(mainSize(p));
    }
    previous = p;
  }
  if (sizes.size > 1) {
    out.add('body-size-mixed', 'noi-dung', body.find((p) => !isBlank(p)) ?? 'Nội dung văn bản', {
      what: 'Nội dung',
      found: [...sizes]
        .sort((a, b) => a - b)
        .map(points)
        .join(', '),
      source: rules.sizes.noiDung.source,
    });
  }
  const last = [...body].reverse().find((p) => !isBlank(p) && kindOf(p) === 'text');
  if (last && !/\.\/\.\s*$/.test(last.text)) out.add('closing-mark-missing', 'noi-dung', last, { what: 'Nội dung', found: last.text.trim().slice(-40), source: rules.practice.source });
}

function checkText(ctx: CheckContext, p: DocParagraph, previous: DocParagraph | undefined): void {
  const { rules, out } = ctx;
  const spec = rules.body;
  const what = 'Đoạn nội dung';
  checkStyle(out, 'noi-dung', p, what, { size: rules.sizes.noiDung });
  if (!isJustified(p)) out.add('body-not-justified', 'noi-dung', p, { what, found: alignmentName(p), source: spec.source });
  // Where the first line starts: a list's hanging indent counts from its left indent.
  const start = (p.props.left ?? 0) + (p.props.firstLine ?? 0);
  if (!spec.firstLineIndents.some((v) => Math.abs(start - v) <= spec.indentTolerance)) {
    out.add('first-line-indent', 'noi-dung', p, { what, found: start === 0 ? 'không lùi đầu dòng' : `lùi đầu dòng ${cm(start)}`, source: spec.source });
  }
  if (previous) {
    const gap = Math.max(0, previous.props.after ?? 0) + Math.max(0, p.props.before ?? 0);
    if (gap < spec.minParagraphSpacing) out.add('paragraph-spacing', 'noi-dung', p, { what, found: points(gap / 10), source: spec.source });
  }
  const rule = p.props.lineRule ?? 'auto';
  const line = p.props.line ?? 240;
  if (rule === 'auto') {
    if (line < spec.lineSpacing.min || line > spec.lineSpacing.max) {
      out.add('line-spacing', 'noi-dung', p, { what, found: `${String(Math.round((line / 240) * 100) / 100).replace('.', ',')} lines`, source: spec.source });
    }
  } else {
    out.add('line-spacing-exact', 'noi-dung', p, { what, found: `${rule === 'exact' ? 'đúng' : 'tối thiểu'} ${points(line / 10)}`, source: spec.source });
  }
}
