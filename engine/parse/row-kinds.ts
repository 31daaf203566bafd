import type { Cell } from '../model/cell';
import type { Sheet } from '../model/workbook';
import { districtFromHeading } from '../places/district-key';
import { fold, foldKey } from '../text/fold';
import type { SkippedRowKind } from '../findings/catalog';

/** What a row below the header is (SPEC §3): a record, or one of the rows offices add around them. */
export type RowKind =
  | { kind: 'record' }
  | { kind: 'numbering' }
  | { kind: 'footer' }
  | { kind: 'total'; label: string; subtotal: boolean }
  /** `district`: the district the rows below belong to, when the group names one. */
  | { kind: 'group'; label: string; district: string | null };

export type SkippedKind = SkippedRowKind;

/** Nearly every row is a record: one shared answer, no allocation per row. */
const RECORD: RowKind = Object.freeze({ kind: 'record' });
const FOOTER_ROW: RowKind = Object.freeze({ kind: 'footer' });
const NUMBERING_ROW: RowKind = Object.freeze({ kind: 'numbering' });

/** What the classifier needs to know of the table. */
export interface RowContext {
  /** Column of the record's name (Tên xã, Tên sản phẩm…), if the table has one. */
  nameColumn: number | undefined;
  /** Columns of the table's recognised fields. */
  fieldColumns: readonly number[];
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/u;
const NUMBERING_TOKEN = /^\(?\s*(\d{1,3}|[A-Za-z]{1,2}|\d{1,3}\s*[=+\-x*]\s*[\d+\-x*\s]+)\s*\)?$/u;

/** "Tổng cộng", "Tổng số: 16 xã", "Cộng", "Toàn huyện", "Tổng cộng toàn tỉnh". */
const GRAND_TOTAL = /^(?:tong cong|tong so|tong|cong|toan huyen|toan tinh|toan thi xa|toan thanh pho|tinh chung|chung toan tinh)(?: toan (?:huyen|tinh|thi xa|thanh pho))?(?: \d+(?: .*)?)?$/u;
/** Every totals label begins with one of these; a name that does not is not folded whole. */
const TOTAL_FIRST_WORDS = new Set(['tong', 'cong', 'toan', 'tinh', 'chung', 'ty', 'binh', 'trung']);

function firstWord(text: string): string {
  const m = /^[\s(]*([^\s:(),.]+)/u.exec(text);
  return m ? m[1] : '';
}

/** The shares and means under a totals row: "Tỷ lệ (%)", "Bình quân". */
const SUMMARY = /^(?:ty le|ty le dat|binh quan|binh quan chung|trung binh)$/u;
/** "Cộng huyện Kim Bôi", "Tổng huyện …", "Cộng TP. Vị Thanh". */
const SUBTOTAL = /^(?:cong|tong|tong cong) (?:huyen|thi xa|thanh pho|tp|tx|quan) .+$/u;
/** "Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)", "Ghi chú:", "TM. UBND…". */
const FOOTER =
  /^(?:nguoi lap|nguoi tong hop|nguoi kiem tra|thu truong|lanh dao don vi|xac nhan|ky ten|ky ghi ro|ky dong dau|ghi chu|nguon so lieu|tm |kt |tl |q |chu tich|pho chu tich|giam doc|truong phong|truong ban|chanh van phong)/u;
/** "…, ngày 15 tháng 12 năm 2024" or with the day left blank: "ngày … tháng … năm 2024". */
const PLACE_DATE = /ngay\s*(?:\d{1,2}|\.*)\s*thang\s*(?:\d{1,2}|\.*)\s*nam\s*(?:\d{4}|\.*)/u;

function text(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.type === 'string') return String(cell.value).trim() || undefined;
  if (cell.type === 'number') return String(cell.value);
  return undefined;
}

function nonEmpty(row: ReadonlyArray<Cell | undefined>): Array<{ column: number; text: string; cell: Cell }> {
  const out: Array<{ column: number; text: string; cell: Cell }> = [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    const t = text(cell);
    if (cell && t !== undefined) out.push({ column: c, text: t, cell });
  }
  return out;
}

export function classifyRow(sheet: Sheet, r: number, ctx: RowContext): RowKind {
  const row = sheet.rows[r];
  if (!row) return RECORD;
  // One cheap pass for every row (a national sheet has tens of thousands): counts and the first
  // two texts; the full list of cells only for the few rows that may be numbering or a group.
  let count = 0;
  let strings = 0;
  const labels: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell) continue;
    if (cell.type === 'string') {
      const t = String(cell.value).trim();
      if (t === '') continue;
      strings++;
      if (labels.length < 2) labels.push(t);
    } else if (cell.type !== 'number') continue;
    count++;
  }
  if (count === 0) return RECORD;

  // Totals and group headings label a table of named units; a target's wording may begin with "Tổng".
  if (ctx.nameColumn !== undefined) {
    for (const t of labels) {
      if (!TOTAL_FIRST_WORDS.has(fold(firstWord(t)))) continue;
      const key = foldKey(t);
      if (SUBTOTAL.test(key)) return { kind: 'total', label: t, subtotal: true };
      if (GRAND_TOTAL.test(key) || SUMMARY.test(key)) return { kind: 'total', label: t, subtotal: false };
    }
  }
  if (count <= 3 && strings > 0) {
    const cells = nonEmpty(row);
    if (cells.some((c) => c.cell.type === 'string' && (FOOTER.test(foldKey(c.text)) || PLACE_DATE.test(foldKey(c.text))))) return FOOTER_ROW;
  }
  const nameCell = ctx.nameColumn === undefined ? undefined : text(row[ctx.nameColumn]);
  if (count >= 3 && (nameCell === undefined ? ctx.nameColumn === undefined : NUMBERING_TOKEN.test(nameCell)) && isNumbering(nonEmpty(row), ctx)) {
    return NUMBERING_ROW;
  }
  if (ctx.nameColumn !== undefined && strings <= 2) return groupHeading(nonEmpty(row), ctx) ?? RECORD;
  return RECORD;
}

