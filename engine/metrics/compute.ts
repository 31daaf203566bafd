import type { Commune, Metrics, OcopProduct, UnitInfo } from '../data';
import { levelInfo, levelRank } from '../rules/levels';
import { loadRules } from '../rules/load';
import type { CriteriaSet, MetricCode } from '../rules/schemas';
import { CommuneMatcher } from '../places/commune-matcher';
import { districtKey } from '../places/district-key';
import { splitUnitName } from '../places/unit-kind';
import { fold } from '../text/fold';
import { TwoKeyMap } from '../text/two-key-map';
import { levelAsOf, periodEnd, periodStart } from './as-of';

export interface MetricValues {
  values: Metrics;
  /** Metrics with nothing to compute them from (no commune with an income figure, no sheet "Xã"…). */
  missing: Set<MetricCode>;
}

export interface MetricScope {
  /** The xã: the communes of the NTM figures. */
  communes: readonly Commune[];
  /** Phường and thị trấn: places for OCOP products only. */
  otherUnits?: readonly Commune[];
  products: readonly OcopProduct[];
  /** False when the workbook has no readable sheet "Xã": commune counts are then unknown, not zero. */
  hasCommuneSheet: boolean;
  /** False when the workbook has no readable sheet "OCOP": product counts are then unknown, not zero. */
  hasOcopSheet: boolean;
  /**
   * The matcher over `communes` and `otherUnits`, when the caller has one already: a validation
   * matches the same products against the same units for its checks, this year and the year before.
   */
  matcher?: CommuneMatcher;
}

/** A product's place as it names it: district, kind and bare name ("X. Nam Thượng" = "Nam Thượng"). */
function unitPlaceKey(huyen: string | undefined, xa: string): string {
  // Asked for every product by every scope's metrics; a commune's products repeat its spelling.
  let key = placeKeys.get(huyen ?? '', xa);
  if (key === undefined) {
    const { kind, bare } = splitUnitName(xa);
    key = `${districtKey(huyen)}|${kind === 'xa' ? '' : (kind ?? '')}|${fold(bare)}`;
    if (placeKeys.size >= 100_000) placeKeys.clear();
    placeKeys.set(huyen ?? '', xa, key);
  }
  return key;
}

const placeKeys = new TwoKeyMap<string>();

type Indicator = 'thuNhap' | 'tyLeHoNgheo' | 'tyLeBhyt';

/**
 * Metrics that average the communes' indicator columns. A workbook holds this year's figures only,
 * so last year's come from last year's workbook (`--previous`), never from this one.
 */
export const INDICATOR_METRICS: ReadonlyArray<readonly [MetricCode, Indicator]> = [
  ['thu_nhap_binh_quan', 'thuNhap'],
  ['ty_le_ho_ngheo', 'tyLeHoNgheo'],
  ['ty_le_bhyt', 'tyLeBhyt'],
];

/** Mean of an indicator, weighted by Dân số when every commune that has the figure has a population. */
function indicatorMean(communes: readonly Commune[], key: Indicator): number | undefined {
  let sum = 0;
  let weighted = 0;
  let population = 0;
  let count = 0;
  let allWeighted = true;
  for (const c of communes) {
    const value = c[key];
    if (value === undefined) continue;
    count++;
    sum += value;
    if (c.danSo !== undefined && c.danSo > 0) {
      weighted += value * c.danSo;
      population += c.danSo;
    } else {
      allWeighted = false;
    }
  }
  if (count === 0) return undefined;
  return allWeighted && population > 0 ? weighted / population : sum / count;
}

function share(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : 0;
}

function criteriaBandsOfAllPeriods(): CriteriaSet['criteriaBands'] {
  return Object.values(loadRules().criteria).flatMap((set) => set.criteriaBands);
}

/**
 * The OCOP products the figures count: recognised (3★ and above) by the end of the report period.
 * The report splits them further (by subject type) from this same list.
 */
export function countedProducts(products: readonly OcopProduct[], info: Pick<UnitInfo, 'year' | 'reportPeriod'>): OcopProduct[] {
  const minStars = loadRules().ocop.recognisedStars.min;
  const end = periodEnd(info).getTime();
  return products.filter((p) => p.soSao >= minStars && p.ngayCongNhan.getTime() <= end);
}

