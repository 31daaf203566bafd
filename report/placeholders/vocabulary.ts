import { loadRules } from '../../engine';

/**
 * The placeholder vocabulary of report templates: one list shared by the filler, check-template
 * and the tests that keep templates/README.md complete.
 *
 * - scalar: {{name}} becomes a short text in the run that holds it (the run's formatting stays);
 * - optional line: a scalar whose paragraph is removed when the value is empty (Kính gửi…);
 * - row: {{#list.field}} inside a table row; the row is repeated once per item of the list;
 * - block: a paragraph holding only {{name}} is replaced by generated tables or paragraphs.
 */
export type PlaceholderKind = 'scalar' | 'row' | 'block';

export interface PlaceholderInfo {
  name: string;
  kind: PlaceholderKind;
  /** Remove the whole paragraph when the value is empty. */
  optionalLine?: boolean;
  description: string;
}

const SCALARS: PlaceholderInfo[] = [
  { name: 'co_quan_chu_quan', kind: 'scalar', optionalLine: true, description: 'Tên cơ quan chủ quản, in hoa' },
  { name: 'co_quan_ban_hanh', kind: 'scalar', description: 'Tên cơ quan ban hành, in hoa' },
  { name: 'ky_hieu_co_quan', kind: 'scalar', description: 'Ký hiệu cơ quan trong số văn bản' },
  { name: 'so_van_ban', kind: 'scalar', description: 'Số văn bản; để trống thì chừa chỗ ghi tay' },
  { name: 'dia_danh', kind: 'scalar', description: 'Địa danh ở dòng ngày tháng' },
  { name: 'ngay_ban_hanh', kind: 'scalar', description: 'Ngày ban hành theo Nghị định 30; để trống thì chừa chỗ ghi tay' },
  { name: 'nam_bao_cao', kind: 'scalar', description: 'Năm báo cáo' },
  { name: 'ky_bao_cao', kind: 'scalar', description: 'Kỳ báo cáo: "năm 2024" hoặc "6 tháng đầu năm 2024"' },
  { name: 'can_cu_ke_hoach', kind: 'scalar', description: 'Kế hoạch làm căn cứ báo cáo' },
  { name: 'kinh_gui', kind: 'scalar', optionalLine: true, description: 'Cơ quan nhận báo cáo (dòng "Kính gửi" mất đi khi để trống)' },
  { name: 'ten_don_vi', kind: 'scalar', description: 'Đơn vị (địa bàn) báo cáo nói về: "huyện U Minh Thượng"' },
  { name: 'toan_don_vi', kind: 'scalar', description: '"Toàn huyện", "Toàn tỉnh"; báo cáo của tỉnh về một huyện: "Trên địa bàn huyện …"' },
  { name: 'tren_dia_ban', kind: 'scalar', description: 'Báo cáo của tỉnh về một huyện (--by huyen): "trên địa bàn huyện …"; các báo cáo khác: trống' },
  { name: 'co_quan_bao_cao', kind: 'scalar', description: 'Cơ quan ban hành báo cáo, viết thường: "UBND huyện U Minh Thượng"' },
  { name: 'giai_doan', kind: 'scalar', description: 'Giai đoạn: "2021-2025"' },
  { name: 'bo_tieu_chi', kind: 'scalar', description: 'Tên Bộ tiêu chí áp dụng' },
  { name: 'so_tieu_chi', kind: 'scalar', description: 'Số tiêu chí của Bộ tiêu chí: 19 hoặc 10' },
  { name: 'quyen_han_ky', kind: 'scalar', optionalLine: true, description: 'Dòng quyền hạn ký: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"' },
  { name: 'chuc_vu_nguoi_ky', kind: 'scalar', description: 'Chức vụ người ký, in hoa' },
  { name: 'nguoi_ky', kind: 'scalar', description: 'Họ tên người ký' },
  { name: 'doan_ntm', kind: 'scalar', description: 'Đoạn văn kết quả xây dựng nông thôn mới' },
  { name: 'doan_muc_tieu_chi', kind: 'scalar', optionalLine: true, description: 'Đoạn văn số xã theo mức đạt tiêu chí' },
  { name: 'doan_thu_nhap', kind: 'scalar', optionalLine: true, description: 'Đoạn văn thu nhập, hộ nghèo, BHYT (mất đi khi sổ không có số liệu)' },
  { name: 'doan_ocop', kind: 'scalar', description: 'Đoạn văn kết quả OCOP' },
  { name: 'doan_chi_tieu', kind: 'scalar', description: 'Đoạn văn tổng hợp đánh giá các chỉ tiêu' },
];

/** Lists: their items fill repeated table rows ({{#list.field}}) and {{#moi list}} loops. */
const LISTS: Record<string, string> = {
  muc_tieu: 'Các chỉ tiêu ở sheet "Chỉ tiêu"',
  xa: 'Các xã ở sheet "Xã"',
  san_pham: 'Các sản phẩm OCOP từ 3 sao trở lên đã công nhận đến hết kỳ báo cáo',
  san_pham_trong_nam: 'Các sản phẩm OCOP từ 3 sao trở lên được công nhận trong kỳ báo cáo',
  san_pham_het_han: 'Các sản phẩm OCOP hết hạn chứng nhận trong 6 tháng tới',
  huyen: 'Các huyện của báo cáo cấp tỉnh (báo cáo một huyện thì trống)',
};

