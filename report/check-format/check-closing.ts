import type { CheckContext } from './check-context';
import { checkStyle } from './check-style';
import { sectionLocation } from './collector';
import { allBold, allItalic } from './facts';
import type { DocParagraph } from './model';
import { fold, isUpperCase } from './text';

/** noi-nhan and chu-ky: ô 9b and ô 7, at the end of the main text. */
export function checkClosing(ctx: CheckContext): void {
  checkRecipients(ctx);
  checkSigner(ctx);
}

function checkRecipients({ layout, rules, out }: CheckContext): void {
  const label = layout.noiNhanLabel;
  const source = rules.recipients.source;
  const end = layout.body[layout.body.length - 1] ?? sectionLocation(0);
  if (!label) {
    out.add('element-missing', 'noi-nhan', end, {
      what: '“Nơi nhận:”',
      expected: '“Nơi nhận:” và danh sách nơi nhận ở cuối văn bản, bên trái, ngang hàng với quyền hạn, chức vụ người ký (ô 9b)',
      source,
    });
    return;
  }
  if (!/:\s*$/.test(label.text)) out.add('colon-missing', 'noi-nhan', label, { what: 'Chữ “Nơi nhận”', found: label.text.trim(), expected: rules.recipients.label, source });
  const bold = allBold(label);
  const italic = allItalic(label);
  if (!bold || !italic) {
    const found = !bold && !italic ? 'không in đậm, không in nghiêng' : !bold ? 'in nghiêng nhưng không in đậm' : 'in đậm nhưng không in nghiêng';
    out.add('not-bold-italic', 'noi-nhan', label, { what: '“Nơi nhận:”', found, source });
  }
  checkStyle(out, 'noi-nhan', label, '“Nơi nhận:”', { size: rules.sizes.noiNhanNhan });
  const items = layout.noiNhan;
  if (items.length === 0) {
    out.add('element-missing', 'noi-nhan', label, { what: 'danh sách nơi nhận', expected: 'mỗi nơi nhận một dòng dưới “Nơi nhận:”, dòng cuối “- Lưu: VT, …”', source });
    return;
  }
  for (const p of items) checkStyle(out, 'noi-nhan', p, 'Danh sách nơi nhận', { size: rules.sizes.noiNhanDanhSach });
  const entries = recipientEntries(items);
  entries.forEach((entry, i) => {
    const [first] = entry;
    const text = entry.map((p) => p.text.trim()).join(' ');
    if (i < entries.length - 1) {
      if (!/^[-–]/.test(text)) out.add('recipient-line-format', 'noi-nhan', first, { what: 'Dòng nơi nhận', found: text.slice(0, 40), expected: 'mỗi dòng bắt đầu bằng gạch đầu dòng “-”', source });
      else if (!/;\s*$/.test(text))
        out.add('recipient-line-format', 'noi-nhan', first, { what: 'Dòng nơi nhận', found: text.slice(0, 40), expected: 'mỗi dòng kết thúc bằng dấu chấm phẩy “;”', source });
    }
  });
  // The last entry, whole: "- Lưu: VT," and "HC (2)." on two lines are one.
  const lastEntry = entries[entries.length - 1];
  const last = lastEntry[0];
  const lastText = lastEntry.map((p) => p.text.trim()).join(' ');
  const folded = fold(lastText);
  if (!/^[-–]\s*luu\s*:/.test(folded))
    out.add('recipient-last-line', 'noi-nhan', last, { what: 'Nơi nhận', found: lastText.slice(0, 40), expected: 'dòng cuối là “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.”', source });
  else if (!/\.\s*$/.test(lastText)) out.add('recipient-last-line', 'noi-nhan', last, { what: 'Nơi nhận', found: lastText, expected: 'dòng cuối kết thúc bằng dấu chấm', source });
  else if (!/^[-–]\s*luu\s*:\s*vt\s*,\s*\S/.test(folded))
    out.add('recipient-last-line', 'noi-nhan', last, { what: 'Nơi nhận', found: lastText, expected: 'sau “VT” có dấu phẩy và chữ viết tắt tên đơn vị soạn thảo (“- Lưu: VT, NN.”)', source });
}

/**
 * The recipients, one entry each: a long one broken by hand over two paragraphs ("- HĐND, UBND các
 * tỉnh," then "thành phố trực thuộc Trung ương;") is one entry, as in the Government's own files.
 */
function recipientEntries(items: DocParagraph[]): DocParagraph[][] {
  const entries: DocParagraph[][] = [];
  for (const p of items) {
    const last = entries[entries.length - 1];
    const open = last !== undefined && !/[;.]\s*$/.test(last[last.length - 1].text);
    if (open && !/^[-–+]/.test(p.text.trim())) last.push(p);
    else entries.push([p]);
  }
  return entries;
}

/** "(Đã ký)", "(Ký tên, đóng dấu)": notes, not part of the signature text, also when broken over two lines. */
function withoutNotes(lines: DocParagraph[]): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A note opens with "(" and closes within three lines; an unclosed "(" is ordinary text.
    const close = lines[i].text.trim().startsWith('(') ? lines.slice(i, i + 3).findIndex((p) => p.text.trim().endsWith(')')) : -1;
    if (close >= 0) i += close;
    else out.push(lines[i]);
  }
  return out;
}

function checkSigner({ layout, rules, out }: CheckContext): void {
  const lines = withoutNotes(layout.signer);
  const source = rules.signature.source;
  if (lines.length === 0) {
    out.add('element-missing', 'chu-ky', layout.noiNhanLabel ?? layout.body[layout.body.length - 1] ?? sectionLocation(0), {
      what: 'quyền hạn, chức vụ và họ tên người ký',
      expected: 'quyền hạn, chức vụ (in hoa, đậm) và họ tên người ký (đậm) ở cuối văn bản, bên phải (ô 7)',
      source,
    });
    return;
  }
  const name: DocParagraph | undefined = lines.length > 1 && !isUpperCase(lines[lines.length - 1].text) ? lines[lines.length - 1] : undefined;
  const titles = name ? lines.slice(0, -1) : lines;
  for (const p of titles) checkStyle(out, 'chu-ky', p, 'Quyền hạn, chức vụ người ký', { size: rules.sizes.chucVu, bold: true, italic: false, upper: true, centred: true });
  const firstWord = titles[0]?.text.trim().split(/\s+/)[0] ?? '';
  const canonical = rules.signature.authorities.find((a) => fold(a).replace(/\./g, '') === fold(firstWord).replace(/\./g, ''));
  if (canonical && firstWord !== canonical) {
    out.add('signer-authority-form', 'chu-ky', titles[0], { what: 'Quyền hạn ký', found: titles[0].text.trim(), expected: `viết “${canonical}” (in hoa, có dấu chấm) rồi đến chức vụ`, source });
  }
  if (!name) {
    out.add('element-missing', 'chu-ky', titles[titles.length - 1], { what: 'họ tên người ký', expected: 'họ tên người ký dưới chức vụ, chữ in thường, đậm (ô 7b)', source });
    return;
  }
  checkStyle(out, 'chu-ky', name, 'Họ tên người ký', { size: rules.sizes.hoTen, bold: true, italic: false, centred: true });
  const word = name.text.trim().split(/\s+/)[0];
  if (rules.signature.honorifics.some((h) => h.toLowerCase() === word.toLowerCase())) out.add('signer-honorific', 'chu-ky', name, { what: 'Họ tên', found: name.text.trim(), source });
}
