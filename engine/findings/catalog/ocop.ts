import { formatDateShort } from '../../text/vi-date';
import { formatNumber } from '../../text/vi-format';
import { raiser, type CodeTable, type Where } from './define';

/** Sheet "OCOP": stars, certificates and who recognised them. */
export const OCOP_CODES = {
  'ocop-star-score': { severity: 'error', when: 'stars disagree with the score band' },
  'ocop-expired': { severity: 'warning', when: 'certificate expired before the end of the report period' },
  'ocop-level': { severity: 'warning', when: 'recognition level not allowed for the stars or the date' },
} as const satisfies CodeTable;

const raise = raiser(OCOP_CODES);

export function ocopStarScore(at: Where, p: { product: string; score: number; bandStars: number; bandMin: number; bandMaxExclusive: number; stars: number }) {
  return raise(
    'ocop-star-score',
    at,
    `Sản phẩm "${p.product}": ${formatNumber(p.score, 2)} điểm tương ứng ${p.bandStars} sao (từ ${p.bandMin} đến dưới ${Math.round(p.bandMaxExclusive)} điểm), nhưng ghi ${p.stars} sao.`,
    'Kiểm tra lại điểm hoặc số sao theo quyết định công nhận.',
  );
}

export function ocopExpired(at: Where, p: { product: string; stars: number; expiry: Date; periodEnd: Date; validityMonths: number }) {
  return raise(
    'ocop-expired',
    at,
    `Sản phẩm "${p.product}" (${p.stars} sao) hết hạn công nhận ngày ${formatDateShort(p.expiry)}, trước khi kết thúc kỳ báo cáo (${formatDateShort(p.periodEnd)}).`,
    `Giấy chứng nhận OCOP có giá trị ${p.validityMonths} tháng: đề nghị đánh giá lại, hoặc cập nhật ngày công nhận mới nếu đã được công nhận lại.`,
  );
}

export const ocopLevel = {
  districtAfterAbolition: (at: Where, p: { product: string; recognised: Date; abolished: Date; source: string }) =>
    raise(
      'ocop-level',
      at,
      `Sản phẩm "${p.product}" ghi cấp công nhận "Huyện" ngày ${formatDateShort(p.recognised)}, nhưng từ ${formatDateShort(p.abolished)} cấp huyện không còn công nhận sản phẩm OCOP.`,
      `Kiểm tra lại cấp công nhận theo quyết định (${p.source}).`,
    ),
  notAllowed: (at: Where, p: { product: string; stars: number; level: string; recognised: Date; allowed: readonly string[]; source: string }) =>
    raise(
      'ocop-level',
      at,
      `Sản phẩm "${p.product}" ${p.stars} sao ghi cấp công nhận "${p.level}", trong khi sản phẩm ${p.stars} sao công nhận ngày ${formatDateShort(p.recognised)} thuộc cấp: ${p.allowed.join(', ')}.`,
      `Kiểm tra lại cấp công nhận theo quyết định (${p.source}).`,
    ),
};
