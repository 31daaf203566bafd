import { day } from './prng';
import { ILLUSTRATIVE, criteriaCells, type SampleRow, type SampleWorkbook } from './sample-writer';

/**
 * District workbook after Kế hoạch số 39-KH/HU ngày 14/9/2021 of the Huyện ủy U Minh Thượng
 * (seeds/000). Commune names and the plan's targets are real; every figure is illustrative.
 */
const HUYEN = 'U Minh Thượng';
const PLAN = 'Kế hoạch số 39-KH/HU ngày 14/9/2021';

interface CommuneData {
  ten: string;
  level: string;
  namDatChuan?: number;
  namNangCao?: number;
  unmet: number[];
  thuNhap: number;
  hoNgheo: number;
  bhyt: number;
  laoDong: number;
  danSo: number;
}

// Four communes were NTM before the plan; Thạnh Yên reached nâng cao in 2024, Vĩnh Hòa not yet.
const COMMUNES: CommuneData[] = [
  { ten: 'Vĩnh Hòa', level: 'Đạt chuẩn NTM', namDatChuan: 2019, unmet: [], thuNhap: 62.5, hoNgheo: 2.1, bhyt: 94.5, laoDong: 72.0, danSo: 12000 },
  { ten: 'Thạnh Yên', level: 'NTM nâng cao', namDatChuan: 2018, namNangCao: 2024, unmet: [], thuNhap: 68.0, hoNgheo: 1.2, bhyt: 96.2, laoDong: 76.5, danSo: 15000 },
  { ten: 'Thạnh Yên A', level: 'Đạt chuẩn NTM', namDatChuan: 2020, unmet: [], thuNhap: 60.2, hoNgheo: 2.5, bhyt: 93.8, laoDong: 70.1, danSo: 9000 },
  { ten: 'Hòa Chánh', level: 'Đạt chuẩn NTM', namDatChuan: 2021, unmet: [], thuNhap: 59.8, hoNgheo: 2.8, bhyt: 95.1, laoDong: 71.3, danSo: 10000 },
  { ten: 'Minh Thuận', level: 'Chưa đạt', unmet: [10], thuNhap: 52.4, hoNgheo: 4.6, bhyt: 92.4, laoDong: 65.0, danSo: 14000 },
  { ten: 'An Minh Bắc', level: 'Chưa đạt', unmet: [2, 10, 17], thuNhap: 50.6, hoNgheo: 5.3, bhyt: 91.8, laoDong: 63.4, danSo: 11000 },
];

function communeRow(c: CommuneData): SampleRow {
  return {
    'Tên xã': c.ten,
    Huyện: HUYEN,
    'Mức đạt chuẩn': c.level,
    'Năm đạt chuẩn': c.namDatChuan,
    'Năm đạt nâng cao': c.namNangCao,
    ...criteriaCells(19, c.unmet),
    'Thu nhập bình quân (triệu đồng/người/năm)': c.thuNhap,
    'Tỷ lệ hộ nghèo đa chiều (%)': c.hoNgheo,
    'Tỷ lệ tham gia BHYT (%)': c.bhyt,
    'Tỷ lệ lao động qua đào tạo (%)': c.laoDong,
    'Dân số': c.danSo,
  };
}

// Stars agree with the score bands (3★ 50–69, 4★ 70–89); 3★ by the district, 4★ by the province.
const PRODUCTS: SampleRow[] = [
  ['Khô cá lóc U Minh Thượng', 'Cơ sở Khô cá lóc Út Hiền', 'Hộ SXKD', 'Vĩnh Hòa', 62, 3, 'Huyện', '1852/QĐ-UBND', day(2022, 9, 15)],
  ['Mật ong rừng tràm U Minh Thượng', 'HTX Nuôi ong Thạnh Yên', 'HTX', 'Thạnh Yên', 74, 4, 'Tỉnh', '1436/QĐ-UBND', day(2023, 6, 20)],
  ['Tôm khô Thạnh Yên A', 'Tổ hợp tác Tôm khô Kênh 4', 'THT', 'Thạnh Yên A', 58, 3, 'Huyện', '2210/QĐ-UBND', day(2022, 3, 10)],
  ['Gạo hữu cơ Hòa Chánh', 'HTX Nông nghiệp Hòa Chánh', 'HTX', 'Hòa Chánh', 76, 4, 'Tỉnh', '2987/QĐ-UBND', day(2023, 12, 5)],
  ['Nấm rơm sấy', 'Hộ kinh doanh Nguyễn Thị Lan', 'Hộ SXKD', 'Vĩnh Hòa', 55, 3, 'Huyện', '1124/QĐ-UBND', day(2024, 5, 22)],
  ['Cá khô bổi', 'Công ty TNHH MTV Thủy sản Minh Thuận', 'DN', 'Minh Thuận', 72, 4, 'Tỉnh', '2035/QĐ-UBND', day(2024, 8, 30)],
  ['Tinh dầu tràm', 'HTX Dược liệu Thạnh Yên', 'HTX', 'Thạnh Yên', 71, 4, 'Tỉnh', '2568/QĐ-UBND', day(2024, 10, 18)],
].map(([ten, chuThe, loaiHinh, xa, diem, soSao, cap, soQd, ngay]) => ({
  'Tên sản phẩm': ten as string,
  'Chủ thể': chuThe as string,
  'Loại hình chủ thể': loaiHinh as string,
  Xã: xa as string,
  Huyện: HUYEN,
  'Nhóm sản phẩm': ten === 'Tinh dầu tràm' ? 'Dược liệu và sản phẩm từ dược liệu' : 'Thực phẩm',
  Điểm: diem as number,
  'Số sao': soSao as number,
  'Cấp công nhận': cap as string,
  'Số quyết định': soQd as string,
  'Ngày công nhận': ngay as Date,
}));

