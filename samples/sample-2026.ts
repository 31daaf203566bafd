import { Prng, day } from './prng';
import { ILLUSTRATIVE, criteriaCells, type SampleRow, type SampleWorkbook } from './sample-writer';

/**
 * A 2026-2030 province workbook: no district level (ended 01/7/2025), communes in groups 1–3,
 * ten criteria (QĐ 51/2025/QĐ-TTg). Province, communes and figures are illustrative.
 */
const rng = new Prng(51_2026);
const PLAN = 'Kế hoạch số 15/KH-UBND ngày 20/3/2026 (minh họa)';

/** [name, group, criteria met, recognised NTM under the 2026-2030 set in 2026]. */
const COMMUNES: Array<[string, 1 | 2 | 3, number, boolean]> = [
  ['Bình Hòa', 1, 10, true],
  ['Cần Đăng', 2, 10, true],
  ['Vĩnh Hanh', 2, 10, true],
  ['Châu Phong', 1, 10, true],
  ['Phú Tân', 2, 10, true],
  ['Chợ Vàm', 2, 10, true],
  ['Hòa Lạc', 2, 9, false],
  ['Phú An', 2, 9, false],
  ['Mỹ Hội Đông', 2, 8, false],
  ['Nhơn Mỹ', 2, 8, false],
  ['Long Điền', 2, 7, false],
  ['Kiên Lương', 1, 7, false],
  ['Hòn Đất', 2, 6, false],
  ['Sơn Kiên', 2, 6, false],
  ['Giồng Riềng', 2, 5, false],
  ['Long Thạnh', 2, 5, false],
  ['U Minh Thượng', 2, 4, false],
  ['Vĩnh Hòa', 2, 4, false],
  ['An Cư', 3, 3, false],
  ['Ba Chúc', 3, 2, false],
];

function communeRow([ten, nhom, met, recognised]: (typeof COMMUNES)[number]): SampleRow {
  const unmet = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10 - met).sort((a, b) => a - b);
  return {
    'Tên xã': ten,
    'Nhóm xã': nhom,
    'Mức đạt chuẩn': recognised ? 'Đạt chuẩn NTM' : 'Chưa đạt',
    'Năm đạt chuẩn': recognised ? 2026 : undefined,
    ...criteriaCells(10, unmet),
    'Thu nhập bình quân (triệu đồng/người/năm)': rng.decimal(nhom === 3 ? 48 : 62, nhom === 1 ? 95 : 82),
    'Tỷ lệ hộ nghèo đa chiều (%)': rng.decimal(nhom === 3 ? 4 : 0.5, nhom === 3 ? 9 : 3, 2),
    'Tỷ lệ tham gia BHYT (%)': rng.decimal(91, 98),
    'Tỷ lệ lao động qua đào tạo (%)': rng.decimal(65, 85),
    'Dân số': rng.int(18, 45) * 1000 + rng.int(0, 999),
  };
}

// After 01/7/2025 the province recognises 3★ and 4★ products.
const PRODUCTS: SampleRow[] = [
  ['Khô cá lóc', 'HTX Thủy sản Vĩnh Hòa', 'HTX', 'Vĩnh Hòa', 64, 3, day(2025, 9, 12)],
  ['Mật ong rừng tràm', 'HTX Nuôi ong U Minh Thượng', 'HTX', 'U Minh Thượng', 78, 4, day(2025, 11, 3)],
  ['Đường thốt nốt', 'Công ty TNHH Thốt nốt Bảy Núi', 'DN', 'Ba Chúc', 81, 4, day(2025, 12, 18)],
  ['Khô cá tra phồng', 'Tổ hợp tác Khô cá Châu Phong', 'THT', 'Châu Phong', 57, 3, day(2026, 3, 25)],
  ['Mắm cá linh', 'Hộ kinh doanh Lê Thị Hoa', 'Hộ SXKD', 'Chợ Vàm', 61, 3, day(2026, 5, 14)],
  ['Gạo thơm Giồng Riềng', 'HTX Nông nghiệp Giồng Riềng', 'HTX', 'Giồng Riềng', 73, 4, day(2026, 6, 8)],
].map(([ten, chuThe, loaiHinh, xa, diem, soSao, ngay], i) => ({
  'Tên sản phẩm': ten as string,
  'Chủ thể': chuThe as string,
  'Loại hình chủ thể': loaiHinh as string,
  Xã: xa as string,
  'Nhóm sản phẩm': 'Thực phẩm',
  Điểm: diem as number,
  'Số sao': soSao as number,
  'Cấp công nhận': 'Tỉnh',
  'Số quyết định': `${2100 + i * 37}/QĐ-UBND`,
  'Ngày công nhận': ngay as Date,
}));

function target(ma: string, noiDung: string, soSanh: string, giaTri: number, donVi: string, baseline?: number): SampleRow {
  return {
    'Mã chỉ tiêu': ma,
    'Nội dung': noiDung,
    'So sánh': soSanh,
    'Giá trị mục tiêu': giaTri,
    'Đơn vị': donVi,
    Năm: 2030,
    'Năm gốc': baseline === undefined ? undefined : 2025,
    'Giá trị năm gốc': baseline,
    Nguồn: PLAN,
  };
}

const TARGETS: SampleRow[] = [
  target('so_xa_dat_chuan_ntm', 'Đến năm 2030 có ít nhất 14 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí 2026-2030', '≥', 14, 'xã', 0),
  target('ty_le_xa_dat_chuan_ntm', 'Tỷ lệ xã đạt chuẩn nông thôn mới đạt từ 70% trở lên', '≥', 70, '%', 0),
  target('so_xa_duoi_5_tieu_chi', 'Không còn xã đạt dưới 5 tiêu chí', '≤', 0, 'xã', 6),
  target('so_san_pham_ocop', 'Có ít nhất 12 sản phẩm OCOP đạt 3 sao trở lên', '≥', 12, 'sản phẩm', 0),
  target('ty_le_bhyt', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt từ 95% trở lên', '≥', 95, '%', 92),
];

export const MAU_2026: SampleWorkbook = {
  file: 'mau-2026-2030.xlsx',
  period: '2026-2030',
  info: {
    Tỉnh: 'An Giang',
    'Giai đoạn': '2026-2030',
    'Năm báo cáo': 2026,
    'Kỳ báo cáo': 'Năm',
    'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
    'Ký hiệu cơ quan': 'UBND',
    'Địa danh': 'An Giang',
    'Ngày ban hành': day(2026, 12, 15),
    'Quyền hạn ký': 'KT.',
    'Chức vụ người ký': 'PHÓ CHỦ TỊCH',
    'Người ký': 'Lê Văn Cường',
    'Nơi nhận': ['Bộ Nông nghiệp và Môi trường;', 'TT: TU, HĐND tỉnh;', 'UBND các xã, phường, đặc khu;', 'Lưu: VT, SNNMT.'].join('\n'),
    'Căn cứ kế hoạch': `${PLAN} của Ủy ban nhân dân tỉnh`,
  },
  communes: COMMUNES.map(communeRow),
  products: PRODUCTS,
  targets: TARGETS,
  thresholds: [],
  notes: [
    ILLUSTRATIVE,
    'Sổ mẫu giai đoạn 2026-2030 (Bộ tiêu chí theo QĐ 51/2025/QĐ-TTg, 10 tiêu chí, nhóm xã 1, 2, 3; không còn cấp huyện).',
    'Tên tỉnh, tên xã, kế hoạch, chỉ tiêu và mọi số liệu là giả định để minh họa.',
  ],
};