/** "(1) (2) (3) …", "1 2 3 …", "A B 1 2 …", "(5)=(3)+(4)": at least three such cells, the name column among them. */
function isNumbering(cells: ReturnType<typeof nonEmpty>, ctx: RowContext): boolean {
  if (cells.length < 3) return false;
  if (!cells.every((c) => NUMBERING_TOKEN.test(c.text))) return false;
  if (ctx.nameColumn !== undefined && !cells.some((c) => c.column === ctx.nameColumn)) return false;
  // Marks "1 1 1 1" are a record's criteria; numbering counts up.
  const distinct = new Set(cells.map((c) => c.text.replace(/[()\s]/gu, '')));
  return distinct.size >= Math.ceil(cells.length * 0.8);
}

/**
 * A row holding only a heading, with at most a Roman numeral or a letter in front ("II | Huyện
 * Kim Bôi"), and perhaps the group's own figures in number cells (the group's subtotal).
 */
function groupHeading(cells: ReturnType<typeof nonEmpty>, ctx: RowContext): RowKind | null {
  const texts = cells.filter((c) => c.cell.type === 'string');
  const numbers = cells.filter((c) => c.cell.type === 'number');
  let numeral = false;
  let heading = texts;
  if (texts.length === 2 && (ROMAN.test(foldKey(texts[0].text)) || /^[A-Za-z]$/u.test(texts[0].text.replace(/[.)]/gu, '')))) {
    numeral = true;
    heading = texts.slice(1);
  }
  if (heading.length !== 1) return null;
  const label = heading[0].text;
  if (ctx.nameColumn !== undefined && heading[0].column > ctx.nameColumn) return null;
  const district = districtFromHeading(label);
  // Figures on a group row are the group's own subtotal; a record has more than a name and numbers.
  if (numbers.length > 0 && !district && !numeral) return null;
  if (!district && !numeral) return null;
  return { kind: 'group', label, district };
}

export const SKIPPED_KINDS: readonly SkippedKind[] = ['numbering', 'total', 'group', 'footer'];
