import type { UnitInfo } from '../data';
import type { FieldSpec } from '../workbook-layout/field';
import { infoFields } from '../workbook-layout/sheets';
import { finding, type Finding } from '../findings/finding';
import { cellAddress } from '../model/address';
import type { Sheet } from '../model/workbook';
import type { Period } from '../rules/schemas';
import { HeaderIndex } from './header-index';
import { readValue, type FieldValue } from './read-value';
import { isRequired } from './requirement';

export interface InfoSheet {
  info: UnitInfo;
  /** Field key → A1 address of the value cell (column B), for the keys present. */
  cells: Record<string, string>;
  /** True when Năm báo cáo could be read; without it the figures "as of the report year" are guesses. */
  yearKnown: boolean;
}

/** Sheet "Thông tin": a key in column A, its value in column B (SPEC §3.1). */
export function readInfoSheet(sheet: Sheet | undefined, findings: Finding[]): InfoSheet {
  const fields = infoFields();
  const index = new HeaderIndex(fields);
  const values: Record<string, FieldValue | undefined> = {};
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
        findings.push(
          finding(
            'value-duplicate',
            name,
            cellAddress(r, 0),
            `Mục "${String(keyCell.value).trim()}" ở ${cellAddress(r, 0)} đã có ở ${keyCells[field.key]}; chỉ giá trị đầu tiên được dùng.`,
            'Xóa một trong hai dòng.',
          ),
        );
        continue;
      }
      cells[field.key] = address;
      keyCells[field.key] = cellAddress(r, 0);
      values[field.key] = readValue(sheet.rows[r]?.[1], field, { sheet: name, cell: address, findings });
    }
  }

  const year = typeof values.namBaoCao === 'number' ? values.namBaoCao : undefined;
  const declared = values.giaiDoan as Period | undefined;
  const period: Period = declared ?? (year !== undefined && year >= 2026 ? '2026-2030' : '2021-2025');
  const provinceLevel = typeof values.huyen !== 'string' || values.huyen === '';

  if (sheet) {
    for (const field of fields) {
      if (!isRequired(field, { period, provinceLevel })) continue;
      if (values[field.key] !== undefined) continue;
      if (field.key in cells && sheetHasValue(sheet, cells[field.key])) continue; // already reported as a bad value
      findings.push(missingInfo(name, field, cells[field.key], period));
    }
    if (declared && year !== undefined && !yearInPeriod(year, declared)) {
      findings.push(
        finding(
          'value-range',
          name,
          cells.namBaoCao ?? null,
          `Năm báo cáo ${year} không thuộc giai đoạn ${declared} ghi ở mục "Giai đoạn".`,
          'Sửa năm báo cáo hoặc giai đoạn cho khớp nhau.',
        ),
      );
    }
  }

  const info: UnitInfo = {
    tinh: (values.tinh as string | undefined) ?? '',
    huyen: provinceLevel ? undefined : (values.huyen as string),
    period,
    vung: values.vung as string | undefined,
    year: year ?? Number(period.slice(5)),
    reportPeriod: values.kyBaoCao === '6 tháng' ? '6-thang' : 'nam',
    coQuanChuQuan: values.coQuanChuQuan as string | undefined,
    coQuanBanHanh: values.coQuanBanHanh as string | undefined,
    kyHieuCoQuan: values.kyHieuCoQuan as string | undefined,
    soVanBan: values.soVanBan as string | undefined,
    diaDanh: values.diaDanh as string | undefined,
    ngayBanHanh: values.ngayBanHanh as Date | undefined,
    quyenHanKy: values.quyenHanKy as string | undefined,
    chucVuNguoiKy: values.chucVuNguoiKy as string | undefined,
    nguoiKy: values.nguoiKy as string | undefined,
    noiNhan: (values.noiNhan as string[] | undefined) ?? [],
    canCuKeHoach: values.canCuKeHoach as string | undefined,
  };
  return { info, cells, yearKnown: year !== undefined };
}

function sheetHasValue(sheet: Sheet, address: string): boolean {
  const row = Number(address.replace(/^[A-Z]+/, '')) - 1;
  const cell = sheet.rows[row]?.[1];
  return cell !== undefined && !(cell.type === 'string' && String(cell.value).trim() === '');
}

function yearInPeriod(year: number, period: Period): boolean {
  const [from, to] = period.split('-').map(Number);
  return year >= from && year <= to;
}

function missingInfo(sheet: string, field: FieldSpec, address: string | undefined, period: Period): Finding {
  const why = field.key === 'vung' ? ` (bắt buộc với giai đoạn ${period}: ngưỡng các chỉ tiêu khác nhau theo vùng)` : '';
  if (address) {
    return finding(
      'value-required',
      sheet,
      address,
      `Mục "${field.header}" ở ô ${address} đang trống${why}.`,
      field.values ? `Chọn một trong: ${field.values.join('; ')}.` : `Nhập ${field.header.toLowerCase()} vào ô ${address}.`,
    );
  }
  return finding(
    'value-required',
    sheet,
    null,
    `Sheet "${sheet}" thiếu mục "${field.header}"${why}.`,
    `Thêm một dòng: cột A ghi "${field.header}", cột B ghi giá trị${field.values ? ` (một trong: ${field.values.join('; ')})` : ''}.`,
  );
}
