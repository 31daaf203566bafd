import ExcelJS from 'exceljs';
import { addFormSheet, addInfoSheet, day, FOOTER_DISTRICT, type FormRow, type FormSheet, type HeaderNode } from './office-form';

/**
 * Workbooks laid out as offices lay them out, from the seeds' real situations (Kim Bôi 2024,
 * Hậu Giang 2022, U Minh Thượng, the Tuyên Quang and Kiên Giang OCOP plans). Each case states,
 * worked out by hand from its rows, the findings, metrics and target statuses a careful person
 * with a calculator gets; nothing here is computed by the engine.
 */
export interface ExpectedFinding {
  code: string;
  sheet?: string;
  cell?: string | null;
  /** Words the message must contain (figures, names as typed). */
  says?: string[];
}

export interface LayoutCase {
  name: string;
  pattern: string;
  build: () => ExcelJS.Workbook;
  /** Every error and warning, exactly. */
  problems: ExpectedFinding[];
  /** Info findings that must be there (others of the codes in `allowedInfo` may be too). */
  infos?: ExpectedFinding[];
  metrics: Record<string, number>;
  districtMetrics?: Record<string, Record<string, number>>;
  /** Target statuses by the target's row in its sheet. */
  targets?: Record<number, string>;
}

// --- Kim Bôi (Hòa Bình), district workbook, 2024 ----------------------------------------------

/** [name, level as typed, year đạt chuẩn, year nâng cao, criteria met (TC1… in order, the rest blank)] */
type KimBoiCommune = [string, string, number | null, number | null, number];

const KIM_BOI: KimBoiCommune[] = [
  ['Bình Sơn', 'Chưa đạt', null, null, 15],
  ['Cuối Hạ', 'Chưa đạt', null, null, 14],
  ['Đông Bắc', 'Đạt chuẩn', 2020, null, 19],
  ['Đú Sáng', 'Chưa đạt', null, null, 13],
  ['Hợp Tiến', 'Chưa đạt', null, null, 16],
  ['Hùng Sơn', 'Xã đạt chuẩn NTM', 2022, null, 19],
  ['Kim Bôi', 'Chưa đạt', null, null, 17],
  ['Kim Lập', 'NTM', 2024, null, 19],
  ['Mỵ Hòa', 'Đạt chuẩn NTM', 2021, null, 19],
  ['Nam Thượng', 'Chưa đạt', null, null, 12],
  ['Nuông Dăm', 'Chưa đạt', null, null, 15],
  ['Sào Báy', 'NTMNC', 2019, 2024, 19],
  ['Tú Sơn', 'Chưa đạt', null, null, 11],
  ['Vĩnh Tiến', 'Đạt chuẩn NTM', 2023, null, 19],
  ['Xuân Thủy', 'Chưa đạt', null, null, 9],
];

/**
 * By hand: 15 xã (Thị trấn Bo is a town, kept out); đạt chuẩn by 2024: Đông Bắc, Hùng Sơn, Kim Lập,
 * Mỵ Hòa, Sào Báy, Vĩnh Tiến = 6 (40 %); nâng cao: Sào Báy = 1; in 2024: Kim Lập (đạt chuẩn), Sào
 * Báy (nâng cao); criteria 15+14+19+13+16+19+17+19+19+12+15+19+11+19+9 = 236, 236/15 = 15,7333…;
 * below 10: Xuân Thủy; 10–14: Cuối Hạ, Đú Sáng, Nam Thượng, Tú Sơn; 15–18: Bình Sơn, Hợp Tiến, Kim
 * Bôi, Nuông Dăm.
 */
const KIM_BOI_METRICS = {
  so_xa: 15,
  so_xa_dat_chuan_ntm: 6,
  ty_le_xa_dat_chuan_ntm: 40,
  so_xa_ntm_nang_cao: 1,
  so_xa_ntm_kieu_mau: 0,
  binh_quan_tieu_chi: 236 / 15,
  so_xa_duoi_10_tieu_chi: 1,
  so_xa_10_14_tieu_chi: 4,
  so_xa_15_18_tieu_chi: 4,
  so_xa_dat_chuan_ntm_trong_nam: 1,
  so_xa_ntm_nang_cao_trong_nam: 1,
};

const CRITERIA_19 = Array.from({ length: 19 }, (_, i) => i + 1);

function kimBoiInfo(wb: ExcelJS.Workbook): void {
  addInfoSheet(wb, [
    ['Tỉnh', 'Hòa Bình'],
    ['Huyện', 'Kim Bôi'],
    ['Giai đoạn', '2021 - 2025'],
    ['Vùng', 'Trung du, miền núi phía Bắc'],
    ['Năm báo cáo', 2024],
  ]);
}

function marks(met: number): Array<string | null> {
  return CRITERIA_19.map((n) => (n <= met ? 'x' : null));
}

/** Row cells: STT, name, level, year đạt chuẩn, year nâng cao, year kiểu mẫu, TC1–19, Số TC đạt. */
function kimBoiRow(i: number, c: KimBoiCommune, name = c[0]): unknown[] {
  return [i + 1, name, c[1], c[2], c[3], null, ...marks(c[4]), c[4]];
}

