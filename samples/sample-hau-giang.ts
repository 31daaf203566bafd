import { Prng, day } from './prng';
import { ILLUSTRATIVE, criteriaCells, type SampleRow, type SampleWorkbook } from './sample-writer';

/**
 * Province workbook after Kế hoạch số 19/KH-BCĐ ngày 27/4/2022 of Hậu Giang (seeds/001): the
 * communes the plan names keep their names and their planned level; the rest is illustrative.
 * The data meet every province-wide target of the plan for 2022, while two cities miss the
 * "mỗi huyện ít nhất 5 sản phẩm OCOP" target.
 */
const PLAN = 'Kế hoạch số 19/KH-BCĐ ngày 27/4/2022';
const rng = new Prng(19_2022);

const DISTRICTS: Record<string, string[]> = {
  'Châu Thành': ['Đông Thạnh', 'Đông Phú', 'Phú Hữu', 'Phú Tân', 'Đông Phước', 'Đông Phước A'],
  'Châu Thành A': ['Nhơn Nghĩa A', 'Thạnh Xuân', 'Tân Hòa', 'Trường Long Tây', 'Trường Long A', 'Tân Phú Thạnh'],
  'Phụng Hiệp': ['Hiệp Hưng', 'Phương Phú', 'Tân Bình', 'Thạnh Hòa', 'Hòa An', 'Hòa Mỹ', 'Phụng Hiệp', 'Tân Long', 'Long Thạnh', 'Phương Bình', 'Tân Phước Hưng'],
  'Vị Thủy': ['Vị Bình', 'Vị Thanh', 'Vị Thắng', 'Vị Trung', 'Vị Thủy', 'Vị Đông', 'Vĩnh Thuận Tây', 'Vĩnh Trung', 'Vĩnh Tường'],
  'Long Mỹ': ['Thuận Hưng', 'Thuận Hòa', 'Lương Tâm', 'Lương Nghĩa', 'Xà Phiên', 'Vĩnh Thuận Đông', 'Vĩnh Viễn', 'Vĩnh Viễn A'],
  'Thị xã Long Mỹ': ['Long Trị', 'Long Trị A', 'Long Phú', 'Tân Phú', 'Long Bình'],
  'Thành phố Vị Thanh': ['Vị Tân', 'Hỏa Lựu', 'Hỏa Tiến', 'Tân Tiến'],
  'Thành phố Ngã Bảy': ['Đại Thành', 'Tân Thành'],
};

/** Communes below NTM at the end of 2022, with the number of criteria they meet. */
const NOT_YET: Record<string, number> = {
  'Phú Tân': 18,
  'Vị Bình': 18,
  'Xà Phiên': 14,
  'Tân Long': 16,
  'Hòa Mỹ': 16,
  'Phương Bình': 16,
  'Lương Nghĩa': 16,
  'Vĩnh Trung': 16,
  'Long Bình': 16,
  'Trường Long A': 16,
  'Phụng Hiệp': 15,
  'Vĩnh Viễn A': 15,
  'Vị Đông': 15,
};
/** NTM in 2022, as the plan set out. */
const NEW_NTM_2022 = ['Phú Hữu', 'Tân Phú', 'Hiệp Hưng'];
/** NTM nâng cao and the year: four in 2022 as planned, five before. */
const NANG_CAO: Record<string, number> = {
  'Long Trị A': 2022,
  'Thuận Hưng': 2022,
  'Vị Tân': 2022,
  'Nhơn Nghĩa A': 2022,
  'Thạnh Xuân': 2020,
  'Hỏa Lựu': 2020,
  'Tân Phú Thạnh': 2021,
  'Đông Thạnh': 2021,
  'Tân Thành': 2021,
};
const KIEU_MAU: Record<string, number> = { 'Thạnh Xuân': 2022 };
/** Criteria that lagging communes usually miss. */
const HARD_CRITERIA = [2, 6, 10, 11, 13, 15, 17, 12, 5, 9];

