import type { CheckContext } from './check-context';
import { checkStyle } from './check-style';
import { paragraphLocation, sectionLocation } from './collector';
import { longestLine, type RuleLine } from './layout';
import type { DocParagraph } from './model';
import { paragraphHeight } from './page-estimate';
import { fold } from './text';

/** quoc-hieu, tieu-ngu, co-quan, so-ky-hieu, dia-danh-ngay: the header of page 1 (ô 1–4). */
export function checkHeader(ctx: CheckContext): void {
  checkNationalTitle(ctx);
  checkAgency(ctx);
  checkNumber(ctx);
  checkDate(ctx);
}

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}% độ dài dòng chữ`;
}

function checkRule(
  ctx: CheckContext,
  element: 'tieu-ngu' | 'co-quan' | 'ten-loai-trich-yeu',
  what: string,
  under: DocParagraph,
  rule: RuleLine | undefined,
  text: number,
  spec: { nominal: string; minRatio: number; maxRatio: number },
): void {
  const source = ctx.rules.ruleLines.source;
  if (!rule) {
    ctx.out.add('rule-missing', element, under, { what, expected: spec.nominal, source });
    return;
  }
  if (rule.length === undefined || text <= 0) return;
  const ratio = rule.length / text;
  if (ratio < spec.minRatio || ratio > spec.maxRatio) ctx.out.add('rule-length', element, rule.paragraph, { what, found: percent(ratio), expected: spec.nominal, source });
}

function checkNationalTitle(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  const qh = layout.quocHieu;
  const first = sectionLocation(0);
  if (!qh) out.add('element-missing', 'quoc-hieu', first, { what: 'Quốc hiệu', expected: `Quốc hiệu “${rules.texts.quocHieu}” ở đầu trang thứ nhất, bên phải`, source: rules.texts.source });
  else {
    const text = normal(qh.text);
    const accepted = [rules.texts.quocHieu, rules.texts.quocHieu.replace('HÒA', 'HOÀ')];
    if (fold(text) !== fold(rules.texts.quocHieu)) out.add('text-differs', 'quoc-hieu', qh, { what: 'Quốc hiệu', found: text, expected: rules.texts.quocHieu, source: rules.texts.source });
    else if (!accepted.includes(text) && text !== text.toLocaleUpperCase('vi')) out.add('not-uppercase', 'quoc-hieu', qh, { what: 'Quốc hiệu', found: text, source: rules.sizes.quocHieu.source });
    checkStyle(out, 'quoc-hieu', qh, 'Quốc hiệu', { size: rules.sizes.quocHieu, bold: true, italic: false, centred: true });
  }
  const tn = layout.tieuNgu;
  if (!tn) {
    out.add('element-missing', 'tieu-ngu', qh ?? first, { what: 'Tiêu ngữ', expected: `Tiêu ngữ “${rules.texts.tieuNgu}” ngay dưới Quốc hiệu`, source: rules.texts.source });
    return;
  }
  const text = normal(tn.text);
  if (text !== rules.texts.tieuNgu) out.add('text-differs', 'tieu-ngu', tn, { what: 'Tiêu ngữ', found: text, expected: rules.texts.tieuNgu, source: rules.texts.source });
  checkStyle(out, 'tieu-ngu', tn, 'Tiêu ngữ', { size: rules.sizes.tieuNgu, bold: true, italic: false, centred: true });
  checkRule(ctx, 'tieu-ngu', 'Tiêu ngữ', tn, layout.tieuNguRule, longestLine(tn), rules.ruleLines.tieuNgu);
}

function checkAgency(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  if (layout.coQuan.length === 0) {
    out.add('element-missing', 'co-quan', layout.so ?? layout.quocHieu ?? sectionLocation(0), {
      what: 'tên cơ quan ban hành',
      expected: 'tên cơ quan, tổ chức ban hành văn bản ở đầu trang thứ nhất, bên trái (ô 2), in hoa, đậm',
      source: rules.sizes.coQuan.source,
    });
    return;
  }
  for (const p of layout.chuQuan) checkStyle(out, 'co-quan', p, 'Tên cơ quan chủ quản', { size: rules.sizes.coQuanChuQuan, bold: false, italic: false, upper: true, centred: true });
  for (const p of layout.coQuan) checkStyle(out, 'co-quan', p, 'Tên cơ quan ban hành', { size: rules.sizes.coQuan, bold: true, italic: false, upper: true, centred: true });
  const last = layout.coQuan[layout.coQuan.length - 1];
  checkRule(ctx, 'co-quan', 'tên cơ quan ban hành', last, layout.coQuanRule, Math.max(...layout.coQuan.map(longestLine)), rules.ruleLines.coQuan);
}

function checkNumber(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  const p = layout.so;
  const source = rules.number.source;
  if (!p) {
    out.add('element-missing', 'so-ky-hieu', layout.coQuan[0] ?? sectionLocation(0), { what: 'số, ký hiệu của văn bản', expected: '“Số: …/…” dưới tên cơ quan ban hành (ô 3)', source });
    return;
  }
  checkStyle(out, 'so-ky-hieu', p, 'Số, ký hiệu', { size: rules.sizes.soKyHieu, italic: false, centred: p.cell !== undefined });
  const text = normal(p.text);
  const m = /^(\p{L}+)\s*([:.;]?)\s*(.*)$/u.exec(text);
  if (!m) return;
  const [, label, colon, rest] = m;
  if (label !== 'Số') out.add('number-label', 'so-ky-hieu', p, { what: 'Số', found: text, expected: 'chữ “Số” viết in thường, chỉ viết hoa chữ cái đầu', source });
  else if (colon !== ':') out.add('number-label', 'so-ky-hieu', p, { what: 'Số', found: text, expected: 'sau chữ “Số” phải có dấu hai chấm (“Số:”)', source });
  const slash = rest.indexOf('/');
  if (slash < 0) return;
  const number = rest.slice(0, slash).trim();
  const symbol = rest.slice(slash + 1).trim();
  if (/^\d+$/.test(number) && Number(number) < rules.number.leadingZeroBelow && !number.startsWith('0')) {
    out.add('number-no-leading-zero', 'so-ky-hieu', p, { what: 'Số', found: `Số: ${number}/${symbol}`, expected: `Số: 0${number}/${symbol}`, source });
  }
  const types = [...rules.documentTypes.types, ...rules.legalTypes.types];
  const known = new Set(types.map((t) => t.abbreviation));
  const groups = symbol.split(/[-/]/).filter((g) => g !== '' && !/^\d{4}$/.test(g));
  if (/\s/.test(symbol)) out.add('symbol-format', 'so-ky-hieu', p, { what: 'Ký hiệu', found: symbol, expected: 'giữa số, ký hiệu và các nhóm chữ viết tắt không có dấu cách', source });
  else if (groups.some((g) => !known.has(g) && g !== g.toLocaleUpperCase('vi')))
    out.add('symbol-format', 'so-ky-hieu', p, {
      what: 'Ký hiệu',
      found: symbol,
      expected: 'chữ viết tắt của ký hiệu viết in hoa (trừ các chữ viết tắt tên loại của Phụ lục III như TTr, CTr, QyĐ)',
      source,
    });
  // The longest name first: "Thông tư liên tịch" before "Thông tư".
  const byLength = [...types].sort((a, b) => b.name.length - a.name.length);
  const type = layout.tenLoai ? byLength.find((t) => fold(layout.tenLoai!.text).startsWith(fold(t.name))) : undefined;
  if (type?.abbreviation && groups.length > 0 && groups[0] !== type.abbreviation) {
    out.add('symbol-type-mismatch', 'so-ky-hieu', p, { what: 'Ký hiệu', found: symbol, expected: type.abbreviation, source: rules.documentTypes.source });
  }
}

/** Vertical position of `p` from the top of its table row group, in twips (estimated). */
function offsetInTable(ctx: CheckContext, p: DocParagraph): number | undefined {
  const table = ctx.layout.headerTable;
  if (!table || !p.cell) return undefined;
  let offset = 0;
  for (let r = 0; r < p.cell.row && r < table.rows.length; r++) offset += Math.max(0, ...table.rows[r].map((c) => c.reduce((h, q) => h + paragraphHeight(q), 0)));
  const cell = table.rows[p.cell.row]?.[p.cell.col] ?? [];
  for (const q of cell) {
    if (q === p) return offset + Math.max(0, q.props.before ?? 0);
    offset += paragraphHeight(q);
  }
  return undefined;
}

function checkDate(ctx: CheckContext): void {
  const { layout, rules, out } = ctx;
  const p = layout.date;
  const source = rules.date.source;
  if (!p) {
    out.add('element-missing', 'dia-danh-ngay', layout.tieuNgu ?? sectionLocation(0), {
      what: 'địa danh và thời gian ban hành',
      expected: '“<Địa danh>, ngày … tháng … năm …” dưới Tiêu ngữ (ô 4)',
      source,
    });
    return;
  }
  checkStyle(out, 'dia-danh-ngay', p, 'Địa danh và thời gian', { size: rules.sizes.diaDanhNgay, italic: true, centred: p.cell !== undefined });
  const text = normal(p.text);
  const m = /^(.*?)(,?)\s*ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\S*)\s*$/u.exec(text);
  if (!m) {
    out.add('date-format', 'dia-danh-ngay', p, { what: 'Ngày', found: text, expected: 'viết đầy đủ “<Địa danh>, ngày … tháng … năm …”, chữ “ngày”, “tháng”, “năm” in thường', source });
    return;
  }
  const [, place, comma, day, month] = m;
  if (place.trim() === '') out.add('date-format', 'dia-danh-ngay', p, { what: 'Ngày', found: text, expected: 'trước ngày tháng phải có địa danh', source });
  else if (comma !== ',') out.add('date-format', 'dia-danh-ngay', p, { what: 'Ngày', found: text, expected: 'sau địa danh phải có dấu phẩy', source });
  if (/^\d+$/.test(day) && Number(day) < rules.date.dayLeadingZeroBelow && day.length === 1) {
    out.add('day-no-leading-zero', 'dia-danh-ngay', p, { what: 'Ngày', found: `ngày ${day}`, expected: `ngày 0${day}`, source });
  }
  if (/^\d+$/.test(month)) {
    const n = Number(month);
    if (rules.date.monthsWithLeadingZero.includes(n) && month.length === 1)
      out.add('month-no-leading-zero', 'dia-danh-ngay', p, { what: 'Tháng', found: `tháng ${month}`, expected: `tháng 0${n}`, source });
    if (!rules.date.monthsWithLeadingZero.includes(n) && n < 10 && month.startsWith('0'))
      out.add('month-zero-padded', 'dia-danh-ngay', p, { what: 'Tháng', found: `tháng ${month}`, expected: `tháng ${n}`, source });
  }
  // Ô 4 stands on the line of ô 3.
  const so = layout.so;
  if (so?.cell && p.cell && so.cell.table === p.cell.table) {
    const a = offsetInTable(ctx, so);
    const b = offsetInTable(ctx, p);
    if (a !== undefined && b !== undefined && Math.abs(a - b) > 200) {
      out.add('date-not-on-number-line', 'dia-danh-ngay', p, { what: 'Ngày', found: `lệch khoảng ${Math.round(Math.abs(a - b) / 20)} pt so với ${paragraphLocation(so)}`, source });
    }
  }
}
