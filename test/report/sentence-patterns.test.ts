import { buildContent, type ReportContent } from '../../report';
import { utcDate } from '../../engine';
import { resultOf, sp, target, xa, type DataOptions } from './sentence-data';

/**
 * Every sentence pattern the report writes, each with an example checked against the data it comes
 * from (issue 12, item 2). A pattern that changes must change here, with its example.
 */

function text(content: ReportContent, name: string): string {
  if (name in content.scalars) return content.scalars[name];
  const block = content.blocks[name];
  if (!block || block.kind !== 'paragraphs') throw new Error(`no paragraphs block ${name}`);
  return block.paragraphs.map((p) => p.text).join('\n');
}

const FOUR = [
  xa('Vĩnh Hòa', 19, 'nang-cao', { dat: 2021, nc: 2024 }),
  xa('Thạnh Yên', 19, 'dat-chuan', { dat: 2024 }),
  xa('Hòa Chánh', 19, 'dat-chuan', { dat: 2022 }),
  xa('Minh Thuận', 16, 'chua-dat'),
];

const PROVINCE = [xa('Phú Hữu', 19, 'dat-chuan', { dat: 2024 }, 'Châu Thành'), xa('Đông Phú', 15, 'chua-dat', {}, 'Châu Thành'), xa('Tân Thành', 19, 'dat-chuan', { dat: 2020 }, 'Thành phố Ngã Bảy')];

const PROVINCE_INFO = { huyen: undefined, tinh: 'Hậu Giang', coQuanBanHanh: 'Ủy ban nhân dân tỉnh Hậu Giang' };

interface Pattern {
  pattern: string;
  data: DataOptions;
  district?: string;
  placeholder: string;
  example: string;
}