function communeRow(ten: string, huyen: string): SampleRow {
  const met = NOT_YET[ten];
  let level = 'Đạt chuẩn NTM';
  let namDatChuan: number | undefined = NEW_NTM_2022.includes(ten) ? 2022 : rng.int(2013, 2021);
  const namNangCao = NANG_CAO[ten];
  const namKieuMau = KIEU_MAU[ten];
  if (namNangCao !== undefined) {
    level = 'NTM nâng cao';
    namDatChuan = Math.min(namDatChuan, namNangCao - rng.int(2, 4));
  }
  if (namKieuMau !== undefined) level = 'NTM kiểu mẫu';
  const unmet = met === undefined ? [] : rng.sample(HARD_CRITERIA, 19 - met).sort((a, b) => a - b);
  if (met !== undefined) {
    level = 'Chưa đạt';
    namDatChuan = undefined;
  }
  return {
    'Tên xã': ten,
    Huyện: huyen,
    'Mức đạt chuẩn': level,
    'Năm đạt chuẩn': namDatChuan,
    'Năm đạt nâng cao': namNangCao,
    'Năm đạt kiểu mẫu': namKieuMau,
    // This workbook marks criteria with "x" and leaves unmet ones blank, as many offices do.
    ...criteriaCells(19, unmet, 'x', undefined),
    'Thu nhập bình quân (triệu đồng/người/năm)': rng.decimal(met === undefined ? 50 : 42, met === undefined ? 66 : 52),
    'Tỷ lệ hộ nghèo đa chiều (%)': rng.decimal(met === undefined ? 0.8 : 3.5, met === undefined ? 3.2 : 6.5, 2),
    'Tỷ lệ tham gia BHYT (%)': rng.decimal(88, 97),
    'Tỷ lệ lao động qua đào tạo (%)': rng.decimal(62, 80),
    'Dân số': rng.int(7, 25) * 1000 + rng.int(0, 999),
  };
}

/** Products per district: the two cities stay under five. */
const PRODUCTS_PER_DISTRICT: Record<string, number> = {
  'Châu Thành': 8,
  'Châu Thành A': 8,
  'Phụng Hiệp': 9,
  'Vị Thủy': 7,
  'Long Mỹ': 6,
  'Thị xã Long Mỹ': 5,
  'Thành phố Vị Thanh': 4,
  'Thành phố Ngã Bảy': 3,
};

