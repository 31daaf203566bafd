import { raiser, type CodeTable, type Where } from './define';

/** Sheet "Xã": criteria against levels, and the order of recognition. */
export const COMMUNE_CODES = {
  'criteria-count': { severity: 'error', when: '"Số tiêu chí đạt" differs from the marked criteria' },
  'level-criteria': { severity: 'error', when: 'a recognised level (Đạt chuẩn NTM or above) with criteria not met' },
  'level-order': { severity: 'error', when: 'a level without its prerequisite, or recognition years out of order or after the report year' },
  'unit-not-commune': { severity: 'info', when: 'a ward or town (phường, thị trấn) in sheet "Xã": kept out of the NTM commune counts' },
} as const satisfies CodeTable;

const raise = raiser(COMMUNE_CODES);

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

export function criteriaCount(at: Where, p: { commune: string; typed: number; marked: number; total: number }) {
  return raise(
    'criteria-count',
    at,
    `Xã ${p.commune}: "Số tiêu chí đạt" ghi ${p.typed} nhưng có ${p.marked}/${p.total} tiêu chí được đánh dấu đạt.`,
    'Sửa số tiêu chí đạt, hoặc đánh dấu lại các cột tiêu chí cho khớp (có thể dùng công thức =COUNTIF để tự đếm).',
  );
}

/** `unmet`: "TC3 Thủy lợi…" for each criterion not marked. */
export function levelCriteria(at: Where, p: { commune: string; level: string; met: number; total: number; unmet: readonly string[] }) {
  return raise(
    'level-criteria',
    at,
    `Xã ${p.commune} ghi mức "${p.level}" nhưng mới đạt ${p.met}/${p.total} tiêu chí; chưa đạt: ${p.unmet.join('; ')}.`,
    'Xã đạt chuẩn phải đạt tất cả tiêu chí: kiểm tra lại các cột tiêu chí hoặc mức đạt chuẩn.',
  );
}

export const levelOrder = {
  /** The commune's level needs `prerequisite` first, and its year is not given. `note` is the rules data's reason. */
  prerequisiteMissing: (at: Where, p: { commune: string; level: string; prerequisite: string; yearPhrase: string; note: string }) =>
    raise(
      'level-order',
      at,
      `Xã ${p.commune} ở mức "${p.level}" nhưng không có ${p.yearPhrase}: ${p.note}.`,
      // "Đạt chuẩn NTM" reads "được công nhận đạt chuẩn NTM"; "NTM nâng cao" stays as it is.
      `Ghi năm xã được công nhận ${p.prerequisite.charAt(0).toLocaleLowerCase('vi-VN')}${p.prerequisite.slice(1)}.`,
    ),
  /** `earlier`, `later`: the year columns as sentences name them ("năm đạt chuẩn", "năm đạt nâng cao"). */
  yearsOutOfOrder: (at: Where, p: { commune: string; earlier: string; earlierYear: number; later: string; laterYear: number }) =>
    raise(
      'level-order',
      at,
      `Xã ${p.commune}: ${p.later} (${p.laterYear}) trước ${p.earlier} (${p.earlierYear}).`,
      `${capitalise(p.earlier)} phải trước hoặc cùng ${p.later}; kiểm tra lại hai năm này.`,
    ),
  afterReportYear: (at: Where, p: { commune: string; yearLabel: string; year: number; reportYear: number }) =>
    raise(
      'level-order',
      at,
      `Xã ${p.commune}: ${p.yearLabel} ${p.year} sau năm báo cáo ${p.reportYear}.`,
      'Năm công nhận không thể sau năm báo cáo; kiểm tra lại năm hoặc năm báo cáo ở sheet "Thông tin".',
    ),
};

/** Phường and thị trấn listed in sheet "Xã": one finding for the sheet, naming them. */
export function unitNotCommune(sheet: string, units: ReadonlyArray<{ name: string; row: number; cell: string | undefined }>) {
  const listed = units.slice(0, 12).map((u) => `${u.name} (dòng ${u.row})`);
  const more = units.length > 12 ? ` và ${units.length - 12} đơn vị khác` : '';
  return raise(
    'unit-not-commune',
    { sheet, cell: units[0].cell ?? null },
    `${units.length} đơn vị là phường hoặc thị trấn, không tính vào số xã và các tỷ lệ xã theo tiêu chí nông thôn mới: ${listed.join(', ')}${more}.`,
    'Không cần sửa: phường, thị trấn vẫn được tính là nơi có sản phẩm OCOP (so_don_vi_co_san_pham_ocop, ty_le_don_vi_co_san_pham_ocop).',
  );
}
