import { formatDateShort } from '../../text/vi-date';
import { raiser, type CodeTable, type Where } from './define';

/** The district level of government ended on 01/7/2025 (rules/ocop.json districtAbolished). */
export const ABOLITION_CODES = {
  'district-after-abolition': { severity: 'warning', when: 'district-level data dated after 01/7/2025' },
} as const satisfies CodeTable;

const raise = raiser(ABOLITION_CODES);

export const districtAfterAbolition = {
  districtWorkbook: (at: Where, p: { district: string; dated: Date; abolished: Date }) =>
    raise(
      'district-after-abolition',
      at,
      `Sổ ghi cấp huyện "${p.district}" nhưng ngày ${formatDateShort(p.dated)} đã sau ${formatDateShort(p.abolished)}, khi cấp huyện kết thúc hoạt động.`,
      'Nếu báo cáo thay cho đơn vị cấp huyện cũ, ghi rõ cơ quan ban hành hiện nay; số liệu từ năm 2026 nên lập theo xã hoặc tỉnh.',
    ),
  districtColumn: (at: Where, p: { sheet: string; abolished: Date }) =>
    raise(
      'district-after-abolition',
      at,
      `Sheet "${p.sheet}" của giai đoạn 2026-2030 vẫn ghi cột "Huyện", trong khi cấp huyện đã kết thúc từ ${formatDateShort(p.abolished)}.`,
      'Có thể giữ cột này để tra cứu, nhưng các chỉ tiêu giai đoạn 2026-2030 không tính theo huyện.',
    ),
};
