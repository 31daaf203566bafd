import type { Commune, OcopProduct, UnitInfo } from '../data';
import { finding, type Finding } from '../findings/finding';
import { communeKey, periodEnd } from '../metrics';
import type { OcopRules } from '../rules/schemas';
import { fold } from '../text/fold';
import { formatDateShort } from '../text/vi-date';
import { formatNumber } from '../text/vi-format';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Duplicates, references to sheet "Xã", stars against score, expiry and the recognising level. */
export function checkOcop(
  sheet: string,
  products: readonly OcopProduct[],
  communes: readonly Commune[] | null,
  info: UnitInfo,
  rules: OcopRules,
  findings: Finding[],
): void {
  const seen = new Map<string, OcopProduct>();
  const communeKeys = new Set<string>();
  const communeNames = new Set<string>();
  const districts = new Set<string>();
  for (const c of communes ?? []) {
    communeKeys.add(communeKey(c.huyen, c.ten));
    communeNames.add(fold(c.ten));
    if (c.huyen) districts.add(fold(c.huyen));
  }
  const end = periodEnd(info);

  for (const p of products) {
    const key = `${fold(p.ten)}|${fold(p.chuThe)}`;
    const first = seen.get(key);
    if (first) {
      findings.push(
        finding(
          'value-duplicate',
          sheet,
          p.cells.ten,
          `Sản phẩm "${p.ten}" của chủ thể "${p.chuThe}" ở dòng ${p.row} đã có ở dòng ${first.row}.`,
          'Mỗi sản phẩm của một chủ thể chỉ ghi một dòng; nếu sản phẩm được công nhận lại, sửa dòng cũ (số sao, ngày công nhận).',
        ),
      );
    } else {
      seen.set(key, p);
    }

    if (communes && p.xa) checkReference(sheet, p, communeKeys, communeNames, districts, findings);

    if (p.diem !== undefined) {
      const band = rules.starBands.bands.find((b) => p.diem! >= b.minScore && p.diem! < b.maxScoreExclusive);
      if (band && band.stars !== p.soSao) {
        findings.push(
          finding(
            'ocop-star-score',
            sheet,
            p.cells.soSao,
            `Sản phẩm "${p.ten}": ${formatNumber(p.diem, 2)} điểm tương ứng ${band.stars} sao (từ ${band.minScore} đến dưới ${Math.round(band.maxScoreExclusive)} điểm), nhưng ghi ${p.soSao} sao.`,
            'Kiểm tra lại điểm hoặc số sao theo quyết định công nhận.',
          ),
        );
      }
    }

    if (p.ngayHetHan.getTime() < p.ngayCongNhan.getTime()) {
      findings.push(
        finding(
          'value-range',
          sheet,
          p.cells.ngayHetHan ?? p.cells.ngayCongNhan,
          `Sản phẩm "${p.ten}": ngày hết hạn ${formatDateShort(p.ngayHetHan)} trước ngày công nhận ${formatDateShort(p.ngayCongNhan)}.`,
          'Kiểm tra lại hai ngày này.',
        ),
      );
    } else if (p.ngayHetHan.getTime() < end.getTime() && p.ngayCongNhan.getTime() <= end.getTime()) {
      findings.push(
        finding(
          'ocop-expired',
          sheet,
          (p.ngayHetHanTyped ? p.cells.ngayHetHan : undefined) ?? p.cells.ngayCongNhan,
          `Sản phẩm "${p.ten}" (${p.soSao} sao) hết hạn công nhận ngày ${formatDateShort(p.ngayHetHan)}, trước khi kết thúc kỳ báo cáo (${formatDateShort(end)}).`,
          `Giấy chứng nhận OCOP có giá trị ${rules.validity.months} tháng: đề nghị đánh giá lại, hoặc cập nhật ngày công nhận mới nếu đã được công nhận lại.`,
        ),
      );
    }

    if (p.capCongNhan) checkLevel(sheet, p, rules, findings);
  }
}

function checkReference(
  sheet: string,
  p: OcopProduct,
  keys: Set<string>,
  names: Set<string>,
  districts: Set<string>,
  findings: Finding[],
): void {
  if (p.huyen && districts.size > 0 && !districts.has(fold(p.huyen))) {
    findings.push(
      finding(
        'value-reference',
        sheet,
        p.cells.huyen,
        `Huyện "${p.huyen}" của sản phẩm "${p.ten}" không có trong sheet "Xã".`,
        'Sửa tên huyện cho giống cột "Huyện" của sheet "Xã".',
      ),
    );
    return;
  }
  const found = p.huyen && districts.size > 0 ? keys.has(communeKey(p.huyen, p.xa)) : names.has(fold(p.xa));
  if (!found) {
    const where = p.huyen ? ` thuộc huyện ${p.huyen}` : '';
    findings.push(
      finding(
        'value-reference',
        sheet,
        p.cells.xa,
        `Xã "${p.xa}"${where} của sản phẩm "${p.ten}" không có trong sheet "Xã".`,
        'Sửa tên xã cho giống cột "Tên xã" của sheet "Xã" (hoặc thêm xã đó vào sheet "Xã").',
      ),
    );
  }
}

function checkLevel(sheet: string, p: OcopProduct, rules: OcopRules, findings: Finding[]): void {
  const day = isoDay(p.ngayCongNhan);
  const applicable = rules.recognitionRules.rules.filter(
    (r) => r.stars === p.soSao && (r.from === undefined || day >= r.from) && (r.until === undefined || day <= r.until),
  );
  if (applicable.length === 0) return;
  const allowed = new Set(applicable.flatMap((r) => r.levels));
  if (allowed.has(p.capCongNhan!)) return;
  const abolished = rules.districtAbolished.date;
  const message =
    p.capCongNhan === 'Huyện' && day >= abolished
      ? `Sản phẩm "${p.ten}" ghi cấp công nhận "Huyện" ngày ${formatDateShort(p.ngayCongNhan)}, nhưng từ ${formatDateShort(new Date(abolished))} cấp huyện không còn công nhận sản phẩm OCOP.`
      : `Sản phẩm "${p.ten}" ${p.soSao} sao ghi cấp công nhận "${p.capCongNhan}", trong khi sản phẩm ${p.soSao} sao công nhận ngày ${formatDateShort(p.ngayCongNhan)} thuộc cấp: ${[...allowed].join(', ')}.`;
  findings.push(finding('ocop-level', sheet, p.cells.capCongNhan ?? null, message, `Kiểm tra lại cấp công nhận theo quyết định (${rules.recognitionRules.source}).`));
}