const PATTERNS: Pattern[] = [
  {
    pattern: 'NTM: shares, higher levels, in-year by name, against last year',
    data: { communes: FOUR },
    placeholder: 'doan_ntm',
    example:
      'Toàn huyện có 03/04 xã đạt chuẩn nông thôn mới, chiếm 75%; trong đó có 01 xã đạt chuẩn nông thôn mới nâng cao (chiếm 25%); bình quân đạt 18,3 tiêu chí/xã. ' +
      'Trong năm 2024, công nhận thêm 01 xã đạt chuẩn nông thôn mới: xã Thạnh Yên; 01 xã đạt chuẩn nông thôn mới nâng cao: xã Vĩnh Hòa. ' +
      'So với năm 2023, số xã đạt chuẩn nông thôn mới tăng 01 xã (từ 02 lên 03 xã), tỷ lệ tăng từ 50% lên 75%; số xã đạt chuẩn nông thôn mới nâng cao tăng 01 xã (từ 0 lên 01 xã).',
  },
  {
    pattern: 'NTM: no commune recognised yet, zero in words, nothing new in the year',
    data: { communes: [xa('Minh Thuận', 16, 'chua-dat'), xa('An Minh Bắc', 12, 'chua-dat')] },
    placeholder: 'doan_ntm',
    example: 'Toàn huyện có 02 xã, chưa có xã nào đạt chuẩn nông thôn mới; bình quân đạt 14 tiêu chí/xã. Trong năm 2024, chưa có xã được công nhận thêm đạt chuẩn nông thôn mới.',
  },
  {
    pattern: 'NTM in a province report: communes named with their district',
    data: { info: PROVINCE_INFO, communes: PROVINCE },
    placeholder: 'doan_ntm',
    example:
      'Toàn tỉnh có 02/03 xã đạt chuẩn nông thôn mới, chiếm 66,7%; bình quân đạt 17,7 tiêu chí/xã. ' +
      'Trong năm 2024, công nhận thêm 01 xã đạt chuẩn nông thôn mới: xã Phú Hữu (huyện Châu Thành). ' +
      'So với năm 2023, số xã đạt chuẩn nông thôn mới tăng 01 xã (từ 01 lên 02 xã), tỷ lệ tăng từ 33,3% lên 66,7%.',
  },
  {
    pattern: 'NTM in the province\'s report on one district: "Trên địa bàn …"',
    data: { info: PROVINCE_INFO, communes: PROVINCE },
    district: 'Thành phố Ngã Bảy',
    placeholder: 'doan_ntm',
    example:
      'Trên địa bàn thành phố Ngã Bảy có 01/01 xã đạt chuẩn nông thôn mới, chiếm 100%; bình quân đạt 19 tiêu chí/xã. ' +
      'Trong năm 2024, chưa có xã được công nhận thêm đạt chuẩn nông thôn mới. So với năm 2023, số xã đạt chuẩn nông thôn mới không đổi (01 xã).',
  },
  {
    pattern: 'NTM in a six-month report: recognitions counted from the start of the year',
    data: { info: { reportPeriod: '6-thang' }, communes: [xa('Thạnh Yên', 19, 'dat-chuan', { dat: 2024 }), xa('Minh Thuận', 16, 'chua-dat')] },
    placeholder: 'doan_ntm',
    example:
      'Toàn huyện có 01/02 xã đạt chuẩn nông thôn mới, chiếm 50%; bình quân đạt 17,5 tiêu chí/xã. Từ đầu năm 2024 đến nay, công nhận thêm 01 xã đạt chuẩn nông thôn mới: xã Thạnh Yên. ' +
      'So với năm 2023, số xã đạt chuẩn nông thôn mới tăng 01 xã (từ 0 lên 01 xã), tỷ lệ tăng từ 0% lên 50%.',
  },
  {
    pattern: 'Products of a six-month report: those recognised by 30 June',
    data: { info: { reportPeriod: '6-thang' }, communes: FOUR, products: [sp('Khô cá', 4, utcDate(2024, 3, 2), 'Thạnh Yên'), sp('Nấm', 3, utcDate(2024, 8, 1), 'Hòa Chánh')] },
    placeholder: 'ds_ocop_trong_nam',
    example: 'Trong 6 tháng đầu năm 2024, công nhận thêm 01 sản phẩm OCOP:\n- Khô cá (4 sao) của HTX Khô cá, xã Thạnh Yên, công nhận ngày 02/3/2024.',
  },
  {
    pattern: 'Bands: full set first, then bands in use, empty lower bands said once and positively',
    data: { communes: FOUR },
    placeholder: 'doan_muc_tieu_chi',
    example: 'Về mức độ đạt tiêu chí: 03/04 xã đạt đủ 19 tiêu chí, 01 xã đạt từ 15 - 18 tiêu chí; không còn xã nào đạt dưới 15 tiêu chí.',
  },
  {
    pattern: 'Bands: every commune complete',
    data: { communes: [xa('Đại Thành', 19, 'dat-chuan', { dat: 2020 }), xa('Tân Thành', 19, 'nang-cao', { dat: 2019, nc: 2021 })] },
    placeholder: 'doan_muc_tieu_chi',
    example: 'Về mức độ đạt tiêu chí: 02/02 xã đạt đủ 19 tiêu chí.',
  },
  {
    pattern: 'Bands: an empty band between two in use is not mentioned',
    data: { communes: [xa('A', 17, 'chua-dat'), xa('B', 8, 'chua-dat')] },
    placeholder: 'doan_muc_tieu_chi',
    example: 'Về mức độ đạt tiêu chí: 01 xã đạt từ 15 - 18 tiêu chí, 01 xã đạt dưới 10 tiêu chí.',
  },
  {
    pattern: "Indicators with last year's figures (--previous): change in the same rounding",
    data: {
      communes: [{ ...xa('A', 19, 'dat-chuan', { dat: 2020 }), thuNhap: 60.004, tyLeHoNgheo: 2.5, tyLeBhyt: 94.02 }],
      previousIndicators: { thu_nhap_binh_quan: 55.8, ty_le_ho_ngheo: 3.04, ty_le_bhyt: 94.03 },
    },
    placeholder: 'doan_thu_nhap',
    example:
      'Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm, tăng 4,2 triệu đồng so với năm 2023; tỷ lệ hộ nghèo đa chiều còn 2,5%, giảm 0,5 điểm phần trăm so với năm 2023; ' +
      'tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%, không đổi so với năm 2023.',
  },
  {
    pattern: 'OCOP: by stars joined with "và", cooperatives, communes with a product, against last year',
    data: {
      communes: FOUR,
      products: [sp('Mật ong', 3, utcDate(2022, 5, 1), 'Vĩnh Hòa'), sp('Khô cá', 4, utcDate(2024, 3, 2), 'Thạnh Yên', { loaiHinh: 'DN', chuThe: 'Công ty Minh Phát' })],
    },
    placeholder: 'doan_ocop',
    example:
      'Toàn huyện có 02 sản phẩm OCOP đạt từ 3 sao trở lên, gồm 01 sản phẩm 3 sao và 01 sản phẩm 4 sao; trong đó 01 sản phẩm do hợp tác xã, tổ hợp tác làm chủ thể; ' +
      '02/04 xã có sản phẩm OCOP từ 3 sao trở lên (chiếm 50%). So với năm 2023, số sản phẩm OCOP từ 3 sao trở lên tăng 01 sản phẩm (từ 01 lên 02 sản phẩm).',
  },
  {
    pattern: 'OCOP: none yet',
    data: { communes: FOUR },
    placeholder: 'doan_ocop',
    example: 'Toàn huyện chưa có sản phẩm OCOP đạt từ 3 sao trở lên.',
  },
  {
    pattern: 'Products recognised in the year, by name, the last item ending with "."',
    data: {
      communes: FOUR,
      products: [
        sp('Mật ong', 3, utcDate(2022, 5, 1), 'Vĩnh Hòa'),
        sp('Khô cá', 4, utcDate(2024, 3, 2), 'Thạnh Yên', { chuThe: 'Công ty Minh Phát', soQuyetDinh: '1124/QĐ-UBND' }),
        sp('Nấm rơm', 3, utcDate(2024, 10, 9), 'Hòa Chánh', { chuThe: 'Hộ kinh doanh Lê Lan' }),
      ],
    },
    placeholder: 'ds_ocop_trong_nam',
    example:
      'Trong năm 2024, công nhận thêm 02 sản phẩm OCOP:\n' +
      '- Khô cá (4 sao) của Công ty Minh Phát, xã Thạnh Yên, Quyết định số 1124/QĐ-UBND ngày 02/3/2024;\n' +
      '- Nấm rơm (3 sao) của Hộ kinh doanh Lê Lan, xã Hòa Chánh, công nhận ngày 09/10/2024.',
  },
  {
    pattern: 'Many products in the year: counted, the names left to Phụ lục II',
    data: { communes: FOUR, products: Array.from({ length: 21 }, (_, i) => sp(`Sản phẩm ${i + 1}`, 3, utcDate(2024, 2, i + 1), 'Vĩnh Hòa')) },
    placeholder: 'ds_ocop_trong_nam',
    example: 'Trong năm 2024, công nhận thêm 21 sản phẩm OCOP (danh sách tại Phụ lục II).',
  },
  {
    pattern: 'More than 30 communes recognised at one level (a regional book): counted, not named',
    data: { communes: Array.from({ length: 31 }, (_, i) => xa(`Xã số ${i + 1}`, 19, 'dat-chuan', { dat: 2024 })) },
    placeholder: 'doan_ntm',
    example:
      'Toàn huyện có 31/31 xã đạt chuẩn nông thôn mới, chiếm 100%; bình quân đạt 19 tiêu chí/xã. Trong năm 2024, công nhận thêm 31 xã đạt chuẩn nông thôn mới. ' +
      'So với năm 2023, số xã đạt chuẩn nông thôn mới tăng 31 xã (từ 0 lên 31 xã), tỷ lệ tăng từ 0% lên 100%.',
  },
  {
    pattern: 'Products recognised in the year: none',
    data: { communes: FOUR, products: [sp('Mật ong', 3, utcDate(2022, 5, 1), 'Vĩnh Hòa')] },
    placeholder: 'ds_ocop_trong_nam',
    example: 'Trong năm 2024, chưa có sản phẩm OCOP được công nhận thêm.',
  },
  {
    pattern: 'Certificates expiring within 6 months of the issue date, by name, soonest first',
    data: {
      communes: FOUR,
      products: [
        sp('Mật ong', 3, utcDate(2022, 5, 1), 'Vĩnh Hòa'),
        sp('Tôm khô', 3, utcDate(2022, 2, 10), 'Hòa Chánh', { chuThe: 'Tổ hợp tác Kênh 4' }),
        sp('Gạo', 4, utcDate(2022, 12, 1), 'Thạnh Yên'),
      ],
    },
    placeholder: 'ds_ocop_het_han',
    example:
      'Có 02 sản phẩm OCOP hết hạn chứng nhận từ nay đến ngày 16/6/2025, cần hướng dẫn chủ thể đánh giá, công nhận lại:\n' +
      '- Tôm khô (3 sao) của Tổ hợp tác Kênh 4, xã Hòa Chánh: hết hạn ngày 10/02/2025;\n' +
      '- Mật ong (3 sao) của HTX Mật ong, xã Vĩnh Hòa: hết hạn ngày 01/5/2025.',
  },
  {
    pattern: 'Certificates already ended, then none expiring soon',
    data: { communes: FOUR, products: [sp('Mật ong', 3, utcDate(2021, 6, 1), 'Vĩnh Hòa'), sp('Gạo', 4, utcDate(2024, 1, 5), 'Thạnh Yên')] },
    placeholder: 'ds_ocop_het_han',
    example:
      'Có 01 sản phẩm OCOP đã hết hạn chứng nhận, cần đánh giá, công nhận lại:\n' +
      '- Mật ong (3 sao) của HTX Mật ong, xã Vĩnh Hòa: hết hạn ngày 01/6/2024.\n' +
      'Không có sản phẩm OCOP nào hết hạn chứng nhận từ nay đến ngày 16/6/2025.',
  },
  {
    pattern: 'Certificates expiring: none',
    data: { communes: FOUR, products: [sp('Gạo', 4, utcDate(2024, 1, 5), 'Thạnh Yên')] },
    placeholder: 'ds_ocop_het_han',
    example: 'Không có sản phẩm OCOP nào hết hạn chứng nhận từ nay đến ngày 16/6/2025.',
  },
  {
    pattern: 'Targets: mixed verdicts, joined with "và"',
    data: {
      targets: [target({ status: 'met' }), target({ status: 'met' }), target({ status: 'behind', deadline: 2025 }), target({ status: 'not-met' })],
    },
    placeholder: 'doan_chi_tieu',
    example: 'Trong 04 chỉ tiêu kế hoạch được theo dõi, có 02 chỉ tiêu đạt, 01 chỉ tiêu chưa đạt và 01 chỉ tiêu chậm tiến độ.',
  },
  {
    pattern: 'Targets: all with one verdict',
    data: { targets: [target({ status: 'met' }), target({ status: 'met' }), target({ status: 'met' })] },
    placeholder: 'doan_chi_tieu',
    example: 'Cả 03 chỉ tiêu kế hoạch được theo dõi đều đạt.',
  },
  {
    pattern: 'Targets: only one',
    data: { targets: [target({ status: 'on-track', deadline: 2025 })] },
    placeholder: 'doan_chi_tieu',
    example: 'Sổ theo dõi có 01 chỉ tiêu kế hoạch; chỉ tiêu này đúng tiến độ.',
  },
  {
    pattern: "Targets in the province's report on one district: those that apply to it",
    data: { info: PROVINCE_INFO, communes: PROVINCE, targets: [target({ scope: 'Châu Thành', scopeKind: 'district', district: 'Châu Thành', status: 'met' })] },
    district: 'Châu Thành',
    placeholder: 'doan_chi_tieu',
    example: 'Có 01 chỉ tiêu kế hoạch áp dụng cho huyện Châu Thành; chỉ tiêu này đạt.',
  },
  {
    pattern: 'No target applies to the district',
    data: { info: PROVINCE_INFO, communes: PROVINCE, targets: [target({ status: 'met' })] },
    district: 'Châu Thành',
    placeholder: 'doan_chi_tieu',
    example: 'Chưa có chỉ tiêu kế hoạch áp dụng riêng cho huyện Châu Thành.',
  },
  {
    pattern: 'Lagging targets by what they miss: communes whole, percentages in points, ceilings to reduce; the last item ends with "."',
    data: {
      targets: [
        target({ code: 'so_xa_dat_chuan_ntm', description: 'Có 06 xã đạt chuẩn nông thôn mới', target: 6, actual: 4, deadline: 2025, status: 'behind', expected: 5.4 }),
        target({ code: 'ty_le_bhyt', description: 'Tỷ lệ tham gia BHYT', target: 95, actual: 94.02, unit: '%', deadline: 2024, status: 'not-met' }),
        target({ code: 'so_xa_duoi_5_tieu_chi', description: 'Không còn xã đạt dưới 5 tiêu chí', comparator: '≤', target: 0, actual: 4, deadline: 2024, status: 'not-met' }),
      ],
    },
    placeholder: 'ds_chi_tieu_chua_dat',
    example:
      '- Có 06 xã đạt chuẩn nông thôn mới: chậm tiến độ; mục tiêu đến năm 2025 là từ 06 xã trở lên, thực hiện 04 xã, còn thiếu 02 xã so với mục tiêu;\n' +
      '- Tỷ lệ tham gia BHYT: chưa đạt; mục tiêu đến năm 2024 là từ 95% trở lên, thực hiện 94%, còn thiếu 1 điểm phần trăm so với mục tiêu;\n' +
      '- Không còn xã đạt dưới 5 tiêu chí: chưa đạt; mục tiêu đến năm 2024 là không còn xã nào, hiện còn 04 xã, cần giảm thêm 04 xã.',
  },
  {
    pattern: 'A "mỗi huyện" target in a province report: the failing districts with their own figures, never the worst as the whole',
    data: {
      info: PROVINCE_INFO,
      communes: PROVINCE,
      targets: [
        target({
          code: 'so_san_pham_ocop',
          description: 'Mỗi huyện có ít nhất 05 sản phẩm OCOP',
          scope: 'mỗi huyện',
          scopeKind: 'each-district',
          target: 5,
          actual: 3,
          status: 'not-met',
          failingUnits: ['Thành phố Ngã Bảy'],
          units: [
            { name: 'Châu Thành', actual: 8, status: 'met', completion: 160 },
            { name: 'Thành phố Ngã Bảy', actual: 3, status: 'not-met', completion: 60 },
          ],
        }),
      ],
    },
    placeholder: 'ds_chi_tieu_chua_dat',
    example: '- Mỗi huyện có ít nhất 05 sản phẩm OCOP: chưa đạt; mục tiêu đến năm 2024 là từ 05 sản phẩm trở lên, còn 01/02 đơn vị chưa đạt: thành phố Ngã Bảy (03 sản phẩm).',
  },
  {
    pattern: 'Lagging communes: one criterion by name, up to three by name, more by number',
    data: {
      communes: [xa('Minh Thuận', 18, 'chua-dat'), xa('An Minh Bắc', 16, 'chua-dat'), xa('Thạnh Yên A', 14, 'chua-dat')],
    },
    placeholder: 'ds_xa_thap_nhat',
    example:
      '- Xã Thạnh Yên A đạt 14/19 tiêu chí, còn thiếu 05 tiêu chí: số 15, 16, 17, 18 và 19;\n' +
      '- Xã An Minh Bắc đạt 16/19 tiêu chí, còn thiếu 03 tiêu chí: 17. Môi trường và an toàn thực phẩm, 18. Hệ thống chính trị và tiếp cận pháp luật, 19. Quốc phòng và An ninh;\n' +
      '- Xã Minh Thuận đạt 18/19 tiêu chí, còn thiếu tiêu chí 19. Quốc phòng và An ninh.',
  },
  {
    pattern: 'Section II when every commune is recognised: a count, not a negative',
    data: { communes: [xa('Đại Thành', 19, 'dat-chuan', { dat: 2020 }), xa('Tân Thành', 19, 'dat-chuan', { dat: 2021 })], targets: [target({ status: 'met' })] },
    placeholder: 'ds_ton_tai',
    example: 'a) Các chỉ tiêu kế hoạch đều đạt hoặc đúng tiến độ.\nb) 02/02 xã đã đạt chuẩn nông thôn mới.',
  },
  {
    pattern: "Title and intro of the province's report on one district",
    data: { info: PROVINCE_INFO, communes: PROVINCE },
    district: 'Châu Thành',
    placeholder: 'tren_dia_ban',
    example: 'trên địa bàn huyện Châu Thành',
  },
];

describe('every sentence pattern, with an example checked against its data', () => {
  test.each(PATTERNS.map((p) => [p.pattern, p] as const))('%s', (_name, p) => {
    const content = buildContent(resultOf(p.data), { district: p.district });
    expect(text(content, p.placeholder)).toBe(p.example);
  });

  test('no pattern writes a sign, "00", a fraction of a commune or a doubled "của"', () => {
    for (const p of PATTERNS) {
      const t = p.example;
      expect(t).not.toMatch(/[≥≤<>]/u);
      expect(t).not.toMatch(/(^|[^\d,])00(?![\d/])/u);
      expect(t).not.toMatch(/\d,\d+ (xã|sản phẩm)/u);
      expect(t).not.toMatch(/của [^.;:]* của /u);
    }
  });
});