/** Every metric of SPEC §5 for one scope, as of the report year; unrounded, percentages in percent. */
export function computeMetrics(scope: MetricScope, info: Pick<UnitInfo, 'year' | 'reportPeriod'>): MetricValues {
  const rules = loadRules();
  const { communes, products } = scope;
  const year = info.year;
  const missing = new Set<MetricCode>();
  const values = {} as Metrics;

  let ntm = 0;
  let nangCao = 0;
  let kieuMau = 0;
  let criteriaTotal = 0;
  const inYear = { 'dat-chuan': 0, 'nang-cao': 0, 'kieu-mau': 0 };
  // Every period's bands, whatever the workbook's period: the metric table of §5 is one list.
  const bands = criteriaBandsOfAllPeriods();
  const inBand = bands.map(() => 0);
  // Ranks and year fields looked up once, not per commune: a national sheet has ten thousand.
  const recognised = (['dat-chuan', 'nang-cao', 'kieu-mau'] as const).map((id) => ({ id, rank: levelRank(id), yearField: levelInfo(id).yearField! }));
  const [datChuan, nangCaoRank, kieuMauRank] = recognised.map((r) => r.rank);
  for (const c of communes) {
    const rank = levelRank(levelAsOf(c, year));
    if (rank >= datChuan) ntm++;
    if (rank >= nangCaoRank) nangCao++;
    if (rank >= kieuMauRank) kieuMau++;
    criteriaTotal += c.criteriaMet;
    // "Trong năm công nhận thêm …": the level's recognition year is the report year.
    for (const r of recognised) if (rank >= r.rank && c[r.yearField] === year) inYear[r.id]++;
    for (let b = 0; b < bands.length; b++) if (c.criteriaMet >= bands[b].min && c.criteriaMet <= bands[b].max) inBand[b]++;
  }
  const n = communes.length;
  values.so_xa = n;
  values.so_xa_dat_chuan_ntm = ntm;
  values.ty_le_xa_dat_chuan_ntm = share(ntm, n);
  values.so_xa_ntm_nang_cao = nangCao;
  values.ty_le_xa_ntm_nang_cao = share(nangCao, n);
  values.so_xa_ntm_kieu_mau = kieuMau;
  values.ty_le_xa_ntm_kieu_mau = share(kieuMau, n);
  values.binh_quan_tieu_chi = n > 0 ? criteriaTotal / n : 0;
  values.so_xa_dat_chuan_ntm_trong_nam = inYear['dat-chuan'];
  values.so_xa_ntm_nang_cao_trong_nam = inYear['nang-cao'];
  values.so_xa_ntm_kieu_mau_trong_nam = inYear['kieu-mau'];
  bands.forEach((band, b) => (values[band.metric] = inBand[b]));
  // A metric whose sheets are absent or unreadable is unknown (the metric catalog's `needs`).
  for (const m of rules.metrics.metrics) {
    if (m.needs.some((sheet) => (sheet === 'communes' ? !scope.hasCommuneSheet : !scope.hasOcopSheet))) missing.add(m.code);
  }

  for (const [code, key] of INDICATOR_METRICS) {
    const mean = indicatorMean(communes, key);
    values[code] = mean ?? 0;
    if (mean === undefined) missing.add(code);
  }

  const cooperative = new Set(rules.ocop.cooperativeSubjectTypes);
  let total = 0;
  const byStars = [0, 0, 0, 0, 0, 0];
  let coop = 0;
  const places = new Set<string>();
  const communePlaces = new Set<string>();
  const unitCount = communes.length + (scope.otherUnits?.length ?? 0);
  const matcher = scope.matcher ?? new CommuneMatcher([...communes, ...(scope.otherUnits ?? [])]);
  const withProduct = new Set<Commune>();
  const start = periodStart(info).getTime();
  let recognisedInPeriod = 0;
  for (const p of countedProducts(products, info)) {
    total++;
    byStars[p.soSao]++;
    if (p.loaiHinh && cooperative.has(p.loaiHinh)) coop++;
    if (p.ngayCongNhan.getTime() >= start) recognisedInPeriod++;
    const place = splitUnitName(p.xa);
    const placeKey = unitPlaceKey(p.huyen, p.xa);
    places.add(placeKey);
    if (place.kind === undefined || place.kind === 'xa') communePlaces.add(placeKey);
    for (const c of matcher.matches(p.xa, p.huyen)) withProduct.add(c);
  }
  values.so_san_pham_ocop_trong_nam = recognisedInPeriod;
  values.so_san_pham_ocop = total;
  values.so_san_pham_ocop_3_sao = byStars[3];
  values.so_san_pham_ocop_4_sao = byStars[4];
  values.so_san_pham_ocop_5_sao = byStars[5];
  values.so_san_pham_ocop_htx_tht = coop;
  if (scope.hasCommuneSheet) {
    const communesWithProduct = [...withProduct].filter((c) => c.kind === 'xa').length;
    values.so_xa_co_san_pham_ocop = communesWithProduct;
    values.ty_le_xa_co_san_pham_ocop = share(communesWithProduct, n);
    values.so_don_vi_co_san_pham_ocop = withProduct.size;
    values.ty_le_don_vi_co_san_pham_ocop = share(withProduct.size, unitCount);
  } else {
    // Without sheet "Xã" the places are known only by the products' own Xã and Huyện.
    values.so_xa_co_san_pham_ocop = communePlaces.size;
    values.so_don_vi_co_san_pham_ocop = places.size;
    values.ty_le_don_vi_co_san_pham_ocop = 0;
    values.ty_le_xa_co_san_pham_ocop = 0;
  }
  return { values, missing };
}