const KIM_BOI_HEADER: HeaderNode[] = [
  'STT',
  'Tên xã',
  'Mức đạt chuẩn',
  { text: 'Năm đạt chuẩn', columns: ['NTM', 'Nâng cao', 'Kiểu mẫu'] },
  { text: 'Tiêu chí', columns: CRITERIA_19.map(String) },
  'Số tiêu chí đạt',
];

/** The totals row as the office's COUNTIF gives it: units (with the town), criteria met per column. */
function kimBoiTotals(communes: KimBoiCommune[], town: boolean, wrong?: { criterion: number; by: number }): FormRow {
  const perCriterion = CRITERIA_19.map((n) => communes.filter((c) => c[4] >= n).length + (wrong?.criterion === n ? wrong.by : 0));
  return { cells: [`Tổng cộng: ${communes.length + (town ? 1 : 0)} xã`, null, null, null, null, null, ...perCriterion, null], merge: [1, 2] };
}

function kimBoiForm(overrides: Partial<FormSheet> = {}, wrong?: { criterion: number; by: number }): FormSheet {
  return {
    name: 'Xã',
    agency: ['UBND HUYỆN KIM BÔI', ''],
    title: ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024', '(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2024 của UBND huyện Kim Bôi)'],
    header: KIM_BOI_HEADER,
    numbering: 'paren',
    rows: [
      ...KIM_BOI.map((c, i) => kimBoiRow(i, c, i % 3 === 0 ? `Xã ${c[0]}` : i % 3 === 1 ? `xã ${c[0]}` : c[0])),
      [16, 'Thị trấn Bo', 'Chưa đạt', null, null, null, ...marks(0), 0],
      kimBoiTotals(KIM_BOI, true, wrong),
    ],
    footer: FOOTER_DISTRICT,
    ...overrides,
  };
}

/** Motto rows 1–3, title 4–5, a blank, header 7–8, numbering 9: records from row 10. */
const KB_NUMBERING = 9;
const KB_FIRST = 10;
const KB_TOWN_ROW = KB_FIRST + 15;
const KB_TOTAL_ROW = KB_TOWN_ROW + 1;

const KIM_BOI_INFOS: ExpectedFinding[] = [
  { code: 'row-skipped', sheet: 'Xã', says: ['1 dòng đánh số cột', `dòng ${KB_NUMBERING})`] },
  { code: 'row-skipped', sheet: 'Xã', says: ['1 dòng tổng cộng', `dòng ${KB_TOTAL_ROW}`] },
  { code: 'row-skipped', sheet: 'Xã', says: ['dòng cuối biểu'] },
  { code: 'unit-not-commune', sheet: 'Xã', says: ['Thị trấn Bo', `dòng ${KB_TOWN_ROW}`] },
];

function kimBoiWorkbook(form: FormSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  kimBoiInfo(wb);
  addFormSheet(wb, form);
  return wb;
}

// --- Hậu Giang, province workbook, 2022 (Kế hoạch số 19/KH-BCĐ) --------------------------------

/** [district as its group row names it, [commune, level, year đạt chuẩn, year nâng cao, met]] */
const HAU_GIANG: Array<[string, Array<[string, string, number | null, number | null, number]>]> = [
  [
    'Huyện Châu Thành',
    [
      ['Phú Hữu', 'Đạt chuẩn NTM', 2022, null, 19],
      ['Phú Tân', 'Chưa đạt', null, null, 18],
      ['Đông Thạnh', 'Đạt chuẩn NTM', 2019, null, 19],
    ],
  ],
  [
    'Thị xã Long Mỹ',
    [
      ['Tân Phú', 'Đạt chuẩn NTM', 2022, null, 19],
      ['Long Trị', 'Đạt chuẩn NTM', 2020, null, 19],
      ['Long Bình', 'Chưa đạt', null, null, 15],
    ],
  ],
  [
    'TP. Ngã Bảy',
    [
      ['Đại Thành', 'Nâng cao', 2018, 2021, 19],
      ['Tân Thành', 'Đạt chuẩn NTM', 2019, null, 19],
    ],
  ],
];

/**
 * By hand: 8 xã; đạt chuẩn: Phú Hữu, Đông Thạnh, Tân Phú, Long Trị, Đại Thành, Tân Thành = 6 (75 %);
 * nâng cao 1; in 2022: Phú Hữu, Tân Phú = 2; criteria 19+18+19+19+19+15+19+19 = 147, /8 = 18,375;
 * 15–18: Phú Tân, Long Bình. Per district: Châu Thành 2 of 3, Thị xã Long Mỹ 2 of 3, Thành phố Ngã Bảy 2 of 2.
 */
const HAU_GIANG_METRICS = {
  so_xa: 8,
  so_xa_dat_chuan_ntm: 6,
  ty_le_xa_dat_chuan_ntm: 75,
  so_xa_ntm_nang_cao: 1,
  binh_quan_tieu_chi: 18.375,
  so_xa_15_18_tieu_chi: 2,
  so_xa_10_14_tieu_chi: 0,
  so_xa_dat_chuan_ntm_trong_nam: 2,
};
const HAU_GIANG_DISTRICTS = {
  'Châu Thành': { so_xa: 3, so_xa_dat_chuan_ntm: 2 },
  'Thị xã Long Mỹ': { so_xa: 3, so_xa_dat_chuan_ntm: 2 },
  'Thành phố Ngã Bảy': { so_xa: 2, so_xa_dat_chuan_ntm: 2 },
};

