import { raiser, type CodeTable } from './define';

/** Rows of a sheet that are not records: numbering, totals, groups and the footer (SPEC §3). */
export const ROW_CODES = {
  'row-skipped': { severity: 'info', when: 'rows that are not records (numbering, totals, group, footer), once per kind and sheet, naming the rows' },
  'total-mismatch': { severity: 'warning', when: 'a totals row disagrees with the rows above it (names both figures)' },
} as const satisfies CodeTable;

const raise = raiser(ROW_CODES);

export type SkippedRowKind = 'numbering' | 'total' | 'group' | 'footer';

const KIND_TEXT: Record<SkippedRowKind, { what: (n: number) => string; why: string }> = {
  numbering: { what: (n) => `${n} dòng đánh số cột`, why: 'dòng (1), (2), (3)… dưới tiêu đề' },
  total: { what: (n) => `${n} dòng tổng cộng`, why: 'dòng cộng, tổng cộng, toàn huyện… không phải một đơn vị' },
  group: { what: (n) => `${n} dòng nhóm`, why: 'dòng chỉ ghi tên huyện hoặc tên nhóm; các dòng dưới nó được tính vào nhóm đó' },
  footer: { what: (n) => `${n} dòng cuối biểu`, why: 'người lập biểu, thủ trưởng đơn vị, địa danh và ngày tháng, chữ ký' },
};

/** Rows listed as "5, 7–9, 12": a footer is many consecutive rows. */
function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  return parts.length > 12 ? `${parts.slice(0, 12).join(', ')}…` : parts.join(', ');
}

export function rowSkipped(sheet: string, kind: SkippedRowKind, rows: readonly number[], firstCell: string) {
  const text = KIND_TEXT[kind];
  return raise(
    'row-skipped',
    { sheet, cell: firstCell },
    `Bỏ qua ${text.what(rows.length)} (dòng ${rowList(rows)}): ${text.why}, không đọc là dữ liệu.`,
    'Không cần sửa. Nếu một dòng trong số này thật ra là dữ liệu, hãy ghi lại tên đơn vị ở dòng đó cho rõ.',
  );
}

/**
 * `what`: the figure's meaning ("số xã đạt TC5", "số xã"); `label`: the row's own label as typed
 * ("Tổng cộng", "Cộng huyện Kim Bôi").
 */
export function totalMismatch(sheet: string, p: { cell: string; label: string; row: number; what: string; typed: number; computed: number; rowsCounted: number }) {
  return raise(
    'total-mismatch',
    { sheet, cell: p.cell },
    `Dòng "${p.label}" (dòng ${p.row}) ghi ${p.what} là ${p.typed} ở ô ${p.cell}, nhưng ${p.rowsCounted} dòng dữ liệu mà nó cộng cho ${p.computed}.`,
    'Sửa số ở dòng tổng cho khớp (hoặc dùng công thức COUNTIF/SUM), hoặc kiểm tra lại các dòng phía trên.',
  );
}