const PRODUCT_FIELDS: Array<[string, string]> = [
  ['stt', 'Số thứ tự'],
  ['ten', 'Tên sản phẩm'],
  ['chu_the', 'Chủ thể'],
  ['loai_hinh', 'Loại hình chủ thể'],
  ['xa', 'Xã'],
  ['huyen', 'Huyện'],
  ['so_sao', 'Số sao'],
  ['diem', 'Điểm'],
  ['cap_cong_nhan', 'Cấp công nhận'],
  ['so_quyet_dinh', 'Số quyết định công nhận'],
  ['ngay_cong_nhan', 'Ngày công nhận'],
  ['ngay_het_han', 'Ngày hết hạn'],
];

const ROWS: Record<string, Array<[string, string]>> = {
  muc_tieu: [
    ['stt', 'Số thứ tự'],
    ['noi_dung', 'Nội dung chỉ tiêu'],
    ['pham_vi', 'Phạm vi'],
    ['muc_tieu', 'Giá trị mục tiêu kèm phép so sánh: "≥ 80%"'],
    ['thuc_hien', 'Giá trị thực hiện'],
    ['ty_le_hoan_thanh', 'Tỷ lệ hoàn thành so với mục tiêu'],
    ['danh_gia', 'Đạt / Chưa đạt / Chậm tiến độ / Đúng tiến độ / Không đánh giá được'],
    ['nam', 'Năm phải hoàn thành'],
    ['don_vi', 'Đơn vị tính'],
    ['nguon', 'Văn bản giao chỉ tiêu'],
  ],
  xa: [
    ['stt', 'Số thứ tự'],
    ['ten', 'Tên xã'],
    ['huyen', 'Huyện'],
    ['so_tieu_chi', 'Số tiêu chí đạt'],
    ['muc_dat_chuan', 'Mức đạt chuẩn'],
    ['tieu_chi_chua_dat', 'Các tiêu chí chưa đạt'],
  ],
  san_pham: PRODUCT_FIELDS,
  san_pham_trong_nam: PRODUCT_FIELDS,
  san_pham_het_han: PRODUCT_FIELDS,
  huyen: [
    ['stt', 'Số thứ tự'],
    ['ten', 'Tên huyện'],
    ['so_xa', 'Số xã'],
    ['so_xa_dat_chuan_ntm', 'Số xã đạt chuẩn nông thôn mới'],
    ['ty_le_xa_dat_chuan_ntm', 'Tỷ lệ xã đạt chuẩn nông thôn mới'],
    ['so_xa_ntm_nang_cao', 'Số xã đạt chuẩn NTM nâng cao'],
    ['binh_quan_tieu_chi', 'Bình quân tiêu chí/xã'],
    ['so_san_pham_ocop', 'Số sản phẩm OCOP từ 3 sao trở lên'],
  ],
};

const BLOCKS: PlaceholderInfo[] = [
  { name: 'bang_ntm', kind: 'block', description: 'Bảng kết quả nông thôn mới' },
  { name: 'bang_huyen', kind: 'block', description: 'Bảng kết quả theo huyện của báo cáo cấp tỉnh (báo cáo một huyện thì không có)' },
  { name: 'bang_ocop', kind: 'block', description: 'Bảng sản phẩm OCOP theo số sao và loại hình chủ thể' },
  { name: 'ds_ocop_trong_nam', kind: 'block', description: 'Các sản phẩm OCOP được công nhận trong kỳ báo cáo, từng sản phẩm' },
  { name: 'ds_ocop_het_han', kind: 'block', description: 'Các sản phẩm OCOP đã hết hạn hoặc hết hạn chứng nhận trong 6 tháng tới, từng sản phẩm' },
  { name: 'bang_chi_tieu', kind: 'block', description: 'Bảng đầy đủ các chỉ tiêu (thay cho bảng dòng lặp {{#muc_tieu…}})' },
  { name: 'ds_ton_tai', kind: 'block', description: 'Danh sách chỉ tiêu chưa đạt, chậm tiến độ và các xã còn nhiều tiêu chí chưa đạt' },
  { name: 'ds_chi_tieu_chua_dat', kind: 'block', description: 'Chỉ riêng các chỉ tiêu chưa đạt, chậm tiến độ' },
  { name: 'ds_xa_thap_nhat', kind: 'block', description: 'Chỉ riêng các xã đạt ít tiêu chí nhất' },
  { name: 'ds_noi_nhan', kind: 'block', description: 'Danh sách nơi nhận, dòng cuối "- Lưu: VT, …."' },
  { name: 'phu_luc_ma_tran', kind: 'block', description: 'Bảng tiêu chí theo xã của phụ lục' },
  { name: 'phu_luc_ocop', kind: 'block', description: 'Bảng danh sách sản phẩm OCOP của phụ lục' },
];

/** Metric figures, named by their SPEC §5 code: {{ty_le_xa_dat_chuan_ntm}} → "66,7%". */
function metricPlaceholders(): PlaceholderInfo[] {
  return loadRules().metrics.metrics.map((m) => ({ name: m.code, kind: 'scalar' as const, description: `${m.label} (${m.unit})` }));
}

let cached: Map<string, PlaceholderInfo> | undefined;

/** Every known placeholder, keyed by the text between the braces ("so_xa", "#muc_tieu.stt"). */
export function placeholderVocabulary(): ReadonlyMap<string, PlaceholderInfo> {
  if (cached) return cached;
  const all: PlaceholderInfo[] = [...SCALARS, ...metricPlaceholders(), ...BLOCKS];
  for (const [list, fields] of Object.entries(ROWS)) {
    for (const [field, description] of fields) all.push({ name: `#${list}.${field}`, kind: 'row', description });
  }
  cached = new Map(all.map((p) => [p.name, p]));
  return cached;
}

/** Every list a template may loop over or repeat rows of, with what it holds. */
export function placeholderLists(): ReadonlyMap<string, string> {
  return new Map(Object.entries(LISTS));
}
