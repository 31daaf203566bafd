import type { CriteriaSet, Period } from '../rules/schemas';
import { loadRules } from '../rules/load';
import { field, type SheetRecord } from './field';
import { LEVEL_ORDER, type CommuneLevel } from '../rules/levels';

/** Sheet names of SPEC §3 and the names they are matched by. */
export const SHEETS = {
  info: { name: 'Thông tin', aliases: ['Thông tin chung', 'TT chung'] },
  communes: { name: 'Xã', aliases: ['Danh sách xã', 'Biểu xã'] },
  ocop: { name: 'OCOP', aliases: ['Sản phẩm OCOP', 'Danh sách sản phẩm OCOP', 'Danh sách OCOP'] },
  targets: { name: 'Chỉ tiêu', aliases: ['Chỉ tiêu kế hoạch', 'Mục tiêu'] },
  thresholds: { name: 'Ngưỡng', aliases: ['Ngưỡng chỉ số'] },
} as const;
export type SheetKey = keyof typeof SHEETS;

export const REPORT_PERIODS = ['Năm', '6 tháng'] as const;
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export const COMPARATORS = ['≥', '≤', '=', '>', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Sheet "Thông tin": keys in column A, values in column B (SPEC §3.1). */
export function infoFields() {
  const rules = loadRules();
  return [
    field({ key: 'tinh', header: 'Tỉnh', aliases: ['Tỉnh/thành phố', 'Tinh'], type: 'text', required: 'always', note: 'Tên tỉnh, ví dụ: Kiên Giang' }),
    field({ key: 'huyen', header: 'Huyện', aliases: ['Huyện/thị xã/thành phố', 'Quận/huyện'], type: 'text', required: 'never', note: 'Để trống nếu là sổ cấp tỉnh' }),
    field({
      key: 'giaiDoan',
      header: 'Giai đoạn',
      aliases: [],
      type: 'enum',
      required: 'never',
      values: ['2021-2025', '2026-2030'],
      valueAliases: { '2021-2025': ['2021 - 2025', '2021–2025'], '2026-2030': ['2026 - 2030', '2026–2030'] },
      note: 'Bỏ trống thì lấy theo năm báo cáo',
    }),
    field({
      key: 'vung',
      header: 'Vùng',
      aliases: ['Vùng kinh tế - xã hội'],
      type: 'enum',
      required: 'period-2021-2025',
      values: rules.criteria['2021-2025'].regions ?? [],
      note: 'Một trong 7 vùng (giai đoạn 2021-2025)',
    }),
    field({ key: 'namBaoCao', header: 'Năm báo cáo', aliases: ['Năm'], type: 'year', required: 'always', min: 2000, max: 2100 }),
    field({
      key: 'kyBaoCao',
      header: 'Kỳ báo cáo',
      aliases: [],
      type: 'enum',
      required: 'never',
      values: REPORT_PERIODS,
      valueAliases: { Năm: ['Cả năm', 'Hằng năm', '12 tháng'], '6 tháng': ['6 tháng đầu năm', 'Sáu tháng'] },
    }),
    field({ key: 'coQuanChuQuan', header: 'Cơ quan chủ quản', aliases: ['Cơ quan cấp trên'], type: 'text', required: 'report', note: 'Ví dụ: UBND TỈNH KIÊN GIANG (bỏ trống nếu không có)' }),
    field({ key: 'coQuanBanHanh', header: 'Cơ quan ban hành', aliases: ['Tên cơ quan ban hành'], type: 'text', required: 'report', note: 'Ví dụ: ỦY BAN NHÂN DÂN HUYỆN U MINH THƯỢNG' }),
    field({ key: 'kyHieuCoQuan', header: 'Ký hiệu cơ quan', aliases: ['Viết tắt cơ quan'], type: 'text', required: 'report', note: 'Ví dụ: UBND (dùng trong "Số: …/BC-UBND")' }),
    field({ key: 'soVanBan', header: 'Số văn bản', aliases: ['Số'], type: 'text', required: 'never', note: 'Có thể để trống để ghi tay khi ký' }),
    field({ key: 'diaDanh', header: 'Địa danh', aliases: [], type: 'text', required: 'report', note: 'Ví dụ: U Minh Thượng' }),
    field({ key: 'ngayBanHanh', header: 'Ngày ban hành', aliases: ['Ngày'], type: 'date', required: 'never' }),
    // As typed: the bare prefix, or the whole line as it stands above the signature (SPEC §3.1).
    field({ key: 'quyenHanKy', header: 'Quyền hạn ký', aliases: ['Quyền hạn'], type: 'text', required: 'never', note: 'TM., KT., Q., TL., TUQ. hoặc cả dòng, ví dụ "KT. CHỦ TỊCH"' }),
    field({ key: 'chucVuNguoiKy', header: 'Chức vụ người ký', aliases: ['Chức vụ'], type: 'text', required: 'report', note: 'Ví dụ: PHÓ CHỦ TỊCH' }),
    field({ key: 'nguoiKy', header: 'Người ký', aliases: ['Họ tên người ký'], type: 'text', required: 'report' }),
    field({ key: 'kinhGui', header: 'Kính gửi', aliases: ['Nơi gửi'], type: 'multiline', required: 'never', note: 'Cơ quan nhận báo cáo, mỗi nơi một dòng (Alt+Enter); để trống nếu không ghi' }),
    field({ key: 'noiNhan', header: 'Nơi nhận', aliases: [], type: 'multiline', required: 'report', note: 'Mỗi nơi nhận một dòng (Alt+Enter)' }),
    field({
      key: 'canCuKeHoach',
      header: 'Căn cứ kế hoạch',
      aliases: ['Kế hoạch', 'Căn cứ'],
      type: 'text',
      required: 'report',
      note: 'Ví dụ: Kế hoạch số 39-KH/HU ngày 14/9/2021 của Huyện ủy U Minh Thượng',
    }),
  ];
}
export type InfoRecord = SheetRecord<ReturnType<typeof infoFields>>;

/** The key of criterion n's column in a commune record. */
export function criterionKey(n: number): `tc${number}` {
  return `tc${n}`;
}

/** Group cells that stand over bare criterion numbers in a two-row header (SPEC §3). */
const CRITERIA_GROUPS = ['Tiêu chí', 'TC', 'Bộ tiêu chí'];

export function criterionFields(set: CriteriaSet) {
  return set.criteria.map((c) =>
    field({
      under: {
        groups: [...CRITERIA_GROUPS, ...set.groups.filter((g) => g.criteria.includes(c.number)).map((g) => g.name)],
        labels: [String(c.number), `TC${c.number}`],
      },
      key: criterionKey(c.number),
      header: `TC${c.number}`,
      aliases: [`Tiêu chí ${c.number}`, `TC ${c.number}`, `${c.number}. ${c.name}`, c.name, `TC${c.number}. ${c.name}`, ...c.aliases],
      type: 'mark',
      required: 'always',
      width: 6,
      note: `Tiêu chí ${c.number}: ${c.name}. Đạt: "Đạt" hoặc "x"; chưa đạt: để trống`,
    }),
  );
}

/** The canonical level names, in ascending order, and the spellings that fold onto each (rules/levels.json). */
function levelValues(levels: readonly CommuneLevel[]): { values: string[]; valueAliases: Record<string, readonly string[]> } {
  const byId = loadRules().levelById;
  const valueAliases: Record<string, readonly string[]> = {};
  for (const id of levels) valueAliases[byId.get(id)!.name] = byId.get(id)!.aliases;
  return { values: levels.map((id) => byId.get(id)!.name), valueAliases };
}

export const LEVEL_VALUES = levelValues(LEVEL_ORDER).values;

/** Commune groups of a period that has them (2026-2030), as the strings a cell holds: "1", "2", "3". */
export function communeGroupValues(period: Period = '2026-2030'): string[] {
  return (loadRules().criteria[period].communeGroups ?? []).map((g) => String(g.group));
}

/** Group cells over the year columns of each level ("Năm đạt chuẩn" over "Nâng cao"). */
const YEAR_GROUPS = ['Năm đạt chuẩn', 'Năm đạt', 'Năm công nhận', 'Năm được công nhận', 'Thời điểm đạt chuẩn'];

function levelYearLabels(level: CommuneLevel): { groups: readonly string[]; labels: readonly string[] } {
  const info = loadRules().levelById.get(level)!;
  return { groups: YEAR_GROUPS, labels: [info.name, ...info.aliases] };
}

/** Sheet "Xã" (SPEC §3.2) for a period. */
export function communeFields(period: Period) {
  const set = loadRules().criteria[period];
  const levels = levelValues(LEVEL_ORDER);
  const groups = communeGroupValues();
  return [
    field({ key: 'ten', header: 'Tên xã', aliases: ['Xã', 'Đơn vị', 'Tên đơn vị'], type: 'text', required: 'always', width: 22 }),
    field({ key: 'huyen', header: 'Huyện', aliases: ['Quận/huyện', 'Huyện/thị xã/thành phố'], type: 'text', required: 'province-2021-2025', width: 18 }),
    field({
      key: 'loaiDonVi',
      header: 'Loại đơn vị',
      aliases: ['Xã/phường/thị trấn', 'Loại đơn vị hành chính'],
      type: 'enum',
      required: 'never',
      values: ['Xã', 'Phường', 'Thị trấn'],
      valueAliases: { Xã: ['X', 'X.'], Phường: ['P', 'P.'], 'Thị trấn': ['TT', 'TT.'] },
      width: 10,
      note: 'Bỏ trống là xã; phường, thị trấn không tính vào số xã theo tiêu chí NTM',
    }),
    field({
      key: 'nhom',
      header: 'Nhóm xã',
      aliases: ['Nhóm'],
      type: 'enum',
      required: 'period-2026-2030',
      values: groups,
      valueAliases: Object.fromEntries(groups.map((g) => [g, [`Nhóm ${g}`]])),
      width: 9,
    }),
    field({
      key: 'mucDatChuan',
      header: 'Mức đạt chuẩn',
      aliases: ['Xếp loại', 'Mức NTM', 'Mức đạt'],
      type: 'enum',
      required: 'always',
      values: levels.values,
      valueAliases: levels.valueAliases,
      width: 16,
    }),
    field({ key: 'namDatChuan', header: 'Năm đạt chuẩn', aliases: ['Năm đạt chuẩn NTM'], type: 'year', required: 'never', min: 2000, max: 2100, width: 10, under: levelYearLabels('dat-chuan') }),
    field({ key: 'namNangCao', header: 'Năm đạt nâng cao', aliases: ['Năm đạt NTM nâng cao'], type: 'year', required: 'never', min: 2000, max: 2100, width: 10, under: levelYearLabels('nang-cao') }),
    field({ key: 'namKieuMau', header: 'Năm đạt kiểu mẫu', aliases: ['Năm đạt NTM kiểu mẫu'], type: 'year', required: 'never', min: 2000, max: 2100, width: 10, under: levelYearLabels('kieu-mau') }),
    ...criterionFields(set),
    field({ key: 'soTieuChiDat', header: 'Số tiêu chí đạt', aliases: ['Tổng số tiêu chí đạt', 'Số TC đạt'], type: 'integer', required: 'never', min: 0, max: set.criteria.length, width: 9 }),
    field({
      key: 'thuNhap',
      header: 'Thu nhập bình quân (triệu đồng/người/năm)',
      aliases: ['Thu nhập bình quân', 'Thu nhập bình quân đầu người'],
      type: 'number',
      required: 'never',
      min: 0,
      width: 14,
    }),
    field({ key: 'tyLeHoNgheo', header: 'Tỷ lệ hộ nghèo đa chiều (%)', aliases: ['Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo đa chiều'], type: 'percent', required: 'never', min: 0, max: 100, width: 12 }),
    field({
      key: 'tyLeBhyt',
      header: 'Tỷ lệ tham gia BHYT (%)',
      aliases: ['Tỷ lệ BHYT', 'Tỷ lệ tham gia BHYT', 'Tỷ lệ tham gia bảo hiểm y tế'],
      type: 'percent',
      required: 'never',
      min: 0,
      max: 100,
      width: 12,
    }),
    field({
      key: 'tyLeLaoDongDaoTao',
      header: 'Tỷ lệ lao động qua đào tạo (%)',
      aliases: ['Tỷ lệ lao động qua đào tạo', 'Lao động qua đào tạo'],
      type: 'percent',
      required: 'never',
      min: 0,
      max: 100,
      width: 12,
    }),
    field({ key: 'danSo', header: 'Dân số', aliases: ['Dân số (người)', 'Số dân'], type: 'integer', required: 'never', min: 0, width: 10 }),
  ];
}
export type CommuneRecord = SheetRecord<ReturnType<typeof communeFields>>;

/** Group cells over the decision's number and date ("Quyết định công nhận" over "Số", "Ngày"). */
const DECISION_GROUPS = ['Quyết định công nhận', 'Quyết định', 'QĐ công nhận', 'QĐ', 'Giấy chứng nhận'];
const VALIDITY_GROUPS = ['Thời hạn', 'Hiệu lực', 'Thời hạn hiệu lực', 'Thời hạn giấy chứng nhận'];

/** Sheet "OCOP" (SPEC §3.3). */
export function ocopFields() {
  const ocop = loadRules().ocop;
  const subjectAliases: Record<string, readonly string[]> = {};
  for (const s of ocop.subjectTypes) subjectAliases[s.code] = s.aliases;
  const levelAliases: Record<string, readonly string[]> = {};
  for (const l of ocop.levels) levelAliases[l.name] = l.aliases;
  return [
    field({ key: 'ten', header: 'Tên sản phẩm', aliases: ['Sản phẩm'], type: 'text', required: 'always', width: 28 }),
    field({ key: 'chuThe', header: 'Chủ thể', aliases: ['Tên chủ thể', 'Chủ thể sản xuất'], type: 'text', required: 'always', width: 26 }),
    field({
      key: 'loaiHinh',
      header: 'Loại hình chủ thể',
      aliases: ['Loại hình'],
      type: 'enum',
      required: 'never',
      values: ocop.subjectTypes.map((s) => s.code),
      valueAliases: subjectAliases,
      width: 12,
    }),
    field({ key: 'xa', header: 'Xã', aliases: ['Tên xã', 'Địa bàn'], type: 'text', required: 'always', width: 18 }),
    field({ key: 'huyen', header: 'Huyện', aliases: ['Quận/huyện'], type: 'text', required: 'province-2021-2025', width: 16 }),
    field({
      key: 'nhomSanPham',
      header: 'Nhóm sản phẩm',
      aliases: ['Nhóm'],
      type: 'enum',
      required: 'never',
      values: ocop.productGroups.groups,
      valueAliases: ocop.productGroups.aliases ?? {},
      width: 22,
    }),
    field({ key: 'diem', header: 'Điểm', aliases: ['Điểm đánh giá', 'Tổng điểm'], type: 'number', required: 'never', min: 0, max: 100, width: 8 }),
    field({
      key: 'soSao',
      header: 'Số sao',
      aliases: ['Hạng sao', 'Sao', 'Xếp hạng'],
      type: 'integer',
      required: 'always',
      min: ocop.recognisedStars.min,
      max: ocop.recognisedStars.max,
      width: 8,
      form: 'stars',
    }),
    field({
      key: 'capCongNhan',
      header: 'Cấp công nhận',
      aliases: ['Cấp'],
      type: 'enum',
      required: 'never',
      values: ocop.levels.map((l) => l.name),
      valueAliases: levelAliases,
      width: 13,
      form: 'prefix',
    }),
    field({
      key: 'soQuyetDinh',
      header: 'Số quyết định',
      aliases: ['Quyết định công nhận', 'Số QĐ'],
      type: 'text',
      required: 'never',
      width: 18,
      under: { groups: DECISION_GROUPS, labels: ['Số', 'Số QĐ', 'Số quyết định', 'Số hiệu'] },
    }),
    field({
      key: 'ngayCongNhan',
      header: 'Ngày công nhận',
      aliases: ['Ngày quyết định'],
      type: 'date',
      required: 'always',
      width: 13,
      under: { groups: [...DECISION_GROUPS, ...VALIDITY_GROUPS], labels: ['Ngày', 'Ngày ký', 'Ngày QĐ', 'Ngày ban hành', 'Ngày tháng năm', 'Từ ngày', 'Ngày cấp'] },
    }),
    field({
      key: 'ngayHetHan',
      header: 'Ngày hết hạn',
      aliases: ['Hết hạn', 'Ngày hết hiệu lực'],
      type: 'date',
      required: 'never',
      width: 13,
      under: { groups: VALIDITY_GROUPS, labels: ['Đến ngày', 'Hết hạn', 'Ngày hết hạn'] },
      note: 'Bỏ trống: ngày công nhận + 36 tháng',
    }),
  ];
}
export type OcopRecord = SheetRecord<ReturnType<typeof ocopFields>>;

/**
 * Sheet "Chỉ tiêu" (SPEC §3.4). The blank workbook offers the codes as a list; the reader takes the
 * code as text (`codeType` 'text') so that an unknown code is a target-invalid, not a value-enum.
 */
const PLAN_GROUPS = ['Mục tiêu', 'Kế hoạch', 'Chỉ tiêu kế hoạch', 'Chỉ tiêu giao'];
const BASELINE_GROUPS = ['Năm gốc', 'Kỳ gốc', 'Gốc'];
const ACTUAL_GROUPS = ['Thực hiện', 'Kết quả thực hiện', 'Kết quả'];

export function targetFields(codeType: 'enum' | 'text' = 'enum') {
  const metricCodes = loadRules().metrics.metrics.map((m) => m.code as string);
  return [
    field({ key: 'ma', header: 'Mã chỉ tiêu', aliases: ['Mã'], type: codeType, required: 'always', values: [...metricCodes, 'khac'], width: 26 }),
    field({ key: 'noiDung', header: 'Nội dung', aliases: ['Chỉ tiêu', 'Nội dung chỉ tiêu'], type: 'text', required: 'always', width: 40 }),
    field({ key: 'phamVi', header: 'Phạm vi', aliases: [], type: 'text', required: 'never', width: 14, note: 'Trống: toàn đơn vị; tên huyện; "mỗi huyện"; "mỗi xã"' }),
    field({
      key: 'soSanh',
      header: 'So sánh',
      aliases: ['Phép so sánh'],
      type: 'enum',
      required: 'never',
      values: COMPARATORS,
      valueAliases: { '≥': ['>=', 'trở lên', 'tối thiểu', 'ít nhất', 'từ'], '≤': ['<=', 'tối đa', 'không quá', 'dưới hoặc bằng'], '=': ['bằng'], '>': ['trên', 'hơn'], '<': ['dưới'] },
      width: 9,
    }),
    field({
      key: 'giaTriMucTieu',
      header: 'Giá trị mục tiêu',
      aliases: ['Mục tiêu', 'Chỉ tiêu kế hoạch'],
      type: 'number',
      required: 'always',
      width: 12,
      under: { groups: PLAN_GROUPS, labels: ['Giá trị', 'Số lượng', 'Chỉ tiêu'] },
    }),
    field({ key: 'donVi', header: 'Đơn vị', aliases: ['Đơn vị tính', 'ĐVT'], type: 'text', required: 'never', width: 10 }),
    field({
      key: 'nam',
      header: 'Năm',
      aliases: ['Năm hoàn thành', 'Thời hạn'],
      type: 'year',
      required: 'always',
      min: 2000,
      max: 2100,
      width: 8,
      under: { groups: PLAN_GROUPS, labels: ['Năm', 'Đến năm', 'Thời hạn'] },
    }),
    field({
      key: 'giaTriThucHien',
      header: 'Giá trị thực hiện',
      aliases: ['Thực hiện', 'Kết quả thực hiện'],
      type: 'number',
      required: 'never',
      width: 12,
      under: { groups: ACTUAL_GROUPS, labels: ['Giá trị', 'Số lượng', 'Kết quả'] },
    }),
    field({ key: 'namGoc', header: 'Năm gốc', aliases: [], type: 'year', required: 'never', min: 2000, max: 2100, width: 8, under: { groups: BASELINE_GROUPS, labels: ['Năm'] } }),
    field({
      key: 'giaTriNamGoc',
      header: 'Giá trị năm gốc',
      aliases: ['Giá trị gốc'],
      type: 'number',
      required: 'never',
      width: 12,
      under: { groups: BASELINE_GROUPS, labels: ['Giá trị', 'Số lượng'] },
    }),
    field({ key: 'nguon', header: 'Nguồn', aliases: ['Căn cứ'], type: 'text', required: 'never', width: 34 }),
  ];
}
export type TargetRecord = SheetRecord<ReturnType<typeof targetFields>>;

/** Sheet "Ngưỡng" (SPEC §3.5). */
export function thresholdFields() {
  const indicators = loadRules().indicators.indicators.map((i) => i.code);
  const recognisedLevels = levelValues(LEVEL_ORDER.filter((l) => l !== 'chua-dat'));
  return [
    field({ key: 'maChiSo', header: 'Mã chỉ số', aliases: ['Chỉ số'], type: 'enum', required: 'always', values: indicators, width: 26 }),
    field({ key: 'muc', header: 'Mức', aliases: [], type: 'enum', required: 'always', ...recognisedLevels, width: 16 }),
    field({ key: 'vungNhom', header: 'Vùng hoặc Nhóm', aliases: ['Vùng', 'Nhóm', 'Vùng/Nhóm', 'Nhóm xã'], type: 'text', required: 'never', width: 30 }),
    field({ key: 'nam', header: 'Năm', aliases: [], type: 'year', required: 'always', min: 2000, max: 2100, width: 8 }),
    field({ key: 'giaTri', header: 'Giá trị', aliases: ['Ngưỡng'], type: 'number', required: 'always', width: 10 }),
    field({ key: 'nguon', header: 'Nguồn', aliases: ['Căn cứ'], type: 'text', required: 'never', width: 40 }),
  ];
}
export type ThresholdRecord = SheetRecord<ReturnType<typeof thresholdFields>>;
