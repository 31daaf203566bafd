import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { Prng } from '../samples/prng';

/**
 * Deterministic national-scale workbooks for the benchmark: the same bytes of content on every
 * run (seeded PRNG, fixed dates), cached under bench/cache/ by a version key.
 */
export interface Scale {
  name: string;
  districts: number;
  communesPerDistrict: number;
  products: number;
  targets: number;
}

export const NATIONAL: Scale = { name: 'quoc-gia', districts: 100, communesPerDistrict: 100, products: 20000, targets: 500 };
export const PROVINCE: Scale = { name: 'tinh-1000', districts: 10, communesPerDistrict: 100, products: 2000, targets: 50 };

const VERSION = 1;

const METRICS = [
  'so_xa_dat_chuan_ntm',
  'ty_le_xa_dat_chuan_ntm',
  'so_xa_ntm_nang_cao',
  'binh_quan_tieu_chi',
  'thu_nhap_binh_quan',
  'ty_le_bhyt',
  'so_san_pham_ocop',
  'so_san_pham_ocop_4_sao',
  'so_xa_co_san_pham_ocop',
];

export async function generate(scale: Scale, dir: string): Promise<string> {
  const file = path.join(dir, `${scale.name}-v${VERSION}.xlsx`);
  try {
    await fs.access(file);
    return file;
  } catch {
    // not cached yet
  }
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${file}.tmp`;
  const generator = new Prng(20261123 + scale.districts);
  const rand = () => generator.next();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const info = wb.addWorksheet('Thông tin');
  for (const row of [
    ['Tỉnh', 'Toàn quốc (minh họa)'],
    ['Giai đoạn', '2021-2025'],
    ['Vùng', 'Đồng bằng sông Cửu Long'],
    ['Năm báo cáo', 2024],
    ['Cơ quan ban hành', 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI (MINH HỌA)'],
    ['Ký hiệu cơ quan', 'VPĐP'],
    ['Địa danh', 'Hà Nội'],
    ['Chức vụ người ký', 'CHÁNH VĂN PHÒNG'],
    ['Người ký', 'Nguyễn Văn Minh Họa'],
    ['Nơi nhận', 'Ban Chỉ đạo Trung ương;\nLưu: VT.'],
    ['Căn cứ kế hoạch', 'Kế hoạch minh họa số 01/KH-VPĐP'],
  ])
    info.addRow(row).commit();
  await info.commit();

  const xa = wb.addWorksheet('Xã');
  const tc = Array.from({ length: 19 }, (_, i) => `TC${i + 1}`);
  xa.addRow([
    'STT',
    'Tên xã',
    'Huyện',
    'Mức đạt chuẩn',
    'Năm đạt chuẩn',
    'Năm đạt nâng cao',
    'Năm đạt kiểu mẫu',
    ...tc,
    'Số tiêu chí đạt',
    'Thu nhập bình quân (triệu đồng/người/năm)',
    'Tỷ lệ hộ nghèo đa chiều (%)',
    'Tỷ lệ tham gia BHYT (%)',
    'Tỷ lệ lao động qua đào tạo (%)',
    'Dân số',
  ]).commit();
  const communes: Array<{ name: string; district: string }> = [];
  let stt = 0;
  for (let d = 0; d < scale.districts; d++) {
    const district = `Huyện ${d + 1}`;
    for (let c = 0; c < scale.communesPerDistrict; c++) {
      const name = `Xã ${d + 1}.${c + 1}`;
      communes.push({ name, district });
      const r = rand();
      const level = r < 0.08 ? 'NTM kiểu mẫu' : r < 0.35 ? 'NTM nâng cao' : r < 0.78 ? 'Đạt chuẩn NTM' : 'Chưa đạt';
      const met = level === 'Chưa đạt' ? 8 + Math.floor(rand() * 11) : 19;
      const marks = tc.map((_, i) => (i < met ? 'Đạt' : null));
      const y1 = level === 'Chưa đạt' ? null : 2015 + Math.floor(rand() * 6);
      const y2 = level === 'NTM nâng cao' || level === 'NTM kiểu mẫu' ? 2021 + Math.floor(rand() * 2) : null;
      const y3 = level === 'NTM kiểu mẫu' ? 2023 : null;
      xa.addRow([
        ++stt,
        name,
        district,
        level,
        y1,
        y2,
        y3,
        ...marks,
        met,
        Math.round((40 + rand() * 50) * 10) / 10,
        Math.round(rand() * 80) / 10,
        Math.round((85 + rand() * 15) * 10) / 10,
        Math.round((60 + rand() * 30) * 10) / 10,
        3000 + Math.floor(rand() * 15000),
      ]).commit();
    }
  }
  await xa.commit();

  const ocop = wb.addWorksheet('OCOP');
  ocop.addRow(['Tên sản phẩm', 'Chủ thể', 'Loại hình chủ thể', 'Xã', 'Huyện', 'Nhóm sản phẩm', 'Điểm', 'Số sao', 'Cấp công nhận', 'Số quyết định', 'Ngày công nhận', 'Ngày hết hạn']).commit();
  const types = ['HTX', 'THT', 'DN', 'Hộ SXKD'];
  const groups = ['Thực phẩm', 'Đồ uống', 'Dược liệu và sản phẩm từ dược liệu', 'Hàng thủ công mỹ nghệ'];
  for (let p = 0; p < scale.products; p++) {
    const commune = communes[Math.floor(rand() * communes.length)];
    const stars = rand() < 0.6 ? 3 : rand() < 0.9 ? 4 : 5;
    const score = stars === 3 ? 50 + Math.floor(rand() * 20) : stars === 4 ? 70 + Math.floor(rand() * 20) : 90 + Math.floor(rand() * 10);
    const level = stars === 3 ? 'Huyện' : stars === 4 ? 'Tỉnh' : 'Trung ương';
    const recognised = new Date(Date.UTC(2022 + Math.floor(rand() * 3), Math.floor(rand() * 6), 1 + Math.floor(rand() * 28)));
    const cell = ocop.addRow([`Sản phẩm ${p + 1}`, `Chủ thể ${p + 1}`, types[p % 4], commune.name, commune.district, groups[p % 4], score, stars, level, `${p + 1}/QĐ-UBND`, recognised, null]);
    cell.getCell(11).numFmt = 'dd/mm/yyyy';
    cell.commit();
  }
  await ocop.commit();

  const targets = wb.addWorksheet('Chỉ tiêu');
  targets.addRow(['Mã chỉ tiêu', 'Nội dung', 'Phạm vi', 'So sánh', 'Giá trị mục tiêu', 'Đơn vị', 'Năm', 'Giá trị thực hiện', 'Năm gốc', 'Giá trị năm gốc', 'Nguồn']).commit();
  for (let t = 0; t < scale.targets; t++) {
    const code = METRICS[t % METRICS.length];
    const scope = t % 10 === 0 ? 'mỗi huyện' : t % 3 === 0 ? `Huyện ${1 + (t % scale.districts)}` : null;
    const value = code.startsWith('ty_le') ? 80 : code === 'binh_quan_tieu_chi' ? 18 : code === 'thu_nhap_binh_quan' ? 70 : 10 + (t % 50);
    targets.addRow([code, `Chỉ tiêu minh họa ${t + 1}`, scope, '≥', value, null, 2025, null, 2020, value / 2, 'Kế hoạch minh họa']).commit();
  }
  await targets.commit();
  await wb.commit();
  await fs.rename(tmp, file);
  return file;
}
