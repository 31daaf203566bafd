import { CATALOG, type FormatCode, type FormatElement, type FormatFinding, type MessageParams } from './catalog';
import type { DocParagraph, DocSection } from './model';
import { firstWords } from './text';

/** Where a finding is, in words a secretary finds in Word: section, table cell or header, first words. */
export function paragraphLocation(p: DocParagraph): string {
  const parts = [`Phần ${p.section + 1}`];
  if (p.place !== 'body') parts.push(p.place === 'header' ? `đầu trang${p.partKind === 'first' ? ' của trang đầu' : ''}` : `chân trang${p.partKind === 'first' ? ' của trang đầu' : ''}`);
  if (p.cell && p.cell.table < 0) parts.push(`phần tiêu đề trình bày bằng tab, bên ${p.cell.col === 0 ? 'trái' : 'phải'}`);
  else if (p.cell) parts.push(`bảng ${p.cell.table + 1}, dòng ${p.cell.row + 1}, cột ${p.cell.col + 1}`);
  if (p.inTextBox) parts.push('hộp văn bản');
  const words = firstWords(p.text);
  // A page number shows the number of the page it is on: the file holds a stale one, or none.
  if (p.hasPageField && /^\d*$/.test(words)) parts.push('đoạn số trang');
  else parts.push(words === '' ? 'đoạn trống' : `đoạn “${words}”`);
  return parts.join(', ');
}

export function sectionLocation(s: DocSection | number): string {
  const i = typeof s === 'number' ? s : s.index;
  return `Phần ${i + 1} (section) của văn bản`;
}

interface Pending {
  code: FormatCode;
  element: FormatElement;
  location: string;
  params: MessageParams;
  more: number;
}

/** Collects findings; the catalog's aggregated codes give one finding per fault, at its first place, with a count. */
export class FindingCollector {
  private readonly pending: Pending[] = [];
  private readonly byKey = new Map<string, Pending>();

  add(code: FormatCode, element: FormatElement, where: DocParagraph | string, params: MessageParams): void {
    const location = typeof where === 'string' ? where : paragraphLocation(where);
    const info = CATALOG[code];
    if ('aggregate' in info && info.aggregate) {
      const key = `${code}|${element}|${params.what}|${params.found ?? ''}`;
      const had = this.byKey.get(key);
      if (had) {
        had.more += 1;
        return;
      }
      const entry = { code, element, location, params, more: 0 };
      this.byKey.set(key, entry);
      this.pending.push(entry);
      return;
    }
    this.pending.push({ code, element, location, params, more: 0 });
  }

  findings(): FormatFinding[] {
    return this.pending.map(({ code, element, location, params, more }) => {
      const info = CATALOG[code];
      const message = info.message(params);
      return {
        severity: info.severity,
        code,
        element,
        location,
        message: more > 0 ? `${message} Cùng lỗi này còn ở ${more} chỗ khác.` : message,
        hint: info.hint(params),
      };
    });
  }
}