function hauGiangInfo(wb: ExcelJS.Workbook, name = 'Thông tin'): void {
  addInfoSheet(
    wb,
    [
      ['Tỉnh', 'Hậu Giang'],
      ['Giai đoạn', '2021-2025'],
      ['Vùng', 'Đồng bằng sông Cửu Long'],
      ['Năm báo cáo', 2022],
    ],
    name,
  );
}

const ROMAN = ['I', 'II', 'III'];

/** Group rows "I | Huyện Châu Thành"; with `figures`, the group row carries its criteria counts. */
function hauGiangRows(opts: { figures?: boolean; subtotals?: boolean; wrongGroup?: number } = {}): FormRow[] {
  const rows: FormRow[] = [];
  let stt = 0;
  HAU_GIANG.forEach(([district, communes], g) => {
    const counts = CRITERIA_19.map((n) => communes.filter((c) => c[4] >= n).length);
    const level = communes.filter((c) => c[1] !== 'Chưa đạt').length + (opts.wrongGroup === g ? 1 : 0);
    rows.push(opts.figures ? [ROMAN[g], district, level, null, null, null, ...counts] : { cells: [ROMAN[g], district], merge: [2, 6] });
    for (const c of communes) rows.push([++stt, c[0], c[1], c[2], c[3], null, ...marks(c[4]), c[4]]);
    if (opts.subtotals) rows.push({ cells: [null, `Cộng ${district.replace(/^Huyện /u, 'huyện ')}`, null, null, null, null, ...counts], merge: [2, 6] });
  });
  return rows;
}

function hauGiangTargets(wb: ExcelJS.Workbook, name = 'Chỉ tiêu'): void {
  addFormSheet(wb, {
    name,
    title: ['CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2022 (Kế hoạch số 19/KH-BCĐ ngày 27/4/2022)'],
    header: ['Mã chỉ tiêu', 'Nội dung', 'Phạm vi', 'So sánh', { text: 'Mục tiêu', columns: ['Giá trị', 'Năm'] }, 'Đơn vị'],
    rows: [
      ['so_xa_dat_chuan_ntm', 'Lũy kế số xã đạt chuẩn nông thôn mới', null, 'tối thiểu', 6, 2022, 'xã'],
      ['so_xa_dat_chuan_ntm', 'Mỗi huyện, thị xã, thành phố có ít nhất 02 xã đạt chuẩn', 'mỗi huyện, thị xã, thành phố', '>=', 2, 2022, 'xã'],
      ['ty_le_xa_dat_chuan_ntm', 'Tỷ lệ xã đạt chuẩn nông thôn mới', null, '≥', 80, 2022, '%'],
      ['binh_quan_tieu_chi', 'Bình quân tiêu chí đạt trên xã', null, 'trở lên', '18,2', 2022, 'tiêu chí'],
    ],
  });
}

/** Title (1 row + blank), 2 header rows: records from row 5. */
const HG_TARGET_ROWS = { tong: 5, moiHuyen: 6, tyLe: 7, binhQuan: 8 };

const HAU_GIANG_TARGETS = { [HG_TARGET_ROWS.tong]: 'met', [HG_TARGET_ROWS.moiHuyen]: 'met', [HG_TARGET_ROWS.tyLe]: 'not-met', [HG_TARGET_ROWS.binhQuan]: 'met' };

const XA_HEADER_PROVINCE: HeaderNode[] = [
  'STT',
  'Tên xã',
  'Mức đạt chuẩn',
  { text: 'Năm đạt chuẩn', columns: ['Đạt chuẩn', 'Nâng cao', 'Kiểu mẫu'] },
  { text: 'Tiêu chí', columns: CRITERIA_19.map(String) },
  'Số tiêu chí đạt',
];

