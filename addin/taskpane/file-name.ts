import { fileSlug } from '../../engine';
import type { ValidationResult } from '../../engine';

/** "bao-cao-u-minh-thuong.docx": the unit's name without diacritics (a download has no workbook path to name it after). */
export function reportFileName(result: Pick<ValidationResult, 'unit' | 'data'>): string {
  const name = result.data.info.huyen || result.data.info.tinh || result.unit;
  const slug = fileSlug(name ?? '');
  return `bao-cao-${slug || 'ntm-ocop'}.docx`;
}
