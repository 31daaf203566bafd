import { formatDateLong, loadRules, reportingUnit } from '../../engine';
import type { ParagraphContent } from './types';
import type { ReportScope } from './scope';
import { areaSubject, upper } from './names';

/** Blank room for a number or a date written by hand when the report is signed (ND30 practice). */
const HAND_NUMBER = '      ';
const HAND_DAY = '     ';

/** "ngày 05 tháng 3 năm 2024", or "ngày      tháng      năm 2024" to be completed by hand. */
export function issueDate(scope: ReportScope): string {
  const date = scope.info.ngayBanHanh;
  if (date) return formatDateLong(date);
  return `ngày${HAND_DAY}tháng${HAND_DAY}năm ${scope.year}`;
}

const DEFAULT_PLAN = 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới';

export function headerScalars(scope: ReportScope, kinhGui: string): Record<string, string> {
  // The issuer's data head and sign the report; the area is what its body speaks of.
  const info = scope.issuer;
  const rules = loadRules();
  const set = rules.criteria[scope.period];
  const kyHieu = info.kyHieuCoQuan?.trim() || 'UBND';
  const unit = reportingUnit(info);
  const area = reportingUnit(scope.info);
  const signature = signatureLines(info.quyenHanKy, info.chucVuNguoiKy, info.coQuanBanHanh);
  return {
    co_quan_chu_quan: agencyLines(upper(info.coQuanChuQuan?.trim() ?? '')),
    co_quan_ban_hanh: agencyLines(upper(info.coQuanBanHanh?.trim() || `ỦY BAN NHÂN DÂN ${unit}`)),
    ky_hieu_co_quan: upper(kyHieu),
    so_van_ban: documentNumber(info.soVanBan),
    dia_danh: info.diaDanh?.trim() || (info.huyen ?? info.tinh),
    ngay_ban_hanh: issueDate(scope),
    nam_bao_cao: String(scope.year),
    ky_bao_cao: info.reportPeriod === '6-thang' ? `6 tháng đầu năm ${scope.year}` : `năm ${scope.year}`,
    can_cu_ke_hoach: info.canCuKeHoach?.trim() || DEFAULT_PLAN,
    kinh_gui: kinhGui.trim(),
    ten_don_vi: area,
    toan_don_vi: areaSubject(scope),
    tren_dia_ban: scope.onArea ? `trên địa bàn ${area}` : '',
    co_quan_bao_cao: `${kyHieu} ${unit}`,
    giai_doan: scope.period,
    bo_tieu_chi: set.title,
    so_tieu_chi: String(set.criteria.length),
    quyen_han_ky: signature[0],
    chuc_vu_nguoi_ky: signature[1],
    nguoi_ky: info.nguoiKy?.trim() ?? '',
  };
}

/** ND30 II.3: a number below 10 has a leading zero ("Số: 05/BC-UBND"); blank leaves room to write it by hand. */
export function documentNumber(typed: string | undefined): string {
  const n = typed?.trim() ?? '';
  if (n === '') return HAND_NUMBER;
  return /^[1-9]$/.test(n) ? `0${n}` : n;
}

/** Longest agency line the header's left column holds at 13 pt (6,5 cm), in characters. */
const AGENCY_LINE = 22;
// The place of a local body: the last of these words starts it ("… THƯƠNG BINH VÀ XÃ HỘI" is no place).
const PLACE = /\s(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ(?! HỘI)|PHƯỜNG|THỊ TRẤN)\s/gu;

/**
 * An agency name too long for one line breaks between the body's name and the place, as ND30
 * documents write it ("ỦY BAN NHÂN DÂN" / "HUYỆN KIM BÔI"), and the place is held together by
 * no-break spaces so Word never breaks inside it ("TỈNH AN / GIANG"). Short names stay on one line.
 */
export function agencyLines(name: string): string {
  if (name.length <= AGENCY_LINE) return name;
  const last = [...name.matchAll(PLACE)].pop();
  if (!last || last.index === undefined || last.index === 0) return name;
  return `${name.slice(0, last.index)}\n${name.slice(last.index + 1).replace(/ /g, '\u00a0')}`;
}

/**
 * The two lines above the signature (ND30 ô 7a/7b): "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH",
 * "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH". The first line is empty when the head signs in their own name.
 */
export function signatureLines(authority: string | undefined, title: string | undefined, agency: string | undefined): [string, string] {
  const chucVu = upper(title?.trim() ?? '');
  const body = upper(agency?.trim() ?? '');
  const typed = authority?.trim() ?? '';
  // A whole line typed in the workbook ("KT. CHỦ TỊCH", "TM. BAN CHỈ ĐẠO") is used as typed.
  if (/^\p{L}+\.?\s+\S/u.test(typed)) return [typed, chucVu];
  const auth = typed.toUpperCase().replace(/\.?$/, '.');
  if (!auth || auth === '.') return ['', chucVu];
  const head = headTitle(body, chucVu);
  switch (auth) {
    case 'TM.':
      return [`TM. ${collectiveName(body)}`, chucVu];
    case 'Q.':
      // The acting head signs with the head's title: one line.
      return ['', `Q. ${chucVu.replace(/^Q\.\s*/, '')}`];
    default:
      return [`${auth} ${head}`, chucVu];
  }
}

/** The head's title, for KT./TL./TUQ. ("PHÓ CHỦ TỊCH" → "CHỦ TỊCH"; an UBND → "CHỦ TỊCH"). */
function headTitle(agency: string, title: string): string {
  if (title.startsWith('PHÓ ')) return title.slice(4);
  if (agency.startsWith('ỦY BAN') || agency.startsWith('UỶ BAN') || agency.startsWith('UBND')) return 'CHỦ TỊCH';
  if (agency.startsWith('SỞ')) return 'GIÁM ĐỐC';
  if (agency.startsWith('PHÒNG')) return 'TRƯỞNG PHÒNG';
  if (agency.startsWith('BAN')) return 'TRƯỞNG BAN';
  return title || 'CHỦ TỊCH';
}

/** "ỦY BAN NHÂN DÂN HUYỆN U MINH THƯỢNG" → "ỦY BAN NHÂN DÂN", as ND30's "TM. ỦY BAN NHÂN DÂN". */
function collectiveName(agency: string): string {
  const cut = agency.search(/\s(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s/u);
  return (cut > 0 ? agency.slice(0, cut) : agency) || 'ỦY BAN NHÂN DÂN';
}

/**
 * Nơi nhận: each line "- …;", the last "- Lưu: VT, …." (added when the workbook has none).
 */
export function recipients(lines: string[]): ParagraphContent[] {
  const items = lines
    .map((l) =>
      l
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter((l) => l !== '');
  const luu = items.findIndex((l) => /^lưu\b/iu.test(l));
  const storage = luu >= 0 ? items.splice(luu, 1)[0] : 'Lưu: VT';
  return [...items.map((l) => ({ text: `- ${l};` })), { text: `- ${storage}.` }];
}