function hauGiangWorkbook(opts: Parameters<typeof hauGiangRows>[0] & { grandTotal?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  hauGiangInfo(wb);
  const all = HAU_GIANG.flatMap(([, c]) => c);
  const grand: FormRow = { cells: ['Toàn tỉnh', null, all.filter((c) => c[1] !== 'Chưa đạt').length, null, null, null, ...CRITERIA_19.map((n) => all.filter((c) => c[4] >= n).length)], merge: [1, 2] };
  addFormSheet(wb, {
    name: 'Danh sách xã',
    agency: ['BCĐ CÁC CTMTQG TỈNH HẬU GIANG', ''],
    title: ['KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI ĐẾN CUỐI NĂM 2022'],
    header: XA_HEADER_PROVINCE,
    numbering: 'plain',
    rows: [...(opts.grandTotal ? [grand] : []), ...hauGiangRows(opts)],
    footer: [
      [null, null, null, null, null, null, null, null, null, null, null, null, 'Hậu Giang, ngày 30 tháng 12 năm 2022'],
      ['Người tổng hợp', null, null, null, null, null, null, null, null, null, null, null, 'Thủ trưởng đơn vị'],
    ],
  });
  hauGiangTargets(wb);
  return wb;
}

// --- U Minh Thượng (Kiên Giang), district workbook with OCOP, 2024 ------------------------------

const UMT_COMMUNES: Array<[string, string, number | null, number]> = [
  ['An Minh Bắc', 'Chưa đạt', null, 16],
  ['Hòa Chánh', 'Đạt chuẩn NTM', 2019, 19],
  ['Minh Thuận', 'Chưa đạt', null, 17],
  ['Thạnh Yên', 'Đạt chuẩn NTM', 2018, 19],
  ['Thạnh Yên A', 'Đạt chuẩn NTM', 2020, 19],
  ['Vĩnh Hòa', 'Đạt chuẩn NTM', 2017, 19],
];

/** Products as the OCOP office types them: stars, levels, groups and names in every local spelling. */
const UMT_PRODUCTS: unknown[][] = [
  [1, 'Mật ong rừng U Minh', 'HTX Ong mật Vĩnh Hòa', 'HTX', 'Xã Vĩnh Hòa', 'Thực phẩm', 72, '4 sao', 'UBND tỉnh Kiên Giang', '1234/QĐ-UBND', day(2023, 5, 10)],
  [2, 'Khô cá lóc', 'Hộ Nguyễn Văn Út', 'Hộ SXKD', 'X. Thạnh Yên', 'Thực phẩm', 62, '3 sao', 'UBND huyện U Minh Thượng', '1852/QĐ-UBND', day(2022, 9, 15)],
  [3, 'Tôm khô Thạnh Yên A', 'Tổ hợp tác Kênh 4', 'THT', 'xã Thạnh Yên A', 'Thực phẩm', 58, '03 sao', 'Cấp huyện', '2210/QĐ-UBND', day(2022, 11, 10)],
  [4, 'Trà mãng cầu', 'HTX Minh Thuận', 'HTX', 'Minh Thuận', 'Đồ uống', 66, '3*', 'Huyện', '1124/QĐ-UBND', day(2024, 6, 1)],
  [5, 'Chổi sả dừa', 'Hộ Lê Thị Ba', 'Hộ SXKD', 'An Minh Bắc', 'Thủ công mỹ nghệ', 55, '★★★', 'Huyện', '1500/QĐ-UBND', day(2024, 8, 20)],
  [6, 'Cao tràm U Minh', 'Công ty TNHH Tràm Xanh', 'DN', 'Vĩnh Hòa', 'Dược liệu', 61, 3, 'huyện', '320/QĐ-UBND', day(2021, 3, 2)],
];

/**
 * By hand: 6 products, 3★: 2, 3, 4, 5, 6 = 5; 4★: 1; HTX/THT: 1, 3, 4 = 3; places: Vĩnh Hòa,
 * Thạnh Yên, Thạnh Yên A, Minh Thuận, An Minh Bắc = 5 of 6 xã (83,33 %); recognised in 2024: 4, 5.
 * Product 6 (02/3/2021) expired on 02/3/2024. Xã: 6, đạt chuẩn 4; criteria 16+19+17+19+19+19 = 109.
 */
const UMT_METRICS = {
  so_xa: 6,
  so_xa_dat_chuan_ntm: 4,
  binh_quan_tieu_chi: 109 / 6,
  so_san_pham_ocop: 6,
  so_san_pham_ocop_3_sao: 5,
  so_san_pham_ocop_4_sao: 1,
  so_san_pham_ocop_5_sao: 0,
  so_san_pham_ocop_htx_tht: 3,
  so_xa_co_san_pham_ocop: 5,
  ty_le_xa_co_san_pham_ocop: (5 / 6) * 100,
  so_don_vi_co_san_pham_ocop: 5,
  so_san_pham_ocop_trong_nam: 2,
};

function umtWorkbook(opts: { targetsTwoRow?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addInfoSheet(wb, [
    ['Tỉnh', 'Kiên Giang'],
    ['Huyện', 'U Minh Thượng'],
    ['Vùng', 'Đồng bằng sông Cửu Long'],
    ['Năm báo cáo', 2024],
    ['Quyền hạn ký', 'KT. CHỦ TỊCH'],
  ]);
  addFormSheet(wb, {
    name: 'Xã',
    title: ['DANH SÁCH XÃ VÀ KẾT QUẢ THỰC HIỆN TIÊU CHÍ'],
    header: [
      'STT',
      'Đơn vị',
      'Xếp loại',
      { text: 'Năm công nhận', columns: ['Đạt chuẩn', 'Nâng cao', 'Kiểu mẫu'] },
      {
        text: 'Kết quả thực hiện các tiêu chí',
        columns: [
          { text: 'I. Quy hoạch', columns: ['1'] },
          { text: 'II. Hạ tầng kinh tế - xã hội', columns: ['2', '3', '4', '5', '6', '7', '8', '9'] },
          { text: 'III. Kinh tế và tổ chức sản xuất', columns: ['10', '11', '12', '13'] },
          { text: 'IV. Văn hóa - xã hội - môi trường', columns: ['14', '15', '16', '17'] },
          { text: 'V. Hệ thống chính trị', columns: ['18', '19'] },
        ],
      },
      'Số TC đạt',
    ],
    rows: UMT_COMMUNES.map((c, i) => [i + 1, c[0], c[1], c[2], null, null, ...marks(c[3]), c[3]]),
  });
  addFormSheet(wb, {
    name: 'Sản phẩm OCOP',
    agency: ['UBND HUYỆN U MINH THƯỢNG', ''],
    title: ['DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN'],
    header: ['TT', 'Tên sản phẩm', 'Chủ thể', 'Loại hình', 'Địa bàn', 'Nhóm sản phẩm', 'Tổng điểm', 'Hạng sao', 'Cấp công nhận', { text: 'Quyết định công nhận', columns: ['Số', 'Ngày'] }],
    numbering: 'paren',
    rows: [...UMT_PRODUCTS, { cells: ['Tổng cộng: 6 sản phẩm'], merge: [1, 3] }],
    footer: [['Người lập biểu', null, null, null, null, 'Trưởng phòng Nông nghiệp']],
  });
  if (opts.targetsTwoRow) {
    addFormSheet(wb, {
      name: 'Chỉ tiêu KH 2024',
      header: ['Mã chỉ tiêu', 'Nội dung', { text: 'Mục tiêu', columns: ['Giá trị', 'Năm'] }, { text: 'Năm gốc', columns: ['Năm', 'Giá trị'] }, 'Nguồn'],
      rows: [
        ['so_san_pham_ocop', 'Có ít nhất 08 sản phẩm OCOP đạt 3 sao trở lên', 8, 2025, 2021, 1, 'Kế hoạch số 39-KH/HU ngày 14/9/2021'],
        ['so_xa_dat_chuan_ntm', 'Xã Minh Thuận và An Minh Bắc đạt chuẩn NTM (6/6 xã)', 6, 2025, 2021, 4, 'Kế hoạch số 39-KH/HU ngày 14/9/2021'],
      ],
    });
  }
  return wb;
}

// --- Tuyên Quang, province OCOP workbook (Kế hoạch số 90/KH-UBND), 2024 ------------------------

const TQ_PRODUCTS: unknown[][] = [
  ['Chè Shan tuyết Hồng Thái', 'HTX Chè Hồng Thái', 'HTX', 'Xã Hồng Thái', 'Huyện Na Hang', 'Đồ uống', 75, 4, 'Tỉnh', day(2021, 10, 1)],
  ['Cá nướng Na Hang', 'Hộ Ma Văn Lâm', 'Hộ SXKD', 'Thị trấn Na Hang', 'Na Hang', 'Thực phẩm', 60, 3, 'UBND tỉnh Tuyên Quang', day(2022, 6, 10)],
  ['Cam sành Hàm Yên', 'HTX Cam Hàm Yên', 'HTX', 'Xã Yên Phú', 'Hàm Yên', 'Thực phẩm', 92, 5, 'Trung ương', day(2023, 9, 15)],
  ['Bánh gai An Khang', 'Hộ Nguyễn Thị Mai', 'Hộ SXKD', 'Xã An Khang', 'Thành phố Tuyên Quang', 'Thực phẩm', 65, 3, 'Cấp tỉnh', day(2022, 12, 1)],
  ['Chè xanh Mỹ Lâm', 'Công ty CP Chè Mỹ Lâm', 'DN', 'P. Mỹ Lâm', 'TP. Tuyên Quang', 'Đồ uống', 71, 4, 'Tỉnh', day(2024, 3, 20)],
];

/**
 * By hand: 5 products; 3★ 2, 4★ 2, 5★ 1; HTX 2; xã with a product: Hồng Thái, Yên Phú, An Khang = 3;
 * units with one (with Thị trấn Na Hang and Phường Mỹ Lâm) = 5; in 2024: Chè xanh Mỹ Lâm. Product 1
 * (01/10/2021) expired on 01/10/2024. 5★ per district: Na Hang 0, Hàm Yên 1, TP Tuyên Quang 0.
 */
const TQ_METRICS = {
  so_san_pham_ocop: 5,
  so_san_pham_ocop_3_sao: 2,
  so_san_pham_ocop_4_sao: 2,
  so_san_pham_ocop_5_sao: 1,
  so_san_pham_ocop_htx_tht: 2,
  so_xa_co_san_pham_ocop: 3,
  so_don_vi_co_san_pham_ocop: 5,
  so_san_pham_ocop_trong_nam: 1,
};

function tuyenQuangWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addInfoSheet(
    wb,
    [
      ['Tỉnh', 'Tuyên Quang'],
      ['Vùng', 'Trung du và miền núi phía Bắc'],
      ['Năm báo cáo', 2024],
      ['Quyền hạn ký', 'TM. ỦY BAN NHÂN DÂN'],
    ],
    'Thông tin chung',
  );
  addFormSheet(wb, {
    name: 'OCOP',
    agency: ['UBND TỈNH TUYÊN QUANG', ''],
    title: ['DANH SÁCH SẢN PHẨM OCOP TỈNH TUYÊN QUANG ĐẾN NĂM 2024'],
    header: ['Tên sản phẩm', 'Chủ thể', 'Loại hình chủ thể', 'Xã', 'Huyện', 'Nhóm sản phẩm', 'Điểm', 'Số sao', 'Cấp công nhận', 'Ngày công nhận'],
    rows: TQ_PRODUCTS,
  });
  addFormSheet(wb, {
    name: 'Mục tiêu',
    header: ['Mã chỉ tiêu', 'Nội dung', 'Phạm vi', 'So sánh', 'Giá trị mục tiêu', 'Năm'],
    rows: [
      ['so_san_pham_ocop_5_sao', 'Mỗi huyện, thành phố có ít nhất 01 sản phẩm OCOP 5 sao', 'mỗi huyện, thành phố', 'ít nhất', 1, 2024],
      ['so_san_pham_ocop', 'Tổng số sản phẩm OCOP toàn tỉnh', null, 'trên', 4, 2024],
      ['so_don_vi_co_san_pham_ocop', 'Số xã, phường, thị trấn có sản phẩm OCOP 3 sao trở lên', null, '≥', 5, 2024],
    ],
  });
  return wb;
}

// --- Kiên Giang, province workbook with sheet names as offices name them -----------------------

function kienGiangWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addInfoSheet(
    wb,
    [
      ['Tỉnh', 'Kiên Giang'],
      ['Vùng', 'Đồng bằng sông Cửu Long'],
      ['Năm báo cáo', 2024],
      ['Kính gửi', 'Ban Chỉ đạo Trung ương các Chương trình MTQG\nBộ Nông nghiệp và Môi trường'],
    ],
    'TT chung',
  );
  addFormSheet(wb, {
    name: 'Biểu 01 - Danh sách xã',
    header: ['STT', 'Huyện', 'Tên xã', 'Mức đạt chuẩn', 'Năm đạt chuẩn', ...CRITERIA_19.map((n) => `TC${n}`)],
    rows: [
      [1, 'U Minh Thượng', 'Vĩnh Hòa', 'Đạt chuẩn NTM', 2017, ...marks(19)],
      [2, 'U Minh Thượng', 'Minh Thuận', 'Chưa đạt', null, ...marks(17)],
      [3, 'Giồng Riềng', 'Thạnh Hưng', 'Đạt chuẩn NTM', 2016, ...marks(19)],
      [4, 'Giồng Riềng', 'Thị trấn Giồng Riềng', 'Chưa đạt', null, ...marks(0)],
    ],
  });
  addFormSheet(wb, {
    name: 'Sản phẩm OCOP',
    header: ['Tên sản phẩm', 'Chủ thể', 'Xã', 'Huyện', 'Số sao', 'Ngày công nhận'],
    rows: [
      ['Khô cá lóc U Minh', 'Hộ Út Hiền', 'Vĩnh Hòa', 'U Minh Thượng', '3 sao', day(2023, 4, 1)],
      ['Nước mắm Phú Quốc', 'Công ty Khải Hoàn', 'Thạnh Hưng', 'Giồng Riềng', '4 sao', day(2022, 8, 1)],
      ['Bánh tét lá cẩm', 'Hộ Lâm Thị Hoa', 'Thị trấn Giồng Riềng', 'Giồng Riềng', '3 sao', day(2024, 1, 15)],
    ],
  });
  addFormSheet(wb, {
    name: 'Chỉ tiêu KH 2024',
    header: ['Mã chỉ tiêu', 'Nội dung', 'Giá trị mục tiêu', 'Năm'],
    rows: [['so_san_pham_ocop', 'Có ít nhất 03 sản phẩm OCOP', 3, 2024]],
  });
  addFormSheet(wb, {
    name: 'Chỉ tiêu (bản cũ)',
    header: ['Mã chỉ tiêu', 'Nội dung', 'Giá trị mục tiêu', 'Năm'],
    rows: [['so_san_pham_ocop', 'Có ít nhất 10 sản phẩm OCOP', 10, 2024]],
  });
  return wb;
}

