import type { Commune, UnitInfo } from '../data';
import { LEVEL_NAMES, levelAtLeast } from '../workbook-layout/levels';
import { finding, type Finding } from '../findings/finding';
import { communeKey } from '../metrics/compute';
import type { CriteriaSet } from '../rules/schemas';

/** Duplicates, criteria count, level against criteria and level order, for sheet "Xã". */
export function checkCommunes(sheet: string, communes: readonly Commune[], info: UnitInfo, set: CriteriaSet, findings: Finding[]): void {
  const seen = new Map<string, Commune>();
  const total = set.criteria.length;
  for (const c of communes) {
    if (c.ten) {
      const key = communeKey(c.huyen, c.ten);
      const first = seen.get(key);
      if (first) {
        const where = c.huyen ? ` thuộc huyện ${c.huyen}` : '';
        findings.push(
          finding(
            'value-duplicate',
            sheet,
            c.cells.ten,
            `Xã "${c.ten}"${where} ở dòng ${c.row} đã có ở dòng ${first.row}.`,
            'Mỗi xã chỉ ghi một dòng; xóa dòng trùng hoặc sửa tên xã (hoặc tên huyện) cho đúng.',
          ),
        );
      } else {
        seen.set(key, c);
      }
    }

    if (c.soTieuChiDat !== undefined && c.soTieuChiDat !== c.criteriaMet) {
      findings.push(
        finding(
          'criteria-count',
          sheet,
          c.cells.soTieuChiDat,
          `Xã ${c.ten}: "Số tiêu chí đạt" ghi ${c.soTieuChiDat} nhưng có ${c.criteriaMet}/${total} tiêu chí được đánh dấu đạt.`,
          'Sửa số tiêu chí đạt, hoặc đánh dấu lại các cột tiêu chí cho khớp (có thể dùng công thức =COUNTIF để tự đếm).',
        ),
      );
    }

    if (levelAtLeast(c.level, 'dat-chuan') && c.criteriaMet < total) {
      const unmet = set.criteria.filter((_, i) => !c.criteria[i]).map((cr) => `TC${cr.number} ${cr.name}`);
      findings.push(
        finding(
          'level-criteria',
          sheet,
          c.cells.mucDatChuan,
          `Xã ${c.ten} ghi mức "${LEVEL_NAMES[c.level]}" nhưng mới đạt ${c.criteriaMet}/${total} tiêu chí; chưa đạt: ${unmet.join('; ')}.`,
          'Xã đạt chuẩn phải đạt tất cả tiêu chí: kiểm tra lại các cột tiêu chí hoặc mức đạt chuẩn.',
        ),
      );
    }
    checkLevelOrder(sheet, c, info, findings);
  }
}

function checkLevelOrder(sheet: string, c: Commune, info: UnitInfo, findings: Finding[]): void {
  const add = (cell: string | undefined, message: string, hint: string): void => {
    findings.push(finding('level-order', sheet, cell ?? c.cells.mucDatChuan ?? null, message, hint));
  };
  const required = (cell: string | undefined, header: string): void => {
    findings.push(
      finding(
        'value-required',
        sheet,
        cell ?? c.cells.mucDatChuan ?? null,
        `Xã ${c.ten} ở mức "${LEVEL_NAMES[c.level]}" nhưng chưa ghi "${header}".`,
        `Nhập ${header.toLowerCase()} (năm có quyết định công nhận).`,
      ),
    );
  };
  if (c.level === 'dat-chuan' && c.namDatChuan === undefined) required(c.cells.namDatChuan, 'Năm đạt chuẩn');
  if (c.level === 'nang-cao' && c.namNangCao === undefined) required(c.cells.namNangCao, 'Năm đạt nâng cao');
  if (c.level === 'kieu-mau' && c.namKieuMau === undefined) required(c.cells.namKieuMau, 'Năm đạt kiểu mẫu');
  if (levelAtLeast(c.level, 'nang-cao') && c.namDatChuan === undefined) {
    add(c.cells.namDatChuan, `Xã ${c.ten} ở mức "${LEVEL_NAMES[c.level]}" nhưng không có năm đạt chuẩn NTM: xã phải đạt chuẩn NTM trước.`, 'Ghi năm xã được công nhận đạt chuẩn NTM.');
  }
  if (c.level === 'kieu-mau' && c.namNangCao === undefined) {
    add(c.cells.namNangCao, `Xã ${c.ten} ở mức "NTM kiểu mẫu" nhưng không có năm đạt NTM nâng cao: xã kiểu mẫu phải đạt nâng cao trước (QĐ 319/QĐ-TTg).`, 'Ghi năm xã được công nhận NTM nâng cao.');
  }
  const years: Array<[number | undefined, string, string | undefined]> = [
    [c.namDatChuan, 'đạt chuẩn', c.cells.namDatChuan],
    [c.namNangCao, 'nâng cao', c.cells.namNangCao],
    [c.namKieuMau, 'kiểu mẫu', c.cells.namKieuMau],
  ];
  for (let i = 0; i < years.length; i++) {
    for (let j = i + 1; j < years.length; j++) {
      const [a, nameA] = years[i];
      const [b, nameB, cellB] = years[j];
      if (a !== undefined && b !== undefined && a > b) {
        add(cellB, `Xã ${c.ten}: năm đạt ${nameB} (${b}) trước năm đạt ${nameA} (${a}).`, `Năm đạt ${nameA} phải trước hoặc cùng năm đạt ${nameB}; kiểm tra lại hai năm này.`);
      }
    }
  }
  for (const [y, name, cell] of years) {
    if (y !== undefined && y > info.year) {
      add(cell, `Xã ${c.ten}: năm đạt ${name} ${y} sau năm báo cáo ${info.year}.`, 'Năm công nhận không thể sau năm báo cáo; kiểm tra lại năm hoặc năm báo cáo ở sheet "Thông tin".');
    }
  }
}
