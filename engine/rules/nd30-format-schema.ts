import { z } from 'zod';

/**
 * Zod schema of rules/nd30-format.json: the ND30 layout rules `check-format` applies, each group
 * with the place in Nghị định 30/2020/NĐ-CP it comes from. Lengths are in twips (1/20 pt), as in
 * the .docx; font sizes in points.
 */
const Source = z.string().min(1);
const Range = z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive() }).refine((r) => r.min <= r.max, 'min lớn hơn max');
const inRange = (r: { min: number; max: number; preferred: number }) => r.min <= r.preferred && r.preferred <= r.max;
// `preferred` is the value our own documents use (the default template): always inside the rule's range.
const MarginRange = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().positive(), preferred: z.number().int().positive() })
  .refine((r) => r.min <= r.max, 'min lớn hơn max')
  .refine(inRange, 'preferred nằm ngoài khoảng min–max');
const SizeRange = z
  .object({ min: z.number().positive(), max: z.number().positive(), preferred: z.number().positive(), source: Source })
  .refine((r) => r.min <= r.max, 'min lớn hơn max')
  .refine(inRange, 'preferred nằm ngoài khoảng min–max');
const RuleLine = z.object({ nominal: z.string().min(1), minRatio: z.number().positive(), maxRatio: z.number().positive() }).refine((r) => r.minRatio < r.maxRatio, 'minRatio phải nhỏ hơn maxRatio');

export const SIZE_KEYS = [
  'quocHieu',
  'tieuNgu',
  'coQuanChuQuan',
  'coQuan',
  'soKyHieu',
  'diaDanhNgay',
  'tenLoai',
  'trichYeu',
  'trichYeuCongVan',
  'kinhGui',
  'noiDung',
  'dauMuc',
  'chucVu',
  'hoTen',
  'noiNhanNhan',
  'noiNhanDanhSach',
  'soTrang',
  'phuLucTen',
  'phuLucTieuDe',
  'phuLucKemTheo',
] as const;
export type Nd30SizeKey = (typeof SIZE_KEYS)[number];

export const Nd30FormatSchema = z.object({
  title: z.string().min(1),
  source: Source,
  page: z.object({ width: z.number().int().positive(), height: z.number().int().positive(), tolerance: z.number().int().nonnegative(), source: Source }),
  margins: z.object({
    top: MarginRange,
    bottom: MarginRange,
    left: MarginRange,
    right: MarginRange,
    headerDistance: z.number().int().nonnegative(),
    footerDistance: z.number().int().nonnegative(),
    tolerance: z.number().int().nonnegative(),
    source: Source,
  }),
  font: z.object({ name: z.string().min(1), colors: z.array(z.string().regex(/^([0-9A-F]{6}|auto)$/)).min(1), source: Source }),
  sizes: z.object(Object.fromEntries(SIZE_KEYS.map((k) => [k, SizeRange])) as Record<Nd30SizeKey, typeof SizeRange>),
  body: z
    .object({
      firstLineIndents: z.array(z.number().int().positive()).min(1),
      indentTolerance: z.number().int().nonnegative(),
      minParagraphSpacing: z.number().int().nonnegative(),
      lineSpacing: Range,
      preferred: z.object({
        firstLineIndent: z.number().int().positive(),
        lineSpacing: z.number().int().positive(),
        spacingBefore: z.number().int().nonnegative(),
        spacingAfter: z.number().int().nonnegative(),
      }),
      source: Source,
    })
    .refine((b) => b.firstLineIndents.includes(b.preferred.firstLineIndent), { message: 'preferred.firstLineIndent không thuộc firstLineIndents', path: ['preferred', 'firstLineIndent'] })
    .refine((b) => b.lineSpacing.min <= b.preferred.lineSpacing && b.preferred.lineSpacing <= b.lineSpacing.max, {
      message: 'preferred.lineSpacing nằm ngoài lineSpacing',
      path: ['preferred', 'lineSpacing'],
    })
    .refine((b) => b.preferred.spacingBefore + b.preferred.spacingAfter >= b.minParagraphSpacing, {
      message: 'preferred: cách đoạn nhỏ hơn minParagraphSpacing',
      path: ['preferred', 'spacingBefore'],
    }),
  /** Header table, title and signature blocks: single lines, no space between paragraphs. */
  blocks: z.object({ lineSpacing: z.number().int().positive(), spacingBefore: z.number().int().nonnegative(), spacingAfter: z.number().int().nonnegative(), source: Source }),
  texts: z.object({ quocHieu: z.string().min(1), tieuNgu: z.string().min(1), source: Source }),
  ruleLines: z.object({ tieuNgu: RuleLine, coQuan: RuleLine, trichYeu: RuleLine, source: Source }),
  number: z.object({ leadingZeroBelow: z.number().int().positive(), source: Source }),
  date: z.object({ dayLeadingZeroBelow: z.number().int().positive(), monthsWithLeadingZero: z.array(z.number().int().min(1).max(12)), source: Source }),
  documentTypes: z.object({ types: z.array(z.object({ name: z.string().min(1), abbreviation: z.string().min(1) })).min(1), source: Source }),
  /** Legal documents (Nghị định, Thông tư…) follow another decree: their type names are known so their title is found. */
  legalTypes: z.object({ types: z.array(z.object({ name: z.string().min(1), abbreviation: z.string().min(1).optional() })).min(1), source: Source }),
  signature: z.object({ authorities: z.array(z.string().regex(/\.$/)).min(1), honorifics: z.array(z.string().min(1)), source: Source }),
  recipients: z.object({ label: z.string().min(1), lastLine: z.string().min(1), source: Source }),
  pageNumbers: z.object({ source: Source }),
  appendix: z.object({ source: Source }),
  practice: z.object({ source: Source }),
});
export type Nd30Format = z.infer<typeof Nd30FormatSchema>;
