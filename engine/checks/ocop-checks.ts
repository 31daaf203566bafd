import type { Commune, OcopProduct, UnitInfo } from '../data';
import { ocopExpired, ocopLevel, ocopStarScore, valueDuplicate, valueRange, valueReference } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import { periodEnd } from '../metrics/as-of';
import { CommuneMatcher } from '../places/commune-matcher';
import type { OcopRules } from '../rules/schemas';
import { fold } from '../text/fold';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Duplicates, references to sheet "Xã", stars against score, expiry and the recognising level. */
export function checkOcop(sheet: string, products: readonly OcopProduct[], communes: readonly Commune[] | null, info: UnitInfo, rules: OcopRules, findings: Finding[]): void {
  const seen = new Map<string, OcopProduct>();
  const matcher = communes ? new CommuneMatcher(communes) : null;
  const end = periodEnd(info);

  for (const p of products) {
    const key = `${fold(p.ten)}|${fold(p.chuThe)}`;
    const first = seen.get(key);
    if (first) {
      findings.push(valueDuplicate.product({ sheet, cell: p.cells.ten }, { product: p.ten, subject: p.chuThe, row: p.row, firstRow: first.row }));
    } else {
      seen.set(key, p);
    }

    if (matcher && p.xa) checkReference(sheet, p, matcher, findings);

    if (p.diem !== undefined) {
      const band = rules.starBands.bands.find((b) => p.diem! >= b.minScore && p.diem! < b.maxScoreExclusive);
      if (band && band.stars !== p.soSao) {
        findings.push(
          ocopStarScore({ sheet, cell: p.cells.soSao }, { product: p.ten, score: p.diem, bandStars: band.stars, bandMin: band.minScore, bandMaxExclusive: band.maxScoreExclusive, stars: p.soSao }),
        );
      }
    }

    if (p.ngayHetHan.getTime() < p.ngayCongNhan.getTime()) {
      findings.push(valueRange.expiryBeforeRecognition({ sheet, cell: p.cells.ngayHetHan ?? p.cells.ngayCongNhan }, { product: p.ten, expiry: p.ngayHetHan, recognised: p.ngayCongNhan }));
    } else if (p.ngayHetHan.getTime() < end.getTime() && p.ngayCongNhan.getTime() <= end.getTime()) {
      findings.push(
        ocopExpired(
          { sheet, cell: (p.ngayHetHanTyped ? p.cells.ngayHetHan : undefined) ?? p.cells.ngayCongNhan },
          { product: p.ten, stars: p.soSao, expiry: p.ngayHetHan, periodEnd: end, validityMonths: rules.validity.months },
        ),
      );
    }

    if (p.capCongNhan) checkLevel(sheet, p, rules, findings);
  }
}

function checkReference(sheet: string, p: OcopProduct, matcher: CommuneMatcher, findings: Finding[]): void {
  if (p.huyen && matcher.hasDistricts && !matcher.hasDistrict(p.huyen)) {
    findings.push(valueReference.productDistrict({ sheet, cell: p.cells.huyen }, { district: p.huyen, product: p.ten }));
    return;
  }
  if (matcher.matches(p.xa, p.huyen).length === 0) {
    findings.push(valueReference.productCommune({ sheet, cell: p.cells.xa }, { commune: p.xa, district: p.huyen, product: p.ten }));
  }
}

function checkLevel(sheet: string, p: OcopProduct, rules: OcopRules, findings: Finding[]): void {
  const day = isoDay(p.ngayCongNhan);
  const applicable = rules.recognitionRules.rules.filter((r) => r.stars === p.soSao && (r.from === undefined || day >= r.from) && (r.until === undefined || day <= r.until));
  if (applicable.length === 0) return;
  const allowed = new Set(applicable.flatMap((r) => r.levels));
  if (allowed.has(p.capCongNhan!)) return;
  const abolished = rules.districtAbolished.date;
  const at = { sheet, cell: p.cells.capCongNhan ?? null };
  const source = rules.recognitionRules.source;
  findings.push(
    p.capCongNhan === 'Huyện' && day >= abolished
      ? ocopLevel.districtAfterAbolition(at, { product: p.ten, recognised: p.ngayCongNhan, abolished: new Date(abolished), source })
      : ocopLevel.notAllowed(at, { product: p.ten, stars: p.soSao, level: p.capCongNhan!, recognised: p.ngayCongNhan, allowed: [...allowed], source }),
  );
}
