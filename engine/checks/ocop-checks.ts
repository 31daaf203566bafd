import type { OcopProduct, UnitInfo } from '../data';
import { ocopExpired, ocopLevel, ocopStarScore, valueDuplicate, valueRange, valueReference } from '../findings/catalog';
import type { Finding } from '../findings/finding';
import { periodEnd } from '../metrics/as-of';
import { CommuneMatcher } from '../places/commune-matcher';
import type { OcopRules } from '../rules/schemas';
import { foldUnique } from '../text/fold';

/** Duplicates, references to sheet "Xã", stars against score, expiry and the recognising level. */
export function checkOcop(sheet: string, products: readonly OcopProduct[], matcher: CommuneMatcher | null, info: UnitInfo, rules: OcopRules, findings: Finding[]): void {
  const seen = new Map<string, OcopProduct>();
  const end = periodEnd(info);

  for (const p of products) {
    // Folded names are new strings either way; one map of joined keys, not a map per name.
    const key = `${foldUnique(p.ten)}\u0000${foldUnique(p.chuThe)}`;
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

interface DatedRule {
  stars: number;
  levels: readonly string[];
  /** First and last moments the rule applies to, from its ISO days (UTC). */
  fromMs: number;
  untilMs: number;
}

const DAY_MS = 86_400_000;
const datedRules = new WeakMap<OcopRules, DatedRule[]>();

/** The recognition rules with their days as instants, worked out once: every product is checked against them. */
function rulesByTime(rules: OcopRules): DatedRule[] {
  let dated = datedRules.get(rules);
  if (!dated) {
    dated = rules.recognitionRules.rules.map((r) => ({
      stars: r.stars,
      levels: r.levels,
      fromMs: r.from === undefined ? -Infinity : Date.parse(r.from),
      untilMs: r.until === undefined ? Infinity : Date.parse(r.until) + DAY_MS - 1,
    }));
    datedRules.set(rules, dated);
  }
  return dated;
}

function checkLevel(sheet: string, p: OcopProduct, rules: OcopRules, findings: Finding[]): void {
  const time = p.ngayCongNhan.getTime();
  const applicable = rulesByTime(rules).filter((r) => r.stars === p.soSao && time >= r.fromMs && time <= r.untilMs);
  if (applicable.length === 0 || applicable.some((r) => r.levels.includes(p.capCongNhan!))) return;
  const allowed = new Set(applicable.flatMap((r) => r.levels));
  const abolished = rules.districtAbolished.date;
  const at = { sheet, cell: p.cells.capCongNhan ?? null };
  const source = rules.recognitionRules.source;
  findings.push(
    p.capCongNhan === 'Huyện' && time >= Date.parse(abolished)
      ? ocopLevel.districtAfterAbolition(at, { product: p.ten, recognised: p.ngayCongNhan, abolished: new Date(abolished), source })
      : ocopLevel.notAllowed(at, { product: p.ten, stars: p.soSao, level: p.capCongNhan!, recognised: p.ngayCongNhan, allowed: [...allowed], source }),
  );
}