const PRODUCT_NAMES: Array<[string, string]> = [
  ['Khóm Cầu Đúc', 'Thực phẩm'],
  ['Bưởi Năm Roi', 'Thực phẩm'],
  ['Chanh không hạt', 'Thực phẩm'],
  ['Mít Thái', 'Thực phẩm'],
  ['Khô cá lóc', 'Thực phẩm'],
  ['Trà mãng cầu', 'Đồ uống'],
  ['Mật ong hoa tràm', 'Thực phẩm'],
  ['Gạo thơm', 'Thực phẩm'],
  ['Cá thát lát rút xương', 'Thực phẩm'],
  ['Chả cá thát lát', 'Thực phẩm'],
  ['Bánh tráng', 'Thực phẩm'],
  ['Rượu nếp', 'Đồ uống'],
  ['Nấm bào ngư', 'Thực phẩm'],
  ['Lạp xưởng tươi', 'Thực phẩm'],
  ['Tinh dầu sả', 'Dược liệu và sản phẩm từ dược liệu'],
  ['Khóm sấy dẻo', 'Thực phẩm'],
  ['Mứt khóm', 'Thực phẩm'],
  ['Nước cốt chanh', 'Đồ uống'],
  ['Tinh bột nghệ', 'Dược liệu và sản phẩm từ dược liệu'],
  ['Trà khổ qua rừng', 'Đồ uống'],
  ['Mắm cá sặc', 'Thực phẩm'],
  ['Vú sữa Lò Rèn', 'Thực phẩm'],
  ['Đồ thủ công từ lục bình', 'Hàng thủ công mỹ nghệ'],
  ['Cây kiểng mai vàng', 'Sinh vật cảnh'],
  ['Điểm du lịch sinh thái vườn', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
];
const SUBJECT_KINDS: Array<[string, string]> = [
  ['HTX', 'HTX Nông nghiệp'],
  ['THT', 'Tổ hợp tác'],
  ['DN', 'Công ty TNHH'],
  ['Hộ SXKD', 'Hộ kinh doanh'],
];

function productRows(communesByDistrict: Record<string, string[]>): SampleRow[] {
  const rows: SampleRow[] = [];
  let decision = 1000;
  for (const [huyen, count] of Object.entries(PRODUCTS_PER_DISTRICT)) {
    for (let i = 0; i < count; i++) {
      const xa = rng.pick(communesByDistrict[huyen]);
      const [ten, nhom] = PRODUCT_NAMES[(rows.length * 7) % PRODUCT_NAMES.length];
      const [loaiHinh, prefix] = rng.pick(SUBJECT_KINDS);
      const soSao = rng.next() < 0.6 ? 3 : 4;
      // Before 01/7/2025 a 3★ product was recognised by the district or the province; 4★ by the province.
      const cap = soSao === 4 ? 'Tỉnh' : rng.pick(['Huyện', 'Tỉnh']);
      decision += rng.int(7, 90);
      rows.push({
        'Tên sản phẩm': `${ten} ${xa}`,
        'Chủ thể':
          loaiHinh === 'Hộ SXKD' ? `${prefix} ${rng.pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ'])} Văn ${rng.pick(['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Phúc'])}` : `${prefix} ${xa}`,
        'Loại hình chủ thể': loaiHinh,
        Xã: xa,
        Huyện: huyen,
        'Nhóm sản phẩm': nhom,
        Điểm: soSao === 3 ? rng.int(50, 69) : rng.int(70, 85),
        'Số sao': soSao,
        'Cấp công nhận': cap,
        'Số quyết định': `${decision}/QĐ-UBND`,
        // 2020–2022: none of the certificates has expired by the end of 2022.
        'Ngày công nhận': day(rng.int(2020, 2022), rng.int(1, 11), rng.int(1, 28)),
      });
    }
  }
  return rows;
}

function target(ma: string, noiDung: string, giaTri: number, donVi: string, phamVi?: string): SampleRow {
  return { 'Mã chỉ tiêu': ma, 'Nội dung': noiDung, 'Phạm vi': phamVi, 'So sánh': '≥', 'Giá trị mục tiêu': giaTri, 'Đơn vị': donVi, Năm: 2022, Nguồn: PLAN };
}

const TARGETS: SampleRow[] = [
  target('so_xa_dat_chuan_ntm', 'Lũy kế đến cuối năm 2022, toàn tỉnh có 38/51 xã đạt chuẩn nông thôn mới', 38, 'xã'),
  target('ty_le_xa_dat_chuan_ntm', 'Tỷ lệ xã đạt chuẩn nông thôn mới (chiếm 74,5%)', 74.5, '%'),
  target('binh_quan_tieu_chi', 'Bình quân số tiêu chí nông thôn mới đạt chuẩn/xã: 18,2 tiêu chí/xã', 18.2, 'tiêu chí/xã'),
  target('so_xa_ntm_nang_cao', 'Nâng tổng số xã đạt chuẩn nông thôn mới nâng cao lên 09 xã', 9, 'xã'),
  target('so_xa_ntm_kieu_mau', 'Công nhận 01 xã đạt chuẩn nông thôn mới kiểu mẫu (Thạnh Xuân)', 1, 'xã'),
  target('so_san_pham_ocop', 'Công nhận ít nhất 40 sản phẩm đạt 3 - 4 sao sản phẩm OCOP', 40, 'sản phẩm'),
  target('so_san_pham_ocop', 'Mỗi đơn vị cấp huyện công nhận ít nhất 5 sản phẩm OCOP', 5, 'sản phẩm', 'mỗi huyện'),
];

const communes: SampleRow[] = [];
for (const [huyen, names] of Object.entries(DISTRICTS)) for (const ten of names) communes.push(communeRow(ten, huyen));

export const HAU_GIANG: SampleWorkbook = {
  file: 'tinh-hau-giang.xlsx',
  period: '2021-2025',
  info: {
    Tỉnh: 'Hậu Giang',
    'Giai đoạn': '2021-2025',
    Vùng: 'Đồng bằng sông Cửu Long',
    'Năm báo cáo': 2022,
    'Kỳ báo cáo': 'Năm',
    'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
    'Ký hiệu cơ quan': 'UBND',
    'Địa danh': 'Hậu Giang',
    'Ngày ban hành': day(2022, 12, 20),
    'Quyền hạn ký': 'KT.',
    'Chức vụ người ký': 'PHÓ CHỦ TỊCH',
    'Người ký': 'Trần Văn Bình',
    'Nơi nhận': ['Ban Chỉ đạo Trung ương các CTMTQG;', 'Bộ Nông nghiệp và PTNT;', 'TT: TU, HĐND tỉnh;', 'Văn phòng Điều phối NTM tỉnh;', 'UBND các huyện, thị xã, thành phố;', 'Lưu: VT, VPĐP.'].join(
      '\n',
    ),
    'Căn cứ kế hoạch': `${PLAN} của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Hậu Giang`,
  },
  communes,
  products: productRows(DISTRICTS),
  targets: TARGETS,
  thresholds: [],
  notes: [
    ILLUSTRATIVE,
    'Sổ mẫu cấp tỉnh: tỉnh Hậu Giang, năm báo cáo 2022, giai đoạn 2021-2025, 51 xã thuộc 8 huyện, thị xã, thành phố.',
    'Các chỉ tiêu lấy theo Kế hoạch số 19/KH-BCĐ ngày 27/4/2022; tên các xã được kế hoạch nêu giữ đúng mức kế hoạch đề ra.',
    'Các số liệu khác (tiêu chí từng xã, thu nhập, tỷ lệ, dân số, sản phẩm OCOP, chủ thể, số quyết định, người ký) là giả định để minh họa.',
  ],
};
