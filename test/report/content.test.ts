import { buildContent, STATUS_NAMES } from '../../report';
import { signatureLines } from '../../report/content/header';
import { districtResult, provinceResult } from './fixtures';

describe('report content from the engine result', () => {
  const content = buildContent(districtResult());

  test('NTM sentence as the documents write it', () => {
    expect(content.scalars.doan_ntm).toBe(
      'Toàn huyện có 04/06 xã đạt chuẩn nông thôn mới, chiếm 66,7%; trong đó có 03 xã đạt chuẩn nông thôn mới nâng cao (chiếm 50%) và 01 xã đạt chuẩn nông thôn mới kiểu mẫu (chiếm 16,7%); bình quân đạt 17,5 tiêu chí/xã. ' +
        'Trong năm 2024, chưa có xã được công nhận thêm đạt chuẩn nông thôn mới.',
    );
    expect(content.scalars.so_xa).toBe('06');
    expect(content.scalars.ty_le_xa_dat_chuan_ntm).toBe('66,7%');
    expect(content.scalars.binh_quan_tieu_chi).toBe('17,5');
  });

  test('header data: ND30 date, number, signature lines', () => {
    expect(content.scalars.ngay_ban_hanh).toBe('ngày 05 tháng 3 năm 2024');
    expect(content.scalars.so_van_ban).toBe('15');
    // Part C of issue 12: broken between the body's name and the place, the place held together.
    expect(content.scalars.co_quan_ban_hanh).toBe('ỦY BAN NHÂN DÂN\nHUYỆN\u00a0U\u00a0MINH\u00a0THƯỢNG');
    expect(content.scalars.quyen_han_ky).toBe('KT. CHỦ TỊCH');
    expect(content.scalars.chuc_vu_nguoi_ky).toBe('PHÓ CHỦ TỊCH');
  });

  test('missing Số văn bản and Ngày ban hành leave room to write by hand', () => {
    const c = buildContent(provinceResult());
    expect(c.scalars.so_van_ban.trim()).toBe('');
    expect(c.scalars.so_van_ban.length).toBeGreaterThanOrEqual(4);
    expect(c.scalars.ngay_ban_hanh).toMatch(/^ngày {3,}tháng {3,}năm 2024$/);
    expect(c.scalars.quyen_han_ky).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(c.scalars.chuc_vu_nguoi_ky).toBe('CHỦ TỊCH');
  });

  test('signature lines for each authority', () => {
    expect(signatureLines('KT', 'Phó Giám đốc', 'Sở Nông nghiệp và Môi trường')).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureLines('TL.', 'Chánh Văn phòng', 'Ủy ban nhân dân tỉnh Hậu Giang')).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(signatureLines('Q.', 'Chủ tịch', 'UBND huyện')).toEqual(['', 'Q. CHỦ TỊCH']);
    expect(signatureLines(undefined, 'Chủ tịch', 'UBND huyện')).toEqual(['', 'CHỦ TỊCH']);
  });

  test('targets: status in Vietnamese, completion rate, section II list', () => {
    const rows = content.lists.muc_tieu;
    expect(rows.map((r) => r.danh_gia)).toEqual(['Chưa đạt', 'Đạt', 'Chậm tiến độ']);
    // One rounding rule: the rate reads 66,7% in the table as in the sentence, and completion is
    // worked out from the figures as written (66,7 / 80).
    expect(rows[0]).toMatchObject({ muc_tieu: '≥ 80%', thuc_hien: '66,7%', ty_le_hoan_thanh: '83,4%' });
    expect(rows[2]).toMatchObject({ muc_tieu: '≥ 06 sản phẩm', thuc_hien: '03 sản phẩm', ty_le_hoan_thanh: '50%' });
    expect(Object.values(STATUS_NAMES)).toEqual(['Đạt', 'Chưa đạt', 'Chậm tiến độ', 'Đúng tiến độ', 'Không đánh giá được']);
    const block = content.blocks.ds_ton_tai;
    if (block.kind !== 'paragraphs') throw new Error('paragraphs expected');
    const text = block.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('- Tỷ lệ xã đạt chuẩn nông thôn mới: chưa đạt; mục tiêu đến năm 2024 là từ 80% trở lên, thực hiện 66,7%, còn thiếu 13,3 điểm phần trăm so với mục tiêu;');
    expect(text).toContain('- Số sản phẩm OCOP 3 sao trở lên: chậm tiến độ; mục tiêu đến năm 2025 là từ 06 sản phẩm trở lên, thực hiện 03 sản phẩm, còn thiếu 03 sản phẩm so với mục tiêu.');
    // The commune with fewest criteria comes first, with the criteria it lacks by name.
    expect(text).toContain('- Xã Thạnh Yên A đạt 13/19 tiêu chí, còn thiếu 06 tiêu chí: số 14, 15, 16, 17, 18 và 19;');
    expect(text.indexOf('Thạnh Yên A')).toBeLessThan(text.indexOf('Hòa Chánh'));
  });

  test('OCOP by stars and subject type', () => {
    expect(content.scalars.doan_ocop).toBe(
      'Toàn huyện có 03 sản phẩm OCOP đạt từ 3 sao trở lên, gồm 02 sản phẩm 3 sao và 01 sản phẩm 4 sao; trong đó 01 sản phẩm do hợp tác xã, tổ hợp tác làm chủ thể; 03/06 xã có sản phẩm OCOP từ 3 sao trở lên (chiếm 50%).',
    );
    const table = content.blocks.bang_ocop;
    if (table.kind !== 'table') throw new Error('table expected');
    const total = table.table.rows[table.table.rows.length - 1].map((c) => c.text);
    expect(total).toEqual(['', 'Tổng cộng', '02', '01', '-', '03']);
  });

  test('appendix matrix: x for met, total, level; province grouped by district', () => {
    const m = content.blocks.phu_luc_ma_tran;
    if (m.kind !== 'table') throw new Error('table expected');
    expect(m.table.header[1]).toHaveLength(19);
    const last = m.table.rows[m.table.rows.length - 1].map((c) => c.text);
    expect(last.slice(0, 2)).toEqual(['6', 'Thạnh Yên A']);
    expect(last.slice(2, 21).filter((x) => x === 'x')).toHaveLength(13);
    expect(last.slice(21)).toEqual(['13', 'Chưa đạt']);
    const p = buildContent(provinceResult()).blocks.phu_luc_ma_tran;
    if (p.kind !== 'table') throw new Error('table expected');
    expect(p.table.rows.filter((r) => r.length === 1).map((r) => r[0].text)).toEqual(['Huyện Phụng Hiệp', 'Huyện Vị Thủy']);
  });

  test('one district of a province: its communes, its metrics, its targets', () => {
    const c = buildContent(provinceResult(), { district: 'Vị Thủy' });
    expect(c.scalars.ten_don_vi).toBe('huyện Vị Thủy');
    // The province's report on one of its districts (SPEC §7).
    expect(c.scalars.doan_ntm).toMatch(
      /^Trên địa bàn huyện Vị Thủy có 01\/02 xã đạt chuẩn nông thôn mới, chiếm 50%; trong đó có 01 xã đạt chuẩn nông thôn mới nâng cao \(chiếm 50%\); bình quân đạt 13,5 tiêu chí\/xã\./,
    );
    expect(c.scalars.co_quan_bao_cao).toBe('UBND tỉnh Hậu Giang');
    expect(c.scalars.tren_dia_ban).toBe('trên địa bàn huyện Vị Thủy');
    expect(c.lists.xa.map((x) => x.ten)).toEqual(['Vị Thanh', 'Vị Bình']);
    expect(c.lists.muc_tieu).toHaveLength(1);
    expect(c.lists.muc_tieu[0]).toMatchObject({ danh_gia: 'Chưa đạt', thuc_hien: '01 sản phẩm' });
    expect(() => buildContent(provinceResult(), { district: 'Không Có' })).toThrow('Sổ không có huyện "Không Có"');
  });
});