function target(ma: string, noiDung: string, giaTri: number, donVi: string, extra: { nam?: number; thucHien?: number; namGoc?: number; giaTriGoc?: number } = {}): SampleRow {
  return {
    'Mã chỉ tiêu': ma,
    'Nội dung': noiDung,
    'So sánh': '≥',
    'Giá trị mục tiêu': giaTri,
    'Đơn vị': donVi,
    Năm: extra.nam ?? 2025,
    'Giá trị thực hiện': extra.thucHien,
    'Năm gốc': extra.namGoc,
    'Giá trị năm gốc': extra.giaTriGoc,
    Nguồn: PLAN,
  };
}

const TARGETS: SampleRow[] = [
  target('so_xa_dat_chuan_ntm', 'Xã Minh Thuận và An Minh Bắc đạt chuẩn nông thôn mới (06/06 xã đạt chuẩn)', 6, 'xã', { namGoc: 2020, giaTriGoc: 3 }),
  target('so_xa_ntm_nang_cao', 'Có 02 xã đạt chuẩn nông thôn mới nâng cao (Thạnh Yên và Vĩnh Hòa)', 2, 'xã', { namGoc: 2020, giaTriGoc: 0 }),
  target('thu_nhap_binh_quan', 'Thu nhập bình quân đầu người đạt từ 70 triệu đồng/người/năm trở lên', 70, 'triệu đồng/người/năm', { namGoc: 2020, giaTriGoc: 42.5 }),
  target('ty_le_bhyt', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt từ 95% trở lên', 95, '%', { namGoc: 2020, giaTriGoc: 86 }),
  target('khac', 'Nâng tổng số hợp tác xã lên 12 hợp tác xã', 12, 'hợp tác xã', { thucHien: 11, namGoc: 2020, giaTriGoc: 6 }),
  target('so_san_pham_ocop', 'Tổ chức đánh giá, xếp hạng sản phẩm OCOP cho ít nhất 06 sản phẩm', 6, 'sản phẩm'),
  target('so_san_pham_ocop_3_sao', 'Trong đó: 02 sản phẩm đạt tiêu chuẩn 03 sao', 2, 'sản phẩm'),
  target('so_san_pham_ocop_4_sao', 'Trong đó: 04 sản phẩm đạt tiêu chuẩn 04 sao', 4, 'sản phẩm'),
  target('so_san_pham_ocop_htx_tht', 'Ít nhất 02 sản phẩm OCOP thuộc chủ thể là HTX, THT', 2, 'sản phẩm'),
];

export const U_MINH_THUONG: SampleWorkbook = {
  file: 'u-minh-thuong.xlsx',
  period: '2021-2025',
  info: {
    Tỉnh: 'Kiên Giang',
    Huyện: HUYEN,
    'Giai đoạn': '2021-2025',
    Vùng: 'Đồng bằng sông Cửu Long',
    'Năm báo cáo': 2024,
    'Kỳ báo cáo': 'Năm',
    'Cơ quan chủ quản': undefined,
    'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN HUYỆN U MINH THƯỢNG',
    'Ký hiệu cơ quan': 'UBND',
    'Số văn bản': undefined,
    'Địa danh': 'U Minh Thượng',
    'Ngày ban hành': day(2024, 12, 16),
    'Quyền hạn ký': 'KT.',
    'Chức vụ người ký': 'PHÓ CHỦ TỊCH',
    'Người ký': 'Nguyễn Văn Minh',
    'Nơi nhận': ['UBND tỉnh Kiên Giang;', 'Văn phòng Điều phối NTM tỉnh;', 'Thường trực Huyện ủy;', 'Thường trực HĐND huyện;', 'Lưu: VT, NNMT.'].join('\n'),
    'Căn cứ kế hoạch': `${PLAN} của Huyện ủy U Minh Thượng`,
  },
  communes: COMMUNES.map(communeRow),
  products: PRODUCTS,
  targets: TARGETS,
  thresholds: [],
  notes: [
    ILLUSTRATIVE,
    'Sổ mẫu cấp huyện: huyện U Minh Thượng, tỉnh Kiên Giang, năm báo cáo 2024, giai đoạn 2021-2025.',
    'Tên xã và các chỉ tiêu lấy theo Kế hoạch số 39-KH/HU ngày 14/9/2021 của Huyện ủy U Minh Thượng;',
    'mức đạt chuẩn, tiêu chí, thu nhập, tỷ lệ, dân số, sản phẩm OCOP, chủ thể, số quyết định và người ký là số liệu giả định để minh họa.',
  ],
};
