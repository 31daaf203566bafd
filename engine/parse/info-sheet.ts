import type { UnitInfo } from '../data';
import type { FieldSpec } from '../workbook-layout/field';
import { infoFields } from '../workbook-layout/sheets';
import type { Finding } from '../findings/finding';
import { valueDuplicate, valueEnum, valueRange, valueRequired } from '../findings/catalog';
import { SIGNING_AUTHORITIES } from '../workbook-layout/sheets';
import { parseSigningAuthority } from './signing-authority';
import { cellAddress } from '../model/address';
import type { Sheet } from '../model/workbook';
import { PeriodSchema, type Period } from '../rules/schemas';
import { HeaderIndex } from './header-index';
import { readValue } from './read-value';
import { RecordBuilder } from './sheet-record';
import { periodOfYear, periodYears, yearInPeriod } from '../rules/load';
import { isRequired } from './requirement';

export interface InfoSheet {
  info: UnitInfo;
  /** Field key → A1 address of the value cell (column B), for the keys present. */
  cells: Record<string, string>;
}

/** Sheet "Thông tin": a key in column A, its value in column B (SPEC §3.1). */
export function readInfoSheet(sheet: Sheet | undefined, findings: Finding[]): InfoSheet {
  const fields = infoFields();
  const index = new HeaderIndex(fields);
  const record = new RecordBuilder<typeof fields>();
  const readKeys = new Set<string>();
  const cells: Record<string, string> = {};
  const keyCells: Record<string, string> = {};
  const name = sheet?.name ?? 'Thông tin';
  if (sheet) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const keyCell = sheet.rows[r]?.[0];
      if (!keyCell || keyCell.type !== 'string') continue;
      const field = index.match(String(keyCell.value));
      if (!field) continue;
      const address = cellAddress(r, 1);
      if (field.key in cells) {
        findings.push(valueDuplicate.infoKey({ sheet: name, cell: cellAddress(r, 0) }, { key: String(keyCell.value).trim(), firstCell: keyCells[field.key] }));
        continue;
      }
      cells[field.key] = address;
      keyCells[field.key] = cellAddress(r, 0);
      const value = readValue(sheet.rows[r]?.[1], field, { sheet: name, cell: address, findings });
      record.set(field.key, value);
      if (value !== undefined) readKeys.add(field.key);
    }
  }
  const values = record.build();

  const year = values.namBaoCao;
  const declared = values.giaiDoan;
  const period: Period = declared ?? periodOfYear(year ?? periodYears(PeriodSchema.options[0]).to);
  const huyen = values.huyen || undefined;

  if (sheet) {
    for (const field of fields) {
      if (!isRequired(field, { period, provinceLevel: huyen === undefined })) continue;
      if (readKeys.has(field.key)) continue;
      if (field.key in cells && sheetHasValue(sheet, cells[field.key])) continue; // already reported as a bad value
      findings.push(missingInfo(name, field, cells[field.key], period));
    }
    if (declared && year !== undefined && !yearInPeriod(year, declared)) {
      findings.push(valueRange.yearOutsidePeriod({ sheet: name, cell: cells.namBaoCao ?? null }, year, declared));
    }
  }

  let signing: string | undefined;
  if (values.quyenHanKy !== undefined) {
    signing = parseSigningAuthority(values.quyenHanKy);
    if (signing === undefined) findings.push(valueEnum.signingAuthority({ sheet: name, cell: cells.quyenHanKy }, values.quyenHanKy, SIGNING_AUTHORITIES));
  }

  const info: UnitInfo = {
    tinh: values.tinh ?? '',
    huyen,
    period,
    periodFrom: declared ? 'giai-doan' : year !== undefined ? 'nam-bao-cao' : 'default',
    vung: values.vung,
    year: year ?? periodYears(period).to,
    reportPeriod: values.kyBaoCao === '6 tháng' ? '6-thang' : 'nam',
    coQuanChuQuan: values.coQuanChuQuan,
    coQuanBanHanh: values.coQuanBanHanh,
    kyHieuCoQuan: values.kyHieuCoQuan,
    soVanBan: values.soVanBan,
    diaDanh: values.diaDanh,
    ngayBanHanh: values.ngayBanHanh,
    quyenHanKy: signing,
    chucVuNguoiKy: values.chucVuNguoiKy,
    nguoiKy: values.nguoiKy,
    kinhGui: values.kinhGui ?? [],
    noiNhan: values.noiNhan ?? [],
    canCuKeHoach: values.canCuKeHoach,
  };
  return { info, cells };
}

function sheetHasValue(sheet: Sheet, address: string): boolean {
  const row = Number(address.replace(/^[A-Z]+/, '')) - 1;
  const cell = sheet.rows[row]?.[1];
  return cell !== undefined && !(cell.type === 'string' && String(cell.value).trim() === '');
}

function missingInfo(sheet: string, field: FieldSpec, address: string | undefined, period: Period): Finding {
  const why = field.key === 'vung' ? ` (bắt buộc với giai đoạn ${period}: ngưỡng các chỉ tiêu khác nhau theo vùng)` : '';
  return address ? valueRequired.infoValue({ sheet, cell: address }, field, why) : valueRequired.infoKey(sheet, field, why);
}