// --- The cases ----------------------------------------------------------------------------------

export const CASES: LayoutCase[] = [
  {
    name: 'kim-boi-bieu-tong-hop',
    pattern: 'motto and title block above a two-row merged header, numbering row, totals with the town, footer, xã prefixes, level spellings',
    build: () => kimBoiWorkbook(kimBoiForm()),
    problems: [],
    infos: KIM_BOI_INFOS,
    metrics: KIM_BOI_METRICS,
  },
  {
    name: 'kim-boi-tong-sai',
    pattern: 'a totals row one out on criterion 5',
    build: () => kimBoiWorkbook(kimBoiForm({}, { criterion: 5, by: 1 })),
    // TC5 is column K (A STT, B name, C level, D–F years, G = TC1).
    problems: [{ code: 'total-mismatch', sheet: 'Xã', cell: `K${KB_TOTAL_ROW}`, says: ['Tổng cộng', 'tiêu chí 5', 'là 16', 'cho 15'] }],
    infos: KIM_BOI_INFOS,
    metrics: KIM_BOI_METRICS,
  },
  {
    name: 'kim-boi-khong-gop-o',
    pattern: 'the same form from a tool that writes no merged areas (group text over blank cells)',
    build: () => kimBoiWorkbook(kimBoiForm({ merges: false })),
    problems: [],
    infos: KIM_BOI_INFOS,
    metrics: KIM_BOI_METRICS,
  },
  {
    name: 'kim-boi-xuong-dong',
    pattern: 'line breaks inside header cells, numbering "A B 1 2 …"',
    build: () => kimBoiWorkbook(kimBoiForm({ wrapHeaders: true, numbering: 'letters' })),
    problems: [],
    infos: KIM_BOI_INFOS,
    metrics: KIM_BOI_METRICS,
  },
  {
    name: 'kim-boi-loi-that',
    pattern: 'planted errors in an office form: none missed, none added',
    build: () => {
      const communes = KIM_BOI.map((c) => [...c] as KimBoiCommune);
      communes[8][4] = 18; // Mỵ Hòa "Đạt chuẩn NTM" with 18 criteria
      const form = kimBoiForm();
      form.rows = [...communes.map((c, i) => kimBoiRow(i, c)), [16, 'Xã Nam Thượng', 'Chưa đạt', null, null, null, ...marks(12), 12], [17, 'Sơn Thủy', 'Đang xét', null, null, null, ...marks(14), 14]];
      return kimBoiWorkbook(form);
    },
    problems: [
      { code: 'level-criteria', sheet: 'Xã', says: ['Mỵ Hòa', '18/19'] },
      { code: 'value-duplicate', sheet: 'Xã', says: ['Nam Thượng'] },
      { code: 'value-enum', sheet: 'Xã', cell: `C${KB_FIRST + 16}`, says: ['Đang xét'] },
    ],
    infos: [{ code: 'row-skipped', sheet: 'Xã', says: ['dòng đánh số cột'] }],
    // 16 xã read (Sơn Thủy's level is unreadable, so it counts as not recognised), Nam Thượng twice.
    metrics: { so_xa: 17, so_xa_dat_chuan_ntm: 6 },
  },
  {
    name: 'hau-giang-nhom-huyen',
    pattern: 'province sheet grouped by district rows, no Huyện column, grand total at the top, plain numbering, two-row target sheet, scope "mỗi huyện, thị xã, thành phố"',
    build: () => hauGiangWorkbook({ grandTotal: true }),
    problems: [{ code: 'target-not-met', sheet: 'Chỉ tiêu' }],
    infos: [
      { code: 'row-skipped', sheet: 'Danh sách xã', says: ['3 dòng nhóm'] },
      { code: 'row-skipped', sheet: 'Danh sách xã', says: ['1 dòng tổng cộng'] },
      { code: 'row-skipped', sheet: 'Danh sách xã', says: ['1 dòng đánh số cột'] },
    ],
    metrics: HAU_GIANG_METRICS,
    districtMetrics: HAU_GIANG_DISTRICTS,
    targets: HAU_GIANG_TARGETS,
  },
  {
    name: 'hau-giang-cong-huyen',
    pattern: 'subtotal rows "Cộng huyện …" after each district group',
    build: () => hauGiangWorkbook({ subtotals: true }),
    problems: [{ code: 'target-not-met', sheet: 'Chỉ tiêu' }],
    infos: [
      { code: 'row-skipped', sheet: 'Danh sách xã', says: ['3 dòng nhóm'] },
      { code: 'row-skipped', sheet: 'Danh sách xã', says: ['3 dòng tổng cộng'] },
    ],
    metrics: HAU_GIANG_METRICS,
    districtMetrics: HAU_GIANG_DISTRICTS,
    targets: HAU_GIANG_TARGETS,
  },
  {
    name: 'hau-giang-nhom-co-so',
    pattern: 'group rows that carry their district figures, one of them wrong',
    build: () => hauGiangWorkbook({ figures: true, wrongGroup: 1 }),
    problems: [
      { code: 'target-not-met', sheet: 'Chỉ tiêu' },
      { code: 'total-mismatch', sheet: 'Danh sách xã', says: ['Thị xã Long Mỹ', 'là 3', 'cho 2'] },
    ],
    infos: [{ code: 'row-skipped', sheet: 'Danh sách xã', says: ['3 dòng nhóm'] }],
    metrics: HAU_GIANG_METRICS,
    districtMetrics: HAU_GIANG_DISTRICTS,
    targets: HAU_GIANG_TARGETS,
  },
  {
    name: 'u-minh-thuong-ocop',
    pattern: 'OCOP list with stars, levels, groups and commune names as typed; "Quyết định công nhận" over Số/Ngày; three-row criteria header under group names; totals in words',
    build: () => umtWorkbook(),
    problems: [{ code: 'ocop-expired', sheet: 'Sản phẩm OCOP', says: ['Cao tràm U Minh'] }],
    infos: [
      { code: 'row-skipped', sheet: 'Sản phẩm OCOP', says: ['1 dòng tổng cộng'] },
      { code: 'row-skipped', sheet: 'Sản phẩm OCOP', says: ['1 dòng đánh số cột'] },
    ],
    metrics: UMT_METRICS,
  },
  {
    name: 'u-minh-thuong-chi-tieu',
    pattern: 'target sheet named "Chỉ tiêu KH 2024" with "Mục tiêu" and "Năm gốc" groups',
    build: () => umtWorkbook({ targetsTwoRow: true }),
    problems: [
      { code: 'ocop-expired', sheet: 'Sản phẩm OCOP' },
      { code: 'target-behind', sheet: 'Chỉ tiêu KH 2024' },
      { code: 'target-behind', sheet: 'Chỉ tiêu KH 2024' },
    ],
    metrics: UMT_METRICS,
    // 8 products by 2025 from 1 in 2021: the straight line asks 6,25 by 2024, 6 are there (behind);
    // 6 xã by 2025 from 4 in 2021: 5,5 asked by 2024, 4 there (behind too).
    targets: { 3: 'behind', 4: 'behind' },
  },
  {
    name: 'tuyen-quang-ocop',
    pattern: 'OCOP-only province workbook: wards and towns as OCOP places, districts written "Huyện Na Hang"/"TP. Tuyên Quang", region with ",", sheets "Thông tin chung" and "Mục tiêu"',
    build: () => tuyenQuangWorkbook(),
    problems: [
      { code: 'ocop-expired', sheet: 'OCOP', says: ['Chè Shan tuyết Hồng Thái'] },
      { code: 'target-not-met', sheet: 'Mục tiêu' },
    ],
    metrics: TQ_METRICS,
    targets: { 2: 'not-met', 3: 'met', 4: 'met' },
  },
  {
    name: 'kien-giang-ten-sheet',
    pattern: 'sheets named "TT chung", "Biểu 01 - Danh sách xã", "Sản phẩm OCOP", "Chỉ tiêu KH 2024", and an old target sheet reported, not silently used',
    build: () => kienGiangWorkbook(),
    problems: [{ code: 'sheet-unrecognised', sheet: 'Chỉ tiêu (bản cũ)' }],
    infos: [{ code: 'unit-not-commune', says: ['Thị trấn Giồng Riềng'] }],
    metrics: { so_xa: 3, so_xa_dat_chuan_ntm: 2, so_san_pham_ocop: 3, so_xa_co_san_pham_ocop: 2, so_don_vi_co_san_pham_ocop: 3 },
    targets: { 2: 'met' },
  },
  {
    name: 'kim-boi-ba-dong',
    pattern: 'three header rows: "Kết quả thực hiện" over "Tiêu chí" over 1…19, "Mức đạt chuẩn" merged down over all three',
    build: () =>
      kimBoiWorkbook(
        kimBoiForm({
          header: [
            'STT',
            'Tên xã',
            'Mức đạt chuẩn',
            { text: 'Năm đạt chuẩn', columns: ['NTM', 'Nâng cao', 'Kiểu mẫu'] },
            { text: 'Kết quả thực hiện', columns: [{ text: 'Tiêu chí', columns: CRITERIA_19.map(String) }, 'Số tiêu chí đạt'] },
          ],
        }),
      ),
    problems: [],
    infos: [{ code: 'unit-not-commune', sheet: 'Xã', says: ['Thị trấn Bo'] }],
    metrics: KIM_BOI_METRICS,
  },
  {
    name: 'hau-giang-cot-huyen',
    pattern: 'province sheet with a Huyện column written "H. Châu Thành", "TX. Long Mỹ", "TP Ngã Bảy", a target for one district named in full',
    build: () => {
      const wb = new ExcelJS.Workbook();
      hauGiangInfo(wb);
      const spelled: Record<string, string> = { 'Huyện Châu Thành': 'H. Châu Thành', 'Thị xã Long Mỹ': 'TX. Long Mỹ', 'TP. Ngã Bảy': 'TP Ngã Bảy' };
      addFormSheet(wb, {
        name: 'Xã',
        header: ['STT', { text: 'Đơn vị hành chính', columns: ['Huyện/thị xã/thành phố', 'Xã'] }, 'Mức đạt chuẩn', 'Năm đạt chuẩn', 'Năm đạt nâng cao', ...CRITERIA_19.map((n) => `TC${n}`)],
        rows: HAU_GIANG.flatMap(([d, communes]) => communes.map((c, i) => [i + 1, spelled[d], c[0], c[1], c[2], c[3], ...marks(c[4])])),
      });
      addFormSheet(wb, {
        name: 'Chỉ tiêu',
        header: ['Mã chỉ tiêu', 'Nội dung', 'Phạm vi', 'Giá trị mục tiêu', 'Năm'],
        rows: [
          ['so_xa_dat_chuan_ntm', 'Thị xã Long Mỹ có thêm 01 xã đạt chuẩn (03/03 xã)', 'Thị xã Long Mỹ', 3, 2022],
          ['so_xa_dat_chuan_ntm', 'Huyện Châu Thành có 02 xã đạt chuẩn', 'huyện Châu Thành', 2, 2022],
        ],
      });
      return wb;
    },
    problems: [{ code: 'target-not-met', sheet: 'Chỉ tiêu' }],
    metrics: HAU_GIANG_METRICS,
    districtMetrics: { 'Châu Thành': { so_xa: 3, so_xa_dat_chuan_ntm: 2 }, 'Thị xã Long Mỹ': { so_xa: 3, so_xa_dat_chuan_ntm: 2 } },
    targets: { 2: 'not-met', 3: 'met' },
  },
  {
    name: 'kim-boi-ty-le',
    pattern: 'a "Tỷ lệ (%)" row under the totals, with shares in the criteria columns (not compared as counts)',
    build: () => {
      const form = kimBoiForm();
      const shares = CRITERIA_19.map((n) => `${Math.round((KIM_BOI.filter((c) => c[4] >= n).length / 15) * 1000) / 10}%`.replace('.', ','));
      form.rows = [...form.rows, { cells: ['Tỷ lệ (%)', null, null, null, null, null, ...shares], merge: [1, 2] }];
      return kimBoiWorkbook(form);
    },
    problems: [],
    infos: [{ code: 'row-skipped', sheet: 'Xã', says: ['2 dòng tổng cộng', `dòng ${KB_TOTAL_ROW}–${KB_TOTAL_ROW + 1}`] }],
    metrics: KIM_BOI_METRICS,
  },
];
