import type { Commune, UnitInfo } from '../data';
import { finding, type Finding } from '../findings/finding';
import type { OcopRules } from '../rules/schemas';
import { formatDateShort } from '../text/vi-date';

/**
 * District-level data dated after the district level of government ended (01/7/2025): a district
 * workbook reporting on a later date, or district names in a 2026–2030 commune list.
 */
export function checkDistrictAbolition(
  info: UnitInfo,
  infoSheet: string,
  infoCells: Record<string, string>,
  communeSheet: string | undefined,
  communes: readonly Commune[],
  districtHeaderCell: string | undefined,
  rules: OcopRules,
  findings: Finding[],
): void {
  const abolished = new Date(rules.districtAbolished.date);
  const when = formatDateShort(abolished);
  if (info.huyen) {
    const dated = info.ngayBanHanh ?? (info.year >= abolished.getUTCFullYear() + 1 ? new Date(Date.UTC(info.year, 0, 1)) : undefined);
    if (dated && dated.getTime() >= abolished.getTime()) {
      findings.push(
        finding(
          'district-after-abolition',
          infoSheet,
          infoCells.huyen ?? null,
          `Sổ ghi cấp huyện "${info.huyen}" nhưng ngày ${formatDateShort(dated)} đã sau ${when}, khi cấp huyện kết thúc hoạt động.`,
          'Nếu báo cáo thay cho đơn vị cấp huyện cũ, ghi rõ cơ quan ban hành hiện nay; số liệu từ năm 2026 nên lập theo xã hoặc tỉnh.',
        ),
      );
    }
  }
  if (info.period === '2026-2030' && communeSheet && districtHeaderCell && communes.some((c) => c.huyen)) {
    findings.push(
      finding(
        'district-after-abolition',
        communeSheet,
        districtHeaderCell,
        `Sheet "${communeSheet}" của giai đoạn 2026-2030 vẫn ghi cột "Huyện", trong khi cấp huyện đã kết thúc từ ${when}.`,
        'Có thể giữ cột này để tra cứu, nhưng các chỉ tiêu giai đoạn 2026-2030 không tính theo huyện.',
      ),
    );
  }
}
